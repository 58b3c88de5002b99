package io.dts.core.rotation;

import io.dts.core.network.EveryBlock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Checks once per block whether the epoch is due to rotate (see {@link RotationService}). */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class RotationScheduler extends EveryBlock {

    @Inject
    RotationService rotation;

    @Override
    protected void onBlock(long intervalMillis) {
        rotation.rotateIfDue();
    }
}
