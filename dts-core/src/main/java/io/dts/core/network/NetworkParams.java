package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/**
 * The parameters of the seed's {@code initialize}, plus the reputation a signer needs to be eligible
 * for the committee ({@code performanceThreshold}, 0–100).
 */
public record NetworkParams(long minStake, int requiredSigners, int totalSigners, long rotationPeriod,
        int signatureThreshold, int performanceThreshold) {

    /** The seed's example call: {@code (initialize u100000 u3 u5 u144 u3)}. */
    public static final NetworkParams SEED_DEFAULTS = new NetworkParams(100_000, 3, 5, 144, 3, 50);

    public static final int DEFAULT_PERFORMANCE_THRESHOLD = 50;

    /** @throws DtsException 101 unless all are positive, total ≥ required and 1 ≤ threshold ≤ total */
    public NetworkParams {
        if (minStake <= 0 || requiredSigners <= 0 || totalSigners <= 0 || rotationPeriod <= 0 || signatureThreshold <= 0) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "minStake, requiredSigners, totalSigners, rotationPeriod and signatureThreshold must all be greater than 0");
        }
        if (totalSigners < requiredSigners) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "totalSigners must be at least requiredSigners");
        }
        if (signatureThreshold > totalSigners) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signatureThreshold must be between 1 and totalSigners");
        }
        if (performanceThreshold < 0 || performanceThreshold > 100) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "performanceThreshold must be between 0 and 100");
        }
    }
}
