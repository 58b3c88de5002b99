package io.dts.core.signing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many calls record partial signatures at once ({@code DTS_SIGNING_INTAKE_CONCURRENCY}, default
 * one per core). The work is CPU and the database's: more at once only makes each take longer and
 * leaves less of the cores to the completions that follow (on two cores, four at once doubled the
 * completions' p50 under load). The others wait their turn, in order, before they start.
 */
@ApplicationScoped
public class IntakeAdmission {

    @Inject
    @ConfigProperty(name = "dts.signing.intake-concurrency", defaultValue = "0")
    int configured;

    private Semaphore permits;

    @PostConstruct
    void start() {
        int cores = Runtime.getRuntime().availableProcessors();
        permits = new Semaphore(configured > 0 ? configured : Math.max(1, cores), true);
    }

    /** Runs {@code work} once a permit is free. */
    public <T> T admit(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
