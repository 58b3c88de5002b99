package io.dts.core.signing;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Marks open requests EXPIRED once their expiry height is reached, each exactly once. A due request
 * that holds its threshold of partials (its completion was cut short, say by a stop of the server that
 * recorded the last one) is completed instead: its signers did sign in time.
 */
@Stateless
@WritesEvents
public class RequestExpiry {

    @Inject
    SigningRepository requests;

    @Inject
    NetworkRules rules;

    @Inject
    EventLog events;

    @Inject
    Aggregation aggregation;

    public int expireDue() {
        long height = rules.height();
        List<SigningRequest> due = requests.expiring(height);
        int expired = 0;
        for (SigningRequest request : due) {
            if (requests.countPartials(request.getId()) >= request.getThreshold()) {
                aggregation.completeIfPending(request, height);
            } else if (requests.expire(request.getId(), height)) {
                events.append(EventType.SIGNING_REQUEST_EXPIRED, null,
                        Map.of("requestId", request.getId(), "messageHash", request.getMessageHash()));
                expired++;
            }
        }
        return expired;
    }
}
