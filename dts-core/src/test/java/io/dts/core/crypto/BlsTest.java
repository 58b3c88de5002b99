package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlsTest {

    private static final BlsSignature IDENTITY = BlsSignature.fromHex("c0" + "00".repeat(95));

    private final BlsSecretKey alice = TestKeys.key(1);
    private final BlsSecretKey bob = TestKeys.key(2);
    private final BlsSecretKey carol = TestKeys.key(3);
    private final byte[] message = TestKeys.message("request 42");

    @Test
    void verifyAcceptsTheSignersOwnSignature() {
        assertThat(Bls.verify(alice.publicKey(), message, alice.sign(message))).isTrue();
    }

    @Test
    void verifyRejectsSignatureOverOtherMessage() {
        BlsSignature other = alice.sign(TestKeys.message("request 43"));

        assertThat(Bls.verify(alice.publicKey(), message, other)).isFalse();
    }

    @Test
    void verifyRejectsSignatureByOtherKey() {
        assertThat(Bls.verify(alice.publicKey(), message, bob.sign(message))).isFalse();
    }

    @Test
    void verifyRejectsTheIdentitySignature() {
        assertThat(Bls.verify(alice.publicKey(), message, IDENTITY)).isFalse();
    }

    @Test
    void verifyAcceptsAnEmptyMessageSignedAsSuch() {
        byte[] empty = new byte[0];

        assertThat(Bls.verify(alice.publicKey(), empty, alice.sign(empty))).isTrue();
    }

    @Test
    void aggregateRefusesAnEmptyList() {
        assertThatThrownBy(() -> Bls.aggregate(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aggregateOfOneSignatureIsThatSignature() {
        BlsSignature signature = alice.sign(message);

        assertThat(Bls.aggregate(List.of(signature))).isEqualTo(signature);
    }

    @Test
    void aggregateDoesNotDependOnOrder() {
        BlsSignature a = alice.sign(message);
        BlsSignature b = bob.sign(message);

        assertThat(Bls.aggregate(List.of(a, b))).isEqualTo(Bls.aggregate(List.of(b, a)));
    }

    @Test
    void fastAggregateVerifyAcceptsTheAggregateOfAllSigners() {
        BlsSignature aggregate = Bls.aggregate(
                List.of(alice.sign(message), bob.sign(message), carol.sign(message)));

        assertThat(Bls.fastAggregateVerify(
                List.of(alice.publicKey(), bob.publicKey(), carol.publicKey()), message, aggregate))
                .isTrue();
    }

    @Test
    void fastAggregateVerifyRejectsWhenASignerIsMissing() {
        BlsSignature aggregate = Bls.aggregate(List.of(alice.sign(message), bob.sign(message)));

        assertThat(Bls.fastAggregateVerify(
                List.of(alice.publicKey(), bob.publicKey(), carol.publicKey()), message, aggregate))
                .isFalse();
    }

    @Test
    void fastAggregateVerifyRejectsAnEmptyKeyList() {
        assertThat(Bls.fastAggregateVerify(List.of(), message, IDENTITY)).isFalse();
        assertThat(Bls.fastAggregateVerify(List.of(), message, alice.sign(message))).isFalse();
    }

    @Test
    void fastAggregateVerifyRejectsKeysThatSumToTheIdentity() {
        BlsSecretKey negatedAlice = TestKeys.negated(alice);
        BlsSignature aggregate = Bls.aggregate(List.of(alice.sign(message), negatedAlice.sign(message)));

        assertThat(aggregate.isInfinity()).isTrue();
        assertThat(Bls.fastAggregateVerify(
                List.of(alice.publicKey(), negatedAlice.publicKey()), message, aggregate)).isFalse();
    }

    @Test
    void aggregateVerifyAcceptsSignaturesOverDistinctMessages() {
        byte[] m2 = TestKeys.message("request 43");
        BlsSignature aggregate = Bls.aggregate(List.of(alice.sign(message), bob.sign(m2)));

        assertThat(Bls.aggregateVerify(List.of(alice.publicKey(), bob.publicKey()),
                List.of(message, m2), aggregate)).isTrue();
    }

    @Test
    void aggregateVerifyRejectsMessagesPairedWithTheWrongKeys() {
        byte[] m2 = TestKeys.message("request 43");
        BlsSignature aggregate = Bls.aggregate(List.of(alice.sign(message), bob.sign(m2)));

        assertThat(Bls.aggregateVerify(List.of(alice.publicKey(), bob.publicKey()),
                List.of(m2, message), aggregate)).isFalse();
    }

    @Test
    void aggregateVerifyRejectsDuplicateMessages() {
        BlsSignature aggregate = Bls.aggregate(List.of(alice.sign(message), bob.sign(message)));

        assertThat(Bls.aggregateVerify(List.of(alice.publicKey(), bob.publicKey()),
                List.of(message, message.clone()), aggregate)).isFalse();
    }

    @Test
    void aggregateVerifyRejectsEmptyOrUnequalLists() {
        BlsSignature signature = alice.sign(message);

        assertThat(Bls.aggregateVerify(List.of(), List.of(), IDENTITY)).isFalse();
        assertThat(Bls.aggregateVerify(List.of(alice.publicKey()), List.of(), signature)).isFalse();
        assertThat(Bls.aggregateVerify(List.of(alice.publicKey()),
                List.of(message, TestKeys.message("x")), signature)).isFalse();
    }
}
