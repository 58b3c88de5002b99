package io.dts.core.signer;

/**
 * The answer to a registration: the signer, whether it took a committee seat at once, and the
 * protocol fee paid into the reward pool on top of the stake.
 */
public record Registration(SignerView signer, boolean active, long fee) {
}
