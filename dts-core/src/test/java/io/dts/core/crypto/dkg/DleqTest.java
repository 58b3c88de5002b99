package io.dts.core.crypto.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** THRESHOLD.md "Complain": the proof that a revealed K is sk·R for the complainer's key. */
class DleqTest {

    private final BlsSecretKey receiver = DkgFixture.key(3);
    private final BlsPublicKey ephemeral = Points.key(Points.generatorTimes(DkgFixture.scalar("rho")));
    private final Dleq.Proof proof = Dleq.prove(receiver, ephemeral, DkgFixture.scalar("w"));

    @Test
    void anHonestProofVerifies() {
        assertThat(proof.toBytes()).hasSize(Dleq.PROOF_LENGTH);
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, proof.sharedPoint(), proof.toBytes())).isTrue();
    }

    @Test
    void theProofSatisfiesBothVerificationEquations() {
        BigInteger c = proof.challenge();
        BigInteger z = proof.response();
        byte[] zg = Points.compressed(Points.generatorTimes(z));
        byte[] a1PlusCpk = Points.compressed(new supranational.blst.P1(proof.a1())
                .add(Points.times(receiver.publicKey(), c)));
        assertThat(zg).isEqualTo(a1PlusCpk);
        byte[] zr = Points.compressed(Points.times(ephemeral, z));
        byte[] a2PlusCk = Points.compressed(new supranational.blst.P1(proof.a2())
                .add(Points.times(proof.sharedPoint(), c)));
        assertThat(zr).isEqualTo(a2PlusCk);
    }

    @Test
    void aWrongSharedPointIsRejected() {
        BlsPublicKey wrongK = Points.key(Points.times(ephemeral, DkgFixture.scalar("not sk")));
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, wrongK, proof.toBytes())).isFalse();
    }

    @Test
    void anotherComplainersKeyOrEphemeralKeyIsRejected() {
        assertThat(Dleq.verify(DkgFixture.key(4).publicKey(), ephemeral, proof.sharedPoint(), proof.toBytes()))
                .isFalse();
        BlsPublicKey otherR = Points.key(Points.generatorTimes(DkgFixture.scalar("other rho")));
        assertThat(Dleq.verify(receiver.publicKey(), otherR, proof.sharedPoint(), proof.toBytes())).isFalse();
    }

    @Test
    void aTamperedOrMalformedProofIsRejected() {
        byte[] tampered = proof.toBytes();
        tampered[63] ^= 1;
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, proof.sharedPoint(), tampered)).isFalse();
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, proof.sharedPoint(), new byte[63])).isFalse();
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, proof.sharedPoint(), null)).isFalse();
    }

    @Test
    void aResponsePlusROnlyDiffersInEncodingAndIsRejected() {
        // z + r is the same scalar, but only the canonical encoding is a proof.
        BigInteger zPlusR = proof.response().add(Points.ORDER);
        byte[] bytes = proof.toBytes();
        byte[] high = zPlusR.toByteArray();
        System.arraycopy(high, high.length - 32, bytes, 32, 32);
        assertThat(zPlusR.bitLength()).isLessThanOrEqualTo(256);
        assertThat(Dleq.verify(receiver.publicKey(), ephemeral, proof.sharedPoint(), bytes)).isFalse();
    }
}
