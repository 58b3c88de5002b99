package io.dts.core.error;

/**
 * The DTS error codes. 100–119 keep the seed contract's numbers and names; 121 and up are DTS's
 * own (the seed never needed them: a blockchain has no HTTP requests to reject).
 */
public enum ErrorCode {
    UNAUTHORIZED(100),
    INVALID_PARAMS(101),
    INSUFFICIENT_STAKE(102),
    INVALID_SIGNATURE(103),
    INVALID_THRESHOLD(104),
    WATCHTOWER_EXISTS(105),
    NOT_ACTIVE_SIGNER(106),
    ALREADY_REGISTERED(107),
    INVALID_METRICS(108),
    INVALID_SIGNATURE_LENGTH(109),
    INVALID_KEY_LENGTH(110),
    ALREADY_INITIALIZED(111),
    GOVERNANCE_VOTING_CLOSED(112),
    ALREADY_VOTED(113),
    PROPOSAL_NOT_FOUND(114),
    INVALID_VOTE(115),
    PROPOSAL_NOT_ACTIVE(116),
    INVALID_CROSS_CHAIN_PROOF(117),
    EMERGENCY_PAUSED(118),
    INSUFFICIENT_REPUTATION(119),

    /** The request carries no credentials, or credentials that do not match an account. */
    NOT_AUTHENTICATED(121),
    /** The path or the resource it names does not exist. */
    NOT_FOUND(122),
    /** The body is not JSON, or a field has the wrong JSON type. */
    MALFORMED_REQUEST(123),
    /** The method or media type is not one the resource supports. */
    UNSUPPORTED_REQUEST(124),
    /** The server failed; the request was not at fault. Details are in the server log only. */
    INTERNAL_ERROR(125),
    /** A reward claimed a second time. */
    REWARD_ALREADY_CLAIMED(126),
    /** A reward the pool cannot pay yet: it holds no more than the amount. The claim stays open. */
    REWARD_POOL_INSUFFICIENT(127),
    /** A DKG deal or complaint outside its window, or for a session past that phase. */
    DKG_WRONG_PHASE(128),
    /** A deal from someone who is not that dealer of the session, or a complaint from someone who is not that receiver. */
    DKG_NOT_A_PARTICIPANT(129),
    /** A deal bundle that fails a public check (THRESHOLD.md "Deal"); the reason names the check. */
    DKG_INVALID_DEAL(130),
    /** A second deal by one dealer, or a second complaint by one receiver about one dealer. */
    DKG_ALREADY_SUBMITTED(131),
    /** A complaint whose shared key or proof is malformed or does not prove what it claims. */
    DKG_INVALID_COMPLAINT(132),
    /** Threshold mode without a group key yet: no DKG session has completed. */
    DKG_NO_GROUP_KEY(133);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The seed's constant name, e.g. {@code ERR-INSUFFICIENT-STAKE}. */
    public String errorName() {
        return "ERR-" + name().replace('_', '-');
    }
}
