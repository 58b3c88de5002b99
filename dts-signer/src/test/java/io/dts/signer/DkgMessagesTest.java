package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.Dealer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deal body of THRESHOLD.md "REST", posted and read back bare or wrapped. */
class DkgMessagesTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static DealBundle bundle() {
        BlsSecretKey dealer = BlsSecretKey.generate(RANDOM);
        Map<Integer, BlsPublicKey> receivers = Map.of(1, BlsSecretKey.generate(RANDOM).publicKey(),
                2, BlsSecretKey.generate(RANDOM).publicKey());
        return Dealer.dealFresh(dealer, 9, 2, 2, receivers, RANDOM);
    }

    @Test
    void aPostedDealHasExactlyTheSpecsFieldsAndReadsBackToTheSameSignedBundle() {
        DealBundle bundle = bundle();
        JsonObject json = DkgMessages.dealToJson(bundle);
        assertThat(json.keySet()).containsExactlyInAnyOrder("dealerIndex", "commitments", "shares", "signature");
        assertThat(json.getJsonArray("shares").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("receiverIndex", "ephemeralKey", "ciphertext");
        assertThat(DkgMessages.dealFromJson(json, 9, 2)).contains(bundle);
    }

    @Test
    void aListedDealMayBeWrappedWithItsHeight() {
        DealBundle bundle = bundle();
        JsonObject listed = Json.createObjectBuilder().add("height", 42).add("bundle", DkgMessages.dealToJson(bundle)).build();
        assertThat(DkgMessages.dealerIndexOf(listed)).isEqualTo(2);
        assertThat(DkgMessages.dealFromJson(listed, 9, 2)).contains(bundle);
    }

    @Test
    void aDealWithANonHexFieldReadsAsNothing() {
        JsonObject json = Json.createObjectBuilder(DkgMessages.dealToJson(bundle())).add("signature", "not hex").build();
        assertThat(DkgMessages.dealFromJson(json, 9, 2)).isEmpty();
    }
}
