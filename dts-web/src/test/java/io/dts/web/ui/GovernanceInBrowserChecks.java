package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api;
import io.dts.web.Contract;
import io.dts.web.Contract.TestSigner;
import io.dts.web.Governance;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Governance in real browsers, each signer signed in in a browser of its own: a parameter change is
 * proposed, voted, finalized, waits out its timelock and executes, and the explorer shows the new
 * value. Accounts and signers are made over REST; every governance step happens in the pages. The
 * committee is emptied first, so these signers hold all the voting power (100 each).
 */
public abstract class GovernanceInBrowserChecks extends UiTest {

    /** Stake giving 100 voting power: (10 000 × 10 000 + 100 × 100) / 1 000 000. */
    private static final long STAKE = 10_000;
    /** Blocks of one second: room for two browsers to vote, and a third to vote twice. */
    private static final long VOTING_DURATION = 15;
    private static final By GROWL = By.cssSelector(".ui-growl");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aParameterChangeMadeInThePagesExecutesAfterItsTimelockAndShowsInTheExplorerWhileRefusedStepsChangeNothing()
            throws Exception {
        Governance governance = Governance.onACleanSlate(contract);
        TestSigner alice = governance.member("ui-gov-alice", STAKE, 1);
        TestSigner bob = governance.member("ui-gov-bob", STAKE, 0);
        TestSigner carol = governance.member("ui-gov-carol", STAKE, 0);
        long fee = governance.params().getJsonNumber("proposalFee").longValue();
        long newFee = fee + 1;
        long balance = contract.account(alice).getJsonNumber("balance").longValue();
        Chromium proposer = onTheProposalsPage(alice);
        Chromium firstVoter = onTheProposalsPage(bob);
        Chromium secondVoter = onTheProposalsPage(carol);
        assertThat(proposer.waitForText(By.id("my-power"), "100")).contains("Your voting power: 100");

        proposer.type("propose:title", "Raise the proposal fee");
        proposer.type("propose:description", "One more micro-unit per proposal.");
        new Select(proposer.waitFor(By.id("propose:parameter"))).selectByValue("proposalFee");
        proposer.type("propose:value", "-1");
        proposer.type("propose:duration", Long.toString(VOTING_DURATION));
        proposer.click("propose:submit");
        assertThat(proposer.waitForText(GROWL, "ERR-INVALID-PARAMS, 101")).contains("Please check your input")
                .contains("proposalFee must be between 0");
        assertThat(contract.account(alice).getJsonNumber("balance").longValue()).as("a refused proposal costs nothing")
                .isEqualTo(balance);
        proposer.settled();

        proposer.type("propose:value", Long.toString(newFee));
        proposer.click("propose:submit");
        proposer.waitForText(GROWL, "created");
        JsonObject proposal = Api.parseArray(api.get("api/v1/proposals?limit=1").body()).get(0).asJsonObject();
        long id = proposal.getJsonNumber("id").longValue();
        assertThat(proposal.getString("proposer")).isEqualTo(alice.name());
        assertThat(proposal.getString("parameter")).isEqualTo("proposalFee");
        assertThat(proposal.getJsonNumber("value").longValue()).isEqualTo(newFee);
        assertThat(proposer.waitForText(card(id), "Set proposalFee to " + newFee)).contains("ACTIVE");

        firstVoter.open("proposals/index.xhtml");
        press(firstVoter, id, "vote-for");
        firstVoter.waitForText(GROWL, "You voted for proposal " + id);
        firstVoter.settled();
        press(firstVoter, id, "vote-for");
        assertThat(firstVoter.waitForText(GROWL, "ERR-ALREADY-VOTED, 113")).contains("You have already voted on this proposal");
        secondVoter.open("proposals/index.xhtml");
        press(secondVoter, id, "vote-for");
        secondVoter.waitForText(GROWL, "You voted for proposal " + id);
        JsonObject voted = governance.proposal(id);
        assertThat(voted.getJsonNumber("votesFor").longValue()).as("the second vote changed nothing").isEqualTo(200);
        assertThat(voted.getInt("voters")).isEqualTo(2);

        governance.waitPast(proposal.getJsonNumber("endHeight").longValue());
        secondVoter.open("proposals/index.xhtml");
        press(secondVoter, id, "finalize");
        long executeAt = proposal.getJsonNumber("endHeight").longValue() + Contract.EXECUTION_DELAY;
        assertThat(secondVoter.waitForText(GROWL, "Proposal " + id + " passed"))
                .contains("timelock: executes at height " + executeAt);
        assertThat(governance.proposal(id).getString("status")).isIn("QUEUED", "EXECUTED");

        assertThat(proposer.waitForText(card(id), "EXECUTED")).contains("proposalFee " + fee + " -> " + newFee);
        proposer.open("");
        proposer.waitForText(By.id("param-proposalFee"), Long.toString(newFee));
        assertFitsAPhone(proposer, "proposals/index.xhtml");
    }

    private Chromium onTheProposalsPage(TestSigner who) throws Exception {
        Chromium browser = chromium();
        browser.signIn(who.name(), who.password());
        browser.click("proposals-link");
        browser.waitFor(By.id("my-power"));
        return browser;
    }

    private static By card(long proposal) {
        return By.id("proposal-" + proposal);
    }

    /**
     * Clicks a button of a proposal's card. The list is re-rendered every 3 s, so a button found just
     * before a refresh is clicked again once the refresh is in.
     */
    private static void press(Chromium browser, long proposal, String button) {
        By locator = By.cssSelector("#proposal-" + proposal + " [id$=':" + button + "']");
        new WebDriverWait(browser.driver(), PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    driver.findElement(locator).click();
                    return true;
                });
    }
}
