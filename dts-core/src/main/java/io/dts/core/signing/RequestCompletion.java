package io.dts.core.signing;

import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.core.signing.PartialIntake.Taken;
import io.dts.core.signing.SigningService.Outcome;
import io.dts.core.signing.SigningService.Submitted;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Completes requests that have t valid partials, in a short transaction of its own right after the
 * partials' transaction committed: the request's row is locked only here, so completers of one
 * request queue for it while intake never does, and the one that finds it still PENDING completes it.
 * Whoever commits a partial last counts all of them, so reaching the threshold is never missed; a
 * completion that fails (the partials are in, the request stays PENDING) is owed and made up at the
 * next block, as are those a stopped server left behind.
 */
@Stateless
@WritesEvents
public class RequestCompletion {

    private static final Logger LOG = Logger.getLogger(RequestCompletion.class.getName());

    /** Set when a completion failed after its partials were recorded: the next block looks for such requests. */
    private static final AtomicBoolean OWED = new AtomicBoolean(true); // a start looks once for what a stop left

    @Inject
    SigningRepository requests;

    @Inject
    Aggregation aggregation;

    @Inject
    NetworkRules rules;

    /**
     * Completes the requests {@code taken} recorded partials for, where they reached the threshold,
     * and answers each partial with where its request stands now.
     *
     * @param recordedAtNanos when the partials' transaction committed: completion time counts from there
     */
    public List<Outcome> completeAndAnswer(String caller, List<Taken> taken, long recordedAtNanos) {
        List<Aggregation.Combined> reached = new ArrayList<>();
        taken.stream().filter(Taken::created).map(Taken::requestId).distinct().sorted()
                .forEach(id -> reached(id).flatMap(aggregation::combine).ifPresent(reached::add));
        if (!reached.isEmpty()) {
            aggregation.verifyAndStore(reached, rules.height(), recordedAtNanos);
        }
        return answer(caller, taken);
    }

    /** Answers each partial of {@code taken} with where its request stands now. */
    public List<Outcome> answer(String caller, List<Taken> taken) {
        return taken.stream().map(t -> t.refused() != null ? new Outcome(null, t.refused())
                : new Outcome(new Submitted(aggregation.receipt(requests.find(t.requestId()).orElseThrow(), caller),
                        t.created()), null)).toList();
    }

    /** The request, locked, if it is PENDING with at least its threshold of partials. */
    private Optional<SigningRequest> reached(long requestId) {
        SigningRequest request = requests.find(requestId).orElseThrow();
        if (!RequestStatus.PENDING.name().equals(request.getStatus())
                || requests.countPartials(requestId) < request.getThreshold()) {
            return Optional.empty();
        }
        requests.lock(request); // completers of one request take turns; the one after sees it COMPLETE
        return RequestStatus.PENDING.name().equals(request.getStatus()) ? Optional.of(request) : Optional.empty();
    }

    /** Notes that a completion failed after its partials were recorded (see {@link #completeOwed}). */
    static void owe(List<Taken> taken, RuntimeException failure) {
        OWED.set(true);
        LOG.log(Level.WARNING, "completing the requests of partials just recorded failed ("
                + taken.stream().filter(Taken::created).map(Taken::requestId).distinct().toList()
                + "); they are completed at the next block", failure);
    }

    /**
     * Completes every PENDING request with t partials whose completion is owed; looks only after a
     * failure (or a start), so a block costs nothing otherwise. Their completion time is unknown (null).
     *
     * @return how many it completed
     */
    public int completeOwed() {
        if (!OWED.getAndSet(false)) {
            return 0;
        }
        try {
            int completed = 0;
            for (long id : requests.pendingWithThreshold()) {
                SigningRequest request = requests.find(id).orElseThrow();
                requests.lock(request);
                if (RequestStatus.PENDING.name().equals(request.getStatus())
                        && aggregation.complete(request, rules.height(), null)) {
                    completed++;
                }
            }
            return completed;
        } catch (RuntimeException e) {
            OWED.set(true);
            throw e;
        }
    }
}
