package io.dts.web;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test shares: the WAR exactly as the build made it, deployed on Payara Micro,
 * and a REST client for it. The tests talk to it over HTTP only, as any client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedDts {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return DtsDeployment.war();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;
    protected Contract contract;

    @BeforeEach
    protected void connect() throws Exception {
        api = new Api(base.toURI());
        contract = new Contract(api);
    }
}
