package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchVerifyTest {

    private static final int SETS = 24;

    private static List<SignatureSet> validSets() {
        List<SignatureSet> sets = new ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            BlsSecretKey key = TestKeys.key(i + 1);
            byte[] message = TestKeys.message("request " + i);
            sets.add(new SignatureSet(key.publicKey(), message, key.sign(message)));
        }
        return sets;
    }

    @Test
    void batchVerifyAcceptsManyValidSets() {
        List<SignatureSet> sets = validSets();

        assertThat(Bls.batchVerify(sets)).isTrue();
        assertThat(Bls.invalidSignatureSets(sets)).isEmpty();
    }

    @Test
    void batchVerifyRejectsABatchWithOneTamperedSetAndNamesIt() {
        List<SignatureSet> sets = validSets();
        SignatureSet original = sets.get(17);
        sets.set(17, new SignatureSet(original.publicKey(), TestKeys.message("tampered"),
                original.signature()));

        assertThat(Bls.batchVerify(sets)).isFalse();
        assertThat(Bls.invalidSignatureSets(sets)).containsExactly(17);
    }

    @Test
    void invalidSignatureSetsNamesEveryFailingSetInOrder() {
        List<SignatureSet> sets = validSets();
        for (int i : new int[] {0, 9, SETS - 1}) {
            SignatureSet set = sets.get(i);
            sets.set(i, new SignatureSet(TestKeys.key(99).publicKey(), set.message(),
                    set.signature()));
        }

        assertThat(Bls.invalidSignatureSets(sets)).containsExactly(0, 9, SETS - 1);
    }

    @Test
    void batchVerifyRejectsSignaturesSwappedBetweenSets() {
        // The plain sum of the signatures is unchanged by a swap; the random weights catch it.
        List<SignatureSet> sets = validSets();
        SignatureSet a = sets.get(2);
        SignatureSet b = sets.get(5);
        sets.set(2, new SignatureSet(a.publicKey(), a.message(), b.signature()));
        sets.set(5, new SignatureSet(b.publicKey(), b.message(), a.signature()));

        assertThat(Bls.batchVerify(sets)).isFalse();
        assertThat(Bls.invalidSignatureSets(sets)).containsExactly(2, 5);
    }

    @Test
    void batchVerifyRejectsAnIdentitySignature() {
        List<SignatureSet> sets = validSets();
        SignatureSet set = sets.get(3);
        sets.set(3, new SignatureSet(set.publicKey(), set.message(),
                BlsSignature.fromHex("c0" + "00".repeat(95))));

        assertThat(Bls.batchVerify(sets)).isFalse();
        assertThat(Bls.invalidSignatureSets(sets)).containsExactly(3);
    }

    @Test
    void batchVerifyOfOneSetAgreesWithVerify() {
        SignatureSet set = validSets().get(0);
        SignatureSet wrong = new SignatureSet(set.publicKey(), TestKeys.message("x"),
                set.signature());

        assertThat(Bls.batchVerify(List.of(set))).isTrue();
        assertThat(Bls.batchVerify(List.of(wrong))).isFalse();
    }

    @Test
    void batchVerifyOfNoSetsIsTrue() {
        assertThat(Bls.batchVerify(List.of())).isTrue();
        assertThat(Bls.invalidSignatureSets(List.of())).isEmpty();
    }

    @Test
    void signatureSetKeepsItsOwnCopyOfTheMessage() {
        byte[] message = TestKeys.message("request 0");
        BlsSecretKey key = TestKeys.key(1);
        SignatureSet set = new SignatureSet(key.publicKey(), message, key.sign(message));
        message[0] ^= 1;
        set.message()[1] ^= 1;

        assertThat(set.message()).isEqualTo(TestKeys.message("request 0"));
        assertThat(Bls.batchVerify(List.of(set))).isTrue();
    }
}
