package io.dts.web.pages;

import io.dts.core.error.DtsException;
import jakarta.faces.application.FacesMessage;

/** DTS errors in plain words for the portal: what went wrong first, the code for reference. */
final class Messages {

    private Messages() {
    }

    static FacesMessage of(DtsException e) {
        String summary = switch (e.code()) {
            case UNAUTHORIZED -> "Not allowed";
            case INVALID_PARAMS, MALFORMED_REQUEST -> "Please check your input";
            case INSUFFICIENT_STAKE -> "Not enough stake";
            case INVALID_SIGNATURE -> "The signature does not verify";
            case ALREADY_REGISTERED -> "Already registered";
            case EMERGENCY_PAUSED -> "The network is paused";
            case NOT_FOUND -> "Not found";
            default -> "Refused";
        };
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary,
                e.getMessage() + " (" + e.code().errorName() + ", " + e.code().code() + ")");
    }
}
