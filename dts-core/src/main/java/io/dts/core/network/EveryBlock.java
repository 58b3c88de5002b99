package io.dts.core.network;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * A duty done once per block interval ({@code DTS_BLOCK_INTERVAL_SECONDS}) by a startup singleton.
 * The timer is non-persistent and runs on every instance (persistent timers do not fail over on
 * Payara); each duty is idempotent for its height or epoch, so the database decides which instance's
 * run counts. A failed run is logged and tried again at the next interval, never fatal to the timer.
 */
public abstract class EveryBlock {

    private static final Logger LOG = Logger.getLogger(EveryBlock.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "dts.block-interval-seconds", defaultValue = "5")
    double intervalSeconds;

    private long intervalMillis;

    @PostConstruct
    void start() {
        if (!(intervalSeconds > 0)) {
            throw new IllegalStateException("DTS_BLOCK_INTERVAL_SECONDS must be greater than 0");
        }
        intervalMillis = Math.max(1L, Math.round(intervalSeconds * 1000));
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig(getClass().getSimpleName(), false));
    }

    /** Runs outside a transaction so that a failed duty never counts against the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            onBlock(intervalMillis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, getClass().getSimpleName() + " failed; retrying at the next block: " + e);
        }
    }

    /** The duty: one call of one idempotent service method. */
    protected abstract void onBlock(long intervalMillis);
}
