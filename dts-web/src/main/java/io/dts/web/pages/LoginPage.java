package io.dts.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: signs in through Jakarta Security, then opens the account page. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                return "/account/index.xhtml?faces-redirect=true";
            }
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            default -> {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Wrong username or password", "Check both and try again."));
                return null;
            }
        }
    }

    public String logout() throws Exception {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isOwner() {
        return security.isCallerInRole("OWNER");
    }

    public String getCaller() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : null;
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
}
