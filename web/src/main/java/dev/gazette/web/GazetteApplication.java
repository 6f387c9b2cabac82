package dev.gazette.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every page and the API are Jakarta REST resources; uploads go to a servlet (see dev.gazette.web.imports). */
@ApplicationPath("/")
public class GazetteApplication extends Application {
}
