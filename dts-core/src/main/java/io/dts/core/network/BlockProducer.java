package io.dts.core.network;

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
 * The block clock: every {@code DTS_BLOCK_INTERVAL_SECONDS} asks the network to produce the next
 * block. The timer is non-persistent and runs on every instance; the database decides which
 * instance's tick counts (see {@link NetworkService#produceBlock}).
 */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class BlockProducer {

    private static final Logger LOG = Logger.getLogger(BlockProducer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    NetworkService network;

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
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("dts-block-clock", false));
        LOG.info(() -> "Block clock started: one block every " + intervalMillis + " ms");
    }

    /** Runs outside a transaction so that a failed tick never counts against the timer. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            network.produceBlock(intervalMillis);
        } catch (RuntimeException e) {
            // Keep the timer alive; the next tick tries again.
            LOG.log(Level.WARNING, "Block tick failed; retrying at the next interval: " + e);
        }
    }
}
