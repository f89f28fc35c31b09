package org.helpline.console.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.casework.CaseService;
import org.helpline.console.casework.CaseView;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * For supervisors: erasing a case's personal data (with its reason, after typing the case's number, since it
 * cannot be undone) and the case's personal-data access log. The erasure ledger: {@link ErasureLedgerResource}.
 */
@Path("/cases/{caseId}")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.TEXT_HTML)
public class PersonalDataPageResource {

    /** The erasure's confirmation: the case, the reasons to choose from, what was chosen and typed. */
    public record ErasurePage(Frame frame, CaseView kase, List<ErasureReason> reasons, String reason,
            List<FieldError> errors, String notice) implements FormPage {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance erasure(ErasurePage page);

        static native TemplateInstance accessLog(Frame frame, CaseView kase, LedgerPage<Access> log);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    @RestClient
    PersonalDataService personalData;

    @Context
    UriInfo uri;

    @GET
    @Path("erasure")
    public Response confirmErasure(@PathParam("caseId") UUID caseId) {
        return erasurePage(Response.Status.OK, cases.get(caseId), null, List.of(), null);
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("caseId") UUID caseId, @RestForm String reason, @RestForm String confirmation) {
        ErasureReason why = FormValues.valueOf(ErasureReason.class, reason);
        CaseView kase = cases.get(caseId);
        List<FieldError> errors = new ArrayList<>();
        if (why == null) {
            errors.add(new FieldError("reason", "error_required"));
        }
        if (confirmation == null || !normalised(confirmation).equals(normalised(kase.caseNumber()))) {
            errors.add(new FieldError("confirmation", "error_confirmation"));
        }
        if (!errors.isEmpty()) {
            return erasurePage(Response.Status.BAD_REQUEST, kase, why, errors, null);
        }
        try {
            personalData.erase(caseId, new PersonalDataService.Erasure(why));
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404 || status == 410) {
                return erasurePage(Response.Status.CONFLICT, kase, why, List.of(),
                        status == 404 ? "notice_no_personal_data" : "notice_already_erased");
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath(ErasureLedgerResource.PATH).build()).build();
    }

    @GET
    @Path("access-log")
    public TemplateInstance accessLog(@PathParam("caseId") UUID caseId, @QueryParam("page") int page) {
        int shown = Math.max(0, page);
        CaseView kase = cases.get(caseId);
        Frame frame = frames.of(uri);
        return Templates.accessLog(frame, kase,
                LedgerPage.of(personalData.accessLog(caseId, shown, LedgerPage.SIZE + 1), shown))
                .setLocale(frame.language().locale());
    }

    private Response erasurePage(Response.Status status, CaseView kase, ErasureReason reason, List<FieldError> errors,
            String notice) {
        Frame frame = frames.of(uri).at("/cases/" + kase.caseId() + "/erasure");
        return Response.status(status).entity(Templates.erasure(new ErasurePage(frame, kase,
                List.of(ErasureReason.REQUESTED_BY_COMPLAINANT, ErasureReason.SUPERVISOR_DECISION),
                reason == null ? null : reason.name(), errors,
                notice)).setLocale(frame.language().locale())).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static String normalised(String caseNumber) {
        return caseNumber.trim().toUpperCase(Locale.ROOT);
    }
}
