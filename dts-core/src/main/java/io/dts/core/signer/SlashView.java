package io.dts.core.signer;

import io.dts.persistence.signer.Slash;

/**
 * One slash of a signer: its number (1, 2, ...), the fault, the amount taken from the stake, the
 * evidence, the height, and who slashed ({@code null}: the network itself, for an objective fault).
 */
public record SlashView(int number, String fault, long amount, String evidence, long height, String actor) {

    static SlashView of(Slash slash) {
        return new SlashView(slash.getNumber(), slash.getFault(), slash.getAmount(), slash.getEvidence(),
                slash.getHeight(), slash.getActor());
    }
}
