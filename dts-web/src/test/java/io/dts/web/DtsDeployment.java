package io.dts.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as the build made it: the tests deploy what users run. */
public final class DtsDeployment {

    private DtsDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("dts.war", "target/dts.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
