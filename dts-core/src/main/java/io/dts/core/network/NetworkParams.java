package io.dts.core.network;

/** The parameters of the seed's {@code initialize}. */
public record NetworkParams(long minStake, int requiredSigners, int totalSigners, long rotationPeriod,
        int signatureThreshold) {
}
