package io.dts.core.signer;

/** The answer to a registration: the signer, and whether it took a committee seat at once. */
public record Registration(SignerView signer, boolean active) {
}
