package io.dts.core.governance;

import io.dts.core.network.EveryBlock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Once per block, executes the passed proposals whose timelock ran out (see {@link ProposalExecution}). */
@Singleton
@Startup
@DependsOn("NetworkStartup")
public class ProposalExecutor extends EveryBlock {

    private static final Logger LOG = Logger.getLogger(ProposalExecutor.class.getName());

    @Inject
    ProposalExecution execution;

    @Override
    protected void onBlock(long intervalMillis) {
        for (long id : execution.dueProposals()) {
            try {
                execution.execute(id);
            } catch (RuntimeException e) {
                // One proposal's failure (e.g. a lost race) must not hold up the others.
                LOG.log(Level.WARNING, "executing proposal " + id + " failed; retrying at the next block: " + e);
            }
        }
    }
}
