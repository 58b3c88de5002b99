package io.dts.web.crypto;

import java.util.HexFormat;
import supranational.blst.P2;
import supranational.blst.SecretKey;

/**
 * Signs one message for many keys fast, for load generation only: the message is hashed to G2 once
 * and multiplied by each secret key (exactly what {@code BlsSecretKey.sign} computes, without hashing
 * the message again per signer). Keys come from the same KeyGen seeds as {@code BlsSecretKey.fromSeed}.
 */
public final class PreSigner {

    private final SecretKey[] keys;

    public PreSigner(byte[][] seeds) {
        keys = new SecretKey[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            keys[i] = new SecretKey();
            keys[i].keygen(seeds[i].clone());
        }
    }

    /** A message hashed to G2 under {@code dst}, ready to be signed by any of the keys. */
    public final class Message {

        private final P2 hashed;

        Message(byte[] message, String dst) {
            hashed = new P2().hash_to(message, dst);
        }

        /** The compressed signature of key {@code signer}, as hex. */
        public String signatureHex(int signer) {
            return HexFormat.of().formatHex(hashed.dup().sign_with(keys[signer]).compress());
        }
    }

    public Message message(byte[] message, String dst) {
        return new Message(message, dst);
    }
}
