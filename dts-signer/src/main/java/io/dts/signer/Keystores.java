package io.dts.signer;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsSecretKey;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * EIP-2335 (BLS12-381 keystore, version 4): a secret key encrypted under a password, in the format
 * validator clients and the DTS browser keystore ({@code dts-web/src/main/js/keystore.js}) read and
 * write. The decryption key DK comes from scrypt or PBKDF2-HMAC-SHA256 over the processed password;
 * the checksum is SHA-256(DK[16..32] ‖ cipher message); the cipher is AES-128-CTR keyed with DK[0..16].
 */
public final class Keystores {

    private static final HexFormat HEX = HexFormat.of();
    private static final String NOT_A_KEYSTORE = "not an EIP-2335 keystore: ";
    /** Caps on what a keystore file may ask of this process, as in the browser code. */
    private static final long MAX_SCRYPT_MEMORY = 1L << 30;
    private static final int MAX_PBKDF2_ROUNDS = 1 << 24;

    /**
     * A key derivation and its cost: {@code scrypt} with n, r, p, or {@code pbkdf2} with c rounds.
     */
    public record Kdf(String function, int n, int r, int p, int c) {

        /** What EIP-2335 and the browser use for new keystores: scrypt with n = 2^18, r = 8, p = 1. */
        public static final Kdf DEFAULT = scrypt(262144, 8, 1);

        public static Kdf scrypt(int n, int r, int p) {
            return new Kdf("scrypt", n, r, p, 0);
        }

        public static Kdf pbkdf2(int c) {
            return new Kdf("pbkdf2", 0, 0, 0, c);
        }

        public Kdf {
            if (!"scrypt".equals(function) && !"pbkdf2".equals(function)) {
                throw new IllegalArgumentException("the KDF is scrypt or pbkdf2, not " + function);
            }
        }
    }

    private Keystores() {
    }

