package io.dts.core.crypto.dkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The server's public checks of a bundle (THRESHOLD.md "Deal"), each refusal by its name. */
class DealCheckTest {

    private static final int T = 2;

    private final SortedMap<Integer, BlsSecretKey> members = DkgFixture.committee(3, 10);
    private final SortedSet<Integer> receivers = DkgFixture.indices(3);
    private final BlsSecretKey dealerKey = members.get(1);
    private final List<BigInteger> polynomial = List.of(DkgFixture.scalar("a0"), DkgFixture.scalar("a1"));
    private final DealBundle bundle = Dealer.deal(dealerKey, DkgFixture.EPOCH, 1, polynomial,
            DkgFixture.publicKeys(members), rhos());

    private static Map<Integer, BigInteger> rhos() {
        Map<Integer, BigInteger> rhos = new TreeMap<>();
        for (int j = 1; j <= 3; j++) {
            rhos.put(j, DkgFixture.scalar("rho" + j));
        }
        return rhos;
    }

    private DealCheck.Verdict check(DealBundle b) {
        return DealCheck.check(b, DkgFixture.expectation(bundle, T, dealerKey.publicKey(), receivers, null));
    }

    private DealBundle resigned(List<byte[]> commitments, List<EncryptedShare> shares) {
        return new DealBundle(bundle.epoch(), bundle.dealerIndex(), bundle.threshold(), commitments, shares, null)
                .signedBy(dealerKey);
    }

    @Test
    void anHonestBundleIsAcceptedWithItsCommitmentsDecoded() {
        DealCheck.Verdict verdict = check(bundle);
        assertThat(verdict.fault()).isNull();
        assertThat(verdict.deal().commitments()).isEqualTo(Threshold.commitments(polynomial));
        assertThat(verdict.deal().sharesByReceiver()).containsOnlyKeys(1, 2, 3);
    }

