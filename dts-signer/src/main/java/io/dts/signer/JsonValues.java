package io.dts.signer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Lenient reading of the server's JSON: a missing or mistyped field is a default, not a failure, so
 * this client keeps working when the server adds fields or sends a number as a string.
 */
final class JsonValues {

    private static final HexFormat HEX = HexFormat.of();

    private JsonValues() {
    }

    static String string(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    static long number(JsonObject o, String name, long otherwise) {
        JsonValue v = o == null ? null : o.get(name);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof JsonString s) {
            try {
                return Long.parseLong(s.getString().trim());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
        return otherwise;
    }

    static String upper(JsonObject o, String name) {
        String s = string(o, name);
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    static List<JsonObject> objects(JsonObject o, String name) {
        return objects(o == null ? null : o.get(name));
    }

    static List<JsonObject> objects(JsonValue v) {
        if (v instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return List.of();
    }

    static JsonArray array(JsonObject o, String name) {
        return o != null && o.get(name) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    /** Hex bytes (optional {@code 0x}), or {@code null} when missing or not hex. */
    static byte[] hex(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value;
        try {
            return HEX.parseHex(digits);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
