package io.dts.core.crypto.bench;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.Dealer;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.VerifiedDeal;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server's share of a whole fresh DKG (THRESHOLD.md "Deal" and "Finalize") for a committee of
 * {@value #MEMBERS} with threshold {@value #THRESHOLD}: the public checks of every bundle, then
 * the group with every public share. Dealing happens in the set-up. The product goal is 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(1)
public class DkgCheckBenchmark {

    static final int MEMBERS = 100;
    static final int THRESHOLD = 67;
    static final long EPOCH = 3;

    private List<DealBundle> bundles;
    private List<DealCheck.Expectation> expectations;
    private SortedSet<Integer> receivers;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed("dts-bench-dkg".getBytes(StandardCharsets.UTF_8)); // the same deals every run
        SortedMap<Integer, BlsSecretKey> keys = new TreeMap<>();
        SortedMap<Integer, BlsPublicKey> publicKeys = new TreeMap<>();
        for (int i = 1; i <= MEMBERS; i++) {
            keys.put(i, Fixtures.key(i));
            publicKeys.put(i, keys.get(i).publicKey());
        }
        receivers = new TreeSet<>(publicKeys.keySet());
        List<DealBundle> deals = new ArrayList<>(MEMBERS);
        List<DealCheck.Expectation> expected = new ArrayList<>(MEMBERS);
        for (int i = 1; i <= MEMBERS; i++) {
            deals.add(Dealer.dealFresh(keys.get(i), EPOCH, i, THRESHOLD, publicKeys, random));
            expected.add(new DealCheck.Expectation(EPOCH, i, THRESHOLD, publicKeys.get(i), receivers, null));
        }
        bundles = List.copyOf(deals);
        expectations = List.copyOf(expected);
        Finalization.Outcome outcome = checkAndFinalize();
        Fixtures.check(outcome.completed() && outcome.group().qualified().size() == MEMBERS
                && outcome.group().publicShares().size() == MEMBERS, "the session does not complete with everyone");
    }

    /**
     * {@link DealCheck#check} of all {@value #MEMBERS} bundles (commitment and ephemeral-key
     * decoding with subgroup checks, the dealer's signature), then {@link Finalization#finalizeGroup}:
     * {@value #THRESHOLD} group commitments and all {@value #MEMBERS} public shares.
     */
    @Benchmark
    public Finalization.Outcome checkAllDealsAndFinalize() {
        return checkAndFinalize();
    }

    private Finalization.Outcome checkAndFinalize() {
        List<VerifiedDeal> accepted = new ArrayList<>(MEMBERS);
        for (int k = 0; k < MEMBERS; k++) {
            DealCheck.Verdict verdict = DealCheck.check(bundles.get(k), expectations.get(k));
            if (!verdict.accepted()) {
                throw new IllegalStateException("deal " + (k + 1) + " refused: " + verdict.fault());
            }
            accepted.add(verdict.deal());
        }
        return Finalization.finalizeGroup(DkgKind.FRESH, THRESHOLD, 0, null, accepted, Set.of(), receivers);
    }
}
