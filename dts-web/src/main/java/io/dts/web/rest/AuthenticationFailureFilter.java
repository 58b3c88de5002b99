package io.dts.web.rest;

import io.dts.core.error.ErrorCode;
import io.dts.web.security.DtsAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses every API request whose credentials were wrong, public paths included, so a client with a
 * typo in its password learns it at once (401, code 121) instead of being served as anonymous.
 */
@Provider
@PreMatching
public class AuthenticationFailureFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (Boolean.TRUE.equals(request.getAttribute(DtsAuthenticationMechanism.FAILED_ATTRIBUTE))) {
            context.abortWith(ErrorResponses.of(ErrorCode.NOT_AUTHENTICATED, "wrong username or password"));
        }
    }
}
