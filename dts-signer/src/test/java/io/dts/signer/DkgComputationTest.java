package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.Threshold;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.ComplaintVerdict;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.Dealer;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.EncryptedShare;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.Receiver;
import io.dts.core.crypto.dkg.VerifiedDeal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A receiver's side of whole sessions, with real deals from dts-core's {@link Dealer} posted as the
 * REST JSON and read back: no server, the bundles are what a server would list. Fresh 2-of-3 among
 * alice, bob, carol, then a reshare to bob, carol, dave that keeps the group key.
 */
class DkgComputationTest {

    private static final SecureRandom RANDOM = new SecureRandom(new byte[] {7});
    private static final Map<String, BlsSecretKey> KEYS = new LinkedHashMap<>();

    static {
        for (String name : List.of("alice", "bob", "carol", "dave")) {
            byte[] ikm = new byte[32];
            System.arraycopy((name + "-seed-for-dts-signer-tests-0123456789").getBytes(StandardCharsets.UTF_8), 0, ikm, 0, 32);
            KEYS.put(name, BlsSecretKey.fromSeed(ikm));
        }
    }

    private static JsonObject sessionJson(long epoch, DkgKind kind, String phase, List<String> dealers,
            Map<String, String> oldPublicShares, List<String> receivers, Set<Integer> qualified,
            Finalization.Group group) {
        JsonArrayBuilder d = Json.createArrayBuilder();
        for (int i = 0; i < dealers.size(); i++) {
            JsonObjectBuilder seat = Json.createObjectBuilder().add("index", i + 1).add("name", dealers.get(i))
                    .add("publicKey", KEYS.get(dealers.get(i)).publicKey().toHex());
            if (oldPublicShares.containsKey(dealers.get(i))) {
                seat.add("oldPublicShare", oldPublicShares.get(dealers.get(i)));
            }
            d.add(seat);
        }
        JsonArrayBuilder r = Json.createArrayBuilder();
        for (int j = 0; j < receivers.size(); j++) {
            r.add(Json.createObjectBuilder().add("index", j + 1).add("name", receivers.get(j))
                    .add("publicKey", KEYS.get(receivers.get(j)).publicKey().toHex()));
        }
        JsonArrayBuilder q = Json.createArrayBuilder();
        qualified.forEach(q::add);
        JsonArrayBuilder shares = Json.createArrayBuilder();
        JsonObjectBuilder json = Json.createObjectBuilder().add("epoch", epoch).add("kind", kind.name()).add("threshold", 2)
                .add("previousThreshold", kind == DkgKind.RESHARE ? 2 : 0).add("phase", phase)
                .add("dealers", d).add("receivers", r).add("qualified", q);
        if (group != null) {
            group.publicShares().forEach((j, y) -> shares.add(Json.createObjectBuilder().add("index", j).add("publicShare", y.toHex())));
            json.add("groupPublicKey", group.groupKey().toHex());
        }
        return json.add("publicShares", shares).build();
    }

    private static SortedMap<Integer, BlsPublicKey> receiverKeys(List<String> receivers) {
        SortedMap<Integer, BlsPublicKey> keys = new TreeMap<>();
        for (int j = 0; j < receivers.size(); j++) {
            keys.put(j + 1, KEYS.get(receivers.get(j)).publicKey());
        }
        return keys;
    }

    /** As the server lists an accepted bundle: the posted body with the height it arrived. */
    private static JsonObject posted(DealBundle bundle) {
        return Json.createObjectBuilder(DkgMessages.dealToJson(bundle)).add("height", 105).build();
    }

    private static Finalization.Group group(DkgKind kind, BlsPublicKey previous, List<VerifiedDeal> deals, int receivers) {
        SortedSet<Integer> indices = new TreeSet<>();
        for (int j = 1; j <= receivers; j++) {
            indices.add(j);
        }
        return Finalization.finalizeGroup(kind, 2, 2, previous, deals, Set.of(), indices).group();
    }

    private static final List<String> FIRST = List.of("alice", "bob", "carol");
    private static final List<String> SECOND = List.of("bob", "carol", "dave");

    private record Fresh(List<JsonObject> posted, List<VerifiedDeal> deals, Finalization.Group group, JsonObject complete) {
    }

