package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/** Numbers from paths and query strings, parsed here so that junk is a 400 with 101, not JAX-RS's 404. */
final class QueryValues {

    private QueryValues() {
    }

    static long number(String value, long fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, name + " must be a whole number");
        }
    }
}
