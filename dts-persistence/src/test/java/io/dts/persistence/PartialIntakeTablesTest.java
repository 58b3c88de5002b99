package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the signing intake relies on in the tables: a committee's partials for one request are
 * recorded side by side (no transaction waits for another's), and the requests that hold their
 * threshold of partials but are still PENDING can be found to be completed.
 */
class PartialIntakeTablesTest extends OnEveryDatabase {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void partialsOfTwoSignersForOneRequestAreRecordedWithoutWaitingForEachOther(TestDatabase db) throws Exception {
        fresh(db);
        committee(db, "alice", "bob");
        long request = open(db, "0a", 2);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        EntityManager first = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            new SigningRepository(first).addPartial(new PartialSignature(request, "alice", "aa".repeat(96), 3));

            Future<?> second = pool.submit(() -> db.inTransaction(
                    em -> {
                        new SigningRepository(em).addPartial(new PartialSignature(request, "bob", "bb".repeat(96), 3));
                        return null;
                    }));
            second.get(5, TimeUnit.SECONDS); // alice's transaction is still open
            first.getTransaction().commit();
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            pool.shutdownNow();
        }
        assertThat(db.<Long>inTransaction(em -> new SigningRepository(em).countPartials(request))).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pendingRequestsHoldingTheirThresholdAreTheOnesLeftToComplete(TestDatabase db) {
        fresh(db);
        committee(db, "alice", "bob");
        long belowThreshold = open(db, "01", 2);
        long atThreshold = open(db, "02", 2);
        long completed = open(db, "03", 2);
        long expired = open(db, "04", 2);
        db.inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            sign(requests, belowThreshold, "alice");
            for (long id : List.of(atThreshold, completed, expired)) {
                sign(requests, id, "alice", "bob");
            }
            requests.complete(completed, "cc".repeat(96), null, "03", 4, 1_000L, List.of("alice", "bob"));
            requests.expire(expired, 100);
            return null;
        });

        assertThat(db.<List<Long>>inTransaction(em -> new SigningRepository(em).pendingWithThreshold()))
                .containsExactly(atThreshold);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWholeCallsRequestsAndWhatItsSignerSignedAreFoundByHashInOneLookupEach(TestDatabase db) {
        fresh(db);
        committee(db, "alice", "bob");
        long done = open(db, "01", 2);
        long open = open(db, "02", 2);
        db.inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            sign(requests, done, "alice", "bob");
            sign(requests, open, "bob");
            requests.complete(done, "cc".repeat(96), null, "03", 4, 1_000L, List.of("bob", "alice"));
            return null;
        });
        long reopened = open(db, "01", 2); // the same message asked again after it was signed

        db.inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            List<String> hashes = List.of("01".repeat(32), "02".repeat(32), "09".repeat(32));
            assertThat(requests.findOpen(hashes)).containsOnlyKeys("01".repeat(32), "02".repeat(32));
            assertThat(requests.findOpen(hashes).get("01".repeat(32)).getId()).isEqualTo(reopened);
            assertThat(requests.findLatest(hashes)).containsOnlyKeys("01".repeat(32), "02".repeat(32));
            assertThat(requests.findLatest(hashes).get("01".repeat(32)).getId()).isEqualTo(reopened);
            assertThat(requests.findLatest(List.of()).isEmpty()).isTrue();
            assertThat(requests.signedAmong("bob", List.of(done, open, reopened))).containsExactlyInAnyOrder(done, open);
            assertThat(requests.signedAmong("alice", List.of(open, reopened))).isEmpty();
            assertThat(requests.signedAmong("bob", List.of(done, reopened))).containsExactly(done); // not open, between them
            assertThat(requests.signedAmong("bob", List.of(open, 1_000L))).containsExactly(open); // far apart
            assertThat(requests.participants(List.of(done, open))).containsOnlyKeys(done);
            assertThat(requests.participants(List.of(done)).get(done)).containsExactlyInAnyOrder("alice", "bob");
            return null;
        });
    }

    /** Records a partial of each of {@code signers} for {@code request} (signature bytes made up: the tables do not check them). */
    private static void sign(SigningRepository requests, long request, String... signers) {
        for (String signer : signers) {
            requests.addPartial(new PartialSignature(request, signer, signer.substring(0, 1).repeat(192), 3));
        }
    }

    private static void committee(TestDatabase db, String... names) {
        db.inTransaction(em -> {
            AccountRepository accounts = new AccountRepository(em);
            SignerRepository signers = new SignerRepository(em);
            for (String name : names) {
                accounts.add(new Account(name, "h", OffsetDateTime.now()));
                Signer signer = new Signer(name, String.format("%-96s", name).replace(' ', '0'), 1_000, 0);
                signer.setStatus("PRIMARY");
                signers.add(signer);
            }
            new EpochRepository(em).add(new Epoch(1, 0, 2, names.length));
            return null;
        });
    }

    private static long open(TestDatabase db, String hashByte, int threshold) {
        return db.<Long>inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            SigningRequest request = new SigningRequest(requests.nextRequestId(), hashByte.repeat(32), 1, threshold,
                    "PENDING", "alice", 2, 40);
            requests.add(request);
            return request.getId();
        });
    }
}