    @Test
    void theCanonicalBytesFollowTheByteLayout() {
        byte[] bytes = bundle.toBytes();
        assertThat(bytes).hasSize(15 + 8 + 4 + 4 + T * 48 + 3 * (4 + 48 + 48));
        assertThat(new String(bytes, 0, 15, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DTS-DKG-DEAL-v1");
        assertThat(java.nio.ByteBuffer.wrap(bytes, 15, 16).getLong()).isEqualTo(DkgFixture.EPOCH);
        // The share order in the value does not change the bytes: receivers go in ascending index.
        List<EncryptedShare> reversed = new ArrayList<>(bundle.shares());
        java.util.Collections.reverse(reversed);
        assertThat(new DealBundle(bundle.epoch(), 1, T, bundle.commitments(), reversed, null).toBytes())
                .isEqualTo(bytes);
    }

    @Test
    void aTamperedBundleFailsItsSignature() {
        List<EncryptedShare> shares = new ArrayList<>(bundle.shares());
        byte[] c = shares.get(1).ciphertext();
        c[0] ^= 1;
        shares.set(1, new EncryptedShare(2, shares.get(1).ephemeralKey(), c));
        DealBundle tampered = new DealBundle(bundle.epoch(), 1, T, bundle.commitments(), shares, bundle.signature());
        assertThat(check(tampered).fault()).isEqualTo(DealFault.SIGNATURE_INVALID);
    }

    @Test
    void anUnsignedOrOtherwiseSignedBundleFailsItsSignature() {
        DealBundle unsigned = new DealBundle(bundle.epoch(), 1, T, bundle.commitments(), bundle.shares(), null);
        assertThat(check(unsigned).fault()).isEqualTo(DealFault.SIGNATURE_INVALID);
        assertThat(check(unsigned.signedBy(members.get(2))).fault()).isEqualTo(DealFault.SIGNATURE_INVALID);
        DealBundle garbage = new DealBundle(bundle.epoch(), 1, T, bundle.commitments(), bundle.shares(), new byte[96]);
        assertThat(check(garbage).fault()).isEqualTo(DealFault.SIGNATURE_INVALID);
    }

    @Test
    void aCommitmentOffTheCurveIsRefused() {
        byte[] offCurve = offCurvePoint();
        assertThat(catchThrowableOfType(() -> BlsPublicKey.fromBytes(offCurve), BlsException.class).reason())
                .isEqualTo(BlsException.Reason.NOT_A_POINT);
        assertThat(check(resigned(List.of(offCurve, bundle.commitments().get(1)), bundle.shares())).fault())
                .isEqualTo(DealFault.COMMITMENT_INVALID);
    }

    @Test
    void aCommitmentOutsideTheSubgroupIsRefused() {
        byte[] outside = new byte[48];
        outside[0] = (byte) 0x80;
        outside[47] = 4; // x = 4 is on the curve, but that point is not in G1 (as in BlsPublicKeyTest)
        assertThat(catchThrowableOfType(() -> BlsPublicKey.fromBytes(outside), BlsException.class).reason())
                .isEqualTo(BlsException.Reason.NOT_IN_SUBGROUP);
        assertThat(check(resigned(List.of(bundle.commitments().get(0), outside), bundle.shares())).fault())
                .isEqualTo(DealFault.COMMITMENT_INVALID);
    }

    @Test
    void aWrongNumberOfCommitmentsIsRefused() {
        assertThat(check(resigned(bundle.commitments().subList(0, 1), bundle.shares())).fault())
                .isEqualTo(DealFault.COMMITMENT_COUNT);
    }

    @Test
    void aMissingDuplicateOrUnknownReceiverIsRefused() {
        List<EncryptedShare> shares = bundle.shares();
        assertThat(check(resigned(bundle.commitments(), shares.subList(0, 2))).fault())
                .isEqualTo(DealFault.RECEIVER_MISSING);
        List<EncryptedShare> twice = new ArrayList<>(shares);
        twice.add(shares.get(0));
        assertThat(check(resigned(bundle.commitments(), twice)).fault()).isEqualTo(DealFault.RECEIVER_DUPLICATE);
        List<EncryptedShare> stranger = new ArrayList<>(shares);
        stranger.set(2, new EncryptedShare(4, shares.get(2).ephemeralKey(), shares.get(2).ciphertext()));
        assertThat(check(resigned(bundle.commitments(), stranger)).fault()).isEqualTo(DealFault.RECEIVER_UNKNOWN);
    }

    @Test
    void aMalformedEphemeralKeyOrCiphertextIsRefused() {
        List<EncryptedShare> shares = new ArrayList<>(bundle.shares());
        shares.set(0, new EncryptedShare(1, offCurvePoint(), shares.get(0).ciphertext()));
        assertThat(check(resigned(bundle.commitments(), shares)).fault()).isEqualTo(DealFault.EPHEMERAL_KEY_INVALID);
        shares.set(0, new EncryptedShare(1, bundle.shares().get(0).ephemeralKey(), new byte[32]));
        assertThat(check(resigned(bundle.commitments(), shares)).fault()).isEqualTo(DealFault.CIPHERTEXT_LENGTH);
    }

    @Test
    void anotherEpochDealerOrThresholdIsRefused() {
        DealCheck.Expectation base = DkgFixture.expectation(bundle, T, dealerKey.publicKey(), receivers, null);
        assertThat(DealCheck.check(bundle, new DealCheck.Expectation(DkgFixture.EPOCH + 1, 1, T,
                dealerKey.publicKey(), receivers, null)).fault()).isEqualTo(DealFault.WRONG_EPOCH);
        assertThat(DealCheck.check(bundle, new DealCheck.Expectation(base.epoch(), 2, T,
                dealerKey.publicKey(), receivers, null)).fault()).isEqualTo(DealFault.WRONG_DEALER);
        assertThat(DealCheck.check(bundle, new DealCheck.Expectation(base.epoch(), 1, 3,
                dealerKey.publicKey(), receivers, null)).fault()).isEqualTo(DealFault.WRONG_THRESHOLD);
    }

    @Test
    void aReshareWhoseConstantIsNotTheOldPublicShareIsRefused() {
        BlsPublicKey oldShare = Threshold.commitments(List.of(polynomial.get(0))).get(0);
        assertThat(DealCheck.check(bundle, DkgFixture.expectation(bundle, T, dealerKey.publicKey(), receivers,
                oldShare)).accepted()).isTrue();
        assertThat(DealCheck.check(bundle, DkgFixture.expectation(bundle, T, dealerKey.publicKey(), receivers,
                members.get(3).publicKey())).fault()).isEqualTo(DealFault.OLD_SHARE_MISMATCH);
    }

    /** The first compressed x = 1, 2, … with x³ + 4 a non-residue: no curve point has it. */
    private static byte[] offCurvePoint() {
        for (int x = 1; ; x++) {
            byte[] bytes = new byte[48];
            bytes[0] = (byte) 0x80;
            bytes[47] = (byte) x;
            try {
                BlsPublicKey.fromBytes(bytes);
            } catch (BlsException e) {
                if (e.reason() == BlsException.Reason.NOT_A_POINT) {
                    return bytes;
                }
            }
        }
    }
}
