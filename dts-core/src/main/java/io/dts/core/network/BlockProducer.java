package io.dts.core.network;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** The block clock: asks the network to produce the next block (see {@link NetworkService#produceBlock}). */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class BlockProducer extends EveryBlock {

    @Inject
    NetworkService network;

    @Override
    protected void onBlock(long intervalMillis) {
        network.produceBlock(intervalMillis);
    }
}
