package io.dts.web;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.Threshold;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.Dealer;
import io.dts.core.crypto.dkg.EncryptedShare;
import io.dts.core.crypto.dkg.Receiver;
import io.dts.core.crypto.dkg.VerifiedDeal;
import io.dts.signer.DkgComputation;
import io.dts.signer.DkgMessages;
import io.dts.signer.DkgSession;
import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One committee member's side of a DKG session, driven by a test over REST with the project's
 * member crypto ({@code io.dts.core.crypto.dkg}): its secret key lives only here. A test can make
 * it misbehave (a wrong share for one receiver, a false complaint) to see the network react.
 */
final class DkgParty {

    private static final SecureRandom RANDOM = new SecureRandom();

    final TestSigner signer;
    private final Api api;
    /** x_j per completed epoch. */
    private final Map<Long, BigInteger> shares = new java.util.concurrent.ConcurrentHashMap<>();
    /** Epochs in which this member has dealt, opened its shares, finished. */
    private final java.util.Set<Long> dealt = new java.util.HashSet<>();
    private final java.util.Set<Long> opened = new java.util.HashSet<>();
    private final java.util.Set<Long> finished = new java.util.HashSet<>();
    /** Misbehaviour a test asks for, by signer name: a wrong share to this receiver, a false complaint about this dealer; silence. */
    volatile String badShareTo;
    volatile String falselyAccuse;
    volatile boolean silent;
    /** What the network answered to this member's deals and complaints, for the test to inspect. */
    final List<Answer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();

    DkgParty(TestSigner signer, Api api) {
        this.signer = signer;
        this.api = api;
    }

    /**
     * Does what is due in the newest session: deal in DEAL, open the shares (and complain) in
     * COMPLAIN, take the share once COMPLETE. Idempotent: each duty once per epoch.
     */
    synchronized void step() {
        Answer current = api.get("api/v1/dkg/sessions/current");
        if (current.status() != 200) {
            return;
        }
        JsonObject session = current.json();
        long epoch = session.getJsonNumber("epoch").longValue();
        String phase = session.getString("phase");
        if (phase.equals("DEAL") && dealerIndex(session) > 0 && !silent && dealt.add(epoch)) {
            int victim = badShareTo == null ? -1 : indexOf(session, "receivers", badShareTo);
            answers.add(victim > 0 ? dealBadShareTo(session, victim) : deal(session));
        } else if (phase.equals("COMPLAIN") && receiverIndex(session) > 0 && opened.add(epoch)) {
            answers.addAll(openAndComplain(session, falselyAccuse == null ? -1 : indexOf(session, "dealers", falselyAccuse)));
        } else if (phase.equals("COMPLETE") && receiverIndex(session) > 0 && opened.contains(epoch) && finished.add(epoch)) {
            finish(session);
        }
    }

    boolean holdsShareOf(long epoch) {
        return shares.containsKey(epoch);
    }

    JsonObject session(long epoch) {
        Answer answer = api.get("api/v1/dkg/sessions/" + epoch);
        if (answer.status() != 200) {
            throw new AssertionError("no session " + epoch + ": " + answer.body());
        }
        return answer.json();
    }

    /** My dealer index in {@code session}, or -1. */
    int dealerIndex(JsonObject session) {
        return indexIn(session, "dealers");
    }

    int receiverIndex(JsonObject session) {
        return indexIn(session, "receivers");
    }

    /** Deals honestly (fresh, or resharing my share of the previous epoch); returns the server's answer. */
    Answer deal(JsonObject session) {
        return post(session, bundle(session, -1));
    }

    /** Deals with a wrong share for {@code victim}, consistently signed: only the victim can tell. */
    Answer dealBadShareTo(JsonObject session, int victim) {
        return post(session, bundle(session, victim));
    }

    /** An honest bundle for {@code session} as the JSON the REST API takes, not sent. */
    String dealJson(JsonObject session) {
        return json(bundle(session, -1));
    }

    private Answer post(JsonObject session, DealBundle bundle) {
        return api.post("api/v1/dkg/sessions/" + session.getJsonNumber("epoch").longValue() + "/deals", json(bundle),
                signer.name(), signer.password());
    }

