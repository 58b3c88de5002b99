package io.dts.core.account;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/** A new account's password as chosen: 8 to 256 characters. Never logged, never stored as given. */
public final class Password {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 256;

    private final char[] chars;

    private Password(char[] chars) {
        this.chars = chars;
    }

    public static Password of(String value) {
        if (value == null || value.isEmpty()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "password is required");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        return new Password(value.toCharArray());
    }

    char[] chars() {
        return chars.clone();
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
