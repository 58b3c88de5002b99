package io.dts.signer;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.Dealer;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.VerifiedDeal;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One committee member's duties towards the network: sign pending requests (aggregate mode with its
 * own key, threshold mode with its share) and take its part in every DKG session (deal, complain,
 * keep its share). {@link #step()} does what is due now; the decisions are {@link SigningDuty} and
 * {@link DkgDuty}, the memory is a {@link StateDirectory}, so running it again (or after a restart)
 * never repeats an action. Not thread-safe: one thread steps a member.
 */
public final class Member {

    private static final Logger LOG = Logger.getLogger(Member.class.getName());
    private static final int PAGE = 200;

    private final SignerClient client;
    private final BlsSecretKey key;
    private final StateDirectory state;
    private final SecureRandom random;
    private final String name;
    /** Committees never change once an epoch is opened. */
    private final Map<Long, Set<String>> committees = new HashMap<>();
    /** Sessions that ended (COMPLETE or FAILED) never change. */
    private final Map<Long, DkgSession> finishedSessions = new HashMap<>();
    /** Problems already logged, so a stuck duty does not log every poll. */
    private final Set<String> reported = new HashSet<>();

    public Member(SignerClient client, BlsSecretKey key, StateDirectory state) {
        this(client, key, state, new SecureRandom());
    }

    public Member(SignerClient client, BlsSecretKey key, StateDirectory state, SecureRandom random) {
        this.client = client;
        this.key = key;
        this.state = state;
        this.random = random;
        this.name = client.user();
    }

    /** The signer's name (its account). */
    public String name() {
        return name;
    }

    public BlsPublicKey publicKey() {
        return key.publicKey();
    }

    public StateDirectory state() {
        return state;
    }

    /**
     * Does everything due now: the DKG duty of the current session, then the signing of pending
     * requests. A failure in one duty is reported as a {@link StepReport.Kind#PROBLEM} and does not
     * stop the other; transport failures are retried at the next step.
     */
    public StepReport step() {
        List<StepReport.Action> actions = new ArrayList<>();
        try {
            dkgDuty(actions);
        } catch (RuntimeException e) {
            problem(actions, -1, "DKG duty failed: " + describe(e));
        }
        try {
            signingDuty(actions);
        } catch (RuntimeException e) {
            problem(actions, -1, "signing duty failed: " + describe(e));
        }
        StepReport report = new StepReport(actions);
        if (report.of(StepReport.Kind.PROBLEM).isEmpty()) {
            reported.clear(); // the next problem is news again
        }
        return report;
    }

    /** Only the DKG duty of {@link #step()}: for a member whose signatures are made elsewhere. */
    public StepReport dkgStep() {
        List<StepReport.Action> actions = new ArrayList<>();
        try {
            dkgDuty(actions);
        } catch (RuntimeException e) {
            problem(actions, -1, "DKG duty failed: " + describe(e));
        }
        return new StepReport(actions);
    }

    // ---------------------------------------------------------------- DKG

    private void dkgDuty(List<StepReport.Action> actions) {
        Optional<DkgSession> current = client.currentDkgSession().map(DkgSession::fromJson);
        if (current.isEmpty()) {
            return;
        }
        DkgSession session = current.get();
        remember(session);
        DkgDuty.Task task = DkgDuty.due(session, name, state.local());
        if (task instanceof DkgDuty.Blocked blocked && session.kind() == DkgKind.RESHARE) {
            // Missed the previous session's end (offline then)? Its share may still be recoverable.
            recoverPreviousShare(session, actions);
            task = DkgDuty.due(session, name, state.local());
        }
        carryOut(session, task, actions);
    }

    private void carryOut(DkgSession session, DkgDuty.Task task, List<StepReport.Action> actions) {
        if (task instanceof DkgDuty.Deal deal) {
            deal(session, deal, actions);
        } else if (task instanceof DkgDuty.CheckDeals check) {
            checkDeals(session, check, actions);
        } else if (task instanceof DkgDuty.StoreShare store) {
            storeShare(session, store.receiverIndex(), actions);
        } else if (task instanceof DkgDuty.Blocked blocked) {
            problem(actions, session.epoch(), blocked.problem());
        }
    }

    private void deal(DkgSession session, DkgDuty.Deal task, List<StepReport.Action> actions) {
        long epoch = session.epoch();
        StateDirectory.Progress progress = state.progress(epoch);
        if (serverHasDeal(session, task.dealerIndex())) {
            state.save(progress.withDealPosted());
            return;
        }
        JsonObject bundle = progress.deal();
        if (bundle == null) {
            // Made once and kept: after a crash between saving and posting, the same bundle goes out.
            bundle = DkgMessages.dealToJson(newBundle(session, task));
            progress = progress.withDeal(bundle);
            state.save(progress);
        }
        try {
            client.postDeal(epoch, bundle);
        } catch (ApiException e) {
            if (e.status() == 409 && serverHasDeal(session, task.dealerIndex())) {
                state.save(progress.withDealPosted());
                return;
            }
            throw e;
        }
        state.save(progress.withDealPosted());
        String line = "dealt for epoch " + epoch + " as dealer " + task.dealerIndex();
        LOG.info(line);
        actions.add(new StepReport.Action(StepReport.Kind.DEALT, epoch, task.dealerIndex(), 1, line));
    }

    private DealBundle newBundle(DkgSession session, DkgDuty.Deal task) {
        Map<Integer, BlsPublicKey> receiverKeys = new TreeMap<>();
        session.receivers().forEach(r -> receiverKeys.put(r.index(), BlsPublicKey.fromHex(r.publicKey())));
        if (task.oldShareEpoch().isEmpty()) {
            return Dealer.dealFresh(key, session.epoch(), task.dealerIndex(), session.threshold(), receiverKeys, random);
        }
        BlsSecretKey oldShare = state.share(task.oldShareEpoch().getAsLong()).orElseThrow();
        return Dealer.dealReshare(key, session.epoch(), task.dealerIndex(), session.threshold(),
                new BigInteger(1, oldShare.toBytes()), receiverKeys, random);
    }

    /** Whether the server lists a bundle of this dealer; false when it does not answer (the post then tells). */
    private boolean serverHasDeal(DkgSession session, int dealerIndex) {
        try {
            return client.dkgDeals(session.epoch()).stream().anyMatch(d -> DkgMessages.dealerIndexOf(d) == dealerIndex);
        } catch (ApiException e) {
            return false;
        }
    }

    private void checkDeals(DkgSession session, DkgDuty.CheckDeals task, List<StepReport.Action> actions) {
        long epoch = session.epoch();
        int j = task.receiverIndex();
        StateDirectory.Progress progress = state.progress(epoch);
        Set<Integer> alreadyFiled = client.dkgComplaints(epoch).stream()
                .filter(c -> JsonValues.number(c, "receiverIndex", 0) == j)
                .map(c -> (int) JsonValues.number(c, "dealerIndex", 0)).collect(Collectors.toSet());
        Set<Integer> skip = new HashSet<>(alreadyFiled);
        skip.addAll(progress.complainedAbout());
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(session, client.dkgDeals(epoch),
                p -> problem(actions, epoch, p));
        for (Complaint complaint : DkgComputation.complaintsDue(deals, key, j, skip, random).values()) {
            int i = complaint.dealerIndex();
            try {
                client.postComplaint(epoch, DkgMessages.complaintToJson(complaint));
            } catch (ApiException e) {
                if (e.status() != 409) {
                    throw e;
                }
                // filed before (a restart between posting and saving): nothing more to do
                progress = progress.withComplaint(i);
                state.save(progress);
                continue;
            }
            progress = progress.withComplaint(i);
            state.save(progress);
            String line = "complained about dealer " + i + " in epoch " + epoch;
            LOG.info(line);
            actions.add(new StepReport.Action(StepReport.Kind.COMPLAINED, epoch, i, 1, line));
        }
        state.save(progress.withDealsChecked());
        actions.add(new StepReport.Action(StepReport.Kind.DEALS_CHECKED, epoch, j, deals.size(),
                "checked " + deals.size() + " deals of epoch " + epoch));
    }

    /** x_j from QUAL's bundles (THRESHOLD.md "Finalize"), checked against Y_j, stored; false if not possible. */
    private boolean storeShare(DkgSession session, int j, List<StepReport.Action> actions) {
        long epoch = session.epoch();
        List<VerifiedDeal> deals = DkgComputation.verifiedDeals(session, client.dkgDeals(epoch),
                p -> problem(actions, epoch, p));
        DkgComputation.ShareResult result = DkgComputation.receiverShare(session, deals, key, j);
        if (result.share() == null) {
            problem(actions, epoch, result.problem() + "; not stored");
            return false;
        }
        state.storeShare(epoch, j, result.share());
        String line = "share for epoch " + epoch + " stored";
        LOG.info(line);
        actions.add(new StepReport.Action(StepReport.Kind.SHARE_STORED, epoch, j, 1, line));
        return true;
    }

    /**
     * Resharing needs the share of the last completed epoch: if it is missing, walks back from the
     * current session to the newest COMPLETE one and stores its share when this member received one.
     */
    private void recoverPreviousShare(DkgSession current, List<StepReport.Action> actions) {
        for (long e = current.epoch() - 1; e >= 0 && e >= current.epoch() - 64; e--) {
            Optional<DkgSession> session = session(e);
            if (session.isPresent() && session.get().phase() == DkgSession.Phase.COMPLETE) {
                ensureShare(session.get(), actions);
                return;
            }
        }
    }

    private boolean ensureShare(DkgSession session, List<StepReport.Action> actions) {
        if (state.sharePublicKeys().containsKey(session.epoch())) {
            return true;
        }
        Optional<DkgSession.Seat> seat = session.receiver(name);
        return seat.isPresent() && storeShare(session, seat.get().index(), actions);
    }

    private Optional<DkgSession> session(long epoch) {
        DkgSession finished = finishedSessions.get(epoch);
        if (finished != null) {
            return Optional.of(finished);
        }
        Optional<DkgSession> session = client.dkgSession(epoch).map(DkgSession::fromJson);
        session.ifPresent(this::remember);
        return session;
    }

    private void remember(DkgSession session) {
        if (session.phase() == DkgSession.Phase.COMPLETE || session.phase() == DkgSession.Phase.FAILED) {
            finishedSessions.put(session.epoch(), session);
        }
    }

    // ---------------------------------------------------------------- signing

    private void signingDuty(List<StepReport.Action> actions) {
        List<SigningDuty.PendingRequest> pending = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JsonObject> page = client.signingRequests("PENDING", null, after, PAGE);
            for (JsonObject json : page) {
                SigningDuty.PendingRequest request = SigningDuty.PendingRequest.fromJson(json);
                pending.add(request);
                after = Math.max(after, request.id());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, SigningDuty.Mode> modes = new HashMap<>();
        java.util.function.Function<Long, SigningDuty.Mode> modeOf =
                epoch -> modes.computeIfAbsent(epoch, e -> SigningDuty.modeOf(session(e).orElse(null)));
        Set<Long> held = state.sharePublicKeys().keySet();
        SigningDuty.Plan plan = SigningDuty.plan(pending, name, this::committee, modeOf, held::contains);
        if (!plan.missingShare().isEmpty()) {
            // A completed session whose end this member missed: compute the share now, then plan again.
            Set<Long> epochs = new TreeSet<>();
            plan.missingShare().forEach(r -> epochs.add(r.epoch()));
            for (long epoch : epochs) {
                session(epoch).ifPresent(s -> {
                    if (!ensureShare(s, actions)) {
                        problem(actions, epoch, "threshold requests of epoch " + epoch + " wait: I hold no share for it");
                    }
                });
            }
            Set<Long> heldNow = state.sharePublicKeys().keySet();
            plan = SigningDuty.plan(pending, name, this::committee, modeOf, heldNow::contains);
        }
        submit(plan.sign(), actions);
    }

    private void submit(List<SigningDuty.Signing> signings, List<StepReport.Action> actions) {
        int signed = 0;
        Map<String, Integer> refused = new TreeMap<>();
        for (int from = 0; from < signings.size(); from += SignerClient.MAX_BATCH) {
            List<SigningDuty.Signing> batch = signings.subList(from, Math.min(signings.size(), from + SignerClient.MAX_BATCH));
            List<SignerClient.PartialSignature> partials = new ArrayList<>(batch.size());
            for (SigningDuty.Signing signing : batch) {
                byte[] hash = HexFormat.of().parseHex(strip0x(signing.request().messageHash()));
                BlsSecretKey signingKey = signing.mode() == SigningDuty.Mode.THRESHOLD
                        ? state.share(signing.request().epoch()).orElseThrow() : key;
                partials.add(new SignerClient.PartialSignature(signing.request().messageHash(), signingKey.sign(hash).toHex()));
            }
            List<JsonObject> results = client.submitPartials(partials);
            for (int k = 0; k < results.size(); k++) {
                long status = JsonValues.number(results.get(k), "status", 0);
                if (status == 200 || status == 201) {
                    signed++;
                } else {
                    String error = Optional.ofNullable(JsonValues.string(results.get(k), "error")).orElse("status " + status);
                    refused.merge(error, 1, Integer::sum);
                }
            }
        }
        if (signed > 0) {
            String line = "signed " + signed + " request" + (signed == 1 ? "" : "s");
            LOG.info(line);
            actions.add(new StepReport.Action(StepReport.Kind.SIGNED, -1, 0, signed, line));
        }
        if (!refused.isEmpty()) {
            int count = refused.values().stream().mapToInt(Integer::intValue).sum();
            String line = "server refused " + count + " partial" + (count == 1 ? "" : "s") + ": " + refused;
            LOG.warning(line);
            actions.add(new StepReport.Action(StepReport.Kind.SIGNATURES_REFUSED, -1, 0, count, line));
        }
    }

    private Set<String> committee(long epoch) {
        return committees.computeIfAbsent(epoch, e -> {
            try {
                return JsonValues.objects(client.epoch(e), "committee").stream()
                        .map(m -> JsonValues.string(m, m.containsKey("signer") ? "signer" : "name"))
                        .filter(s -> s != null).collect(Collectors.toUnmodifiableSet());
            } catch (ApiException e404) {
                if (e404.status() == 404) {
                    return Set.of();
                }
                throw e404;
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private void problem(List<StepReport.Action> actions, long epoch, String detail) {
        if (reported.add(detail)) {
            LOG.log(Level.WARNING, detail);
        }
        actions.add(new StepReport.Action(StepReport.Kind.PROBLEM, epoch, 0, 1, detail));
    }

    /** An exception's message, or its kind when it has none (a refused connection, say). */
    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String strip0x(String hex) {
        return hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    }

    @Override
    public String toString() {
        return "Member[" + name + "]";
    }
}
