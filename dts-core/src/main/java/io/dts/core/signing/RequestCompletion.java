package io.dts.core.signing;

import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.core.signing.PartialIntake.Taken;
import io.dts.core.signing.SigningService.Outcome;
import io.dts.core.signing.SigningService.Submitted;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Completes requests that have t valid partials, in a short transaction of its own right after the
 * partials' transaction committed. The requests one call brought to their threshold are combined,
 * checked together (one multi-pairing) and stored at once. Whoever commits a partial last counts all
 * of them, so reaching the threshold is never missed. Completers never queue behind each other on
 * this server: the first to see a request ready claims it until its transaction ends, and the others
 * leave it to that one (completers on two servers take turns on the request's row instead). A
 * completion that fails leaves the partials in and the request PENDING; it is owed, and made up at
 * the next block, as are those a stopped server left behind.
 */
@Stateless
@WritesEvents
public class RequestCompletion {

    private static final Logger LOG = Logger.getLogger(RequestCompletion.class.getName());

    /** Set when a completion failed after its partials were recorded: the next block looks for such requests. */
    private static final AtomicBoolean OWED = new AtomicBoolean(true); // a start looks once for what a stop left

    /** Requests a completer of this server is completing right now. */
    private static final Set<Long> CLAIMED = ConcurrentHashMap.newKeySet();

    @Inject
    SigningRepository requests;

    @Inject
    Aggregation aggregation;

    @Inject
    NetworkRules rules;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Completes the requests {@code taken} recorded partials for, where they reached the threshold,
     * then answers each partial with where its request stands: one transaction for both.
     *
     * @param recordedAtNanos when the partials' transaction committed: completion time counts from there
     */
    public List<Outcome> completeAndAnswer(String caller, List<Taken> taken, long recordedAtNanos) {
        completeReached(taken, recordedAtNanos);
        return answer(caller, taken);
    }

    private void completeReached(List<Taken> taken, long recordedAtNanos) {
        List<Aggregation.Combined> reached = new ArrayList<>();
        requests.pendingWithThreshold(taken.stream().filter(Taken::created).map(Taken::requestId).distinct().toList())
                .forEach(id -> claim(id).flatMap(aggregation::combine).ifPresent(reached::add));
        if (!reached.isEmpty()) {
            aggregation.verifyAndStore(reached, rules.height(), recordedAtNanos);
        }
    }

    /** Answers each partial of {@code taken} with where its request stands now. */
    public List<Outcome> answer(String caller, List<Taken> taken) {
        Map<Long, PartialReceipt> receipts = aggregation.receipts(
                taken.stream().filter(t -> t.refused() == null).map(Taken::requestId).distinct().toList(), caller);
        return taken.stream().map(t -> t.refused() != null ? new Outcome(null, t.refused())
                : new Outcome(new Submitted(receipts.get(t.requestId()), t.created()), null)).toList();
    }

    /**
     * The request (PENDING with at least its threshold of partials), claimed and locked, unless another
     * completer of this server has it. The claim ends with this transaction; a rollback leaves the
     * completion owed.
     */
    private Optional<SigningRequest> claim(long requestId) {
        if (!CLAIMED.add(requestId)) {
            return Optional.empty();
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                CLAIMED.remove(requestId);
                if (status != Status.STATUS_COMMITTED) {
                    OWED.set(true);
                }
            }
        });
        SigningRequest request = requests.lock(requests.find(requestId).orElseThrow()); // waits only for another server's completer
        return RequestStatus.PENDING.name().equals(request.getStatus()) ? Optional.of(request) : Optional.empty();
    }

    /** Notes that completing the requests of {@code taken} failed after their partials were recorded. */
    static void owe(List<Taken> taken, RuntimeException failure) {
        OWED.set(true);
        LOG.log(Level.WARNING, "completing the requests of partials just recorded failed ("
                + taken.stream().filter(Taken::created).map(Taken::requestId).distinct().toList()
                + "); they are completed at the next block", failure);
    }

    /**
     * Completes every PENDING request with t partials when a completion is owed; looks only after a
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
                if (aggregation.completeIfPending(requests.find(id).orElseThrow(), rules.height())) {
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
