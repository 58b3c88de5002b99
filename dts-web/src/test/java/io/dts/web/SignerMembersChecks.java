package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static io.dts.web.SigningRequests.partialJson;
import static io.dts.web.SigningRequests.randomHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.signer.Member;
import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import io.dts.web.SignerMembers.Unattended;
import io.dts.web.crypto.RawBlst;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threshold mode with {@code dts-signer} members: each is the command-line signer's {@link Member},
 * with its own state directory, doing its DKG duties in the background as it would unattended. The
 * test signs with the shares the members stored, to choose which members sign.
 */
abstract class SignerMembersChecks extends DeployedDts {

    private static final long WINDOW = 3;

    private SignerMembers members;
    private Runnable restore = () -> { };

    @BeforeEach
    void membersOfThisServer() {
        members = new SignerMembers(api.base());
    }

    @AfterEach
    void stopMembersAndRestoreTheNetwork() {
        members.close();
        restore.run();
        contract.aggregateMode();
    }

    @Test
    void unattendedSignersRunAFreshDkgAndAnyThreeOfFiveSignOneSignatureUnderTheGroupKey() throws IOException {
        contract.cleanSlate();
        List<Unattended> five = members.start(contract.fillCommittee("us", 1_000));
        contract.rotateNow();
        long epoch = contract.network().getJsonNumber("epoch").longValue();
        contract.thresholdModeWithANewKey(WINDOW);
        JsonObject session = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() == epoch && phase(s, "COMPLETE"));
        awaitShares(five, epoch);
        String groupKey = session.getString("groupPublicKey");
        assertThat(session.getString("kind")).isEqualTo("FRESH");
        assertThat(session.getJsonArray("qualified")).hasSize(5);

