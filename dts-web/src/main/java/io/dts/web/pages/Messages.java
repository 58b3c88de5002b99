package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import jakarta.faces.application.FacesMessage;

/**
 * DTS errors in plain words for the portal: what went wrong first (the summary), then the server's own
 * message with the error's name and number for reference (the detail), e.g. "The network is paused" —
 * "the network is paused by its owner (ERR-EMERGENCY-PAUSED, 118)".
 */
final class Messages {

    private Messages() {
    }

    static FacesMessage of(DtsException e) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary(e.code()), detail(e));
    }

    /** A success: what happened, and what it means. */
    static FacesMessage done(String summary, String detail) {
        return new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail);
    }

    static String detail(DtsException e) {
        return e.getMessage() + " (" + e.code().errorName() + ", " + e.code().code() + ")";
    }

    /**
     * Every code has words of its own: the switch has no default, so a new code does not compile
     * until it is given some.
     */
    static String summary(ErrorCode code) {
        return switch (code) {
            case UNAUTHORIZED -> "You are not allowed to do this";
            case INVALID_PARAMS -> "Please check your input: a value is out of range or names nothing";
            case INSUFFICIENT_STAKE -> "Not enough stake: below the minimum, or more than your balance";
            case INVALID_SIGNATURE -> "The signature or proof does not verify";
            case INVALID_THRESHOLD -> "Too few valid partial signatures to reach the threshold";
            case WATCHTOWER_EXISTS -> "You are already a watchtower";
            case NOT_ACTIVE_SIGNER -> "Only a signer in the current committee can do this";
            case ALREADY_REGISTERED -> "Already registered, or the name or key is already in use";
            case INVALID_METRICS -> "Report values out of range: uptime and signing speed 0–100, valid signatures 0 or 1";
            case INVALID_SIGNATURE_LENGTH -> "Wrong length: a message hash is 32 bytes, a signature 96 bytes";
            case INVALID_KEY_LENGTH -> "Wrong key length: a public key is 48 bytes";
            case ALREADY_INITIALIZED -> "The network is already initialized";
            case GOVERNANCE_VOTING_CLOSED -> "The voting period has not ended yet";
            case ALREADY_VOTED -> "You have already voted on this proposal";
            case PROPOSAL_NOT_FOUND -> "There is no such proposal";
            case INVALID_VOTE -> "That vote is not valid";
            case PROPOSAL_NOT_ACTIVE -> "The proposal is closed";
            case INVALID_CROSS_CHAIN_PROOF -> "The cross-chain proof does not verify";
            case EMERGENCY_PAUSED -> "The network is paused: the owner has stopped all changes for now";
            case INSUFFICIENT_REPUTATION -> "Your reputation is too low to propose";
            case NOT_AUTHENTICATED -> "Please sign in first";
            case NOT_FOUND -> "Not found: nothing by that name or number";
            case MALFORMED_REQUEST -> "The request could not be read";
            case UNSUPPORTED_REQUEST -> "The server does not support this kind of request";
            case INTERNAL_ERROR -> "Something went wrong on the server; nothing was changed";
            case REWARD_ALREADY_CLAIMED -> "You have already claimed this reward";
            case REWARD_POOL_INSUFFICIENT -> "The reward pool cannot pay this reward yet; your claim stays open, try again later";
            case DKG_WRONG_PHASE -> "The key generation session does not take this now: its window has not opened or has closed";
            case DKG_NOT_A_PARTICIPANT -> "You do not take part in this key generation session in that role";
            case DKG_INVALID_DEAL -> "The deal failed a public check and was refused";
            case DKG_ALREADY_SUBMITTED -> "You already sent this to the key generation session";
            case DKG_INVALID_COMPLAINT -> "The complaint's proof does not hold";
            case DKG_NO_GROUP_KEY -> "Threshold mode has no group key yet: the first key generation has not completed";
        };
    }
}
