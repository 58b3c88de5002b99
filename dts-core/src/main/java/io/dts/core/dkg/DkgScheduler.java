package io.dts.core.dkg;

import io.dts.core.network.EveryBlock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Moves running DKG sessions through their windows once per block (see {@link DkgService}). */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class DkgScheduler extends EveryBlock {

    @Inject
    DkgService dkg;

    @Override
    protected void onBlock(long intervalMillis) {
        dkg.advanceRunning();
    }
}
