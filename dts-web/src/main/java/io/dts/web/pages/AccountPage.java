package io.dts.web.pages;

import io.dts.core.account.AccountService;
import io.dts.core.account.AccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** My account: name, roles, balance and locked stake of the signed-in caller. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    private AccountView account;

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.account(security.getCallerPrincipal().getName());
        }
        return account;
    }

    /** My roles, comma-separated (EL cannot call static methods such as String.join). */
    public String getRoles() {
        return String.join(", ", getAccount().roles());
    }
}
