package org.helpline.console.calltaking;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import org.helpline.console.casework.CaseService;
import org.helpline.console.casework.WorklistPage;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Recording a contact: the form (from a call's page, or for a contact by e-mail, social media, web or in person),
 * its POST, and the receipt that shows a new case's tracking code once. A form that is wrong, refused or not
 * delivered comes back with everything the person typed and says what to do; it is never an error page.
 */
@Path("/contacts")
@RolesAllowed({Roles.ASSOCIATE, Roles.SUPERVISOR})
public class ContactFormResource {

    private static final Logger LOG = Logger.getLogger(ContactFormResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ContactFormPage page);

        static native TemplateInstance receipt(Frame frame, String caseNumber, ReceiptSlips.Slip slip);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    IntakeService intake;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    ReceiptSlips slips;

    @Context
    UriInfo uri;

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance blankForm(@QueryParam("callId") String callId) {
        return form(ContactEntry.fresh(callId == null || callId.isBlank() ? null : callId), List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@BeanParam ContactEntry entry) {
        List<FieldError> errors = entry.errors();
        if (!errors.isEmpty()) {
            return rerender(Response.Status.BAD_REQUEST, entry, errors, null);
        }
        try {
            UUID followedUp = null;
            if (entry.followUp()) {
                Optional<UUID> found = caseNumbered(entry.trimmedCaseNumber());
                if (found.isEmpty()) {
                    return rerender(Response.Status.BAD_REQUEST, entry,
                            List.of(new FieldError("caseNumber", "error_case_number_unknown")), null);
                }
                followedUp = found.get();
            }
            ContactReceipt receipt = intake.record(entry.idempotencyKey(), entry.toContact(followedUp));
            return receiptFor(receipt);
        } catch (ClientWebApplicationException refused) {
            return refusal(entry, refused.getResponse().getStatus());
        } catch (ProcessingException unreachable) {
            LOG.errorf("intake-service could not be reached to record a contact: %s",
                    unreachable.getCause() == null ? unreachable.getClass().getSimpleName()
                            : unreachable.getCause().getClass().getSimpleName());
            return rerender(Response.Status.SERVICE_UNAVAILABLE, entry, List.of(), "notice_unreachable");
        }
    }

    /** The receipt: a new case's tracking code, once; on a reload, only that it was shown. */
    @GET
    @Path("{contactId}/receipt")
    @Produces(MediaType.TEXT_HTML)
    public Response receipt(@PathParam("contactId") UUID contactId, @QueryParam("case") String caseNumber,
            @CookieParam(ReceiptSlips.COOKIE) String slipCookie) {
        Frame frame = frames.of(uri);
        Optional<ReceiptSlips.Slip> slip = slips.read(slipCookie, contactId, frame.username(), Instant.now());
        Response.ResponseBuilder page = Response.ok(Templates.receipt(frame,
                slip.map(ReceiptSlips.Slip::caseNumber).orElse(caseNumber), slip.orElse(null))
                .setLocale(frame.language().locale())).type(MediaType.TEXT_HTML_TYPE);
        if (slipCookie != null) {
            page.cookie(slips.spent());
        }
        return page.build();
    }

    private Response receiptFor(ContactReceipt receipt) {
        URI receiptPage = UriBuilder.fromPath("/contacts/{contactId}/receipt").queryParam("case", receipt.caseNumber())
                .build(receipt.contactId());
        Response.ResponseBuilder redirect = Response.seeOther(receiptPage);
        if (receipt.trackingCode() != null) {
            redirect.cookie(slips.write(receipt, frames.of(uri).username(), Instant.now()));
        }
        return redirect.build();
    }

    /** intake (or case-service, finding the followed-up case) said no: the form again, saying why. */
    private Response refusal(ContactEntry entry, int status) {
        return switch (status) {
            case 401, 403 -> throw new ForbiddenException();
            case 404 -> rerender(Response.Status.CONFLICT, entry, List.of(), "notice_call_or_case_unknown");
            case 409 -> rerender(Response.Status.CONFLICT, entry, List.of(), "notice_call_already_filed");
            // the key recorded another contact (the form was changed after it was sent): this is a new one
            case 422 -> rerender(Response.Status.CONFLICT, entry.withNewKey(), List.of(), "notice_sent_before");
            case 400 -> rerender(Response.Status.BAD_REQUEST, entry, List.of(), "notice_refused");
            default -> {
                LOG.errorf("intake-service answered %d to a contact", status);
                yield rerender(Response.Status.SERVICE_UNAVAILABLE, entry, List.of(), "notice_unreachable");
            }
        };
    }

    private Optional<UUID> caseNumbered(String caseNumber) {
        WorklistPage found = cases.byNumber(caseNumber);
        return found.items().stream().findFirst().map(WorklistPage.Entry::caseId);
    }

    private Response rerender(Response.Status status, ContactEntry entry, List<FieldError> errors,
            String notice) {
        return Response.status(status).entity(form(entry, errors, notice)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance form(ContactEntry entry, List<FieldError> errors, String notice) {
        Frame frame = frames.of(uri);
        if (entry.callId() != null) {
            // the language switch of a form sent back must not lose the call it files
            frame = frame.at(UriBuilder.fromPath("/contacts/new").queryParam("callId", entry.callId()).build()
                    .toString());
        }
        return Templates.form(new ContactFormPage(frame, entry, errors, notice, ContactChoices.ALL))
                .setLocale(frame.language().locale());
    }
}
