package io.dts.web;

import java.net.URI;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every group of checks against the deployed application shares: a REST client for the one
 * deployment {@link ApplicationIT} makes, at the address the build reserved for it (system property
 * {@code dts.itBase}). The checks talk to it over HTTP only, as any client would.
 */
public abstract class DeployedDts {

    protected Api api;
    protected Contract contract;

    /** Where ApplicationIT's deployment answers. */
    static URI deployment() {
        String base = System.getProperty("dts.itBase");
        if (base == null) {
            throw new IllegalStateException("no dts.itBase: run the checks through ApplicationIT with Maven "
                    + "(e.g. -Dit.test=ApplicationIT, or -Dit.test='ApplicationIT$Signing' for one group)");
        }
        return URI.create(base);
    }

    @BeforeEach
    protected void connect() {
        api = new Api(deployment());
        contract = new Contract(api);
    }
}
