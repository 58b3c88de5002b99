package io.dts.signer;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.EncryptedShare;
import io.dts.core.crypto.dkg.VerifiedDeal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The DKG's JSON bodies (THRESHOLD.md "REST"): deal bundles and complaints to post, and the
 * accepted bundles read back, checked again here with {@link DealCheck} so a member never acts on
 * a bundle it has not verified itself.
 */
public final class DkgMessages {

    private DkgMessages() {
    }

    /** {@code {dealerIndex, commitments[hex], shares[{receiverIndex, ephemeralKey, ciphertext}], signature}}. */
    public static JsonObject dealToJson(DealBundle bundle) {
        JsonArrayBuilder commitments = Json.createArrayBuilder();
        bundle.commitments().forEach(c -> commitments.add(JsonValues.hex(c)));
        JsonArrayBuilder shares = Json.createArrayBuilder();
        bundle.shares().forEach(s -> shares.add(Json.createObjectBuilder().add("receiverIndex", s.receiverIndex())
                .add("ephemeralKey", JsonValues.hex(s.ephemeralKey())).add("ciphertext", JsonValues.hex(s.ciphertext()))));
        return Json.createObjectBuilder().add("dealerIndex", bundle.dealerIndex()).add("commitments", commitments)
                .add("shares", shares).add("signature", JsonValues.hex(bundle.signature())).build();
    }

    /**
     * A bundle as posted or as {@code GET …/deals} lists it (the bundle itself, or wrapped under
     * {@code bundle}/{@code deal}); the session supplies epoch and t, which the signed bytes contain.
     * Empty when a field is missing or not hex.
     */
    public static Optional<DealBundle> dealFromJson(JsonObject json, long epoch, int threshold) {
        JsonObject deal = unwrap(json);
        int dealerIndex = dealerIndexOf(json);
        List<byte[]> commitments = new ArrayList<>();
        for (JsonValue v : JsonValues.array(deal, "commitments")) {
            byte[] bytes = v instanceof JsonString s ? JsonValues.hex(s.getString()) : null;
            if (bytes == null) {
                return Optional.empty();
            }
            commitments.add(bytes);
        }
        List<EncryptedShare> shares = new ArrayList<>();
        for (JsonObject share : JsonValues.objects(deal, "shares")) {
            byte[] r = JsonValues.hex(JsonValues.string(share, "ephemeralKey"));
            byte[] c = JsonValues.hex(JsonValues.string(share, "ciphertext"));
            if (r == null || c == null) {
                return Optional.empty();
            }
            shares.add(new EncryptedShare((int) JsonValues.number(share, "receiverIndex", 0), r, c));
        }
        byte[] signature = JsonValues.hex(JsonValues.string(deal, "signature"));
        if (dealerIndex < 1 || signature == null) {
            return Optional.empty();
        }
        return Optional.of(new DealBundle(epoch, dealerIndex, threshold, commitments, shares, signature));
    }

    /** The dealer index of a listed bundle (bare or wrapped), or 0. */
    public static int dealerIndexOf(JsonObject listed) {
        JsonObject deal = unwrap(listed);
        long index = JsonValues.number(deal, "dealerIndex", 0);
        return index == 0 ? (int) JsonValues.number(listed, "dealerIndex", 0) : (int) index;
    }

    private static JsonObject unwrap(JsonObject json) {
        return json.get("bundle") instanceof JsonObject b ? b : json.get("deal") instanceof JsonObject d ? d : json;
    }

    /**
     * The accepted bundle of {@code dealer}, checked against the session: its registered key
     * signed it, it covers every receiver, and (resharing) its constant commits to its old share.
     * Empty when it does not pass, which the server should never have let through.
     */
    public static Optional<VerifiedDeal> verify(DkgSession session, DkgSession.Seat dealer, DealBundle bundle) {
        try {
            SortedSet<Integer> receivers = new TreeSet<>();
            session.receivers().forEach(r -> receivers.add(r.index()));
            BlsPublicKey oldShare = session.kind() == io.dts.core.crypto.dkg.DkgKind.RESHARE && dealer.oldPublicShare() != null
                    ? BlsPublicKey.fromHex(dealer.oldPublicShare()) : null;
            DealCheck.Verdict verdict = DealCheck.check(bundle, new DealCheck.Expectation(session.epoch(), dealer.index(),
                    session.threshold(), BlsPublicKey.fromHex(dealer.publicKey()), receivers, oldShare));
            return Optional.ofNullable(verdict.deal());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code {dealerIndex, receiverIndex, sharedKey, proof}}. */
    public static JsonObject complaintToJson(Complaint complaint) {
        return Json.createObjectBuilder().add("dealerIndex", complaint.dealerIndex())
                .add("receiverIndex", complaint.receiverIndex()).add("sharedKey", complaint.sharedPoint().toHex())
                .add("proof", JsonValues.hex(complaint.proof())).build();
    }
}
