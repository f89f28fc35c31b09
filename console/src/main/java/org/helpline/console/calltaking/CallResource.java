package org.helpline.console.calltaking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /calls/{callId}}: the page the phone system opens on the associate's screen while a call rings. It says
 * whether the number called before and about which cases (intake knows the number only as a keyed hash), and
 * leads to the contact form for this call.
 */
@Path("/calls/{callId}")
@RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
public class CallResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance call(Frame frame, CallView call);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    IntakeService intake;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance call(@PathParam("callId") String callId) {
        Frame frame = frames.of(uri);
        return Templates.call(frame, intake.call(callId)).setLocale(frame.language().locale());
    }
}
