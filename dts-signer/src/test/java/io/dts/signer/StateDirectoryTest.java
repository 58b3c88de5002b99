package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {

    @TempDir
    Path dir;

    private StateDirectory open() {
        return new StateDirectory(dir, "ks password".toCharArray(), Keystores.Kdf.pbkdf2(16), new SecureRandom());
    }

    @Test
    void aStoredShareIsAnEip2335KeystoreOfThePublicShareAndSurvivesARestart() throws IOException {
        BigInteger share = new BigInteger("1234567890123456789012345678901234567890");
        open().storeShare(7, 3, share);

        StateDirectory again = open();
        String expectedPublicShare = Threshold.shareKey(share).publicKey().toHex();
        assertThat(again.sharePublicKeys()).containsOnlyKeys(7L).containsEntry(7L, expectedPublicShare);
        BlsSecretKey key = again.share(7).orElseThrow();
        assertThat(new BigInteger(1, key.toBytes())).isEqualTo(share);
        assertThat(Keystores.decrypt(again.shareFile(7), "ks password".toCharArray()).publicKey().toHex())
                .isEqualTo(expectedPublicShare);
        assertThat(Files.readString(again.shareFile(7))).doesNotContain(share.toString(16));
        assertThat(again.share(8)).isEmpty();
    }

    @Test
    void progressIsRememberedAcrossRestartsAndFeedsTheDutyDecision() {
        StateDirectory state = open();
        JsonObject bundle = Json.createObjectBuilder().add("dealerIndex", 2).build();
        state.save(state.progress(7).withDeal(bundle));
        assertThat(open().local().dealt()).isEmpty();
        state.save(state.progress(7).withDealPosted().withComplaint(3));
        state.save(state.progress(6).withDealsChecked());

        StateDirectory again = open();
        assertThat(again.progress(7).deal()).isEqualTo(bundle);
        assertThat(again.progress(7).complainedAbout()).containsExactly(3);
        DkgDuty.Local local = again.local();
        assertThat(local.dealt()).isEqualTo(Set.of(7L));
        assertThat(local.dealsChecked()).isEqualTo(Set.of(6L));
        assertThat(again.progress(9).dealPosted()).isFalse();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        StateDirectory state = open();
        state.storeShare(1, 1, BigInteger.TEN);
        state.save(state.progress(1).withDealPosted());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("share-epoch-1.json", "dkg-epoch-1.json");
        }
    }
}
