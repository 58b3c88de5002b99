package io.dts.core.rotation;

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

/**
 * Checks once per block whether the epoch is due to rotate. Non-persistent and on every instance; the
 * database lets exactly one of them rotate (see {@link RotationService}).
 */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class RotationScheduler {

    private static final Logger LOG = Logger.getLogger(RotationScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RotationService rotation;

    @Inject
    @ConfigProperty(name = "dts.block-interval-seconds", defaultValue = "5")
    double intervalSeconds;

    @PostConstruct
    void start() {
        long intervalMillis = Math.max(1L, Math.round(intervalSeconds * 1000));
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("dts-rotation", false));
    }

    /** Outside a transaction so that a failed check never counts against the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            rotation.rotateIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rotation check failed; retrying at the next block: " + e);
        }
    }
}
