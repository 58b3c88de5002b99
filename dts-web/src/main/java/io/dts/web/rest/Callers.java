package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is calling: the account authenticated for this request (HTTP Basic on the REST API). */
@RequestScoped
public class Callers {

    @Inject
    SecurityContext security;

    /** @throws DtsException 121 when the request carries no credentials */
    public String require() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new DtsException(ErrorCode.NOT_AUTHENTICATED, "this call needs an account: send HTTP Basic credentials");
        }
        return caller.getName();
    }
}
