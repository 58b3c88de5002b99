package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/** A missing JSON body is a malformed request, answered like unparseable JSON. */
final class RequestBodies {

    private RequestBodies() {
    }

    static <T> T require(T body, String shape) {
        if (body == null) {
            throw new DtsException(ErrorCode.MALFORMED_REQUEST, "send a JSON body: " + shape);
        }
        return body;
    }
}
