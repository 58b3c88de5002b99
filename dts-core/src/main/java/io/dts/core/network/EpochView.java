package io.dts.core.network;

import java.util.List;

/** An epoch and its committee, kept forever (DESIGN.md §6, {@code GET /epochs/{n}}). */
public record EpochView(long number, long startHeight, int threshold, int seats, List<Member> committee) {

    /** A seat: its index, who held it, the key it signs with, and when it was taken and left. */
    public record Member(int index, String signer, String publicKey, long joinedHeight, Long leftHeight) {
    }
}
