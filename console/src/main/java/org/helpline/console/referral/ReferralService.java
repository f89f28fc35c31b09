package org.helpline.console.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.helpline.console.casework.CaseReferral;
import org.helpline.console.session.SignedInPersonsToken;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

import io.quarkus.qute.TemplateData;

/**
 * referral-service's REST API as the legal pages call it, with the signed-in person's own token: referring a case,
 * recording its outcome steps, the FIA wings and the directory of lawyers and counsellors.
 */
@RegisterRestClient(configKey = "referral-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ReferralService {

    /** {@code POST /api/referrals}: under the form's own referral id, so that a form sent twice refers once. */
    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    Referred refer(NewReferral referral);

    @POST
    @Path("referrals/{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseReferral recordOutcome(@PathParam("referralId") UUID referralId, OutcomeStep step);

    /** How many {@code caseId}s referral-service takes in one listing (more is a 400 there). */
    int CASES_AT_ONCE = 100;

    /**
     * {@code GET /api/referrals?withoutOutcome=true[&caseId=…]}: the referrals nobody has recorded an outcome of,
     * oldest first; of these cases only (no caseId: of all).
     */
    @GET
    @Path("referrals")
    List<Waiting> withoutOutcome(@QueryParam("withoutOutcome") boolean withoutOutcome,
            @QueryParam("caseId") List<UUID> caseIds, @QueryParam("size") int size);

    /** {@code GET /api/fia-wings}: the cybercrime wings, for a complainant whose city is not known. */
    @GET
    @Path("fia-wings")
    List<FiaWing> wings();

    /** {@code GET /api/fia-wings/nearest?city=}: 404 for a city not in the gazetteer. */
    @GET
    @Path("fia-wings/nearest")
    NearestWing nearestTo(@QueryParam("city") String city);

    /** {@code GET /api/directory/{kind}?city=}: nearest first when a city is given (404 for an unknown city). */
    @GET
    @Path("directory/{kind}")
    List<DirectoryEntry> directory(@PathParam("kind") String kind, @QueryParam("city") String city);

    @POST
    @Path("directory/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    DirectoryEntry addToDirectory(@PathParam("kind") String kind, DirectoryEntry.New entry);

    /** {@code GET /api/directory/{kind}/{entryId}}: 404 for an entry removed meanwhile. */
    @GET
    @Path("directory/{kind}/{entryId}")
    DirectoryEntry directoryEntry(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId);

    /** {@code PUT /api/directory/{kind}/{entryId}}: the entry as it is to be from now on (400 for an unknown city). */
    @PUT
    @Path("directory/{kind}/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    DirectoryEntry changeInDirectory(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId,
            DirectoryEntry.New entry);

    @DELETE
    @Path("directory/{kind}/{entryId}")
    void removeFromDirectory(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId);

    record NewReferral(UUID referralId, UUID caseId, ReferralTarget target,
            String city, String wing) {
    }

    record Referred(UUID referralId) {
    }

    /** A referral waiting for its first outcome. */
    @TemplateData
    record Waiting(UUID referralId, UUID caseId, ReferralTarget target, String wing, Instant referredAt) {
    }

    record OutcomeStep(ReferralOutcome outcome) {
    }

    record FiaWing(String name) {
    }

    /** The wing nearest to the complainant's city, how far it is (whole km) and whether it is in her city. */
    record NearestWing(String wing, String complainantCity, Integer distanceKm, Boolean sameCity) {
    }
}
