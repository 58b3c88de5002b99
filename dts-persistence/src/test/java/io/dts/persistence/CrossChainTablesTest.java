package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.persistence.crosschain.CrossChainRepository;
import io.dts.persistence.crosschain.CrossChainTransaction;
import io.dts.persistence.crosschain.ExternalChain;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Registered chains and verified transactions on real H2 files and, when configured, PostgreSQL. */
class CrossChainTablesTest extends OnEveryDatabase {

    private static final String KEY = "a".repeat(96);
    private static final String HASH = "01".repeat(32);

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChainAndItsTransactionReadBackAsStored(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            CrossChainRepository chains = new CrossChainRepository(em);
            chains.add(new ExternalChain("drand-quicknet", "bls-unchained-g1-rfc9380", List.of(KEY, "b".repeat(96)), 2, 7, "owner"));
            chains.add(new CrossChainTransaction("drand-quicknet", HASH, "00000000000003e8", List.of("c".repeat(96), "d".repeat(96)),
                    List.of(1, 0), "alice", 9));
            return null;
        });

        ExternalChain chain = db.inTransaction(em -> new CrossChainRepository(em).chain("drand-quicknet").orElseThrow());
        CrossChainTransaction tx = db.inTransaction(em ->
                new CrossChainRepository(em).transaction("drand-quicknet", HASH).orElseThrow());

        assertThat(chain.getPublicKeys()).containsExactly(KEY, "b".repeat(96));
        assertThat(chain.getVerificationThreshold()).isEqualTo(2);
        assertThat(tx.getSignatures()).containsExactly("c".repeat(96), "d".repeat(96));
        assertThat(tx.getVerifiedKeys()).containsExactly(1, 0);
        assertThat(tx.getData()).isEqualTo("00000000000003e8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameTransactionIsStoredOnlyOnce(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            CrossChainRepository chains = new CrossChainRepository(em);
            chains.add(new ExternalChain("beacon", "pedersen-bls-unchained", List.of(KEY), 1, 1, "owner"));
            chains.add(new CrossChainTransaction("beacon", HASH, "00", List.of("c".repeat(192)), List.of(0), "alice", 2));
            return null;
        });

        assertThatThrownBy(() -> db.inTransaction(em -> {
            new CrossChainRepository(em).add(new CrossChainTransaction("beacon", HASH, "01", List.of("e".repeat(192)),
                    List.of(0), "bob", 3));
            return null;
        })).isInstanceOf(RuntimeException.class);
        List<CrossChainTransaction> stored = db.inTransaction(em -> new CrossChainRepository(em).transactions("beacon", 10));
        assertThat(stored).extracting(CrossChainTransaction::getSubmittedBy).containsExactly("alice");
    }
}
