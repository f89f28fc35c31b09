package org.helpline.cases.personaldata;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.platform.identity.Actor;
import org.helpline.platform.privacy.SealedEntry;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.problem.QueryParameters;

@Path("/api/cases/{caseId}/personal-data")
@Tag(name = "Personal data", description = "Survivors' personal data, encrypted per case")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    PersonalDataVault vault;
    @Inject
    PersonalDataErasure erasure;
    @Inject
    PersonalDataAccessLog accessLog;
    @Inject
    NeedToKnow needToKnow;
    @Inject
    Actor actor;

    /** The request to erase: why (the reason is kept in the ledger and on the case's stream). */
    public record Erasure(@NotNull PersonalDataErasure.Reason reason) {
    }

    @GET
    @Operation(summary = "The case's personal data, one entry per contact that brought some; every read is "
            + "recorded with its purpose")
    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @APIResponse(responseCode = "400", description = "No purpose, or one not in the vocabulary")
    @APIResponse(responseCode = "403", description = "Not a supervisor, and the case is not assigned to the reader")
    @APIResponse(responseCode = "404", description = "The case has no personal data")
    @APIResponse(responseCode = "410", description = "The case's personal data was erased")
    @APIResponse(responseCode = "200", description = "The case's personal data; the read is in the access log")
    public List<PersonalDataVault.Entry> read(@PathParam("caseId") UUID caseId,
            @Parameter(description = "Why the data is read", required = true) @QueryParam("purpose") String purpose) {
        PersonalDataAccessLog.Purpose why = QueryParameters.vocabulary(PersonalDataAccessLog.Purpose.class, "purpose",
                purpose);
        if (why == null) {
            throw new ProblemException(Problem.of(400, "Bad Request", "Say why the personal data is read.")
                    .withErrors(List.of(new Problem.FieldError("purpose", "is required", java.util.Arrays.stream(
                            PersonalDataAccessLog.Purpose.values()).map(Enum::name).toList()))));
        }
        try {
            needToKnow.checkReader(caseId);
            List<PersonalDataVault.Entry> entries = vault.entries(caseId);
            accessLog.record(caseId, actor.name(), why, "READ");
            return entries;
        } catch (ProblemException refused) {
            accessLog.record(caseId, actor.name(), why, "REFUSED_" + refused.problem().status());
            throw refused;
        } catch (RuntimeException failed) {
            accessLog.record(caseId, actor.name(), why, "FAILED");
            throw failed;
        }
    }

    @RolesAllowed(Roles.SUPERVISOR)
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the case's personal data (crypto-shredding); its statistics stay as they were")
    @APIResponse(responseCode = "200", description = "Erased; the ledger line")
    @APIResponse(responseCode = "404", description = "The case has no personal data")
    @APIResponse(responseCode = "410", description = "Already erased")
    public PersonalDataErasure.Erased erase(@PathParam("caseId") UUID caseId, @Valid @NotNull Erasure body) {
        return erasure.erase(caseId, body.reason(), actor.name());
    }

    @RolesAllowed(Roles.CASE_HANDOFF)
    @PUT
    @Path("entries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intake hands over personal data it sealed with the handoff key (idempotent per entry)")
    @APIResponse(responseCode = "204", description = "Stored (or already stored)")
    @APIResponse(responseCode = "410", description = "The case's personal data was erased: the entry is dropped")
    @APIResponse(responseCode = "422", description = "Not sealed with the handoff key for this case and entry")
    public Response takeOver(@PathParam("caseId") UUID caseId, @PathParam("entryId") UUID entryId,
            @Valid @NotNull SealedEntry entry) {
        vault.takeOver(caseId, entryId, entry);
        return Response.noContent().build();
    }
}
