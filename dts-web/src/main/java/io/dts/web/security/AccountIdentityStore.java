package io.dts.web.security;

import io.dts.core.account.AccountService;
import io.dts.core.account.AccountView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validates usernames and passwords against the accounts' PBKDF2 hashes. Groups are the account's
 * roles at this moment: {@code USER}, plus {@code OWNER} for the current owner.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "dts.security.credential-cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        verified = new VerifiedCredentials(cacheSeconds);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String password = credential.getPasswordAsString();
        Optional<AccountView> account;
        if (verified.contains(username, password)) {
            account = accounts.findAccount(username);
        } else {
            account = accounts.authenticate(username, password);
            account.ifPresent(a -> verified.remember(username, password));
        }
        if (account.isEmpty()) {
            verified.forget(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), new HashSet<>(account.get().roles()));
    }
}
