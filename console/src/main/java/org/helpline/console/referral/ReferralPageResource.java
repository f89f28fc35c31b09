package org.helpline.console.referral;

import java.util.List;
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

import org.helpline.console.casework.CasePages;
import org.helpline.console.casework.CaseService;
import org.helpline.console.casework.CaseView;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Referring a case from its page, and recording what became of a referral. Travel is a real burden for the
 * complainants: before an FIA referral is confirmed, the page shows the nearest cybercrime wing and how far it is
 * from her city. The city is the one the case was opened with, read again here, never taken from the form.
 */
@Path("/cases/{caseId}")
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
public class ReferralPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(ReferralConfirmation page);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    CaseService cases;

    @Inject
    @RestClient
    ReferralService referrals;

    @Inject
    CasePages casePages;

    @Context
    UriInfo uri;

    /** {@code ?target=FIA}: what the referral would be, to confirm. */
    @GET
    @Path("referral")
    public Response confirm(@PathParam("caseId") UUID caseId, @QueryParam("target") String target) {
        ReferralTarget chosen = FormValues.valueOf(ReferralTarget.class, target);
        if (chosen == null) {
            return casePages.again(uri, Response.Status.BAD_REQUEST, caseId, null,
                    List.of(new FieldError("target", "error_required")), null, Integer.MAX_VALUE);
        }
        return page(Response.Status.OK, caseId, chosen, casePages.complainantCity(caseId), UUID.randomUUID(), null,
                List.of(), null);
    }

    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@PathParam("caseId") UUID caseId, @RestForm String referralId, @RestForm String target,
            @RestForm String wing) {
        ReferralTarget chosen = FormValues.valueOf(ReferralTarget.class, target);
        UUID id = FormValues.uuid(referralId);
        // her city as the case was opened with it, read once for the whole answer (never taken from the form)
        String city = casePages.complainantCity(caseId);
        if (chosen == null || id == null) {
            return page(Response.Status.BAD_REQUEST, caseId, chosen == null ? ReferralTarget.FIA : chosen, city,
                    UUID.randomUUID(), null, List.of(), "notice_referral_refused");
        }
        String wingChosen = wing == null || wing.isBlank() ? null : wing.trim();
        boolean wingAsked = chosen == ReferralTarget.FIA && nearest(city) == null;
        if (wingAsked && wingChosen == null) {
            return page(Response.Status.BAD_REQUEST, caseId, chosen, city, id, null,
                    List.of(new FieldError("wing", "error_required")), null);
        }
        try {
            referrals.refer(new ReferralService.NewReferral(id, caseId, chosen, city, wingAsked ? wingChosen : null));
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404 || status == 409) {
                // 404: referral-service has not yet heard of the case (it learns of cases from intake's events)
                return page(Response.Status.CONFLICT, caseId, chosen, city, UUID.randomUUID(), wingChosen, List.of(),
                        status == 404 ? "notice_referral_case_not_known_yet" : "notice_referral_refused");
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/cases/{caseId}").fragment("referrals").build(caseId)).build();
    }

    @POST
    @Path("referrals/{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordOutcome(@PathParam("caseId") UUID caseId, @PathParam("referralId") UUID referralId,
            @RestForm String outcome) {
        ReferralOutcome step = FormValues.valueOf(ReferralOutcome.class, outcome);
        if (step == null) {
            return casePages.again(uri, Response.Status.BAD_REQUEST, caseId, null, List.of(),
                    "notice_referral_outcome_required", Integer.MAX_VALUE);
        }
        try {
            referrals.recordOutcome(referralId, new ReferralService.OutcomeStep(step));
        } catch (ClientWebApplicationException refused) {
            if (refused.getResponse().getStatus() == 409) {
                // recorded meanwhile by someone else, or the referral ended: the page shows it as it is now
                return casePages.again(uri, Response.Status.CONFLICT, caseId, null, List.of(),
                        "notice_referral_outcome_refused", Integer.MAX_VALUE);
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/cases/{caseId}").fragment("referrals").build(caseId)).build();
    }

    private Response page(Response.Status status, UUID caseId, ReferralTarget target, String city, UUID referralId,
            String chosenWing, List<FieldError> errors, String notice) {
        CaseView kase = cases.get(caseId);
        ReferralService.NearestWing nearest = target == ReferralTarget.FIA ? nearest(city) : null;
        List<ReferralService.FiaWing> wings = target == ReferralTarget.FIA && nearest == null ? referrals.wings()
                : List.of();
        List<DirectoryEntry> directory = switch (target) {
            case LAWYER -> DirectoryKind.LAWYERS.entriesNearest(referrals, city);
            case MENTAL_HEALTH -> DirectoryKind.COUNSELLORS.entriesNearest(referrals, city);
            default -> List.of();
        };
        Frame frame = frames.of(uri).at("/cases/" + caseId + "/referral?target=" + target.name());
        return Response.status(status)
                .entity(Templates.confirm(new ReferralConfirmation(frame, kase, target, city, nearest, wings, directory,
                        referralId, chosenWing, errors, notice)).setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The wing nearest to her city; null when she did not say where she lives or the gazetteer does not know it. */
    private ReferralService.NearestWing nearest(String city) {
        if (city == null) {
            return null;
        }
        try {
            return referrals.nearestTo(city);
        } catch (ClientWebApplicationException unknown) {
            if (unknown.getResponse().getStatus() == 404) {
                return null;
            }
            throw unknown;
        }
    }

}
