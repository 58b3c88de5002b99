package io.dts.core.signing;

/** The life of a signing request (DESIGN.md §6). */
public enum RequestStatus {
    /** Open: collecting partial signatures. */
    PENDING,
    /** t valid partials were aggregated; the aggregate verified and is stored. */
    COMPLETE,
    /** Its expiry height passed before it reached the threshold. */
    EXPIRED
}
