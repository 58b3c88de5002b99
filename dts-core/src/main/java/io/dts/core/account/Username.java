package io.dts.core.account;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import java.util.regex.Pattern;

/**
 * An account name: 3–32 characters of lower-case letters, digits, '.', '_' and '-', starting with a
 * letter or digit. Lower case only, so that "Alice" and "alice" can never be two accounts.
 */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "username is required");
        }
        if (!VALID.matcher(value).matches()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "username must be 3-32 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
