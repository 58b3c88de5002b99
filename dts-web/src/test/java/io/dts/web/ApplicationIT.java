package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.ui.AccountInBrowserChecks;
import io.dts.web.ui.BrowserMemberInBrowserChecks;
import io.dts.web.ui.ChainsInBrowserChecks;
import io.dts.web.ui.ExplorerInBrowserChecks;
import io.dts.web.ui.GovernanceInBrowserChecks;
import io.dts.web.ui.OwnerControlsInBrowserChecks;
import io.dts.web.ui.RewardsInBrowserChecks;
import io.dts.web.ui.SignerPortalInBrowserChecks;
import io.dts.web.ui.SubscriptionsInBrowserChecks;
import io.dts.web.ui.WatchtowerConsoleInBrowserChecks;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR exactly as the build made it, deployed once on Payara Micro by Arquillian, and every group
 * of checks run against that one deployment (one server start instead of one per group: the groups
 * share the network's database anyway), at a port the build reserved (see {@link DeployedDts}). Groups
 * tagged {@value #H2_ONLY} (pages, browsers and pure
 * transport, which reach the database only through services the other groups cover) are left out of
 * the PostgreSQL run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ApplicationIT {

    public static final String H2_ONLY = "h2-only";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DtsDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theChecksReachTheApplicationArquillianDeployed() {
        assertThat(base.getPort()).isEqualTo(DeployedDts.deployment().getPort());
        assertThat(new Api(DeployedDts.deployment()).get("api/v1/network").status()).isEqualTo(200);
    }

    @Nested class Accounts extends AccountsChecks { }
    @Nested class Network extends NetworkChecks { }
    @Nested class NetworkControl extends NetworkControlChecks { }
    @Nested class Signers extends SignerChecks { }
    @Nested class WatchtowerAndSlashing extends WatchtowerAndSlashingChecks { }
    @Nested class Rotation extends RotationChecks { }
    @Nested class Signing extends SigningChecks { }
    @Nested class PartialBatches extends PartialBatchChecks { }
    @Nested class ThresholdMode extends ThresholdChecks { }
    @Nested class SignerMembers extends SignerMembersChecks { }
    @Nested class CrossChain extends CrossChainChecks { }
    @Nested class Webhooks extends WebhookChecks { }
    @Nested class GovernanceOutcomes extends GovernanceChecks { }
    @Nested class GovernanceRefusals extends GovernanceRefusalsChecks { }
    @Nested class Rewards extends RewardsChecks { }
    @Nested class BalanceConservation extends BalanceConservationChecks { }

    @Nested class ErrorMapping extends ErrorMappingChecks { }
    @Nested class EventStream extends EventStreamChecks { }
    @Nested class LoginPage extends LoginPageChecks { }
    @Nested class PortalPages extends PortalPagesChecks { }

    @Nested class AccountInBrowser extends AccountInBrowserChecks { }
    @Nested class ExplorerInBrowser extends ExplorerInBrowserChecks { }
    @Nested class ChainsInBrowser extends ChainsInBrowserChecks { }
    @Nested class SubscriptionsInBrowser extends SubscriptionsInBrowserChecks { }
    @Nested class WatchtowerConsoleInBrowser extends WatchtowerConsoleInBrowserChecks { }
    @Nested class SignerPortalInBrowser extends SignerPortalInBrowserChecks { }
    @Nested class BrowserMemberInBrowser extends BrowserMemberInBrowserChecks { }
    @Nested class GovernanceInBrowser extends GovernanceInBrowserChecks { }
    @Nested class RewardsInBrowser extends RewardsInBrowserChecks { }
    @Nested class OwnerControlsInBrowser extends OwnerControlsInBrowserChecks { }
}
