package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.Api.Answer;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Signing requests and partial signatures as the tests open and send them over REST. */
final class SigningRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Api api;

    SigningRequests(Api api) {
        this.api = api;
    }

    /** Opens a request for {@code hash} by a new account; asserts it is open (201, or 200 when it was already). */
    JsonObject open(String hash) {
        String requester = api.newAccount("requester");
        Answer opened = api.post("api/v1/signing-requests", "{\"messageHash\":\"" + hash + "\"}", requester, requester + requester);
        assertThat(opened.status()).as(opened.body()).isIn(200, 201);
        return opened.json();
    }

    /** Opens a request for a new random hash; returns the hash. */
    String openNew() {
        return open(randomHash()).getString("messageHash");
    }

    static String randomHash() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code key}'s signature of the 32-byte hash, hex. */
    static String signature(BlsSecretKey key, String hash) {
        return key.sign(HexFormat.of().parseHex(hash)).toHex();
    }

    static String partialJson(String hash, String signature) {
        return "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + signature + "\"}";
    }
}
