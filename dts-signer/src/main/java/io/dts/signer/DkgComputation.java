package io.dts.signer;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.Receiver;
import io.dts.core.crypto.dkg.VerifiedDeal;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A receiver's computations on a session's posted bundles (THRESHOLD.md "Complain", "Finalize"):
 * which dealers to complain about, and its share x_j of the group key. Pure functions of the
 * session, the bundles as JSON and the member's key, so they are tested with real deals and no server.
 */
public final class DkgComputation {

    private DkgComputation() {
    }

    /** Receiver j's share x_j, or why there is none. Exactly one is non-null. */
    public record ShareResult(BigInteger share, BlsPublicKey publicShare, String problem) {
    }

    /**
     * The bundles as {@code GET …/deals} lists them, each decoded and checked here again against
     * the session; one that fails is passed to {@code problems} and left out.
     */
    public static List<VerifiedDeal> verifiedDeals(DkgSession session, List<JsonObject> posted, Consumer<String> problems) {
        Map<Integer, DkgSession.Seat> dealers = new HashMap<>();
        session.dealers().forEach(d -> dealers.put(d.index(), d));
        List<VerifiedDeal> deals = new ArrayList<>();
        for (JsonObject json : posted) {
            Optional<DealBundle> bundle = DkgMessages.dealFromJson(json, session.epoch(), session.threshold());
            DkgSession.Seat dealer = bundle.map(b -> dealers.get(b.dealerIndex())).orElse(null);
            Optional<VerifiedDeal> deal = dealer == null ? Optional.empty() : DkgMessages.verify(session, dealer, bundle.get());
            if (deal.isPresent()) {
                deals.add(deal.get());
            } else {
                problems.accept("a bundle posted in epoch " + session.epoch() + " does not pass this client's checks"
                        + bundle.map(b -> " (dealer " + b.dealerIndex() + ")").orElse(""));
            }
        }
        return deals;
    }

    /**
     * Receiver {@code j}'s complaints, by dealer: one for each deal whose share does not decrypt or
     * does not match the dealer's commitments, skipping dealers in {@code alreadyFiled}.
     */
    public static SortedMap<Integer, Complaint> complaintsDue(List<VerifiedDeal> deals, BlsSecretKey key, int j,
            Set<Integer> alreadyFiled, SecureRandom random) {
        SortedMap<Integer, Complaint> due = new TreeMap<>();
        for (VerifiedDeal deal : deals) {
            if (!alreadyFiled.contains(deal.dealerIndex()) && Receiver.openShare(key, deal, j).shouldComplain()) {
                byte[] bytes = new byte[48];
                random.nextBytes(bytes);
                BigInteger w = new BigInteger(1, bytes).mod(Threshold.ORDER).max(BigInteger.ONE);
                due.put(deal.dealerIndex(), Receiver.complain(key, deal, j, w));
            }
        }
        return due;
    }

    /**
     * Receiver {@code j}'s share of a COMPLETE session: the group rebuilt from QUAL's bundles (its key
     * must be the session's), x_j = Σ s_ij or Σ λ_i·s_ij over the contributors, and x_j·g checked
     * against the session's public share Y_j.
     */
    public static ShareResult receiverShare(DkgSession session, List<VerifiedDeal> deals, BlsSecretKey key, int j) {
        long epoch = session.epoch();
        List<VerifiedDeal> qualified = deals.stream().filter(d -> session.qualified().contains(d.dealerIndex())).toList();
        SortedSet<Integer> receivers = new TreeSet<>();
        session.receivers().forEach(r -> receivers.add(r.index()));
        BlsPublicKey previousGroupKey;
        try {
            previousGroupKey = session.kind() == DkgKind.RESHARE && session.groupPublicKey() != null
                    ? BlsPublicKey.fromHex(session.groupPublicKey()) : null;
        } catch (RuntimeException e) {
            return problem("the group key of epoch " + epoch + " does not decode");
        }
        Finalization.Outcome outcome = Finalization.finalizeGroup(session.kind(), session.threshold(),
                session.previousThreshold(), previousGroupKey, qualified, Set.of(), receivers);
        if (!outcome.completed()) {
            return problem("cannot rebuild the group of epoch " + epoch + ": " + outcome.failure());
        }
        Finalization.Group group = outcome.group();
        if (session.groupPublicKey() != null && !group.groupKey().toHex().equalsIgnoreCase(strip0x(session.groupPublicKey()))) {
            return problem("the qualified bundles of epoch " + epoch + " give another group key than the server's");
        }
        Map<Integer, BigInteger> mine = new LinkedHashMap<>();
        for (VerifiedDeal deal : qualified) {
            Receiver.OpenedShare opened = Receiver.openShare(key, deal, j);
            if (opened.share() != null) {
                mine.put(deal.dealerIndex(), opened.share());
            }
        }
        if (!mine.keySet().containsAll(group.contributors())) {
            return problem("cannot compute my share of epoch " + epoch + ": a contributing dealer's share does not open");
        }
        BigInteger share = Finalization.receiverShare(group, mine);
        BlsPublicKey actual = Threshold.shareKey(share).publicKey();
        String expected = session.publicShares().get(j);
        if (expected == null) {
            expected = group.publicShares().get(j).toHex();
        }
        if (!actual.toHex().equalsIgnoreCase(strip0x(expected))) {
            return problem("my share of epoch " + epoch + " does not match my public share");
        }
        return new ShareResult(share, actual, null);
    }

    private static ShareResult problem(String why) {
        return new ShareResult(null, null, why);
    }

    private static String strip0x(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }
}
