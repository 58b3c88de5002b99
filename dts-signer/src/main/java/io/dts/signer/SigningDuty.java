package io.dts.signer;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which pending signing requests this member signs now and with which key (DESIGN.md §5,
 * THRESHOLD.md "Threshold signing"). Pure: the committees, the epochs' modes and the shares held
 * come in as functions, so the decision is a table test.
 */
public final class SigningDuty {

    private SigningDuty() {
    }

    /** The key a request is signed with. */
    public enum Mode {
        /** The member's own registered key: the partials are aggregated. */
        AGGREGATE,
        /** The member's share x_j of the epoch's group key: the partials are interpolated. */
        THRESHOLD
    }

    /**
     * A PENDING request as {@code GET /signing-requests} shows it.
     *
     * @param signedBy the signers who already sent a partial
     * @param mode the request's own mode when the server states it, else {@code null}
     */
    public record PendingRequest(long id, String messageHash, long epoch, Set<String> signedBy, Mode mode) {

        public PendingRequest {
            signedBy = Set.copyOf(signedBy);
        }

        /**
         * Reads a request leniently. The server states the key: a request signed in threshold mode
         * carries its {@code groupPublicKey} from the moment it opens, an aggregate one carries null.
         */
        public static PendingRequest fromJson(JsonObject json) {
            Set<String> signers = JsonValues.objects(json, "partials").stream()
                    .map(p -> JsonValues.string(p, "signer")).filter(s -> s != null).collect(Collectors.toSet());
            Mode stated = null;
            if (json.containsKey("groupPublicKey")) {
                stated = JsonValues.string(json, "groupPublicKey") != null ? Mode.THRESHOLD : Mode.AGGREGATE;
            }
            return new PendingRequest(JsonValues.number(json, "id", 0), JsonValues.string(json, "messageHash"),
                    JsonValues.number(json, "epoch", -1), signers, stated);
        }
    }

    /** A request to sign and the key to sign it with. */
    public record Signing(PendingRequest request, Mode mode) {
    }

    /**
     * @param sign what to sign now
     * @param missingShare threshold-mode requests of this member's committee it holds no share for
     */
    public record Plan(List<Signing> sign, List<PendingRequest> missingShare) {

        public Plan {
            sign = List.copyOf(sign);
            missingShare = List.copyOf(missingShare);
        }
    }

    /** An epoch's mode: THRESHOLD once its session completed, AGGREGATE without one. */
    public static Mode modeOf(DkgSession sessionOrNull) {
        return sessionOrNull != null && sessionOrNull.phase() == DkgSession.Phase.COMPLETE ? Mode.THRESHOLD : Mode.AGGREGATE;
    }

    /**
     * The plan for {@code pending}: each request of an epoch whose committee includes {@code me}
     * and that {@code me} has not signed, with the request's stated mode or else its epoch's.
     */
    public static Plan plan(List<PendingRequest> pending, String me, Function<Long, Set<String>> committeeOf,
            Function<Long, Mode> modeOfEpoch, Predicate<Long> holdsShare) {
        List<Signing> sign = new ArrayList<>();
        List<PendingRequest> missing = new ArrayList<>();
        for (PendingRequest request : pending) {
            if (request.messageHash() == null || request.signedBy().contains(me)
                    || !committeeOf.apply(request.epoch()).contains(me)) {
                continue;
            }
            Mode mode = request.mode() != null ? request.mode() : modeOfEpoch.apply(request.epoch());
            if (mode == Mode.THRESHOLD && !holdsShare.test(request.epoch())) {
                missing.add(request);
            } else {
                sign.add(new Signing(request, mode));
            }
        }
        return new Plan(sign, missing);
    }
}