    private DealBundle bundle(JsonObject session, int victim) {
        long epoch = session.getJsonNumber("epoch").longValue();
        int i = dealerIndex(session);
        int t = session.getInt("threshold");
        Map<Integer, BlsPublicKey> receivers = new TreeMap<>();
        for (JsonValue r : session.getJsonArray("receivers")) {
            receivers.put(r.asJsonObject().getInt("index"), BlsPublicKey.fromHex(r.asJsonObject().getString("publicKey")));
        }
        BigInteger constant = session.getString("kind").equals("FRESH") ? null
                : shares.get(session.getJsonNumber("previousEpoch").longValue());
        List<BigInteger> coefficients = Dealer.polynomial(constant != null ? constant
                : new BigInteger(255, RANDOM).mod(Threshold.ORDER), t, RANDOM);
        Map<Integer, BigInteger> rhos = new HashMap<>();
        receivers.keySet().forEach(j -> rhos.put(j, new BigInteger(255, RANDOM).mod(Threshold.ORDER)));
        DealBundle honest = Dealer.deal(signer.key(), epoch, i, coefficients, receivers, rhos);
        if (victim < 0) {
            return honest;
        }
        // The same bundle, but the victim's share is f(j) + 1 encrypted properly: it decrypts and fails the check.
        List<BigInteger> wrong = new ArrayList<>(coefficients);
        wrong.set(0, wrong.get(0).add(BigInteger.ONE).mod(Threshold.ORDER));
        DealBundle lying = Dealer.deal(signer.key(), epoch, i, wrong, receivers, rhos);
        List<EncryptedShare> mixed = honest.shares().stream()
                .map(s -> s.receiverIndex() == victim ? lying.shares().stream().filter(l -> l.receiverIndex() == victim).findFirst().orElseThrow() : s)
                .toList();
        return new DealBundle(epoch, i, t, honest.commitments(), mixed, null).signedBy(signer.key());
    }

    /**
     * Opens my share of every accepted bundle; complains about each bad one (or, with {@code falsely},
     * about dealer {@code falsely} although its share is good). Returns the complaint answers.
     */
    List<Answer> openAndComplain(JsonObject session, int falsely) {
        long epoch = session.getJsonNumber("epoch").longValue();
        int j = receiverIndex(session);
        List<Answer> complaints = new ArrayList<>();
        for (VerifiedDeal deal : deals(session)) {
            if (Receiver.openShare(signer.key(), deal, j).shouldComplain() || deal.dealerIndex() == falsely) {
                Complaint complaint = Receiver.complain(signer.key(), deal, j, new BigInteger(255, RANDOM).mod(Threshold.ORDER));
                complaints.add(api.post("api/v1/dkg/sessions/" + epoch + "/complaints",
                        DkgMessages.complaintToJson(complaint).toString(), signer.name(), signer.password()));
            }
        }
        return complaints;
    }

    /** After COMPLETE: x_j from QUAL, checked against my public share (as dts-signer computes it); returns it. */
    BigInteger finish(JsonObject session) {
        DkgComputation.ShareResult result = DkgComputation.receiverShare(DkgSession.fromJson(session), deals(session),
                signer.key(), receiverIndex(session));
        if (result.problem() != null) {
            throw new AssertionError(signer.name() + ": " + result.problem());
        }
        shares.put(session.getJsonNumber("epoch").longValue(), result.share());
        return result.share();
    }

    /** My partial for {@code hashHex} with my share of {@code epoch}. */
    String partial(long epoch, String hashHex) {
        return SigningRequests.signature(Threshold.shareKey(shares.get(epoch)), hashHex);
    }

    /** The accepted bundles, checked again here (dts-signer's checks): the server must publish only good ones. */
    private List<VerifiedDeal> deals(JsonObject session) {
        List<JsonObject> posted = Api.parseArray(api.get("api/v1/dkg/sessions/" + session.getJsonNumber("epoch").longValue()
                + "/deals").body()).stream().map(JsonValue::asJsonObject).toList();
        return DkgComputation.verifiedDeals(DkgSession.fromJson(session), posted, problem -> {
            throw new AssertionError(problem);
        });
    }

    private int indexIn(JsonObject session, String role) {
        return indexOf(session, role, signer.name());
    }

    /** Waits (up to 90 s) until the newest session satisfies {@code condition}; returns it. */
    static JsonObject awaitCurrentSession(Api api, java.util.function.Predicate<JsonObject> condition) {
        JsonObject[] last = new JsonObject[1];
        boolean reached = Contract.eventually(java.time.Duration.ofSeconds(90), () -> {
            Answer answer = api.get("api/v1/dkg/sessions/current");
            last[0] = answer.status() == 200 ? answer.json() : null;
            return last[0] != null && condition.test(last[0]);
        });
        if (!reached) {
            throw new AssertionError("the DKG session did not get there; last seen: " + last[0]);
        }
        return last[0];
    }

    static int indexOf(JsonObject session, String role, String name) {
        return session.getJsonArray(role).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals(name)).mapToInt(p -> p.getInt("index")).findFirst().orElse(-1);
    }

    private static String json(DealBundle bundle) {
        return DkgMessages.dealToJson(bundle).toString();
    }
}
