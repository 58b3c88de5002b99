package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.event.EventRepository;
import io.dts.persistence.event.EventRepository.NewEvent;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract's tables and their exactly-once guarantees on real H2 files and, when configured, PostgreSQL. */
class ContractTablesTest extends OnEveryDatabase {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentRotationsOfOneEpochOpenExactlyOneEpoch(TestDatabase db) throws Exception {
        fresh(db);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return db.<Boolean>inTransaction(em -> new NetworkRepository(em).advanceEpoch(0, 42));
                }));
            }
            start.countDown();
            int opened = 0;
            for (Future<Boolean> result : results) {
                opened += result.get() ? 1 : 0;
            }
            assertThat(opened).isEqualTo(1);
            assertThat(db.<Long>inTransaction(em -> new NetworkRepository(em).state().getEpoch())).isEqualTo(1);
            assertThat(db.<Long>inTransaction(em -> new NetworkRepository(em).state().getLastRotationHeight())).isEqualTo(42);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondEventWriterWaitsForTheFirstToCommitSoIdsFollowCommitOrder(TestDatabase db) throws Exception {
        fresh(db);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = db.dataSource().getConnection()) {
            first.setAutoCommit(false);
            EventRepository.write(first, List.of(event("FIRST")));

            Future<?> second = pool.submit(() -> {
                try (Connection c = db.dataSource().getConnection()) {
                    c.setAutoCommit(false);
                    EventRepository.write(c, List.of(event("SECOND"), event("THIRD")));
                    c.commit();
                }
                return null;
            });
            assertThatThrownBy(() -> second.get(700, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            first.commit();
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        List<String> types = db.inTransaction(em -> new EventRepository(em).after(0, 10).stream()
                .map(e -> e.getId() + ":" + e.getType()).toList());
        assertThat(types).containsExactly("1:FIRST", "2:SECOND", "3:THIRD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMessageHashHasAtMostOneOpenRequest(TestDatabase db) {
        fresh(db);
        String hash = "ab".repeat(32);
        db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("req", "h", OffsetDateTime.now()));
            new EpochRepository(em).add(new Epoch(1, 0, 2, 3));
            return null;
        });
        long first = db.<Long>inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            SigningRequest request = new SigningRequest(requests.nextRequestId(), hash, 1, 2, "PENDING", "req", 0, 10);
            requests.add(request);
            return request.getId();
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            requests.add(new SigningRequest(requests.nextRequestId(), hash, 1, 2, "PENDING", "req", 1, 11));
            return null;
        })).isInstanceOf(RuntimeException.class);

        db.inTransaction(em -> {
            return new SigningRepository(em).expire(first, 10);
        });
        long second = db.<Long>inTransaction(em -> {
            SigningRepository requests = new SigningRepository(em);
            SigningRequest request = new SigningRequest(requests.nextRequestId(), hash, 1, 2, "PENDING", "req", 12, 22);
            requests.add(request);
            return request.getId();
        });
        assertThat(second).isGreaterThan(first);
        assertThat(db.<Long>inTransaction(em -> new SigningRepository(em).findOpen(hash).orElseThrow().getId())).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPublicKeyBelongsToOneSignerOnly(TestDatabase db) {
        fresh(db);
        String key = "a".repeat(96);
        db.inTransaction(em -> {
            AccountRepository accounts = new AccountRepository(em);
            accounts.add(new Account("one", "h", OffsetDateTime.now()));
            accounts.add(new Account("two", "h", OffsetDateTime.now()));
            new SignerRepository(em).add(signer("one", key));
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
            new SignerRepository(em).add(signer("two", key));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(db.<Boolean>inTransaction(em -> new SignerRepository(em).publicKeyInUse(key))).isTrue();
    }

    private static Signer signer(String name, String key) {
        Signer signer = new Signer(name, key, 1_000, 0);
        signer.setStatus("BACKUP");
        return signer;
    }

    private static NewEvent event(String type) {
        return new NewEvent(0, type, null, "{}", Instant.now());
    }
}
