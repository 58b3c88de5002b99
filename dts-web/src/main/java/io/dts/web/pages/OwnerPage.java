package io.dts.web.pages;

import io.dts.core.account.AccountService;
import io.dts.core.account.AccountView;
import io.dts.core.error.DtsException;
import io.dts.core.network.NetworkParams;
import io.dts.core.dkg.DkgService;
import io.dts.core.network.NetworkService;
import io.dts.core.network.SigningMode;
import io.dts.core.network.NetworkStatus;
import io.dts.core.rotation.RotationService;
import io.dts.core.signer.SignerView;
import io.dts.core.signer.SlashingService;
import io.dts.core.signing.Hashes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The owner's controls: initialize (the seed's defaults pre-filled), pause and unpause, rotate now,
 * mint, slash with evidence, hand over ownership. Each calls one core service, as the REST API does,
 * and shows the answer: what happened, or the DTS error in plain words. View scoped, so that what
 * the page showed (e.g. the initialize form) is what a click on it acts on.
 */
@Named
@ViewScoped
public class OwnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the slash form's evidence field is read. */
    public enum EvidenceKind { HEX, TEXT }

    @Inject
    NetworkService network;

    @Inject
    RotationService rotation;

    @Inject
    AccountService accounts;

    @Inject
    SlashingService slashing;

    @Inject
    DkgService dkg;

    private transient NetworkStatus status;

    private long minStake = NetworkParams.SEED_DEFAULTS.minStake();
    private int requiredSigners = NetworkParams.SEED_DEFAULTS.requiredSigners();
    private int totalSigners = NetworkParams.SEED_DEFAULTS.totalSigners();
    private long rotationPeriod = NetworkParams.SEED_DEFAULTS.rotationPeriod();
    private int signatureThreshold = NetworkParams.SEED_DEFAULTS.signatureThreshold();
    private int performanceThreshold = NetworkParams.SEED_DEFAULTS.performanceThreshold();

    private String mintAccount;
    private Long mintAmount;

    private String slashSigner;
    private Long slashAmount;
    private EvidenceKind evidenceKind = EvidenceKind.HEX;
    private String evidence;

    private String newOwner;

    private SigningMode signingMode;
    private Long dkgPhaseBlocks;
    private boolean newGroupKey;

    public NetworkStatus getStatus() {
        if (status == null) {
            status = network.status();
        }
        return status;
    }

    public void initialize() {
        act(() -> {
            NetworkParams params = new NetworkParams(minStake, requiredSigners, totalSigners, rotationPeriod,
                    signatureThreshold, performanceThreshold);
            NetworkStatus initialized = network.initialize(caller(), params);
            return Messages.done("Network initialized", "Epoch " + initialized.epoch() + " is open: committees of "
                    + totalSigners + ", " + signatureThreshold + " signatures needed, a new epoch every "
                    + rotationPeriod + " blocks, minimum stake " + minStake + ".");
        });
    }

    public void pause() {
        act(() -> {
            network.setPaused(caller(), true);
            return Messages.done("Network paused", "Every change but yours is refused (118) until you unpause.");
        });
    }

    public void unpause() {
        act(() -> {
            network.setPaused(caller(), false);
            return Messages.done("Network unpaused", "Everyone can act again.");
        });
    }

    public void rotateNow() {
        act(() -> {
            long before = network.status().epoch();
            long epoch = rotation.rotateNow(caller());
            if (epoch == before) {
                return new FacesMessage(FacesMessage.SEVERITY_WARN, "No new epoch yet",
                        "Epoch " + epoch + " started in this block; one rotation per block at most. Try again in a moment.");
            }
            return Messages.done("Epoch " + epoch + " started", "Reputation was recomputed and a new committee chosen.");
        });
    }

    /** The signing mode and DKG window: THRESHOLD opens the current epoch's key generation at once. */
    public void changeSigningMode() {
        act(() -> {
            NetworkStatus changed = dkg.setSigningMode(caller(), getSigningMode().name(), getDkgPhaseBlocks(), newGroupKey);
            boolean threshold = changed.params().signingMode() == SigningMode.THRESHOLD;
            return Messages.done("Signing mode " + changed.params().signingMode(), threshold
                    ? "A key generation session runs among the committee (" + changed.params().dkgPhaseBlocks()
                            + " blocks to deal, as many to complain); requests are signed under the group key once one completes."
                    : "Each committee member signs with its own key; requests complete with an aggregate signature.");
        });
    }

    public SigningMode[] getSigningModes() {
        return SigningMode.values();
    }

    public SigningMode getSigningMode() {
        if (signingMode == null && getStatus().params() != null) {
            signingMode = getStatus().params().signingMode();
        }
        return signingMode == null ? SigningMode.AGGREGATE : signingMode;
    }

    public void setSigningMode(SigningMode signingMode) {
        this.signingMode = signingMode;
    }

    public Long getDkgPhaseBlocks() {
        if (dkgPhaseBlocks == null && getStatus().params() != null) {
            dkgPhaseBlocks = getStatus().params().dkgPhaseBlocks();
        }
        return dkgPhaseBlocks;
    }

    public void setDkgPhaseBlocks(Long dkgPhaseBlocks) {
        this.dkgPhaseBlocks = dkgPhaseBlocks;
    }

    public boolean isNewGroupKey() {
        return newGroupKey;
    }

    public void setNewGroupKey(boolean newGroupKey) {
        this.newGroupKey = newGroupKey;
    }

    public void mint() {
        act(() -> {
            AccountView account = accounts.mint(caller(), mintAccount, mintAmount == null ? 0 : mintAmount);
            return Messages.done("Minted " + mintAmount + " to " + account.username(),
                    "Its balance is now " + account.balance() + " micro-units.");
        });
    }

    public void slash() {
        act(() -> {
            String evidenceHex = evidenceKind == EvidenceKind.TEXT && evidence != null
                    ? Hashes.hex(Hashes.sha256(evidence)) : evidence;
            SignerView signer = slashing.slash(caller(), slashSigner, slashAmount, evidenceHex);
            return Messages.done("Slashed " + signer.name() + " by " + slashAmount,
                    "Stake now " + signer.stake() + ", reputation " + signer.reputationScore() + ", slashes "
                            + signer.slashingHistory().totalSlashes() + ", status " + signer.status()
                            + "; evidence " + evidenceHex + ".");
        });
    }

    public void handOver() {
        act(() -> {
            network.transferOwnership(caller(), newOwner);
            return Messages.done("Ownership handed over to " + newOwner,
                    "The owner's controls are theirs now; yours will be refused.");
        });
    }

    /** Runs one owner action; shows its answer, and the network as it is afterwards. */
    private void act(Action action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, action.run());
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        } finally {
            status = null;
        }
    }

    @FunctionalInterface
    private interface Action {
        FacesMessage run();
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public EvidenceKind[] getEvidenceKinds() {
        return EvidenceKind.values();
    }

    public long getMinStake() {
        return minStake;
    }

    public void setMinStake(long minStake) {
        this.minStake = minStake;
    }

    public int getRequiredSigners() {
        return requiredSigners;
    }

    public void setRequiredSigners(int requiredSigners) {
        this.requiredSigners = requiredSigners;
    }

    public int getTotalSigners() {
        return totalSigners;
    }

    public void setTotalSigners(int totalSigners) {
        this.totalSigners = totalSigners;
    }

    public long getRotationPeriod() {
        return rotationPeriod;
    }

    public void setRotationPeriod(long rotationPeriod) {
        this.rotationPeriod = rotationPeriod;
    }

    public int getSignatureThreshold() {
        return signatureThreshold;
    }

    public void setSignatureThreshold(int signatureThreshold) {
        this.signatureThreshold = signatureThreshold;
    }

    public int getPerformanceThreshold() {
        return performanceThreshold;
    }

    public void setPerformanceThreshold(int performanceThreshold) {
        this.performanceThreshold = performanceThreshold;
    }

    public String getMintAccount() {
        return mintAccount;
    }

    public void setMintAccount(String mintAccount) {
        this.mintAccount = mintAccount;
    }

    public Long getMintAmount() {
        return mintAmount;
    }

    public void setMintAmount(Long mintAmount) {
        this.mintAmount = mintAmount;
    }

    public String getSlashSigner() {
        return slashSigner;
    }

    public void setSlashSigner(String slashSigner) {
        this.slashSigner = slashSigner;
    }

    public Long getSlashAmount() {
        return slashAmount;
    }

    public void setSlashAmount(Long slashAmount) {
        this.slashAmount = slashAmount;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }
}
