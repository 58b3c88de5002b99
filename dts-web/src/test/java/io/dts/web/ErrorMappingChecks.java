package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, it gets a JSON error with a DTS code: never a 500, never a stack trace. */
@Tag(ApplicationIT.H2_ONLY)
abstract class ErrorMappingChecks extends DeployedDts {


    @Test
    void malformedJsonIs400With123() {
        Answer answer = api.post("api/v1/accounts", "{\"username\": \"x\", ");

        assertJsonError(answer, 400, 123, "ERR-MALFORMED-REQUEST");
    }

    @Test
    void wrongJsonTypesAre400With123() {
        String name = api.newAccount("types");
        assertJsonError(api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":\"lots\"}", Api.OWNER, Api.OWNER_PASSWORD),
                400, 123, "ERR-MALFORMED-REQUEST");
        assertJsonError(api.post("api/v1/accounts", "{\"username\":{\"nested\":1},\"password\":\"long enough\"}"),
                400, 123, "ERR-MALFORMED-REQUEST");
        assertJsonError(api.post("api/v1/accounts", "[1,2,3]"), 400, 123, "ERR-MALFORMED-REQUEST");
    }

    @Test
    void missingBodyIs400With123() {
        assertJsonError(api.sendRaw("POST", "api/v1/accounts", "application/json", null), 400, 123, "ERR-MALFORMED-REQUEST");
    }

    @Test
    void unknownApiPathsAre404With122() {
        assertJsonError(api.get("api/v1/no-such-thing"), 404, 122, "ERR-NOT-FOUND");
        assertJsonError(api.get("api/v2/network"), 404, 122, "ERR-NOT-FOUND");
        assertJsonError(api.get("api/"), 404, 122, "ERR-NOT-FOUND");
    }

    @Test
    void unsupportedMethodOrMediaTypeIsRefusedWith124() {
        assertJsonError(api.sendRaw("DELETE", "api/v1/network", null, null), 405, 124, "ERR-UNSUPPORTED-REQUEST");
        assertJsonError(api.sendRaw("POST", "api/v1/accounts", "text/plain", "username=x"), 415, 124, "ERR-UNSUPPORTED-REQUEST");
    }

    @Test
    void unknownPageGetsAPlainPageWithoutStackTrace() {
        Answer answer = api.get("no-such-page.xhtml");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertJsonError(Answer answer, int status, int code, String error) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().getString("error")).isEqualTo(error);
        assertThat(answer.json().getString("message")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
