package io.dts.core.governance;

/**
 * What a signer proposes: {@code parameter} and {@code value} for a parameter change, {@code signer}
 * for a removal; the other fields are ignored for types that do not use them.
 */
public record NewProposal(String title, String description, String type, Long votingDuration, String parameter,
        Long value, String signer) {
}
