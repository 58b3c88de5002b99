package io.dts.core.signing;

import io.dts.core.network.EveryBlock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Once per block, expires the signing requests whose lifetime has passed (see {@link RequestExpiry}). */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class ExpiryScheduler extends EveryBlock {

    @Inject
    RequestExpiry expiry;

    @Override
    protected void onBlock(long intervalMillis) {
        expiry.expireDue();
    }
}
