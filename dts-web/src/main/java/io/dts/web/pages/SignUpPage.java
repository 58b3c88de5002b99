package io.dts.web.pages;

import io.dts.core.account.AccountService;
import io.dts.core.error.DtsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sign-up: the same rules as {@code POST /api/v1/accounts}, then on to sign in. */
@Named
@RequestScoped
public class SignUpPage {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String confirmation;

    public String signUp() {
        try {
            if (password == null || !password.equals(confirmation)) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The passwords differ",
                        "Type the same password twice."));
                return null;
            }
            accounts.createAccount(username, password);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Account created",
                    "Sign in as " + username + "."));
            return "/login.xhtml?faces-redirect=true";
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
