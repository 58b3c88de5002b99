package io.dts.web.pages;

import io.dts.core.dkg.ComplaintView;
import io.dts.core.dkg.DkgPhase;
import io.dts.core.dkg.DkgQueries;
import io.dts.core.dkg.DkgSessionView;
import io.dts.core.error.DtsException;
import io.dts.core.network.NetworkService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DKG explorer: the group key threshold mode signs under, the sessions that made and reshared
 * it (newest first), and one chosen session in detail — who deals and receives, who dealt, the
 * complaints with their verdicts, QUAL, the public shares — with a countdown to its next window.
 * Everything is read from {@link DkgQueries}, as {@code GET /api/v1/dkg/sessions} answers it.
 */
@Named
@ViewScoped
public class DkgPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int LISTED = 50;
    private static final PerRequest READ = new PerRequest(DkgPage.class);

    @Inject
    DkgQueries dkg;

    @Inject
    NetworkService network;

    /** The app's block interval, read once (see ProposalsPage). */
    private double blockIntervalSeconds;

    /** The session shown in detail; null for the newest. */
    private Long epoch;

    @PostConstruct
    void readBlockInterval() {
        blockIntervalSeconds = BlockTime.intervalSeconds();
    }

    /** One participant of the chosen session, with what it did. */
    public record Participant(int index, String name, boolean dealer, boolean dealt, boolean qualified, String publicShare) {
    }

    /** Sessions newest first. */
    public List<DkgSessionView> getSessions() {
        return READ.get("sessions", () -> dkg.history(LISTED));
    }

    /** The group key threshold requests are signed under: the newest COMPLETE session's. */
    public Optional<DkgSessionView> getSigningSession() {
        return getSessions().stream().filter(s -> DkgPhase.COMPLETE.name().equals(s.phase())).findFirst();
    }

    /** The epoch of that session, or null. */
    public Long getSigningEpoch() {
        return getSigningSession().map(DkgSessionView::epoch).orElse(null);
    }

    public String getGroupKey() {
        return getSigningSession().map(DkgSessionView::groupPublicKey).orElse(null);
    }

    /** The chosen session, or the newest; empty when there is none (or no such epoch). */
    public Optional<DkgSessionView> getSelected() {
        return READ.get("selected", () -> {
            if (epoch == null) {
                return getSessions().stream().findFirst();
            }
            try {
                return Optional.of(dkg.session(epoch));
            } catch (DtsException e) {
                return Optional.<DkgSessionView>empty();
            }
        });
    }

    public DkgSessionView getSession() {
        return getSelected().orElse(null);
    }

    public List<ComplaintView> getComplaints() {
        return READ.get("complaints", () -> getSelected().map(s -> dkg.complaints(s.epoch())).orElse(List.of()));
    }

    /** Dealers then receivers who are not also dealers, each once, with its part. */
    public List<Participant> getDealers() {
        DkgSessionView s = getSession();
        if (s == null) {
            return List.of();
        }
        return s.dealers().stream().map(d -> new Participant(d.index(), d.name(), true, s.dealt().contains(d.index()),
                s.qualified().contains(d.index()), d.oldPublicShare())).toList();
    }

    public List<Participant> getReceivers() {
        DkgSessionView s = getSession();
        if (s == null) {
            return List.of();
        }
        Map<Integer, String> shares = new java.util.HashMap<>();
        s.publicShares().forEach(p -> shares.put(p.index(), p.publicShare()));
        return s.receivers().stream().map(r -> new Participant(r.index(), r.name(), false, false, false,
                shares.get(r.index()))).toList();
    }

    /** How a session ended, or that it runs. */
    public String outcome(DkgSessionView s) {
        return switch (DkgPhase.valueOf(s.phase())) {
            case COMPLETE -> "complete" + (s.finalizedHeight() == null ? "" : " at height " + s.finalizedHeight())
                    + ", qualified " + s.qualified().size() + " of " + s.dealers().size() + " dealers";
            case FAILED -> "failed" + (s.failureReason() == null ? "" : ": " + s.failureReason());
            case DEAL, COMPLAIN -> "in progress";
        };
    }

    /** E.g. "3 of 5" or, resharing, "5 of 7 (was 3)". */
    public String threshold(DkgSessionView s) {
        String t = s.threshold() + " of " + s.receivers().size();
        return "RESHARE".equals(s.kind()) ? t + " (was " + s.previousThreshold() + ")" : t;
    }

    /** The next window of the chosen session, in blocks and approximate time. */
    public String getCountdown() {
        DkgSessionView s = getSession();
        if (s == null) {
            return "";
        }
        long height = READ.get("height", network::blockHeight);
        return switch (DkgPhase.valueOf(s.phase())) {
            case DEAL -> "Deal window open until height " + s.dealEndHeight() + ": "
                    + BlockTime.span(Math.max(0, s.dealEndHeight() - height), blockIntervalSeconds)
                    + " left, then the complaint window";
            case COMPLAIN -> "Complaint window open until height " + s.complaintEndHeight() + ": "
                    + BlockTime.span(Math.max(0, s.complaintEndHeight() - height), blockIntervalSeconds)
                    + " left, then the session finalizes";
            case COMPLETE, FAILED -> "Finalized" + (s.finalizedHeight() == null ? "" : " at height " + s.finalizedHeight())
                    + "; no window open (height now " + height + ")";
        };
    }

    /** E.g. "deal 120–123, complaints 123–126". */
    public String getWindows() {
        DkgSessionView s = getSession();
        return s == null ? "" : "deals from height " + s.startHeight() + " to " + s.dealEndHeight()
                + ", complaints to " + s.complaintEndHeight();
    }

    public String getQualified() {
        DkgSessionView s = getSession();
        return s == null || s.qualified().isEmpty() ? "not yet" : s.qualified().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public Long getEpoch() {
        return epoch;
    }

    public void setEpoch(Long epoch) {
        this.epoch = epoch;
    }
}
