package org.helpline.console.casework;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The case page (what the case is, who has it, what happened) and finding a case by the number a complainant
 * gives. Only for the roles case-service lets read cases: digital-security officers work from the escalation
 * queue, analysts from the report.
 */
@Path("/cases")
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
public class CasePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(Frame frame, String number);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    CasePages pages;

    @Context
    UriInfo uri;

    /** {@code /cases?number=CH-2023-000042}: to the case page, or a page that says no case has this number. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response find(@QueryParam("number") String number) {
        String wanted = number == null ? "" : number.trim();
        if (!wanted.isEmpty()) {
            var found = cases.byNumber(wanted).items().stream().findFirst();
            if (found.isPresent()) {
                return Response.seeOther(UriBuilder.fromPath("/cases/{caseId}").build(found.get().caseId())).build();
            }
        }
        Frame frame = frames.of(uri);
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.notFound(frame, wanted).setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("{caseId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance casePage(@PathParam("caseId") UUID caseId) {
        return pages.now(uri, caseId);
    }
}
