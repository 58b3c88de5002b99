package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Accounts over REST, inside Payara Micro: sign-up, who am I, the owner's faucet. */
abstract class AccountsChecks extends DeployedDts {


    @Test
    void signUpCreatesAnAccountWithZeroBalance() {
        String name = Api.uniqueName("alice");
        Answer created = api.post("api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"correct horse\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/accounts/me"));
        assertThat(created.json().getString("username")).isEqualTo(name);
        assertThat(created.json().getJsonNumber("balance").longValue()).isZero();
        assertThat(created.body()).doesNotContain("correct horse").doesNotContain("PBKDF2");

        Answer me = api.get("api/v1/accounts/me", name, "correct horse");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(name);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("USER");
        assertThat(me.json().getJsonNumber("lockedStake").longValue()).isZero();
    }

    @Test
    void signUpWithATakenUsernameIsRefusedWith107() {
        String name = api.newAccount("bob");
        Answer again = api.post("api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"another password\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(107);
        assertThat(again.json().getString("error")).isEqualTo("ERR-ALREADY-REGISTERED");
        // The first account keeps its own password.
        assertThat(api.get("api/v1/accounts/me", name, name + name).status()).isEqualTo(200);
        assertThat(api.get("api/v1/accounts/me", name, "another password").status()).isEqualTo(401);
    }

    @Test
    void simultaneousSignUpsForOneNameCreateExactlyOneAccount() throws Exception {
        String name = Api.uniqueName("race");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = "password-" + i;
                answers.add(pool.submit(() -> api.post("api/v1/accounts",
                        "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}")));
            }
            int created = 0;
            for (Future<Answer> answer : answers) {
                Answer a = answer.get();
                if (a.status() == 201) {
                    created++;
                } else {
                    assertThat(a.status()).isEqualTo(409);
                    assertThat(a.code()).isEqualTo(107);
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void signUpWithAnInvalidUsernameOrShortPasswordIsRefusedWith101() {
        Answer badName = api.post("api/v1/accounts", "{\"username\":\"A b!\",\"password\":\"long enough\"}");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.code()).isEqualTo(101);

        Answer shortPassword = api.post("api/v1/accounts", "{\"username\":\"" + Api.uniqueName("carol") + "\",\"password\":\"short\"}");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.code()).isEqualTo(101);

        Answer missing = api.post("api/v1/accounts", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo(101);
    }

    @Test
    void myAccountWithoutCredentialsIs401With121() {
        Answer me = api.get("api/v1/accounts/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo(121);
        assertThat(me.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void badCredentialsAre401JsonEvenOnPublicPaths() {
        String name = api.newAccount("dave");

        Answer wrongPassword = api.get("api/v1/accounts/me", name, "not the password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo(121);
        assertThat(wrongPassword.json().getString("error")).isEqualTo("ERR-NOT-AUTHENTICATED");

        Answer unknownUser = api.get("api/v1/network", "nobody-" + name, "whatever");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.code()).isEqualTo(121);
    }

    @Test
    void ownerMintsToAnAccountAndItsBalanceGrows() {
        String name = api.newAccount("erin");

        Answer minted = api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":2500000}", OWNER, OWNER_PASSWORD);
        assertThat(minted.status()).isEqualTo(200);
        assertThat(minted.json().getJsonNumber("balance").longValue()).isEqualTo(2_500_000L);

        api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":500000}", OWNER, OWNER_PASSWORD);
        Answer me = api.get("api/v1/accounts/me", name, name + name);
        assertThat(me.json().getJsonNumber("balance").longValue()).isEqualTo(3_000_000L);

        Answer owner = api.get("api/v1/accounts/me", OWNER, OWNER_PASSWORD);
        assertThat(owner.json().getJsonArray("roles").toString()).contains("OWNER");
    }

    @Test
    void nonOwnerMintIsForbiddenWith100AndChangesNothing() {
        String name = api.newAccount("frank");

        Answer minted = api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":1000}", name, name + name);

        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.code()).isEqualTo(100);
        assertThat(minted.json().getString("error")).isEqualTo("ERR-UNAUTHORIZED");
        assertThat(api.get("api/v1/accounts/me", name, name + name).json().getJsonNumber("balance").longValue()).isZero();
    }

    @Test
    void mintOfANonPositiveOrOverflowingAmountIsRefusedWith101() {
        String name = api.newAccount("grace");
        assertThat(api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":0}", OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":-5}", OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.post("api/v1/accounts/" + name + "/mint", "{}", OWNER, OWNER_PASSWORD).code()).isEqualTo(101);

        api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":" + Long.MAX_VALUE + "}", OWNER, OWNER_PASSWORD);
        Answer overflow = api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":1}", OWNER, OWNER_PASSWORD);
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.code()).isEqualTo(101);
        assertThat(api.get("api/v1/accounts/me", name, name + name).json().getJsonNumber("balance").longValue())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void mintToAnUnknownAccountIs404With122() {
        Answer minted = api.post("api/v1/accounts/" + Api.uniqueName("ghost") + "/mint", "{\"amount\":1}", OWNER, OWNER_PASSWORD);

        assertThat(minted.status()).isEqualTo(404);
        assertThat(minted.code()).isEqualTo(122);
    }
}
