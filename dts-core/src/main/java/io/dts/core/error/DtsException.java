package io.dts.core.error;

import jakarta.ejb.ApplicationException;

/**
 * A request refused by a network rule. Carries the DTS error code; the message is for the client and
 * must never contain secrets. Rolls back the transaction it is thrown in, so nothing changes.
 */
@ApplicationException(rollback = true)
public class DtsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public DtsException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
