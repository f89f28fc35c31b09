package org.helpline.platform.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.properties.IfBuildProperty;

/** Fails as a bug would, with a caller's value in the message, to see what the caller gets back. */
@Path(FailingResource.PATH)
@PermitAll
@IfBuildProperty(name = "helpline.platform-test-app", stringValue = "true")
public class FailingResource {

    public static final String PATH = "/test/failure";
    /** Looks like what must never leave the service: a caller's phone number. */
    public static final String SECRET = "caller +92-300-5550142";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("could not route " + SECRET);
    }

    /** The same under a path the caller chooses (what a log line or a problem's instance could echo). */
    @GET
    @Path("{anything}")
    @Produces(MediaType.APPLICATION_JSON)
    public String failUnder(@PathParam("anything") String anything) {
        throw new IllegalStateException("could not route " + SECRET);
    }
}
