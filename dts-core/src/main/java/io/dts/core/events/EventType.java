package io.dts.core.events;

/** What can happen in the network. Every state change appends one or more of these. */
public enum EventType {
    ACCOUNT_CREATED,
    TOKENS_MINTED,
    NETWORK_INITIALIZED,
    NETWORK_PAUSED,
    NETWORK_UNPAUSED,
    OWNERSHIP_TRANSFERRED,
    SIGNER_REGISTERED,
    SIGNER_JOINED_COMMITTEE,
    SIGNER_LEFT_COMMITTEE,
    SIGNER_REMOVED,
    SIGNER_SLASHED,
    WATCHTOWER_REGISTERED,
    WATCHTOWER_REPORT,
    EPOCH_STARTED
}
