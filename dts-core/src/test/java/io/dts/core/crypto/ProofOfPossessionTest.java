package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProofOfPossessionTest {

    private final BlsSecretKey alice = TestKeys.key(1);
    private final BlsSecretKey bob = TestKeys.key(2);

    @Test
    void proofMadeWithTheKeyVerifies() {
        assertThat(Bls.verifyProofOfPossession(alice.publicKey(), alice.proveProofOfPossession()))
                .isTrue();
    }

    @Test
    void proofMadeByAnotherKeyFails() {
        assertThat(Bls.verifyProofOfPossession(alice.publicKey(), bob.proveProofOfPossession()))
                .isFalse();
    }

    @Test
    void ordinarySignatureOverThePublicKeyIsNotAProof() {
        BlsSignature underSignatureDst = alice.sign(alice.publicKey().toBytes());

        assertThat(Bls.verifyProofOfPossession(alice.publicKey(), underSignatureDst)).isFalse();
    }

    @Test
    void proofIsNotAnOrdinarySignatureOverThePublicKey() {
        BlsSignature proof = alice.proveProofOfPossession();

        assertThat(Bls.verify(alice.publicKey(), alice.publicKey().toBytes(), proof)).isFalse();
    }

    @Test
    void identityIsNeverAProof() {
        BlsSignature identity = BlsSignature.fromHex("c0" + "00".repeat(95));

        assertThat(Bls.verifyProofOfPossession(alice.publicKey(), identity)).isFalse();
    }
}
