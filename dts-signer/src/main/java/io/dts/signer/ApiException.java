package io.dts.signer;

/**
 * The server refused a call: its HTTP status and, when the body is the DTS error body
 * ({@code {code, error, message}}, DESIGN.md §6), those fields.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Integer code;
    private final String error;

    public ApiException(int status, Integer code, String error, String message) {
        super(status + (error == null ? "" : " " + error + (code == null ? "" : " (" + code + ")"))
                + (message == null || message.isBlank() ? "" : ": " + message));
        this.status = status;
        this.code = code;
        this.error = error;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The DTS error code (e.g. 103), or {@code null}. */
    public Integer code() {
        return code;
    }

    /** The DTS error name (e.g. {@code ERR-INVALID-SIGNATURE}), or {@code null}. */
    public String error() {
        return error;
    }
}
