package io.dts.core.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.ComplaintVerdict;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.Dealer;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.Receiver;
import io.dts.core.crypto.dkg.VerifiedDeal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One whole session, as dealers, receivers and the server would run it, through the pure classes:
 * deals checked and posted, shares opened, complaints proven and judged, the session finalized and
 * every receiver's share of the group secret computed. Members are named by index and seeded.
 */
final class DkgRun {

    static final long START = 100;
    static final long W = 10;

    final long epoch;
    final DkgKind kind;
    final int threshold;
    final SortedMap<Integer, BlsSecretKey> dealerKeys;
    final SortedMap<Integer, BlsSecretKey> receiverKeys;
    /** Resharing: the old group, whose members deal their shares. */
    private final Finalization.Group previous;
    private final Map<Integer, BigInteger> previousShares;
    private final int previousThreshold;

    /** Dealers who post nothing, and how a dealer's bundle is altered before posting. */
    final Set<Integer> silent = new HashSet<>();
    final Map<Integer, UnaryOperator<DealBundle>> corrupt = new HashMap<>();
    /** Receivers who complain about a dealer whatever they received: receiver → dealer. */
    final Map<Integer, Integer> falseAccusers = new HashMap<>();

    DkgSession session;
    final SortedMap<Integer, VerifiedDeal> accepted = new TreeMap<>();
    final Map<DkgSession.Accusation, ComplaintVerdict> verdicts = new HashMap<>();
    Finalization.Outcome outcome;
    /** x_j for every receiver, once COMPLETE. */
    final SortedMap<Integer, BigInteger> shares = new TreeMap<>();

    private final SecureRandom random;

    private DkgRun(long epoch, DkgKind kind, int threshold, SortedMap<Integer, BlsSecretKey> dealerKeys,
            SortedMap<Integer, BlsSecretKey> receiverKeys, Finalization.Group previous,
            Map<Integer, BigInteger> previousShares, int previousThreshold) {
        this.epoch = epoch;
        this.kind = kind;
        this.threshold = threshold;
        this.dealerKeys = dealerKeys;
        this.receiverKeys = receiverKeys;
        this.previous = previous;
        this.previousShares = previousShares;
        this.previousThreshold = previousThreshold;
        this.random = io.dts.core.crypto.dkg.DkgFixture.random("run " + epoch + kind);
        this.session = DkgSession.open(epoch, kind, threshold, previousThreshold, START, W,
                new TreeSet<>(dealerKeys.keySet()), new TreeSet<>(receiverKeys.keySet()));
    }

    static DkgRun fresh(int n, int t) {
        SortedMap<Integer, BlsSecretKey> members = members(n, 0);
        return new DkgRun(1, DkgKind.FRESH, t, members, members, null, Map.of(), 0);
    }

    /** A reshare from the completed {@code old} run to n new members (seeded apart from the old). */
    static DkgRun reshare(DkgRun old, int n, int t) {
        assertThat(old.outcome.completed()).isTrue();
        return new DkgRun(old.epoch + 1, DkgKind.RESHARE, t, old.receiverKeys, members(n, 50),
                old.outcome.group(), old.shares, old.threshold);
    }

    /** Runs every phase to the end and returns this run. */
    DkgRun run() {
        deal();
        session = session.closeDeals(session.dealEndHeight()).orElseThrow();
        complain();
        finish();
        return this;
    }

    private void deal() {
        long height = START;
        Map<Integer, BlsPublicKey> receiverPublic = new TreeMap<>();
        receiverKeys.forEach((j, k) -> receiverPublic.put(j, k.publicKey()));
        for (Map.Entry<Integer, BlsSecretKey> dealer : dealerKeys.entrySet()) {
            int i = dealer.getKey();
            if (silent.contains(i)) {
                continue;
            }
            DealBundle bundle = kind == DkgKind.FRESH
                    ? Dealer.dealFresh(dealer.getValue(), epoch, i, threshold, receiverPublic, random)
                    : Dealer.dealReshare(dealer.getValue(), epoch, i, threshold, previousShares.get(i),
                            receiverPublic, random);
            bundle = corrupt.getOrDefault(i, UnaryOperator.identity()).apply(bundle);
            DealCheck.Verdict verdict = DealCheck.check(bundle, new DealCheck.Expectation(epoch, i, threshold,
                    dealer.getValue().publicKey(), session.receivers(),
                    previous == null ? null : previous.publicShares().get(i)));
            assertThat(verdict.fault()).as("dealer %d's bundle", i).isNull();
            accepted.put(i, verdict.deal());
            session = session.postDeal(i, height++).orElseThrow();
        }
    }

    private void complain() {
        long height = session.dealEndHeight();
        for (Map.Entry<Integer, BlsSecretKey> receiver : receiverKeys.entrySet()) {
            int j = receiver.getKey();
            for (VerifiedDeal deal : accepted.values()) {
                Receiver.OpenedShare opened = Receiver.openShare(receiver.getValue(), deal, j);
                boolean accuse = opened.shouldComplain()
                        || Integer.valueOf(deal.dealerIndex()).equals(falseAccusers.get(j));
                if (!accuse) {
                    continue;
                }
                Complaint complaint = Receiver.complain(receiver.getValue(), deal, j, scalar(random));
                session = session.postComplaint(deal.dealerIndex(), j, height).orElseThrow();
                verdicts.put(new DkgSession.Accusation(deal.dealerIndex(), j),
                        Receiver.adjudicate(complaint, receiver.getValue().publicKey(), deal));
            }
        }
    }

    private void finish() {
        Set<Integer> disqualified = new HashSet<>();
        verdicts.forEach((accusation, verdict) -> {
            if (verdict == ComplaintVerdict.VALID) {
                disqualified.add(accusation.dealerIndex());
            }
        });
        outcome = Finalization.finalizeGroup(kind, threshold, previousThreshold,
                previous == null ? null : previous.groupKey(), accepted.values(), disqualified,
                session.receivers());
        long height = session.complaintEndHeight();
        if (!outcome.completed()) {
            session = session.fail(height, outcome.failure().name()).orElseThrow();
            return;
        }
        session = session.complete(height, outcome.group().qualified()).orElseThrow();
        for (Map.Entry<Integer, BlsSecretKey> receiver : receiverKeys.entrySet()) {
            int j = receiver.getKey();
            Map<Integer, BigInteger> received = new HashMap<>();
            for (int i : outcome.group().contributors()) {
                received.put(i, Receiver.openShare(receiver.getValue(), accepted.get(i), j).share());
            }
            shares.put(j, Finalization.receiverShare(outcome.group(), received));
        }
    }

    private static SortedMap<Integer, BlsSecretKey> members(int n, int seedOffset) {
        SortedMap<Integer, BlsSecretKey> keys = new TreeMap<>();
        for (int i = 1; i <= n; i++) {
            byte[] ikm = new byte[32];
            Arrays.fill(ikm, (byte) (seedOffset + i));
            keys.put(i, BlsSecretKey.fromSeed(ikm));
        }
        return keys;
    }

    static BigInteger scalar(SecureRandom random) {
        BigInteger r = io.dts.core.crypto.Threshold.ORDER;
        BigInteger s;
        do {
            s = new BigInteger(384, random).mod(r);
        } while (s.signum() == 0);
        return s;
    }
}
