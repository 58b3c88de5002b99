package io.dts.web.load;

/** A failure that stops the load run before or outside the measurement (exit status 2). */
final class SetupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupFailure(String message) {
        super(message);
    }
}
