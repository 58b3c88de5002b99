package io.dts.core.signing;

import io.dts.persistence.signing.SigningRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signers in the aggregate of COMPLETE requests. They never change once a request completes, and
 * every late partial's receipt names them (about a third of a committee signs after the threshold),
 * so each request's are read from the database once per server instead of once per receipt. What a
 * transaction read is remembered only when it commits: a completion rolled back leaves nothing
 * behind. Bounded: cleared when full.
 */
@ApplicationScoped
public class CompletedParticipants {

    static final int MAX_ENTRIES = 20_000;

    private final ConcurrentHashMap<Long, List<String>> known = new ConcurrentHashMap<>();

    @Inject
    SigningRepository requests;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The participants of each of the COMPLETE requests {@code completedIds}, by request id, read in at most one query. */
    Map<Long, List<String>> of(List<Long> completedIds) {
        Map<Long, List<String>> participants = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : completedIds) {
            List<String> found = known.get(id);
            if (found != null) {
                participants.put(id, found);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<String>> read = requests.participants(missing);
            participants.putAll(read);
            rememberOnCommit(read);
        }
        return participants;
    }

    private void rememberOnCommit(Map<Long, List<String>> read) {
        if (read.isEmpty() || transaction.getTransactionKey() == null) {
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    if (known.size() + read.size() > MAX_ENTRIES) {
                        known.clear();
                    }
                    read.forEach((id, signers) -> known.put(id, List.copyOf(signers)));
                }
            }
        });
    }
}
