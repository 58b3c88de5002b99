package io.dts.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API. Resources live under {@code /api/v1}; anything else under {@code /api} is a JSON 404. */
@ApplicationPath("/api")
public class DtsApplication extends Application {
}
