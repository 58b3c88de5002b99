package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the REST layer into a JSON error: DTS rule violations with their
 * code, malformed requests as 400, and anything unexpected as a 500 whose details stay in the server
 * log under an incident id. Clients never see a stack trace.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrapEjb(thrown);
        if (e instanceof DtsException dts) {
            return ErrorResponses.of(dts.code(), dts.getMessage());
        }
        if (isMalformedJson(e)) {
            return ErrorResponses.of(ErrorCode.MALFORMED_REQUEST,
                    "the request body is not valid JSON of the expected shape");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return fromStatus(web.getResponse().getStatus());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, "internal error, incident " + incident);
    }

    private static Response fromStatus(int status) {
        return switch (status) {
            case 400 -> ErrorResponses.of(ErrorCode.MALFORMED_REQUEST, "malformed request");
            case 401 -> ErrorResponses.of(ErrorCode.NOT_AUTHENTICATED, "authentication required");
            case 403 -> ErrorResponses.of(ErrorCode.UNAUTHORIZED, "not allowed");
            case 404 -> ErrorResponses.of(ErrorCode.NOT_FOUND, "no such resource");
            case 405 -> ErrorResponses.of(ErrorCode.UNSUPPORTED_REQUEST, 405, "method not allowed here");
            case 406 -> ErrorResponses.of(ErrorCode.UNSUPPORTED_REQUEST, 406, "DTS answers in application/json");
            case 415 -> ErrorResponses.of(ErrorCode.UNSUPPORTED_REQUEST, 415, "send the body as application/json");
            default -> ErrorResponses.of(ErrorCode.MALFORMED_REQUEST, status, "request refused");
        };
    }

    private static Throwable unwrapEjb(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isMalformedJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
            if (!(t instanceof ProcessingException || t instanceof WebApplicationException)) {
                return false;
            }
        }
        return false;
    }
}
