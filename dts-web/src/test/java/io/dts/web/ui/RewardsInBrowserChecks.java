package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Contract.TestSigner;
import io.dts.web.Money;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Rewards and the pool in a real browser: a signer claims its epoch's reward and sees its balance grow. */
public abstract class RewardsInBrowserChecks extends UiTest {

    @Test
    void aSignerClaimsItsRewardInThePageAndItsBalanceGrows() throws Exception {
        contract.cleanSlate();
        Money money = new Money(contract);
        TestSigner member = contract.newSigner("ui-rewarded", 1_000);
        long epoch = money.closeEpoch();
        long amount = money.reward(member, epoch).getJsonNumber("amount").longValue();
        money.fundPool("ui-donor", amount + 1);
        long balance = money.balance(member);

        Chromium browser = chromium();
        browser.signIn(member.name(), member.password());
        browser.click("rewards-link");
        assertThat(browser.waitFor(By.id("mine:balance")).getText()).isEqualTo(Long.toString(balance));
        assertThat(browser.waitFor(By.id("mine:table")).getText()).contains(Long.toString(epoch), Long.toString(amount));

        browser.click("mine:table:0:claim");

        assertThat(browser.waitForText(By.cssSelector(".ui-growl"), "Reward claimed")).contains(Long.toString(amount));
        assertThat(browser.waitForText(By.id("mine:balance"), Long.toString(balance + amount))).isEqualTo(Long.toString(balance + amount));
        assertThat(browser.waitFor(By.id("mine:table:0:status")).getText()).startsWith("claimed at height");
        assertThat(money.balance(member)).isEqualTo(balance + amount);
        assertFitsAPhone(browser, "rewards/index.xhtml");
    }
}
