package io.dts.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. New hashes use
 * PBKDF2-HMAC-SHA512 with the configured iteration count (OWASP's 2023 advice is 210,000); the
 * algorithm, count and salt travel inside each stored hash, so raising the count later still
 * verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "dts.security.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /** A hash of a password nobody has, verified when the account does not exist so timing tells nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(Math.max(iterations, 10_000)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("no account has this password".toCharArray());
    }

    String hash(Password password) {
        return pbkdf2.generate(password.chars());
    }

    boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as {@link #matches} for a name that has no account. */
    void matchDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
