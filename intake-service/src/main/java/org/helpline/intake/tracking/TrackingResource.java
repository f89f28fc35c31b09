package org.helpline.intake.tracking;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.vertx.core.http.HttpServerRequest;

/**
 * For complainants, without login: where their case stands, and nothing else. An unknown code and a
 * case whose personal data was erased answer alike, so the page cannot tell whether a code ever existed.
 */
@Path("/api/track/{trackingCode}")
@Tag(name = "Tracking", description = "Complainants follow their case with the code they were given")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    /** What a complainant may know: the stage, never a detail. */
    public enum Stage {
        RECEIVED,
        IN_PROGRESS,
        REFERRED,
        CLOSED
    }

    public record Tracked(Stage status) {
    }

    @Inject TrackingRateLimit rateLimit;
    @Inject TrackingCodes codes;

    @PermitAll
    @GET
    @Transactional
    @Operation(summary = "The stage of the case with this tracking code (received, in progress, referred, closed)")
    @APIResponse(responseCode = "404", description = "No case with this code (also once its personal data is erased)")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; Retry-After says when to ask again")
    @APIResponse(responseCode = "200", description = "The case's stage, and nothing else")
    public Tracked track(@PathParam("trackingCode") String trackingCode, @Context HttpServerRequest request) {
        rateLimit.take(TrackingRateLimit.client(request.remoteAddress()));
        if (trackingCode.length() > 64) {
            throw unknown();
        }
        NativeRow row = NativeRow.first(Panache.getEntityManager().createNativeQuery("""
                select coalesce(p.in_progress, false), coalesce(p.referred, false), coalesce(p.closed, false),
                       coalesce(p.erased, false)
                  from intake_case c left join case_progress p on p.case_id = c.case_id
                 where c.tracking_hash = ?1""").setParameter(1, codes.hash(trackingCode)))
                .filter(found -> !found.flag(3))
                .orElseThrow(TrackingResource::unknown);
        Stage stage = row.flag(2) ? Stage.CLOSED : row.flag(1) ? Stage.REFERRED
                : row.flag(0) ? Stage.IN_PROGRESS : Stage.RECEIVED;
        return new Tracked(stage);
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("No case with this tracking code.");
    }
}
