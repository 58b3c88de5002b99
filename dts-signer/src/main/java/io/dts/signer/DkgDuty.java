package io.dts.signer;

import io.dts.core.crypto.dkg.DkgKind;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one member owes a DKG session now (THRESHOLD.md "Deal", "Complain", "Finalize"), decided
 * from the session as the server shows it and what this member remembers doing. Pure: no I/O, so
 * every case is a row of a table test; {@link Member} carries the decision out.
 */
public final class DkgDuty {

    private DkgDuty() {
    }

    /**
     * What the member's state directory remembers.
     *
     * @param dealt epochs whose bundle this member posted (and the server took)
     * @param dealsChecked epochs whose accepted bundles it opened, complaining where due
     * @param sharePublicKeys the public share (hex) of every stored share x_j, by epoch
     */
    public record Local(Set<Long> dealt, Set<Long> dealsChecked, SortedMap<Long, String> sharePublicKeys) {

        public static final Local NOTHING = new Local(Set.of(), Set.of(), new TreeMap<>());

        public Local {
            dealt = Set.copyOf(dealt);
            dealsChecked = Set.copyOf(dealsChecked);
            sharePublicKeys = new TreeMap<>(sharePublicKeys);
        }
    }

    /** One thing due, or why nothing is. */
    public sealed interface Task {
    }

    /**
     * Deal as dealer {@code dealerIndex}; resharing, with the share stored for {@code oldShareEpoch}
     * as the constant (fresh: empty).
     */
    public record Deal(long epoch, int dealerIndex, OptionalLong oldShareEpoch) implements Task {
    }

    /** Open this receiver's share of every accepted bundle and complain about each bad one. */
    public record CheckDeals(long epoch, int receiverIndex) implements Task {
    }

    /** Compute x_j from QUAL's bundles, check it against the public share, and store it. */
    public record StoreShare(long epoch, int receiverIndex) implements Task {
    }

    /** Nothing due: the reason, for the record. */
    public record Idle(String reason) implements Task {
    }

    /** Something is due that this member cannot do (e.g. reshare without the old share). */
    public record Blocked(String problem) implements Task {
    }

    /** The task {@code me} owes {@code session}. */
    public static Task due(DkgSession session, String me, Local local) {
        Objects.requireNonNull(me, "me");
        long epoch = session.epoch();
        switch (session.phase()) {
            case DEAL -> {
                var seat = session.dealer(me);
                if (seat.isEmpty()) {
                    return new Idle("not a dealer of epoch " + epoch);
                }
                if (local.dealt().contains(epoch)) {
                    return new Idle("dealt for epoch " + epoch);
                }
                if (session.kind() == DkgKind.FRESH) {
                    return new Deal(epoch, seat.get().index(), OptionalLong.empty());
                }
                String oldPublicShare = normalized(seat.get().oldPublicShare());
                // newest first: the share of the last completed epoch is the one that matches
                for (Map.Entry<Long, String> stored : new TreeMap<>(local.sharePublicKeys()).descendingMap().entrySet()) {
                    if (stored.getKey() < epoch && normalized(stored.getValue()).equals(oldPublicShare)) {
                        return new Deal(epoch, seat.get().index(), OptionalLong.of(stored.getKey()));
                    }
                }
                return new Blocked("cannot reshare for epoch " + epoch + ": no stored share matches my old public share");
            }
            case COMPLAIN -> {
                var seat = session.receiver(me);
                if (seat.isEmpty()) {
                    return new Idle("not a receiver of epoch " + epoch);
                }
                return local.dealsChecked().contains(epoch) ? new Idle("deals of epoch " + epoch + " checked")
                        : new CheckDeals(epoch, seat.get().index());
            }
            case COMPLETE -> {
                var seat = session.receiver(me);
                if (seat.isEmpty()) {
                    return new Idle("not a receiver of epoch " + epoch);
                }
                return local.sharePublicKeys().containsKey(epoch) ? new Idle("share for epoch " + epoch + " stored")
                        : new StoreShare(epoch, seat.get().index());
            }
            case FAILED -> {
                return new Idle("session of epoch " + epoch + " failed"
                        + (session.failureReason() == null ? "" : ": " + session.failureReason()));
            }
            default -> {
                return new Idle("session of epoch " + epoch + " is in no phase this client knows");
            }
        }
    }

    private static String normalized(String hex) {
        if (hex == null) {
            return "";
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        return digits.toLowerCase(java.util.Locale.ROOT);
    }
}