        String hash = randomHash();
        List<String> signatures = new ArrayList<>();
        for (int[] subset : new int[][] {{0, 1, 2}, {1, 3, 4}, {0, 2, 4}, {2, 3, 4}}) {
            JsonObject request = new SigningRequests(api).open(hash);
            long signing = request.getJsonNumber("epoch").longValue();
            assertThat(submit(five.get(subset[0]), signing, hash).getString("status")).isEqualTo("PENDING");
            assertThat(submit(five.get(subset[1]), signing, hash).getString("status")).as("two never suffice").isEqualTo("PENDING");
            JsonObject done = submit(five.get(subset[2]), signing, hash);
            assertThat(done.getString("status")).isEqualTo("COMPLETE");
            signatures.add(done.getString("groupSignature"));
        }
        assertThat(signatures).containsOnly(signatures.get(0));
        assertThat(RawBlst.fastAggregateVerify(List.of(groupKey), hash, signatures.get(0))).isTrue();
    }

    @Test
    void aRotationToSevenWithThresholdFiveResharesTheSameGroupKeyAndTheOldSharesNoLongerCount() throws IOException {
        Governance governance = Governance.onACleanSlate(contract);
        List<TestSigner> founders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            founders.add(governance.member("rs" + i, 1_000, 2));
        }
        List<Unattended> five = members.start(founders);
        contract.rotateNow();
        long first = contract.network().getJsonNumber("epoch").longValue();
        contract.thresholdModeWithANewKey(WINDOW);
        JsonObject fresh = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() == first && phase(s, "COMPLETE"));
        awaitShares(five, first);
        String groupKey = fresh.getString("groupPublicKey");

        // Back to the seats the other groups expect; the newest members propose (none of them is slashed here).
        restore = () -> {
            List<TestSigner> newestFirst = new ArrayList<>(members.running().stream().map(Unattended::signer).toList());
            java.util.Collections.reverse(newestFirst);
            setSeats(governance, newestFirst, Contract.TOTAL_SIGNERS, Contract.THRESHOLD);
        };
        setSeats(governance, founders, 7, 5);
        List<TestSigner> joiners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            joiners.add(contract.newSigner("rj" + i, 1_000)); // two take the free seats, one waits as a backup
        }
        members.start(joiners);
        Unattended leaver = five.get(4);
        Answer left = api.send("DELETE", "api/v1/signers/" + leaver.signer().name() + "/active", OWNER, OWNER_PASSWORD);
        assertThat(left.status()).as(left.body()).isEqualTo(200); // the backup takes its seat
        contract.rotateNow();
        long second = contract.network().getJsonNumber("epoch").longValue();

        JsonObject reshared = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() == second
                && (phase(s, "COMPLETE") || phase(s, "FAILED")));
        assertThat(reshared.getString("phase")).as(reshared.toString()).isEqualTo("COMPLETE");
        assertThat(reshared.getString("kind")).isEqualTo("RESHARE");
        assertThat(reshared.getInt("threshold")).isEqualTo(5);
        assertThat(reshared.getJsonArray("receivers")).hasSize(7);
        assertThat(reshared.getString("groupPublicKey")).as("the group key survives the rotation").isEqualTo(groupKey);
        List<Unattended> seven = members.running().stream().filter(u -> DkgParty.indexOf(reshared, "receivers", u.signer().name()) > 0).toList();
        assertThat(seven).hasSize(7).doesNotContain(leaver);
        awaitShares(seven, second);

        String hash = randomHash();
        List<String> signatures = new ArrayList<>();
        for (List<Unattended> signers : List.of(seven.subList(0, 5), seven.subList(2, 7))) {
            long signing = new SigningRequests(api).open(hash).getJsonNumber("epoch").longValue();
            assertThat(signing).isEqualTo(second);
            for (int i = 0; i < 4; i++) {
                assertThat(submit(signers.get(i), signing, hash).getString("status")).as("four never suffice").isEqualTo("PENDING");
            }
            JsonObject done = submit(signers.get(4), signing, hash);
            assertThat(done.getString("status")).isEqualTo("COMPLETE");
            signatures.add(done.getString("groupSignature"));
        }
        assertThat(signatures).containsOnly(signatures.get(0));
        assertThat(RawBlst.fastAggregateVerify(List.of(groupKey), hash, signatures.get(0))).isTrue();

        // The old shares no longer count: the leaver is no member of the new committee, and a share of
        // the first epoch does not verify under its holder's new public share.
        String later = randomHash();
        new SigningRequests(api).open(later);
        Answer byLeaver = post(leaver, leaver.share(first), later);
        assertThat(byLeaver.status()).isEqualTo(403);
        assertThat(byLeaver.code()).isEqualTo(106);
        Unattended stayer = five.get(0);
        Answer oldShare = post(stayer, stayer.share(first), later);
        assertThat(oldShare.status()).isEqualTo(422);
        assertThat(oldShare.code()).isEqualTo(103);
    }

    /** Seats and threshold by two parameter-change proposals that {@code voters} pass. */
    private void setSeats(Governance governance, List<TestSigner> voters, long seats, long threshold) {
        TestSigner proposer = voters.get(0);
        contract.mint(proposer.name(), 100_000);
        List<JsonObject> proposals = List.of(governance.created(governance.proposeParameter(proposer, "totalSigners", seats)),
                governance.created(governance.proposeParameter(proposer, "signatureThreshold", threshold)));
        for (JsonObject proposal : proposals) {
            for (TestSigner voter : voters) {
                governance.vote(voter, proposal.getJsonNumber("id").longValue(), true);
            }
        }
        proposals.forEach(p -> governance.finalizedAfterTheVote(proposer, p));
        assertThat(Contract.eventually(Duration.ofSeconds(60), () -> governance.params().getInt("totalSigners") == seats
                && governance.params().getInt("signatureThreshold") == threshold)).as("the new seats took effect").isTrue();
    }

    private static void awaitShares(List<Unattended> who, long epoch) {
        assertThat(Contract.eventually(Duration.ofSeconds(30), () -> who.stream().allMatch(u -> u.holdsShareOf(epoch))))
                .as("every member stored its share of epoch " + epoch).isTrue();
    }

    private static boolean phase(JsonObject session, String phase) {
        return session.getString("phase").equals(phase);
    }

    private JsonObject submit(Unattended member, long epoch, String hash) {
        Answer answer = post(member, member.share(epoch), hash);
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json();
    }

    private Answer post(Unattended member, BlsSecretKey share, String hash) {
        return api.post("api/v1/partial-signatures", partialJson(hash, SigningRequests.signature(share, hash)),
                member.signer().name(), member.signer().password());
    }
}