    private static Fresh freshSession() {
        List<JsonObject> posted = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            posted.add(posted(Dealer.dealFresh(KEYS.get(FIRST.get(i - 1)), 7, i, 2, receiverKeys(FIRST), RANDOM)));
        }
        DkgSession complain = DkgSession.fromJson(sessionJson(7, DkgKind.FRESH, "COMPLAIN", FIRST, Map.of(), FIRST, Set.of(), null));
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(complain, posted, p -> {
            throw new AssertionError(p);
        });
        Finalization.Group group = group(DkgKind.FRESH, null, deals, 3);
        JsonObject complete = sessionJson(7, DkgKind.FRESH, "COMPLETE", FIRST, Map.of(), FIRST, Set.of(1, 2, 3), group);
        return new Fresh(posted, deals, group, complete);
    }

    @Test
    void honestDealsGiveNoComplaints() {
        Fresh fresh = freshSession();
        assertThat(fresh.deals()).hasSize(3);
        for (int j = 1; j <= 3; j++) {
            assertThat(DkgComputation.complaintsDue(fresh.deals(), KEYS.get(FIRST.get(j - 1)), j, Set.of(), RANDOM)).isEmpty();
        }
    }

    @Test
    void everyReceiversShareMatchesItsPublicShareAndAnyTwoSignUnderTheGroupKey() {
        Fresh fresh = freshSession();
        DkgSession session = DkgSession.fromJson(fresh.complete());
        Map<Long, BlsSignature> partials = new TreeMap<>();
        byte[] message = new byte[32];
        for (int j = 1; j <= 3; j++) {
            DkgComputation.ShareResult result = DkgComputation.receiverShare(session, fresh.deals(), KEYS.get(FIRST.get(j - 1)), j);
            assertThat(result.problem()).isNull();
            assertThat(result.publicShare()).isEqualTo(fresh.group().publicShares().get(j));
            partials.put((long) j, Threshold.shareKey(result.share()).sign(message));
        }
        partials.remove(2L);
        assertThat(Bls.verify(fresh.group().groupKey(), message, Threshold.combine(partials))).isTrue();
    }

    @Test
    void aShareThatDoesNotMatchThePublishedPublicShareIsNotAccepted() {
        Fresh fresh = freshSession();
        String y1 = fresh.group().publicShares().get(1).toHex();
        String y2 = fresh.group().publicShares().get(2).toHex();
        DkgSession lying = DkgSession.fromJson(Json.createObjectBuilder(fresh.complete()).add("publicShares",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 1).add("publicShare", y2))
                        .add(Json.createObjectBuilder().add("index", 2).add("publicShare", y1))).build());
        DkgComputation.ShareResult result = DkgComputation.receiverShare(lying, fresh.deals(), KEYS.get("alice"), 1);
        assertThat(result.share()).isNull();
        assertThat(result.problem()).contains("does not match my public share");
    }

    @Test
    void aDealerWhoEncryptsAReceiversShareWronglyDrawsAComplaintThatHolds() {
        Fresh fresh = freshSession();
        // carol (dealer 3) gives bob (receiver 2) alice's ciphertext, and signs the bundle
        DealBundle honest = DkgMessages.dealFromJson(fresh.posted().get(2), 7, 2).orElseThrow();
        List<EncryptedShare> shares = new ArrayList<>();
        EncryptedShare forAlice = honest.shares().get(0);
        for (EncryptedShare s : honest.shares()) {
            shares.add(s.receiverIndex() == 2 ? new EncryptedShare(2, forAlice.ephemeralKey(), forAlice.ciphertext()) : s);
        }
        DealBundle bad = new DealBundle(7, 3, 2, honest.commitments(), shares, null).signedBy(KEYS.get("carol"));
        List<JsonObject> posted = List.of(fresh.posted().get(0), fresh.posted().get(1), posted(bad));
        DkgSession complain = DkgSession.fromJson(sessionJson(7, DkgKind.FRESH, "COMPLAIN", FIRST, Map.of(), FIRST, Set.of(), null));
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(complain, posted, p -> {
            throw new AssertionError(p);
        });

        SortedMap<Integer, Complaint> due = DkgComputation.complaintsDue(deals, KEYS.get("bob"), 2, Set.of(), RANDOM);
        assertThat(due).containsOnlyKeys(3);
        assertThat(Receiver.adjudicate(due.get(3), KEYS.get("bob").publicKey(), deals.get(2))).isEqualTo(ComplaintVerdict.VALID);
        JsonObject body = DkgMessages.complaintToJson(due.get(3));
        assertThat(body.keySet()).containsExactlyInAnyOrder("dealerIndex", "receiverIndex", "sharedKey", "proof");
        assertThat(body.getString("proof")).hasSize(128);
        assertThat(DkgComputation.complaintsDue(deals, KEYS.get("bob"), 2, Set.of(3), RANDOM)).isEmpty();
        assertThat(DkgComputation.complaintsDue(deals, KEYS.get("alice"), 1, Set.of(), RANDOM)).isEmpty();

        // QUAL = {1, 2}: bob's share comes from alice's and his own deal only
        Finalization.Group group = group(DkgKind.FRESH, null, deals.subList(0, 2), 3);
        DkgSession complete = DkgSession.fromJson(sessionJson(7, DkgKind.FRESH, "COMPLETE", FIRST, Map.of(), FIRST,
                Set.of(1, 2), group));
        DkgComputation.ShareResult bobShare = DkgComputation.receiverShare(complete, deals, KEYS.get("bob"), 2);
        assertThat(bobShare.problem()).isNull();
        assertThat(bobShare.publicShare()).isEqualTo(group.publicShares().get(2));
    }

    @Test
    void aBundleNotSignedByItsDealerIsLeftOutAndReported() {
        Fresh fresh = freshSession();
        DealBundle honest = DkgMessages.dealFromJson(fresh.posted().get(0), 7, 2).orElseThrow();
        DealBundle forged = new DealBundle(7, 1, 2, honest.commitments(), honest.shares(), null).signedBy(KEYS.get("bob"));
        DkgSession session = DkgSession.fromJson(fresh.complete());
        List<String> problems = new ArrayList<>();
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(session, List.of(posted(forged), fresh.posted().get(1)), problems::add);
        assertThat(deals).extracting(VerifiedDeal::dealerIndex).containsExactly(2);
        assertThat(problems).singleElement().asString().contains("dealer 1");
    }

    @Test
    void aReshareToANewCommitteeKeepsTheGroupKey() {
        Fresh fresh = freshSession();
        DkgSession first = DkgSession.fromJson(fresh.complete());
        Map<String, String> oldPublicShares = new LinkedHashMap<>();
        List<JsonObject> posted = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            BigInteger x = DkgComputation.receiverShare(first, fresh.deals(), KEYS.get(FIRST.get(i - 1)), i).share();
            oldPublicShares.put(FIRST.get(i - 1), Threshold.shareKey(x).publicKey().toHex());
            posted.add(posted(Dealer.dealReshare(KEYS.get(FIRST.get(i - 1)), 8, i, 2, x, receiverKeys(SECOND), RANDOM)));
        }
        BlsPublicKey groupKey = fresh.group().groupKey();
        JsonObject complainJson = Json.createObjectBuilder(sessionJson(8, DkgKind.RESHARE, "COMPLAIN", FIRST, oldPublicShares,
                SECOND, Set.of(), null)).add("groupPublicKey", groupKey.toHex()).build();
        DkgSession complain = DkgSession.fromJson(complainJson);
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(complain, posted, p -> {
            throw new AssertionError(p);
        });
        assertThat(deals).hasSize(3);
        Finalization.Group group = group(DkgKind.RESHARE, groupKey, deals, 3);
        assertThat(group.groupKey()).isEqualTo(groupKey);
        DkgSession complete = DkgSession.fromJson(sessionJson(8, DkgKind.RESHARE, "COMPLETE", FIRST, oldPublicShares, SECOND,
                Set.of(1, 2, 3), group));

        byte[] message = "a request of epoch 8 -- 32 bytes".getBytes(StandardCharsets.US_ASCII);
        Map<Long, BlsSignature> partials = new TreeMap<>();
        for (int j : List.of(1, 3)) {
            DkgComputation.ShareResult result = DkgComputation.receiverShare(complete, deals, KEYS.get(SECOND.get(j - 1)), j);
            assertThat(result.problem()).isNull();
            partials.put((long) j, Threshold.shareKey(result.share()).sign(message));
        }
        assertThat(Bls.verify(groupKey, message, Threshold.combine(partials))).isTrue();
        assertThat(new HashSet<>(complete.qualified())).containsExactlyInAnyOrder(1, 2, 3);
    }
}
