package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Scheme;
import io.dts.web.Api;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public chains page shows each registered chain and the transactions verified under it. */
public abstract class ChainsInBrowserChecks extends UiTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aVerifiedBeaconRoundShowsUnderItsChainForAnyone() throws Exception {
        String id = Api.uniqueName("beacon");
        BlsSecretKey key = BlsSecretKey.fromSeed(MessageDigest.getInstance("SHA-256").digest(id.getBytes()));
        Scheme scheme = Scheme.BLS_UNCHAINED_G1_RFC9380;
        assertThat(api.post("api/v1/chains", "{\"chainId\":\"" + id + "\",\"scheme\":\"" + scheme.id()
                + "\",\"publicKeys\":[\"" + HEX.formatHex(scheme.publicKey(key)) + "\"],\"verificationThreshold\":1}",
                Api.OWNER, Api.OWNER_PASSWORD).status()).isEqualTo(201);
        byte[] round = ByteBuffer.allocate(8).putLong(42).array();
        String txHash = HEX.formatHex(MessageDigest.getInstance("SHA-256").digest((id + "/42").getBytes()));
        String relayer = api.newAccount("relayer");
        assertThat(api.post("api/v1/chains/" + id + "/transactions", "{\"txHash\":\"" + txHash + "\",\"data\":\""
                + HEX.formatHex(round) + "\",\"signatures\":[\"" + HEX.formatHex(scheme.sign(key,
                MessageDigest.getInstance("SHA-256").digest(round))) + "\"]}", relayer, relayer + relayer).status())
                .isEqualTo(201);
        Chromium browser = chromium();

        browser.open("");
        browser.click("chains-link");

        String section = browser.waitForText(By.id("chain-" + id), txHash);
        assertThat(section).contains(scheme.id()).contains("1 of 1 keys").contains(HEX.formatHex(round));
    }
}
