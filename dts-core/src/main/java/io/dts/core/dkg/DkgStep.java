package io.dts.core.dkg;

import java.util.Objects;

/**
 * The result of a move: the new session, or why the move is refused (and the session unchanged).
 * Exactly one of the two is non-null.
 */
public record DkgStep(DkgSession session, DkgError error) {

    public DkgStep {
        if ((session == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of session and error");
        }
    }

    static DkgStep to(DkgSession session) {
        return new DkgStep(Objects.requireNonNull(session), null);
    }

    static DkgStep refused(DkgError error) {
        return new DkgStep(null, error);
    }

    public boolean accepted() {
        return session != null;
    }

    /** The new session; throws {@link IllegalStateException} naming the error if refused. */
    public DkgSession orElseThrow() {
        if (session == null) {
            throw new IllegalStateException("refused: " + error);
        }
        return session;
    }
}
