package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import io.dts.core.signer.Registration;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerView;
import io.dts.core.signer.SlashView;
import io.dts.core.signer.SlashingService;
import io.dts.core.signing.PartialReceipt;
import io.dts.core.signing.SigningRequestView;
import io.dts.core.signing.SigningService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signer portal for the signed-in caller. The browser makes, keeps and uses the secret key
 * (signer-portal.js); this bean only ever receives a public key with its proof of possession, a
 * stake, and partial signatures, and passes them to the same services as {@code /api/v1}.
 */
@Named
@RequestScoped
public class SignerPortalPage {

    static final int OPEN_REQUESTS_SHOWN = 100;

    @Inject
    SignerService signers;

    @Inject
    SlashingService slashing;

    @Inject
    SigningService signing;

    @Inject
    NetworkService network;

    @Inject
    FacesContext faces;

    private Long stake;
    private String publicKey;
    private String proofOfPossession;
    private String messageHash;
    private String signature;

    private SignerView signer;
    private boolean signerLoaded;
    private NetworkStatus status;
    private List<SigningRequestView> openRequests;
    private List<SlashView> slashes;
    private PartialReceipt receipt;

    /**
     * Registers the caller with the public key and proof the browser made; the secret key stays there.
     * On success, back to the portal by a redirect, so that reloading the page does not register again.
     */
    public String register() {
        try {
            Registration registration = signers.register(caller(), publicKey, proofOfPossession, stake);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Registered as a signer",
                    registration.active()
                            ? "You hold a seat in the committee of epoch " + getStatus().epoch() + " (active)."
                            : "The committee is full: you wait as a backup (not active) for a free seat."));
            return "/signer/index.xhtml?faces-redirect=true";
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
            return null;
        }
    }

    /** Submits the partial signature the browser computed for the request with {@code messageHash}. */
    public void sign() {
        try {
            receipt = signing.submitPartial(caller(), messageHash, signature).receipt();
            reload();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Partial signature accepted",
                    "Request " + receipt.requestId() + " is " + receipt.status() + " with " + receipt.partials()
                            + " of " + receipt.threshold() + " partial signatures."));
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        } finally {
            signature = null;
        }
    }

    /** The caller takes itself out of the committee (and out of the backups). */
    public void leave() {
        try {
            signer = signers.leaveCommittee(caller(), caller());
            signerLoaded = true;
            openRequests = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "You left the committee",
                    "Your status is now " + signer.status() + "."));
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        }
    }

    /** Reads everything afresh (the Refresh button). */
    public void reload() {
        signerLoaded = false;
        status = null;
        openRequests = null;
        slashes = null;
    }

    public String getCaller() {
        return caller();
    }

    /** The caller as a signer, or null while it has not registered. */
    public SignerView getSigner() {
        if (!signerLoaded) {
            try {
                signer = signers.signer(caller());
            } catch (DtsException e) {
                if (e.code() != ErrorCode.NOT_FOUND) {
                    throw e;
                }
                signer = null;
            }
            signerLoaded = true;
        }
        return signer;
    }

    public boolean isRegistered() {
        return getSigner() != null;
    }

    /** Whether leaving means anything: the signer holds a seat or waits as a backup. */
    public boolean isMayLeave() {
        return isRegistered() && ("PRIMARY".equals(signer.status()) || "BACKUP".equals(signer.status()));
    }

    public NetworkStatus getStatus() {
        if (status == null) {
            status = network.status();
        }
        return status;
    }

    public List<SigningRequestView> getOpenRequests() {
        if (openRequests == null) {
            openRequests = isRegistered() ? signing.openRequestsFor(caller(), OPEN_REQUESTS_SHOWN) : List.of();
        }
        return openRequests;
    }

    public List<SlashView> getSlashes() {
        if (slashes == null) {
            slashes = isRegistered() ? slashing.slashes(caller()) : List.of();
        }
        return slashes;
    }

    public PartialReceipt getReceipt() {
        return receipt;
    }

    /** The signers whose partials make up the aggregate, or a word on why there are none yet. */
    public String getReceiptParticipants() {
        if (receipt == null || receipt.participants().isEmpty()) {
            return "none yet: waiting for the threshold";
        }
        return String.join(", ", receipt.participants());
    }

    /** The stake field starts at the network's minimum stake. */
    public Long getStake() {
        if (stake == null && getStatus().params() != null) {
            return getStatus().params().minStake();
        }
        return stake;
    }

    public void setStake(Long stake) {
        this.stake = stake;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getProofOfPossession() {
        return proofOfPossession;
    }

    public void setProofOfPossession(String proofOfPossession) {
        this.proofOfPossession = proofOfPossession;
    }

    public String getMessageHash() {
        return messageHash;
    }

    public void setMessageHash(String messageHash) {
        this.messageHash = messageHash;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    private String caller() {
        return faces.getExternalContext().getUserPrincipal().getName();
    }
}
