package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema, entities and repositories against real H2 files and, when configured, PostgreSQL. */
class PersistenceTest extends OnEveryDatabase {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsBuildTheSchemaFromNothingAndAreNotAppliedTwice(TestDatabase db) {
        db.reset();
        assertThat(db.migrate()).isPositive();
        assertThat(db.migrate()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void newNetworkIsUninitializedWithoutOwnerAtHeightZero(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            NetworkRepository network = new NetworkRepository(em);
            NetworkState state = network.state();
            assertThat(state.isInitialized()).isFalse();
            assertThat(state.isPaused()).isFalse();
            assertThat(state.getOwnerName()).isNull();
            assertThat(state.getMinStake()).isNull();
            assertThat(network.clock().getHeight()).isZero();
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void accountBalanceIsStoredAndReadBack(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            Account alice = new Account("alice", "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", OffsetDateTime.now());
            alice.setBalance(1_500_000L);
            new AccountRepository(em).add(alice);
            return null;
        });
        Account read = db.inTransaction(em -> new AccountRepository(em).findForUpdate("alice").orElseThrow());
        assertThat(read.getBalance()).isEqualTo(1_500_000L);
        assertThat(read.getLockedStake()).isZero();
        assertThat(db.<Boolean>inTransaction(em -> new AccountRepository(em).exists("bob"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void takenUsernameIsRefusedByTheDatabase(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("carol", "h", OffsetDateTime.now()));
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("carol", "other", OffsetDateTime.now()));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(db.<String>inTransaction(em -> new AccountRepository(em).find("carol").orElseThrow().getPasswordHash()))
                .isEqualTo("h");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void negativeBalanceIsRefusedByTheDatabase(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("dave", "h", OffsetDateTime.now()));
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
            new AccountRepository(em).findForUpdate("dave").orElseThrow().setBalance(-1);
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(db.<Long>inTransaction(em -> new AccountRepository(em).find("dave").orElseThrow().getBalance())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ownerIsClaimedOnlyOnce(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            AccountRepository accounts = new AccountRepository(em);
            accounts.add(new Account("owner", "h", OffsetDateTime.now()));
            accounts.add(new Account("mallory", "h", OffsetDateTime.now()));
            return null;
        });
        assertThat(db.<Boolean>inTransaction(em -> new NetworkRepository(em).claimOwnerIfUnset("owner"))).isTrue();
        assertThat(db.<Boolean>inTransaction(em -> new NetworkRepository(em).claimOwnerIfUnset("mallory"))).isFalse();
        assertThat(db.<String>inTransaction(em -> new NetworkRepository(em).state().getOwnerName())).isEqualTo("owner");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentTicksForOneHeightProduceExactlyOneBlock(TestDatabase db) throws Exception {
        fresh(db);
        int instances = 8;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                Callable<Boolean> tick = () -> {
                    start.await();
                    long now = System.currentTimeMillis();
                    return db.inTransaction(em -> new NetworkRepository(em).advanceBlock(0, now, now));
                };
                results.add(pool.submit(tick));
            }
            start.countDown();
            int produced = 0;
            for (Future<Boolean> result : results) {
                produced += result.get() ? 1 : 0;
            }
            assertThat(produced).isEqualTo(1);
            assertThat(db.<Long>inTransaction(em -> new NetworkRepository(em).clock().getHeight())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void blockIsNotProducedBeforeTheIntervalHasPassed(TestDatabase db) {
        fresh(db);
        long t0 = 1_000_000L;
        assertThat(db.<Boolean>inTransaction(em -> new NetworkRepository(em).advanceBlock(0, t0, t0))).isTrue();
        // Another instance, one second later, with a five-second interval: too early.
        assertThat(db.<Boolean>inTransaction(em -> new NetworkRepository(em).advanceBlock(1, t0 + 1_000, t0 + 1_000 - 5_000)))
                .isFalse();
        assertThat(db.<Boolean>inTransaction(em -> new NetworkRepository(em).advanceBlock(1, t0 + 5_000, t0))).isTrue();
        assertThat(db.<Long>inTransaction(em -> new NetworkRepository(em).clock().getHeight())).isEqualTo(2);
    }
}
