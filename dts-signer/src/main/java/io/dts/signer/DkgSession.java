package io.dts.signer;

import io.dts.core.crypto.dkg.DkgKind;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A DKG session as {@code GET /api/v1/dkg/sessions/{epoch}} shows it (THRESHOLD.md "REST"), read
 * leniently: unknown fields are ignored, missing ones are empty, and an unknown phase is
 * {@link Phase#UNKNOWN} (nothing is due in it).
 *
 * @param previousThreshold t_old when resharing, else 0
 * @param dealers who deals, with their (old, when resharing) index
 * @param receivers who receives, with their index in the new committee
 * @param qualified QUAL once finalized
 * @param groupPublicKey Y (hex) once known, else {@code null}
 * @param publicShares Y_j (hex) by receiver index, once finalized
 */
public record DkgSession(long epoch, DkgKind kind, int threshold, int previousThreshold, Phase phase,
        long startHeight, long dealEndHeight, long complaintEndHeight, List<Seat> dealers, List<Seat> receivers,
        SortedSet<Integer> qualified, String groupPublicKey, SortedMap<Integer, String> publicShares,
        String failureReason) {

    /** The phases of THRESHOLD.md "Sessions"/"Finalize". */
    public enum Phase {
        DEAL, COMPLAIN, COMPLETE, FAILED, UNKNOWN
    }

    /**
     * A dealer's or receiver's place in the session.
     *
     * @param oldPublicShare resharing dealers only: Y_i of the last completed epoch (hex), else {@code null}
     */
    public record Seat(int index, String name, String publicKey, String oldPublicShare) {
    }

    public DkgSession {
        dealers = List.copyOf(dealers);
        receivers = List.copyOf(receivers);
        qualified = new TreeSet<>(qualified);
        publicShares = new TreeMap<>(publicShares);
    }

    /** Parses the session JSON. */
    public static DkgSession fromJson(JsonObject json) {
        DkgKind kind = "RESHARE".equals(JsonValues.upper(json, "kind")) ? DkgKind.RESHARE : DkgKind.FRESH;
        Phase phase;
        try {
            String name = JsonValues.upper(json, "phase");
            phase = name == null ? Phase.UNKNOWN : Phase.valueOf(name);
        } catch (IllegalArgumentException e) {
            phase = Phase.UNKNOWN;
        }
        SortedSet<Integer> qualified = new TreeSet<>();
        for (JsonValue v : JsonValues.array(json, "qualified")) {
            if (v instanceof JsonNumber n) {
                qualified.add(n.intValue());
            } else if (v instanceof JsonString s && s.getString().trim().matches("\\d+")) {
                qualified.add(Integer.parseInt(s.getString().trim()));
            } else if (v instanceof JsonObject o && o.containsKey("index")) {
                qualified.add((int) JsonValues.number(o, "index", 0));
            }
        }
        SortedMap<Integer, String> publicShares = new TreeMap<>();
        for (JsonObject share : JsonValues.objects(json, "publicShares")) {
            String key = JsonValues.string(share, "publicShare");
            int index = (int) JsonValues.number(share, "index", 0);
            if (key != null && index > 0) {
                publicShares.put(index, key);
            }
        }
        return new DkgSession(JsonValues.number(json, "epoch", -1), kind, (int) JsonValues.number(json, "threshold", 0),
                (int) JsonValues.number(json, "previousThreshold", 0), phase,
                JsonValues.number(json, "startHeight", 0), JsonValues.number(json, "dealEndHeight", 0),
                JsonValues.number(json, "complaintEndHeight", 0), seats(json, "dealers"), seats(json, "receivers"),
                qualified, JsonValues.string(json, "groupPublicKey"), publicShares,
                JsonValues.string(json, "failureReason"));
    }

    private static List<Seat> seats(JsonObject json, String field) {
        return JsonValues.objects(json, field).stream()
                .map(o -> new Seat((int) JsonValues.number(o, "index", 0),
                        JsonValues.string(o, o.containsKey("name") ? "name" : "signer"),
                        JsonValues.string(o, "publicKey"), JsonValues.string(o, "oldPublicShare")))
                .filter(s -> s.index() > 0)
                .toList();
    }

    /** {@code name}'s dealer seat, if it deals. */
    public Optional<Seat> dealer(String name) {
        return dealers.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /** {@code name}'s receiver seat, if it receives. */
    public Optional<Seat> receiver(String name) {
        return receivers.stream().filter(s -> name.equals(s.name())).findFirst();
    }
}
