package org.helpline.console.casework;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What people do on a case page: classify, record a service, close, reopen, assign (supervisors) and read the
 * personal data. Each form sends the version of the case the person saw; when someone else changed the case
 * meanwhile, case-service refuses it (409) and the page comes back saying what changed, with her entry kept.
 */
@Path("/cases/{caseId}")
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class CaseActionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance personalData(Frame frame, CaseView kase, ReadingPurpose purpose,
                List<PersonalDataEntry> entries, boolean erased);
    }

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    CasePages pages;

    @Inject
    Frames frames;

    @Context
    UriInfo uri;

    @POST
    @Path("classification")
    @RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
    public Response classify(@PathParam("caseId") UUID caseId, @BeanParam ClassificationEntry entry) {
        int saw = version(entry.version());
        List<FieldError> errors = entry.errors();
        if (!errors.isEmpty()) {
            return pages.again(uri, Response.Status.BAD_REQUEST, caseId, entry, errors, null, saw);
        }
        return send(caseId, saw, entry, () -> cases.classify(caseId, ifMatch(saw), entry.toCommand()));
    }

    @POST
    @Path("services")
    public Response provideService(@PathParam("caseId") UUID caseId, @RestForm String version,
            @RestForm String service) {
        int saw = version(version);
        Service given = FormValues.valueOf(Service.class, service);
        if (given == null) {
            return pages.again(uri, Response.Status.BAD_REQUEST, caseId, null,
                    List.of(new FieldError("service", "error_required")), null, saw);
        }
        return send(caseId, saw, null,
                () -> cases.provideService(caseId, ifMatch(saw), new CaseCommands.ServiceGiven(given)));
    }

    @POST
    @Path("closure")
    public Response close(@PathParam("caseId") UUID caseId, @RestForm String version, @RestForm String outcome) {
        int saw = version(version);
        CaseOutcome chosen = FormValues.valueOf(CaseOutcome.class, outcome);
        if (chosen == null) {
            return pages.again(uri, Response.Status.BAD_REQUEST, caseId, null,
                    List.of(new FieldError("outcome", "error_required")), null, saw);
        }
        return send(caseId, saw, null, () -> cases.close(caseId, ifMatch(saw), new CaseCommands.Closure(chosen)));
    }

    @POST
    @Path("reopening")
    public Response reopen(@PathParam("caseId") UUID caseId, @RestForm String version) {
        int saw = version(version);
        return send(caseId, saw, null, () -> cases.reopen(caseId, ifMatch(saw)));
    }

    @POST
    @Path("assignment")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response assign(@PathParam("caseId") UUID caseId, @RestForm String version, @RestForm String assignee) {
        int saw = version(version);
        if (assignee == null || !assignee.trim().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            return pages.again(uri, Response.Status.BAD_REQUEST, caseId, null,
                    List.of(new FieldError("assignee", "error_username")), null, saw);
        }
        return send(caseId, saw, null,
                () -> cases.assign(caseId, ifMatch(saw), new CaseCommands.Assignment(assignee.trim())),
                List.of(new FieldError("assignee", "error_not_assignable")));
    }

    /** A POST, so that no link from elsewhere can make a reading happen; case-service logs it with its purpose. */
    @POST
    @Path("personal-data")
    public Response readPersonalData(@PathParam("caseId") UUID caseId, @RestForm String purpose) {
        ReadingPurpose why = FormValues.valueOf(ReadingPurpose.class, purpose);
        if (why == null) {
            return pages.again(uri, Response.Status.BAD_REQUEST, caseId, null,
                    List.of(new FieldError("purpose", "error_required")), null, Integer.MAX_VALUE);
        }
        CaseView kase = cases.get(caseId);
        Frame frame = frames.of(uri);
        List<PersonalDataEntry> entries = List.of();
        boolean erased = false;
        try {
            entries = cases.personalData(caseId, why);
        } catch (ClientWebApplicationException refused) {
            // the attempt is in the access log all the same; 404: none was given, 410: erased
            int status = refused.getResponse().getStatus();
            if (status != 404 && status != 410) {
                throw refused;
            }
            erased = status == 410;
        }
        return Response.ok(Templates.personalData(frame, kase, why, entries, erased)
                .setLocale(frame.language().locale())).build();
    }

    /** Sends a command; done, back to the case page (a reload sends nothing again); refused, the page says why. */
    private Response send(UUID caseId, int saw, ClassificationEntry kept, Supplier<CaseView> command) {
        return send(caseId, saw, kept, command, List.of());
    }

    /** @param unprocessable what the form says when case-service finds a value unworkable (422) */
    private Response send(UUID caseId, int saw, ClassificationEntry kept, Supplier<CaseView> command,
            List<FieldError> unprocessable) {
        try {
            command.get();
            return Response.seeOther(UriBuilder.fromPath("/cases/{caseId}").fragment("timeline").build(caseId))
                    .build();
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 409) {
                return pages.again(uri, Response.Status.CONFLICT, caseId, kept, List.of(), "notice_changed_meanwhile",
                        saw);
            }
            if (status == 422 && !unprocessable.isEmpty()) {
                return pages.again(uri, Response.Status.BAD_REQUEST, caseId, kept, unprocessable, null, saw);
            }
            if (status == 400 || status == 422) {
                return pages.again(uri, Response.Status.BAD_REQUEST, caseId, kept, List.of(), "notice_case_refused",
                        saw);
            }
            throw refused;
        }
    }

    private static String ifMatch(int version) {
        return "\"" + version + "\"";
    }

    /** The version a form was rendered at; a form without one is treated as stale (case-service refuses it). */
    private static int version(String sent) {
        try {
            return Integer.parseInt(sent == null ? "" : sent.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
