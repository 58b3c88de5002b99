package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.signer.SignerView;
import io.dts.core.watchtower.WatchtowerService;
import io.dts.core.watchtower.WatchtowerView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The watchtower console: register, my watchtower's standing, reports on signers. The report form's
 * ranges mirror the server's 108 rule so the page refuses a bad value before sending it; the server
 * still decides, and its answer is shown either way. View scoped, so that the Register button a user
 * saw is the one a click acts on (a second registration then shows 105 instead of doing nothing).
 */
@Named
@ViewScoped
public class WatchtowerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WatchtowerService watchtowers;

    private transient Optional<WatchtowerView> me;

    private String signer;
    private Integer uptime;
    private Integer signingSpeed;
    private Integer validSignatures;
    private transient SignerView reported;

    /** My watchtower, or empty while I am not one. */
    public Optional<WatchtowerView> getMe() {
        if (me == null) {
            try {
                me = Optional.of(watchtowers.watchtower(caller()));
            } catch (DtsException e) {
                if (e.code() != ErrorCode.NOT_FOUND) {
                    throw e;
                }
                me = Optional.empty();
            }
        }
        return me;
    }

    public boolean isRegistered() {
        return getMe().isPresent();
    }

    public void register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            WatchtowerView registered = watchtowers.register(caller());
            me = Optional.of(registered);
            faces.addMessage(null, Messages.done("You are a watchtower",
                    "Registered at height " + registered.registeredHeight() + ". You can report on signers now."));
        } catch (DtsException e) {
            me = null;
            faces.addMessage(null, Messages.of(e));
        }
    }

    public void report() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            reported = watchtowers.report(caller(), signer, uptime, signingSpeed, validSignatures);
            faces.addMessage(null, Messages.done("Report accepted", "The network now records " + reported.name()
                    + " with uptime " + reported.performanceMetrics().uptime() + ", signing speed "
                    + reported.performanceMetrics().signingSpeed() + " and accuracy "
                    + reported.performanceMetrics().accuracy() + "."));
        } catch (DtsException e) {
            reported = null;
            faces.addMessage(null, Messages.of(e));
        } finally {
            me = null;
        }
    }

    /** The signer as the network recorded it after my last accepted report on this page, or null. */
    public SignerView getReported() {
        return reported;
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public Integer getUptime() {
        return uptime;
    }

    public void setUptime(Integer uptime) {
        this.uptime = uptime;
    }

    public Integer getSigningSpeed() {
        return signingSpeed;
    }

    public void setSigningSpeed(Integer signingSpeed) {
        this.signingSpeed = signingSpeed;
    }

    public Integer getValidSignatures() {
        return validSignatures;
    }

    public void setValidSignatures(Integer validSignatures) {
        this.validSignatures = validSignatures;
    }
}
