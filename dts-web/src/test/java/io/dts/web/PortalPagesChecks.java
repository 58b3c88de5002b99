package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The public explorer and sign-up pages, served by the same core services as the REST API. */
@Tag(ApplicationIT.H2_ONLY)
abstract class PortalPagesChecks extends DeployedDts {

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(api.base());
    }

    @Test
    void explorerShowsTheCommitteeSignersRequestsAndEventsToAnyone() throws Exception {
        contract.cleanSlate();
        TestSigner signer = contract.newSigner("shown", 1_000);
        String requester = api.newAccount("asker");
        Answer request = api.post("api/v1/signing-requests", "{\"message\":\"explorer " + signer.name() + "\"}",
                requester, requester + requester);

        HttpResponse<String> page = browser.get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Committee").contains(signer.name()).contains(signer.key().publicKey().toHex())
                .contains(request.json().getString("messageHash"))
                .contains("SIGNING_REQUEST_OPENED")
                .contains("PRIMARY");
    }

    @Test
    void proposalsAndTheNetworkParametersAreShownToAnyoneWithoutTheFormOrVoteButtons() throws Exception {
        Governance governance = Governance.onACleanSlate(contract);
        TestSigner proposer = governance.member("shown-gov", 10_000, 1);
        int quorum = governance.params().getInt("quorum");
        JsonObject proposal = governance.created(governance.proposeParameter(proposer, "quorum", quorum));

        HttpResponse<String> page = browser.get("proposals/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("proposal-" + proposal.getJsonNumber("id").longValue())
                .contains("Set quorum to " + quorum).contains("Voting open until height " + proposal.getJsonNumber("endHeight"))
                .doesNotContain("propose:submit").doesNotContain(":vote-for\"").doesNotContain(":finalize\"");
        assertThat(browser.get("").body()).contains("id=\"param-quorum\">" + quorum + "<");
    }

    @Test
    void signUpCreatesAnAccountThatCanSignIn() throws Exception {
        String name = Api.uniqueName("newcomer");

        HttpResponse<String> created = browser.submit("signup.xhtml", "signup", "submit",
                Map.of("username", name, "password", "correct horse", "confirmation", "correct horse"));

        assertThat(created.statusCode()).isIn(302, 303);
        assertThat(browser.follow(created).body()).contains("Account created");
        assertThat(api.get("api/v1/accounts/me", name, "correct horse").status()).isEqualTo(200);
    }

    @Test
    void signUpExplainsATakenNameInPlainWordsWithItsCode() throws Exception {
        String taken = api.newAccount("taken");

        HttpResponse<String> refused = browser.submit("signup.xhtml", "signup", "submit",
                Map.of("username", taken, "password", "another one", "confirmation", "another one"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Already registered").contains("ERR-ALREADY-REGISTERED");
        assertThat(api.get("api/v1/accounts/me", taken, "another one").status()).isEqualTo(401);
    }

    @Test
    void signUpRefusesPasswordsThatDiffer() throws Exception {
        String name = Api.uniqueName("typo");

        HttpResponse<String> refused = browser.submit("signup.xhtml", "signup", "submit",
                Map.of("username", name, "password", "correct horse", "confirmation", "correct hose"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The passwords differ");
        assertThat(api.get("api/v1/accounts/me", name, "correct horse").status()).isEqualTo(401);
    }
}
