package org.helpline.referrals.fia;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.geo.City;
import org.helpline.platform.problem.ProblemException;

@Path("/api/fia-wings")
@Tag(name = "FIA wings", description = "FIA cybercrime wings and the nearest one to a city")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.DIGITAL_SECURITY, Roles.ANALYST, Roles.SUPERVISOR})
public class FiaWingResource {

    @Inject
    FiaWings wings;

    @GET
    @Operation(summary = "All FIA cybercrime wings with their coordinates")
    public List<Wing> all() {
        return wings.wings().stream().map(Wing::of).toList();
    }

    /** An FIA cybercrime wing: the city it is in, and where that is. */
    public record Wing(String name, Province province, double latitude, double longitude) {

        static Wing of(City city) {
            return new Wing(city.name(), city.province(), city.latitude(), city.longitude());
        }
    }

    @GET
    @Path("nearest")
    @Operation(summary = "The wing nearest to a city, the great-circle distance and whether it is in that city")
    @APIResponse(responseCode = "404", description = "City not in the gazetteer (no guess is made)")
    @APIResponse(responseCode = "200", description = "The nearest wing and its distance")
    public FiaWings.NearestWing nearest(@QueryParam("city") @NotBlank String city) {
        return wings.nearestTo(city).orElseThrow(() -> ProblemException.notFound(
                "City '" + city + "' is not in the gazetteer of Pakistani cities; check the spelling."));
    }
}
