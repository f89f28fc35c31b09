package org.helpline.referrals.referral.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.QueryParameters;
import org.helpline.referrals.referral.ReferralViews;
import org.helpline.referrals.referral.Referring;
import org.helpline.referrals.referral.domain.ReferralState;

@Path("/api/referrals")
@Tag(name = "Referrals", description = "Referrals to the FIA, police, lawyers, counsellors and other organisations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
public class ReferralResource {

    private static final String NO_SUCH_REFERRAL = "No such referral";
    /** The open cases on one page of a person's home in the console (which sends at most this many). */
    private static final int MAX_CASES_LISTED = 100;

    @Inject
    Referring referring;
    @Inject
    ReferralViews views;
    @Inject
    Actor actor;

    /**
     * {@code wing}: only for an FIA referral when the complainant did not say where she lives (the wing
     * chosen with her); with a known city the nearest wing is taken. {@code referralId}: optional, the client's
     * own id for the referral (a rendered form's), so that the same referral sent twice is made once.
     */
    public record NewReferral(UUID referralId, @NotNull UUID caseId, @NotNull ReferralTarget target, @Size(max = 100) String city,
            @Size(max = 100) String wing) {
    }

    public record Outcome(@NotNull ReferralOutcome outcome) {
    }

    /**
     * The new referral's id; an FIA referral also names its wing, its distance and whether it is in her city,
     * written as null when her city is not known. (Absent fields are null, left out; an FIA field without a
     * value is an empty Optional, written as null.)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Referred(UUID referralId, Optional<String> wing, Optional<Integer> distanceKm,
            Optional<Boolean> sameCity) {

        static Referred of(ReferralState referral) {
            return referral.target() == ReferralTarget.FIA
                    ? new Referred(referral.referralId(), Optional.ofNullable(referral.wing()),
                            Optional.ofNullable(referral.distanceKm()), Optional.ofNullable(referral.sameCity()))
                    : new Referred(referral.referralId(), null, null, null);
        }
    }

    /** A referral and its outcomes; {@code outcome} is the latest; {@code steps} each outcome with its time. */
    public record Referral(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
            Integer distanceKm, Boolean sameCity, Instant referredAt, List<ReferralOutcome> outcomes,
            ReferralOutcome outcome, List<ReferralState.Step> steps) {

        static Referral of(ReferralState s) {
            return new Referral(s.referralId(), s.caseId(), s.target(), s.city(), s.wing(), s.distanceKm(),
                    s.sameCity(), s.referredAt(), s.outcomes(), s.outcome(), s.steps());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a case; an FIA referral goes to the nearest cybercrime wing")
    @APIResponseSchema(value = Referred.class, responseCode = "201",
            responseDescription = "Referred; for the FIA with wing, distanceKm and sameCity")
    @APIResponse(responseCode = "404", description = "Unknown case")
    @APIResponse(responseCode = "409", description = "A referralId already used for another case or target; an FIA referral from a city not in the gazetteer and no wing "
            + "named, or a wing named although the city gives the nearest one")
    public Response refer(@Valid @NotNull NewReferral body) {
        ReferralState referral = referring.refer(body.referralId(), body.caseId(), body.target(), body.city(), body.wing(), actor.name());
        return Response.created(URI.create("/api/referrals/" + referral.referralId())).entity(Referred.of(referral))
                .build();
    }

    @GET
    @Operation(summary = "Referrals, newest first, by case (caseId repeated: of any of these cases) and target; "
            + "?withoutOutcome=true: those still waiting for an outcome, oldest first")
    @APIResponse(responseCode = "400", description = "An unknown target, withoutOutcome neither true nor false, or "
            + "more than " + MAX_CASES_LISTED + " cases (problem+json names the parameter)")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    public List<ReferralViews.View> list(@QueryParam("caseId") List<UUID> caseIds, @QueryParam("target") String target,
            @QueryParam("withoutOutcome") String withoutOutcome, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return views.list(QueryParameters.repeated("caseId", caseIds, MAX_CASES_LISTED), QueryParameters.vocabulary(ReferralTarget.class, "target", target),
                Boolean.TRUE.equals(QueryParameters.flag("withoutOutcome", withoutOutcome)),
                QueryParameters.range("page", page, 0, 0, 1_000_000), QueryParameters.range("size", size, 50, 1, 500));
    }

    @GET
    @Path("{referralId}")
    @Operation(summary = "One referral with the outcomes recorded so far")
    @APIResponse(responseCode = "404", description = NO_SUCH_REFERRAL)
    @APIResponse(responseCode = "200", description = "The referral")
    public Referral get(@PathParam("referralId") UUID referralId) {
        return Referral.of(referring.read(referralId));
    }

    @POST
    @Path("{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what became of the referral; publishes ReferralOutcomeRecorded")
    @APIResponse(responseCode = "404", description = NO_SUCH_REFERRAL)
    @APIResponse(responseCode = "409", description = "The referral already ended, or already has this outcome")
    @APIResponse(responseCode = "200", description = "The referral with the new outcome")
    public Referral recordOutcome(@PathParam("referralId") UUID referralId, @Valid @NotNull Outcome body) {
        return Referral.of(referring.recordOutcome(referralId, body.outcome(), actor.name()));
    }
}
