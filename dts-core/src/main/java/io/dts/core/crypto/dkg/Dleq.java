package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import supranational.blst.P1;

/**
 * The Chaum–Pedersen proof of a complaint (THRESHOLD.md "Complain"): that {@code log_g PK_j =
 * log_R K}, i.e. the revealed {@code K} really is {@code sk_j·R}. With {@code w} random,
 * {@code a1 = w·g}, {@code a2 = w·R}, {@code c = hash_to_field(g ‖ PK ‖ R ‖ K ‖ a1 ‖ a2)} (RFC 9380
 * §5.2 with expand_message_xmd SHA-256, DST {@value #DST}, L = 48) and {@code z = w + c·sk}. The
 * proof is {@code c ‖ z}, 32 bytes each, big-endian.
 */
public final class Dleq {

    /** The domain separation tag of the challenge hash. */
    public static final String DST = "DTS-DKG-DLEQ-v1";

    /** Bytes of a proof: {@code c} (32) ‖ {@code z} (32). */
    public static final int PROOF_LENGTH = 64;

    private static final byte[] DST_BYTES = DST.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GENERATOR = P1.generator().compress();

    private Dleq() {
    }

    /**
     * A proof with all its intermediate values, which the known-answer vectors publish.
     *
     * @param sharedPoint {@code K = sk·R}
     * @param a1 {@code w·g}, compressed
     * @param a2 {@code w·R}, compressed
     * @param challenge {@code c}
     * @param response {@code z}
     */
    public record Proof(BlsPublicKey sharedPoint, byte[] a1, byte[] a2, BigInteger challenge,
            BigInteger response) {

        public Proof {
            a1 = a1.clone();
            a2 = a2.clone();
        }

        @Override
        public byte[] a1() {
            return a1.clone();
        }

        @Override
        public byte[] a2() {
            return a2.clone();
        }

        /** {@code c ‖ z}, the 64 bytes posted with a complaint. */
        public byte[] toBytes() {
            byte[] out = new byte[PROOF_LENGTH];
            System.arraycopy(Scalars.toBytes(challenge), 0, out, 0, 32);
            System.arraycopy(Scalars.toBytes(response), 0, out, 32, 32);
            return out;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Proof p && sharedPoint.equals(p.sharedPoint)
                    && Arrays.equals(toBytes(), p.toBytes());
        }

        @Override
        public int hashCode() {
            return sharedPoint.hashCode() * 31 + Arrays.hashCode(toBytes());
        }
    }

    /**
     * Proves that {@code K = sk·R} is the shared point of {@code ephemeralKey} for the key pair of
     * {@code secretKey}, with the nonce {@code w} (fresh from a SecureRandom outside tests).
     *
     * @throws IllegalArgumentException if {@code w} is outside [1, r)
     */
    public static Proof prove(BlsSecretKey secretKey, BlsPublicKey ephemeralKey, BigInteger w) {
        Scalars.requireNonZero(w, "w");
        BigInteger sk = Scalars.of(secretKey);
        BlsPublicKey shared = ShareEncryption.sharedPoint(secretKey, ephemeralKey);
        byte[] a1 = Points.compressed(Points.generatorTimes(w));
        byte[] a2 = Points.compressed(Points.times(ephemeralKey, w));
        BigInteger c = challenge(secretKey.publicKey(), ephemeralKey, shared, a1, a2);
        BigInteger z = w.add(c.multiply(sk)).mod(Points.ORDER);
        return new Proof(shared, a1, a2, c, z);
    }

    /**
     * Whether {@code proof} (64 bytes, {@code c ‖ z}) shows {@code log_g publicKey = log_R
     * sharedPoint}: recomputes {@code a1 = z·g − c·PK} and {@code a2 = z·R − c·K}, which the
     * checks {@code z·g = a1 + c·PK} and {@code z·R = a2 + c·K} determine, and compares the
     * challenge. False for anything malformed, including scalars not below r.
     */
    public static boolean verify(BlsPublicKey publicKey, BlsPublicKey ephemeralKey,
            BlsPublicKey sharedPoint, byte[] proof) {
        if (proof == null || proof.length != PROOF_LENGTH) {
            return false;
        }
        BigInteger c = new BigInteger(1, Arrays.copyOfRange(proof, 0, 32));
        BigInteger z = new BigInteger(1, Arrays.copyOfRange(proof, 32, 64));
        if (c.compareTo(Points.ORDER) >= 0 || z.compareTo(Points.ORDER) >= 0) {
            return false; // only the canonical encoding of a proof counts
        }
        BigInteger minusC = Points.ORDER.subtract(c).mod(Points.ORDER);
        P1 a1 = Points.generatorTimes(z).add(Points.times(publicKey, minusC));
        P1 a2 = Points.times(ephemeralKey, z).add(Points.times(sharedPoint, minusC));
        BigInteger expected = challenge(publicKey, ephemeralKey, sharedPoint,
                Points.compressed(a1), Points.compressed(a2));
        return expected.equals(c);
    }

    /** {@code c = hash_to_field(g ‖ PK ‖ R ‖ K ‖ a1 ‖ a2)} over compressed points. */
    static BigInteger challenge(BlsPublicKey publicKey, BlsPublicKey ephemeralKey,
            BlsPublicKey sharedPoint, byte[] a1, byte[] a2) {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream(6 * 48);
        transcript.writeBytes(GENERATOR);
        transcript.writeBytes(publicKey.toBytes());
        transcript.writeBytes(ephemeralKey.toBytes());
        transcript.writeBytes(sharedPoint.toBytes());
        transcript.writeBytes(a1);
        transcript.writeBytes(a2);
        return HashToField.hashToScalar(transcript.toByteArray(), DST_BYTES);
    }
}