    /**
     * EIP-2335 password processing: NFKD, then the C0 (U+0000–U+001F), Delete and C1 (U+0080–U+009F)
     * control codes removed, then UTF-8.
     */
    public static byte[] passwordBytes(char[] password) {
        String normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char ch = normalized.charAt(i);
            if (ch > 0x1f && (ch < 0x7f || ch > 0x9f)) {
                kept.append(ch);
            }
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(kept));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        kept.setLength(0);
        return bytes;
    }

    /** Reads and decrypts a keystore file. */
    public static BlsSecretKey decrypt(Path file, char[] password) throws IOException {
        return decrypt(Files.readString(file), password);
    }

    /**
     * Decrypts a keystore to its secret key, checking that the secret is a BLS12-381 secret key
     * and that {@code pubkey}, when present, is its public key.
     *
     * @throws KeystoreException MALFORMED or WRONG_PASSWORD
     */
    public static BlsSecretKey decrypt(String json, char[] password) {
        JsonObject keystore;
        try {
            keystore = Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("not a JSON object");
        }
        return decrypt(keystore, password);
    }

    /** As {@link #decrypt(String, char[])}, of a parsed keystore. */
    public static BlsSecretKey decrypt(JsonObject keystore, char[] password) {
        if (!(keystore.get("version") instanceof JsonNumber version) || !version.isIntegral() || version.intValue() != 4) {
            throw malformed("version must be 4");
        }
        JsonObject crypto = object(keystore, "crypto");
        JsonObject kdf = object(crypto, "kdf");
        JsonObject checksum = object(crypto, "checksum");
        JsonObject cipher = object(crypto, "cipher");
        if (!"sha256".equals(string(checksum, "function"))) {
            throw malformed("crypto.checksum.function must be sha256");
        }
        if (!"aes-128-ctr".equals(string(cipher, "function"))) {
            throw malformed("crypto.cipher.function must be aes-128-ctr");
        }
        byte[] iv = hex(object(cipher, "params"), "iv");
        if (iv.length != 16) {
            throw malformed("crypto.cipher.params.iv must be 16 bytes");
        }
        byte[] cipherText = hex(cipher, "message");
        byte[] expected = hex(checksum, "message");
        if (expected.length != 32) {
            throw malformed("crypto.checksum.message must be 32 bytes");
        }
        byte[] dk = deriveKey(kdf, password);
        byte[] secret = null;
        try {
            if (!MessageDigest.isEqual(checksum(dk, cipherText), expected)) {
                throw new KeystoreException(KeystoreException.Reason.WRONG_PASSWORD,
                        "wrong password: the keystore checksum does not match");
            }
            secret = aesCtr(dk, iv, cipherText);
            BlsSecretKey key;
            try {
                key = BlsSecretKey.fromBytes(secret);
            } catch (BlsException | IllegalArgumentException e) {
                throw malformed("the secret is not a BLS12-381 secret key");
            }
            String pubkey = keystore.get("pubkey") instanceof JsonString s ? strip0x(s.getString()) : "";
            if (!pubkey.isEmpty() && !pubkey.equalsIgnoreCase(key.publicKey().toHex())) {
                throw malformed("pubkey does not belong to the secret");
            }
            return key;
        } finally {
            Arrays.fill(dk, (byte) 0);
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

    /** A new keystore of {@code key} (fresh salt, IV and UUID), pretty-printed JSON. */
    public static String encrypt(BlsSecretKey key, char[] password, Kdf kdf, String description, SecureRandom random) {
        return write(encryptToJson(key, password, kdf, description, "", random));
    }

    /** A new keystore of {@code key} as a JSON object; {@code pubkey} is {@code key}'s public key. */
    public static JsonObject encryptToJson(BlsSecretKey key, char[] password, Kdf kdf, String description, String path,
            SecureRandom random) {
        byte[] salt = new byte[32];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        JsonObjectBuilder params = Json.createObjectBuilder().add("dklen", 32);
        if (kdf.function().equals("scrypt")) {
            params.add("n", kdf.n()).add("r", kdf.r()).add("p", kdf.p());
        } else {
            params.add("c", kdf.c()).add("prf", "hmac-sha256");
        }
        JsonObject kdfModule = Json.createObjectBuilder().add("function", kdf.function())
                .add("params", params.add("salt", HEX.formatHex(salt))).add("message", "").build();
        byte[] dk = deriveKey(kdfModule, password);
        byte[] secret = key.toBytes();
        try {
            byte[] cipherText = aesCtr(dk, iv, secret);
            return Json.createObjectBuilder()
                    .add("crypto", Json.createObjectBuilder()
                            .add("kdf", kdfModule)
                            .add("checksum", Json.createObjectBuilder().add("function", "sha256")
                                    .add("params", JsonValue.EMPTY_JSON_OBJECT)
                                    .add("message", HEX.formatHex(checksum(dk, cipherText))))
                            .add("cipher", Json.createObjectBuilder().add("function", "aes-128-ctr")
                                    .add("params", Json.createObjectBuilder().add("iv", HEX.formatHex(iv)))
                                    .add("message", HEX.formatHex(cipherText))))
                    .add("description", description == null ? "" : description)
                    .add("pubkey", key.publicKey().toHex())
                    .add("path", path == null ? "" : path)
                    .add("uuid", randomUuid(random).toString())
                    .add("version", 4)
                    .build();
        } finally {
            Arrays.fill(dk, (byte) 0);
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Writes {@code json} pretty-printed. */
    static String write(JsonObject json) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(json);
        return out.toString().strip() + "\n";
    }

    private static byte[] deriveKey(JsonObject kdf, char[] password) {
        JsonObject params = object(kdf, "params");
        byte[] salt = hex(params, "salt");
        if (integer(params, "dklen") != 32) {
            throw malformed("crypto.kdf.params.dklen must be 32");
        }
        byte[] passwordBytes = passwordBytes(password);
        try {
            switch (string(kdf, "function")) {
                case "scrypt" -> {
                    int n = integer(params, "n");
                    int r = integer(params, "r");
                    int p = integer(params, "p");
                    if (n < 2 || (n & (n - 1)) != 0) {
                        throw malformed("scrypt n must be a power of two");
                    }
                    if (128L * r * n > MAX_SCRYPT_MEMORY || (long) r * p >= 1 << 30) {
                        throw malformed("scrypt parameters are too large");
                    }
                    return Scrypt.scrypt(passwordBytes, salt, n, r, p, 32);
                }
                case "pbkdf2" -> {
                    if (!"hmac-sha256".equals(string(params, "prf"))) {
                        throw malformed("pbkdf2 prf must be hmac-sha256");
                    }
                    int c = integer(params, "c");
                    if (c > MAX_PBKDF2_ROUNDS) {
                        throw malformed("pbkdf2 c out of range");
                    }
                    return Scrypt.pbkdf2(passwordBytes, salt, c, 32);
                }
                default -> throw malformed("crypto.kdf.function must be scrypt or pbkdf2");
            }
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    private static byte[] checksum(byte[] dk, byte[] cipherText) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(dk, 16, 16);
            return sha256.digest(cipherText);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aesCtr(byte[] dk, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dk, 0, 16, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CTR is part of every Java runtime", e);
        }
    }

    private static UUID randomUuid(SecureRandom random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonObject child) {
            return child;
        }
        throw malformed(name + " must be an object");
    }

    private static String string(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonString s) {
            return s.getString();
        }
        throw malformed(name + " must be a string");
    }

    private static int integer(JsonObject parent, String name) {
        if (parent.get(name) instanceof JsonNumber number && number.isIntegral()) {
            try {
                int value = number.intValueExact();
                if (value > 0) {
                    return value;
                }
            } catch (ArithmeticException e) {
                // too large: refused below
            }
        }
        throw malformed(name + " must be a positive integer");
    }

    private static byte[] hex(JsonObject parent, String name) {
        String value = string(parent, name);
        try {
            return HEX.parseHex(strip0x(value));
        } catch (IllegalArgumentException e) {
            throw malformed(name + " is not hex");
        }
    }

    private static String strip0x(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }

    private static KeystoreException malformed(String why) {
        return new KeystoreException(KeystoreException.Reason.MALFORMED, NOT_A_KEYSTORE + why);
    }
}
