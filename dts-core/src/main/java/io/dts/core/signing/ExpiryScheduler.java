package io.dts.core.signing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Once per block, expires the signing requests whose lifetime has passed. Idempotent; every instance may run it. */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class ExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RequestExpiry expiry;

    @Inject
    @ConfigProperty(name = "dts.block-interval-seconds", defaultValue = "5")
    double intervalSeconds;

    @PostConstruct
    void start() {
        long intervalMillis = Math.max(1L, Math.round(intervalSeconds * 1000));
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("dts-request-expiry", false));
    }

    /** Outside a transaction so that a failed run never counts against the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            expiry.expireDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request expiry failed; retrying at the next block: " + e);
        }
    }
}
