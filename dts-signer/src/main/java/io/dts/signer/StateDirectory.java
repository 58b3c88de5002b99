package io.dts.signer;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member keeps between runs, in one directory, so that {@link Member#step()} is idempotent
 * across restarts:
 * <ul>
 * <li>{@code share-epoch-<e>.json}: its share x_j of epoch e's group key, an EIP-2335 keystore
 * encrypted with the member's keystore password, whose {@code pubkey} is the public share Y_j;</li>
 * <li>{@code dkg-epoch-<e>.json}: its progress in epoch e's session (the bundle it dealt, whether the
 * server took it, whether it checked the deals and whom it complained about). Nothing secret: a
 * bundle holds commitments and encrypted shares only.</li>
 * </ul>
 * Files are replaced atomically. Decrypted shares are cached in memory.
 */
public final class StateDirectory {

    private static final Pattern SHARE_FILE = Pattern.compile("share-epoch-(\\d+)\\.json");

    private final Path directory;
    private final char[] password;
    private final Keystores.Kdf kdf;
    private final SecureRandom random;
    private final Map<Long, BlsSecretKey> shares = new ConcurrentHashMap<>();

    /** A state directory whose share keystores use EIP-2335's default scrypt. */
    public StateDirectory(Path directory, char[] keystorePassword) {
        this(directory, keystorePassword, Keystores.Kdf.DEFAULT, new SecureRandom());
    }

    /** With a chosen KDF for new share keystores (tests pick a cheap one). */
    public StateDirectory(Path directory, char[] keystorePassword, Keystores.Kdf kdf, SecureRandom random) {
        this.directory = directory;
        this.password = keystorePassword.clone();
        this.kdf = kdf;
        this.random = random;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** Where epoch {@code epoch}'s share keystore lives (whether or not it exists). */
    public Path shareFile(long epoch) {
        return directory.resolve("share-epoch-" + epoch + ".json");
    }

    /** Stores x_j of {@code epoch} as an EIP-2335 keystore with the public share as {@code pubkey}. */
    public void storeShare(long epoch, int index, BigInteger share) {
        BlsSecretKey key = Threshold.shareKey(share);
        JsonObject keystore = Keystores.encryptToJson(key, password, kdf,
                "DTS group-key share: epoch " + epoch + ", receiver index " + index, "", random);
        write(shareFile(epoch), Keystores.write(keystore));
        shares.put(epoch, key);
    }

    /** The share of {@code epoch} as a signing key, if stored. */
    public Optional<BlsSecretKey> share(long epoch) {
        BlsSecretKey cached = shares.get(epoch);
        if (cached != null) {
            return Optional.of(cached);
        }
        Path file = shareFile(epoch);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            BlsSecretKey key = Keystores.decrypt(file, password);
            shares.put(epoch, key);
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The public share (the keystore's {@code pubkey}) of every stored share, by epoch; no decryption. */
    public SortedMap<Long, String> sharePublicKeys() {
        SortedMap<Long, String> keys = new TreeMap<>();
        try (var files = Files.list(directory)) {
            files.forEach(file -> {
                Matcher m = SHARE_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    String pubkey = JsonValues.string(read(file).orElse(JsonValue.EMPTY_JSON_OBJECT), "pubkey");
                    if (pubkey != null) {
                        keys.put(Long.parseLong(m.group(1)), pubkey);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return keys;
    }

    /** A member's progress in one session. */
    public record Progress(long epoch, JsonObject deal, boolean dealPosted, boolean dealsChecked,
            SortedSet<Integer> complainedAbout) {

        public Progress {
            complainedAbout = new TreeSet<>(complainedAbout);
        }

        static Progress none(long epoch) {
            return new Progress(epoch, null, false, false, new TreeSet<>());
        }

        public Progress withDeal(JsonObject bundle) {
            return new Progress(epoch, bundle, dealPosted, dealsChecked, complainedAbout);
        }

        public Progress withDealPosted() {
            return new Progress(epoch, deal, true, dealsChecked, complainedAbout);
        }

        public Progress withComplaint(int dealerIndex) {
            SortedSet<Integer> more = new TreeSet<>(complainedAbout);
            more.add(dealerIndex);
            return new Progress(epoch, deal, dealPosted, dealsChecked, more);
        }

        public Progress withDealsChecked() {
            return new Progress(epoch, deal, dealPosted, true, complainedAbout);
        }
    }

    public Progress progress(long epoch) {
        return read(progressFile(epoch)).map(json -> {
            SortedSet<Integer> complained = new TreeSet<>();
            JsonValues.array(json, "complainedAbout").forEach(v -> {
                if (v instanceof JsonNumber n) {
                    complained.add(n.intValue());
                }
            });
            return new Progress(epoch, json.get("deal") instanceof JsonObject d ? d : null,
                    json.getBoolean("dealPosted", false), json.getBoolean("dealsChecked", false), complained);
        }).orElse(Progress.none(epoch));
    }

    public void save(Progress progress) {
        JsonArrayBuilder complained = Json.createArrayBuilder();
        progress.complainedAbout().forEach(complained::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("epoch", progress.epoch())
                .add("dealPosted", progress.dealPosted()).add("dealsChecked", progress.dealsChecked())
                .add("complainedAbout", complained);
        if (progress.deal() != null) {
            json.add("deal", progress.deal());
        }
        write(progressFile(progress.epoch()), Keystores.write(json.build()));
    }

    /** What {@link DkgDuty} needs to know of this directory. */
    public DkgDuty.Local local() {
        Set<Long> dealt = new HashSet<>();
        Set<Long> checked = new HashSet<>();
        try (var files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("dkg-epoch-\\d+\\.json")).forEach(n -> {
                Progress p = progress(Long.parseLong(n.substring("dkg-epoch-".length(), n.length() - ".json".length())));
                if (p.dealPosted()) {
                    dealt.add(p.epoch());
                }
                if (p.dealsChecked()) {
                    checked.add(p.epoch());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return new DkgDuty.Local(dealt, checked, sharePublicKeys());
    }

    private Path progressFile(long epoch) {
        return directory.resolve("dkg-epoch-" + epoch + ".json");
    }

    private static Optional<JsonObject> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.createReader(new StringReader(Files.readString(file))).readObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, String content) {
        try {
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public String toString() {
        return "StateDirectory[" + directory + "]";
    }

    /** Forgets the password copy held here. */
    public void clearPassword() {
        Arrays.fill(password, '\0');
    }
}
