package io.dts.signer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Session JSON as THRESHOLD.md "REST" writes it, for epoch 7 with t = 2: dealers alice (1), bob (2)
 * and carol (3); receivers alice (1), carol (2) and dave (3). Keys are placeholders: the duty
 * decisions compare them, nothing decodes them.
 */
final class DkgSessions {

    static final String ALICE_OLD_SHARE = "a1".repeat(48);

    private DkgSessions() {
    }

    static JsonObjectBuilder json(String phase, String kind) {
        boolean reshare = kind.equals("RESHARE");
        JsonArrayBuilder dealers = Json.createArrayBuilder();
        String[] dealerNames = {"alice", "bob", "carol"};
        for (int i = 0; i < dealerNames.length; i++) {
            JsonObjectBuilder seat = Json.createObjectBuilder().add("index", i + 1).add("name", dealerNames[i])
                    .add("publicKey", ("0" + (i + 1)).repeat(48));
            if (reshare) {
                seat.add("oldPublicShare", i == 0 ? ALICE_OLD_SHARE : ("b" + i).repeat(48));
            } else {
                seat.addNull("oldPublicShare");
            }
            dealers.add(seat);
        }
        JsonArrayBuilder receivers = Json.createArrayBuilder();
        String[] receiverNames = {"alice", "carol", "dave"};
        for (int j = 0; j < receiverNames.length; j++) {
            receivers.add(Json.createObjectBuilder().add("index", j + 1).add("name", receiverNames[j])
                    .add("publicKey", ("1" + (j + 1)).repeat(48)));
        }
        return Json.createObjectBuilder().add("epoch", 7).add("kind", kind).add("threshold", 2)
                .add("previousThreshold", reshare ? 2 : 0).add("phase", phase).add("startHeight", 100)
                .add("dealEndHeight", 110).add("complaintEndHeight", 120).add("dealers", dealers)
                .add("receivers", receivers).add("qualified", Json.createArrayBuilder())
                .add("publicShares", Json.createArrayBuilder()).addNull("groupPublicKey")
                .add("failureReason", phase.equals("FAILED") ? "TOO_FEW_QUALIFIED" : "");
    }

    static DkgSession session(DkgSession.Phase phase) {
        return DkgSession.fromJson(json(phase.name(), "FRESH").build());
    }
}
