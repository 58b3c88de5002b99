package io.dts.core.account;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/** Accounts of the network: sign-up, authentication, reading, and the owner's faucet. */
@Stateless
@WritesEvents
public class AccountService {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AccountRepository accounts;

    @Inject
    NetworkRepository network;

    @Inject
    NetworkRules rules;

    @Inject
    EventLog events;

    @Inject
    PasswordHashing passwords;

    /** Signs up a new account with a zero balance. */
    public AccountView createAccount(String username, String password) {
        Username name = Username.of(username);
        Password chosen = Password.of(password);
        if (accounts.exists(name.value())) {
            throw taken(name);
        }
        Account account = new Account(name.value(), passwords.hash(chosen), OffsetDateTime.now(ZoneOffset.UTC));
        try {
            accounts.add(account);
        } catch (PersistenceException e) {
            // Two sign-ups for one name at the same moment: the database's key decides.
            if (isUniqueViolation(e)) {
                throw taken(name);
            }
            throw e;
        }
        events.append(EventType.ACCOUNT_CREATED, name.value(), java.util.Map.of("account", name.value()));
        return view(account);
    }

    /** @throws DtsException 122 when there is no such account */
    public AccountView account(String username) {
        return accounts.find(username).map(this::view)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no account named '" + username + "'"));
    }

    public Optional<AccountView> findAccount(String username) {
        return accounts.find(username).map(this::view);
    }

    /**
     * The network's faucet: the owner credits {@code amount} micro-units to an account. Allowed while
     * paused (owner actions are).
     */
    public AccountView mint(String caller, String recipient, long amount) {
        rules.requireOwner(caller);
        if (amount <= 0) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "amount must be greater than 0");
        }
        Account account = accounts.findForUpdate(recipient)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no account named '" + recipient + "'"));
        try {
            account.setBalance(Math.addExact(account.getBalance(), amount));
        } catch (ArithmeticException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "amount would overflow the account's balance");
        }
        events.append(EventType.TOKENS_MINTED, caller, java.util.Map.of("account", recipient, "amount", amount));
        return view(account);
    }

    /**
     * Checks a username and password. Takes as long for an unknown name as for a wrong password.
     *
     * @return the account when the password matches
     */
    public Optional<AccountView> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            passwords.matchDecoy(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.get().getPasswordHash())) {
            return Optional.empty();
        }
        return account.map(this::view);
    }

    /**
     * Creates the owner account on the network's first start and makes it the owner. Does nothing
     * when the network already has an owner.
     *
     * @param configuredPassword {@code DTS_OWNER_PASSWORD}, if set
     * @return the generated password, when none was configured and the owner was created now
     */
    public Optional<String> ensureOwner(String username, Optional<String> configuredPassword) {
        if (network.state().getOwnerName() != null) {
            return Optional.empty();
        }
        Username name = Username.of(username);
        Optional<String> generated = configuredPassword.isPresent() ? Optional.empty() : Optional.of(generatePassword());
        Password password = Password.of(configuredPassword.orElseGet(generated::get));
        boolean created = false;
        if (!accounts.exists(name.value())) {
            accounts.add(new Account(name.value(), passwords.hash(password), OffsetDateTime.now(ZoneOffset.UTC)));
            created = true;
        }
        return network.claimOwnerIfUnset(name.value()) && created ? generated : Optional.empty();
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private AccountView view(Account account) {
        return new AccountView(account.getUsername(), AccountView.rolesOf(rules.isOwner(account.getUsername())),
                account.getBalance(), account.getLockedStake());
    }

    private static DtsException taken(Username name) {
        return new DtsException(ErrorCode.ALREADY_REGISTERED, "username '" + name + "' is taken");
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
