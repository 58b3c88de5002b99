package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.Threshold;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The known-answer vectors of src/test/resources/dkg/kat.json (layout in the README there). Each
 * {@code *Case} method computes a whole case from its inputs, so the generator ({@link
 * KatGenerator}) and the check ({@link DkgKatTest}, which takes the inputs from the committed file)
 * share one definition of every output field.
 */
final class KatVectors {

    private static final HexFormat HEX = HexFormat.of();

    private KatVectors() {
    }

    /** A fixed scalar: SHA-256("DTS-KAT-" ‖ label) mod r (never 0 for the labels used). */
    static BigInteger fixedScalar(String label) {
        byte[] digest = HashToField.sha256().digest(("DTS-KAT-" + label).getBytes(StandardCharsets.US_ASCII));
        return new BigInteger(1, digest).mod(Points.ORDER);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String hex(BigInteger scalar) {
        return hex(Scalars.toBytes(scalar));
    }

    static BigInteger scalar(JsonObject o, String field) {
        return new BigInteger(1, HEX.parseHex(o.getString(field)));
    }

    static BlsSecretKey secretKey(BigInteger scalar) {
        return Threshold.shareKey(scalar);
    }

    static JsonObject generate() {
        JsonArrayBuilder encryption = Json.createArrayBuilder();
        encryption.add(encryptionCase(fixedScalar("enc1-sk"), 7, 2, 1, fixedScalar("enc1-share"), fixedScalar("enc1-rho")));
        encryption.add(encryptionCase(fixedScalar("enc2-sk"), 4294967296L, 65536, 3, BigInteger.ONE,
                fixedScalar("enc2-rho")));
        JsonArrayBuilder dleq = Json.createArrayBuilder();
        dleq.add(dleqCase(fixedScalar("dleq1-sk"), fixedScalar("dleq1-rho"), fixedScalar("dleq1-w")));
        dleq.add(dleqCase(fixedScalar("dleq2-sk"), fixedScalar("dleq2-rho"), fixedScalar("dleq2-w")));
        List<BigInteger> coefficients = List.of(fixedScalar("deal-a0"), fixedScalar("deal-a1"), fixedScalar("deal-a2"));
        Map<Integer, BigInteger> receiverSks = new TreeMap<>();
        Map<Integer, BigInteger> rhos = new TreeMap<>();
        for (int j = 1; j <= 4; j++) {
            receiverSks.put(j, fixedScalar("deal-receiver" + j + "-sk"));
            rhos.put(j, fixedScalar("deal-receiver" + j + "-rho"));
        }
        JsonObject deal = dealCase(fixedScalar("deal-dealer-sk"), 7, 2, coefficients, receiverSks, rhos);
        JsonObject combination = combinationCase(
                List.of(fixedScalar("group-a0"), fixedScalar("group-a1"), fixedScalar("group-a2")), 5,
                List.of(1, 3, 5), HashToField.sha256().digest("DTS-KAT-message".getBytes(StandardCharsets.US_ASCII)));
        return Json.createObjectBuilder()
                .add("description", "DTS threshold-mode DKG known-answer vectors (THRESHOLD.md); layout in README.md")
                .add("generator", "io.dts.core.crypto.dkg.KatGenerator (dts-core test sources)")
                .add("encryption", encryption).add("dleq", dleq).add("deal", deal).add("combination", combination)
                .build();
    }

    /** THRESHOLD.md "Deal" step 3 for one share. */
    static JsonObject encryptionCase(BigInteger sk, long epoch, int dealerIndex, int receiverIndex, BigInteger share,
            BigInteger rho) {
        BlsSecretKey receiver = secretKey(sk);
        EncryptedShare e = ShareEncryption.encrypt(share, receiver.publicKey(), epoch, dealerIndex, receiverIndex, rho);
        BlsPublicKey r = BlsPublicKey.fromBytes(e.ephemeralKey());
        BlsPublicKey k = ShareEncryption.sharedPoint(receiver, r);
        return Json.createObjectBuilder().add("sk", hex(sk)).add("pk", receiver.publicKey().toHex())
                .add("epoch", epoch).add("dealerIndex", dealerIndex).add("receiverIndex", receiverIndex)
                .add("share", hex(share)).add("rho", hex(rho)).add("R", r.toHex()).add("K", k.toHex())
                .add("hkdfKey", hex(ShareEncryption.derivedKey(k, r, epoch, dealerIndex, receiverIndex)))
                .add("c", hex(e.ciphertext())).build();
    }

    /** THRESHOLD.md "Complain": the proof for K = sk·R with R = rho·g. */
    static JsonObject dleqCase(BigInteger sk, BigInteger rho, BigInteger w) {
        BlsSecretKey key = secretKey(sk);
        BlsPublicKey r = Points.key(Points.generatorTimes(rho));
        Dleq.Proof proof = Dleq.prove(key, r, w);
        return Json.createObjectBuilder().add("sk", hex(sk)).add("pk", key.publicKey().toHex())
                .add("rho", hex(rho)).add("R", r.toHex()).add("w", hex(w)).add("K", proof.sharedPoint().toHex())
                .add("a1", hex(proof.a1())).add("a2", hex(proof.a2())).add("c", hex(proof.challenge()))
                .add("z", hex(proof.response())).add("proof", hex(proof.toBytes())).build();
    }

    /** THRESHOLD.md "Deal" and "Byte layouts": one signed bundle. */
    static JsonObject dealCase(BigInteger dealerSk, long epoch, int dealerIndex, List<BigInteger> coefficients,
            Map<Integer, BigInteger> receiverSks, Map<Integer, BigInteger> rhos) {
        BlsSecretKey dealer = secretKey(dealerSk);
        Map<Integer, BlsPublicKey> receiverKeys = new TreeMap<>();
        receiverSks.forEach((j, sk) -> receiverKeys.put(j, secretKey(sk).publicKey()));
        DealBundle bundle = Dealer.deal(dealer, epoch, dealerIndex, coefficients, receiverKeys, rhos);
        JsonArrayBuilder coefficientsJson = Json.createArrayBuilder();
        coefficients.forEach(a -> coefficientsJson.add(hex(a)));
        JsonArrayBuilder commitments = Json.createArrayBuilder();
        bundle.commitments().forEach(a -> commitments.add(hex(a)));
        JsonArrayBuilder receivers = Json.createArrayBuilder();
        for (EncryptedShare share : bundle.shares()) {
            int j = share.receiverIndex();
            receivers.add(Json.createObjectBuilder().add("index", j).add("sk", hex(receiverSks.get(j)))
                    .add("pk", receiverKeys.get(j).toHex()).add("rho", hex(rhos.get(j)))
                    .add("share", hex(Threshold.evaluate(coefficients, j))).add("R", hex(share.ephemeralKey()))
                    .add("c", hex(share.ciphertext())));
        }
        return Json.createObjectBuilder().add("dealerSk", hex(dealerSk)).add("dealerPk", dealer.publicKey().toHex())
                .add("epoch", epoch).add("dealerIndex", dealerIndex).add("threshold", coefficients.size())
                .add("coefficients", coefficientsJson).add("commitments", commitments).add("receivers", receivers)
                .add("bytes", hex(bundle.toBytes())).add("digest", hex(bundle.digest()))
                .add("signature", hex(bundle.signature())).build();
    }

    /** THRESHOLD.md "Threshold signing": partials of shares f(j) combined at 0 into a signature under a0·g. */
    static JsonObject combinationCase(List<BigInteger> coefficients, int n, List<Integer> indices, byte[] message) {
        JsonArrayBuilder shares = Json.createArrayBuilder();
        Map<Long, BlsSignature> partials = new LinkedHashMap<>();
        JsonArrayBuilder partialsJson = Json.createArrayBuilder();
        List<BlsPublicKey> commitments = Threshold.commitments(coefficients);
        for (int j = 1; j <= n; j++) {
            BigInteger x = Threshold.evaluate(coefficients, j);
            shares.add(Json.createObjectBuilder().add("index", j).add("share", hex(x))
                    .add("publicShare", Threshold.publicShare(commitments, j).toHex()));
            if (indices.contains(j)) {
                BlsSignature sigma = Threshold.shareKey(x).sign(message);
                partials.put((long) j, sigma);
                partialsJson.add(Json.createObjectBuilder().add("index", j).add("signature", sigma.toHex()));
            }
        }
        JsonArrayBuilder coefficientsJson = Json.createArrayBuilder();
        coefficients.forEach(a -> coefficientsJson.add(hex(a)));
        JsonArrayBuilder indicesJson = Json.createArrayBuilder();
        indices.forEach(indicesJson::add);
        return Json.createObjectBuilder().add("threshold", coefficients.size()).add("coefficients", coefficientsJson)
                .add("message", hex(message)).add("groupKey", commitments.get(0).toHex()).add("shares", shares)
                .add("indices", indicesJson).add("partials", partialsJson)
                .add("combined", Threshold.combine(partials).toHex()).build();
    }

    /** Re-derives each case from the inputs it records. */
    static JsonObject recompute(JsonObject kat) {
        JsonArrayBuilder encryption = Json.createArrayBuilder();
        for (JsonObject c : kat.getJsonArray("encryption").getValuesAs(JsonObject.class)) {
            encryption.add(encryptionCase(scalar(c, "sk"), c.getJsonNumber("epoch").longValueExact(),
                    c.getInt("dealerIndex"), c.getInt("receiverIndex"), scalar(c, "share"), scalar(c, "rho")));
        }
        JsonArrayBuilder dleq = Json.createArrayBuilder();
        for (JsonObject c : kat.getJsonArray("dleq").getValuesAs(JsonObject.class)) {
            dleq.add(dleqCase(scalar(c, "sk"), scalar(c, "rho"), scalar(c, "w")));
        }
        JsonObject d = kat.getJsonObject("deal");
        Map<Integer, BigInteger> receiverSks = new TreeMap<>();
        Map<Integer, BigInteger> rhos = new TreeMap<>();
        for (JsonObject r : d.getJsonArray("receivers").getValuesAs(JsonObject.class)) {
            receiverSks.put(r.getInt("index"), scalar(r, "sk"));
            rhos.put(r.getInt("index"), scalar(r, "rho"));
        }
        JsonObject deal = dealCase(scalar(d, "dealerSk"), d.getJsonNumber("epoch").longValueExact(),
                d.getInt("dealerIndex"), scalars(d.getJsonArray("coefficients")), receiverSks, rhos);
        JsonObject c = kat.getJsonObject("combination");
        List<Integer> indices = new ArrayList<>();
        c.getJsonArray("indices").getValuesAs(jakarta.json.JsonNumber.class).forEach(i -> indices.add(i.intValue()));
        JsonObject combination = combinationCase(scalars(c.getJsonArray("coefficients")),
                c.getJsonArray("shares").size(), indices, HEX.parseHex(c.getString("message")));
        JsonObjectBuilder out = Json.createObjectBuilder(kat);
        return out.add("encryption", encryption).add("dleq", dleq).add("deal", deal).add("combination", combination)
                .build();
    }

    private static List<BigInteger> scalars(JsonArray array) {
        List<BigInteger> out = new ArrayList<>();
        for (JsonValue v : array) {
            out.add(new BigInteger(1, HEX.parseHex(((jakarta.json.JsonString) v).getString())));
        }
        return out;
    }
}
