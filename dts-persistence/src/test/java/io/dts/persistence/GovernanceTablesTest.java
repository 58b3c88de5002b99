package io.dts.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.governance.Proposal;
import io.dts.persistence.governance.ProposalRepository;
import io.dts.persistence.governance.ProposalVote;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Governance parameters, proposals and votes on real H2 files and, when configured, PostgreSQL. */
class GovernanceTablesTest extends OnEveryDatabase {

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theNetworkStartsWithTheSeedsGovernanceDefaults(TestDatabase db) {
        fresh(db);
        NetworkState state = db.inTransaction(em -> new NetworkRepository(em).state());

        assertThat(state.getGovernanceThreshold()).isEqualTo(67);
        assertThat(state.getQuorum()).isEqualTo(20);
        assertThat(state.getMinProposalDuration()).isEqualTo(144);
        assertThat(state.getProposalFee()).isEqualTo(10_000);
        assertThat(state.getMinReputationToPropose()).isEqualTo(80);
        assertThat(state.getExecutionDelay()).isEqualTo(144);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProposalAndItsVotesReadBackAndIdsGrow(TestDatabase db) {
        fresh(db);
        long first = db.inTransaction(em -> {
            AccountRepository accounts = new AccountRepository(em);
            accounts.add(new Account("alice", "h", OffsetDateTime.now()));
            accounts.add(new Account("bob", "h", OffsetDateTime.now()));
            ProposalRepository proposals = new ProposalRepository(em);
            long id = proposals.nextProposalId();
            proposals.add(new Proposal(id, "alice", "Lower the fee", "cheaper", "PARAMETER_CHANGE", "proposalFee", 500L,
                    null, 10_000, 3, 13, "ACTIVE"));
            proposals.addVote(new ProposalVote(id, "bob", true, 100, 4));
            return id;
        });
        long second = db.inTransaction(em -> new ProposalRepository(em).nextProposalId());

        Proposal read = db.inTransaction(em -> new ProposalRepository(em).find(first).orElseThrow());
        assertThat(second).isEqualTo(first + 1);
        assertThat(read.getParameter()).isEqualTo("proposalFee");
        assertThat(read.getNewValue()).isEqualTo(500L);
        assertThat(read.getEndHeight()).isEqualTo(13);
        boolean bobVoted = db.inTransaction(em -> new ProposalRepository(em).hasVoted(first, "bob"));
        boolean aliceVoted = db.inTransaction(em -> new ProposalRepository(em).hasVoted(first, "alice"));
        List<Proposal> active = db.inTransaction(em -> new ProposalRepository(em).newest("ACTIVE", 10));
        List<Proposal> queued = db.inTransaction(em -> new ProposalRepository(em).newest("QUEUED", 10));
        assertThat(bobVoted).isTrue();
        assertThat(aliceVoted).isFalse();
        assertThat(active).extracting(Proposal::getId).containsExactly(first);
        assertThat(queued).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAccountVotesOnAProposalOnlyOnce(TestDatabase db) {
        fresh(db);
        db.inTransaction(em -> {
            new AccountRepository(em).add(new Account("carol", "h", OffsetDateTime.now()));
            new ProposalRepository(em).add(new Proposal(1, "carol", "Pause", "", "PAUSE", null, null, null, 0, 1, 5, "ACTIVE"));
            new ProposalRepository(em).addVote(new ProposalVote(1, "carol", true, 7, 2));
            return null;
        });

        assertThatThrownBy(() -> db.inTransaction(em -> {
            new ProposalRepository(em).addVote(new ProposalVote(1, "carol", false, 7, 3));
            return null;
        })).isInstanceOf(RuntimeException.class);
        List<ProposalVote> votes = db.inTransaction(em -> new ProposalRepository(em).votes(1));
        assertThat(votes).extracting(ProposalVote::isSupport).containsExactly(true);
    }
}
