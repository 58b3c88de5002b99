package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.dkg.DkgKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The session JSON of THRESHOLD.md "REST", read leniently. */
class DkgSessionTest {

    @Test
    void readsEveryFieldOfTheSpecsSession() {
        JsonObject json = Json.createObjectBuilder(DkgSessions.json("COMPLETE", "RESHARE").build())
                .add("qualified", Json.createArrayBuilder().add(1).add(3))
                .add("groupPublicKey", "99".repeat(48))
                .add("publicShares", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("index", 1).add("publicShare", "44".repeat(48))))
                .build();
        DkgSession session = DkgSession.fromJson(json);
        assertThat(session.epoch()).isEqualTo(7);
        assertThat(session.kind()).isEqualTo(DkgKind.RESHARE);
        assertThat(session.phase()).isEqualTo(DkgSession.Phase.COMPLETE);
        assertThat(session.threshold()).isEqualTo(2);
        assertThat(session.previousThreshold()).isEqualTo(2);
        assertThat(session.dealEndHeight()).isEqualTo(110);
        assertThat(session.dealer("alice").orElseThrow().oldPublicShare()).isEqualTo(DkgSessions.ALICE_OLD_SHARE);
        assertThat(session.receiver("dave").orElseThrow().index()).isEqualTo(3);
        assertThat(session.dealer("dave")).isEmpty();
        assertThat(session.qualified()).containsExactly(1, 3);
        assertThat(session.publicShares()).containsEntry(1, "44".repeat(48));
        assertThat(session.groupPublicKey()).isEqualTo("99".repeat(48));
    }

    @Test
    void toleratesNumbersAsStringsLowerCaseNamesUnknownFieldsAndMissingOnes() {
        JsonObject json = Json.createReader(new StringReader("""
                {"epoch": "12", "kind": "fresh", "threshold": "3", "phase": "deal", "extra": {"x": 1},
                 "dealers": [{"index": 1, "signer": "alice", "publicKey": "01"}, {"name": "no index"}]}
                """)).readObject();
        DkgSession session = DkgSession.fromJson(json);
        assertThat(session.epoch()).isEqualTo(12);
        assertThat(session.kind()).isEqualTo(DkgKind.FRESH);
        assertThat(session.phase()).isEqualTo(DkgSession.Phase.DEAL);
        assertThat(session.threshold()).isEqualTo(3);
        assertThat(session.dealers()).singleElement().extracting(DkgSession.Seat::name).isEqualTo("alice");
        assertThat(session.receivers()).isEmpty();
        assertThat(session.qualified()).isEmpty();
        assertThat(session.groupPublicKey()).isNull();
    }

    @Test
    void anUnknownPhaseIsUnknownNotAnError() {
        assertThat(DkgSession.fromJson(Json.createObjectBuilder().add("phase", "RESTING").build()).phase())
                .isEqualTo(DkgSession.Phase.UNKNOWN);
    }
}
