package io.dts.web.rest;

import io.dts.core.error.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one place where a DTS error code becomes an HTTP status and a JSON body (DESIGN.md §6). */
public final class ErrorResponses {

    public static final String BASIC_CHALLENGE = "Basic realm=\"DTS\", charset=\"UTF-8\"";

    private ErrorResponses() {
    }

    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case INVALID_PARAMS, INVALID_METRICS, INVALID_SIGNATURE_LENGTH, INVALID_KEY_LENGTH, INVALID_VOTE,
                    MALFORMED_REQUEST -> 400;
            case NOT_AUTHENTICATED -> 401;
            case UNAUTHORIZED, NOT_ACTIVE_SIGNER, INSUFFICIENT_REPUTATION, DKG_NOT_A_PARTICIPANT -> 403;
            case NOT_FOUND, PROPOSAL_NOT_FOUND -> 404;
            case UNSUPPORTED_REQUEST -> 405;
            case INSUFFICIENT_STAKE, INVALID_THRESHOLD, WATCHTOWER_EXISTS, ALREADY_REGISTERED, ALREADY_INITIALIZED,
                    GOVERNANCE_VOTING_CLOSED, ALREADY_VOTED, PROPOSAL_NOT_ACTIVE, REWARD_ALREADY_CLAIMED,
                    REWARD_POOL_INSUFFICIENT, DKG_WRONG_PHASE, DKG_ALREADY_SUBMITTED, DKG_NO_GROUP_KEY -> 409;
            case INVALID_SIGNATURE, INVALID_CROSS_CHAIN_PROOF, DKG_INVALID_DEAL, DKG_INVALID_COMPLAINT -> 422;
            case EMERGENCY_PAUSED -> 503;
            case INTERNAL_ERROR -> 500;
        };
    }

    public static Response of(ErrorCode code, String message) {
        return of(code, statusOf(code), message);
    }

    /** For the few answers whose status is finer than the code's (405 vs 406 vs 415). */
    public static Response of(ErrorCode code, int status, String message) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.code(), code.errorName(), message));
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return response.build();
    }
}
