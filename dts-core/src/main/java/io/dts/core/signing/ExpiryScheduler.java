package io.dts.core.signing;

import io.dts.core.network.EveryBlock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Once per block, completes the requests whose completion is owed (see {@link RequestCompletion}),
 * then expires those whose lifetime has passed (see {@link RequestExpiry}).
 */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class ExpiryScheduler extends EveryBlock {

    @Inject
    RequestCompletion completion;

    @Inject
    RequestExpiry expiry;

    @Override
    protected void onBlock(long intervalMillis) {
        try {
            completion.completeOwed();
        } finally {
            expiry.expireDue();
        }
    }
}
