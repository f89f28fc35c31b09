package org.helpline.cases.personaldata;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.platform.privacy.SealedEntry;

@Path("/api/cases/{caseId}/personal-data")
@Tag(name = "Personal data", description = "Survivors' personal data, encrypted per case")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataVault vault;

    public PersonalDataResource(PersonalDataVault vault) {
        this.vault = vault;
    }

    @GET
    @Operation(summary = "The case's personal data, one entry per contact that brought some")
    @APIResponse(responseCode = "404", description = "The case has no personal data")
    public List<PersonalDataVault.Entry> read(@PathParam("caseId") UUID caseId) {
        return vault.entries(caseId);
    }

    @PUT
    @Path("entries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Intake hands over personal data it sealed with the handoff key (idempotent per entry)")
    @APIResponse(responseCode = "204", description = "Stored (or already stored)")
    @APIResponse(responseCode = "422", description = "Not sealed with the handoff key for this case and entry")
    public Response takeOver(@PathParam("caseId") UUID caseId, @PathParam("entryId") UUID entryId,
            @Valid @NotNull SealedEntry entry) {
        vault.takeOver(caseId, entryId, entry);
        return Response.noContent().build();
    }
}
