package org.helpline.console.session;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where signing out ends ({@code /sign-out} ends the console's session and Keycloak's, then comes here): a
 * page open to anybody, with nothing of the session left on it.
 */
@Path("/signed-out")
@PermitAll
public class SignedOutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(Frame frame);
    }

    @Inject
    Frames frames;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        Frame frame = frames.of(uri);
        return Templates.signedOut(frame).setLocale(frame.language().locale());
    }
}
