package org.helpline.referrals.directory;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.contracts.identity.Roles;
import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

/**
 * The directories supervisors maintain: pro-bono lawyers (like the helpline's "Ab Aur Nahin"
 * directory) and counsellors, listed nearest first from a complainant's city.
 */
@Path("/api/directory/{kind: lawyers|counsellors}")
@Tag(name = "Directory", description = "Pro-bono lawyers and counsellors, nearest first")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final Gazetteer gazetteer = Gazetteer.pakistan();

    @Inject
    Clock clock;

    public record EntryRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String city,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[\\p{L} ]{2,30}") String> languages,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^,]*") String> areas,
            @Size(max = 200) String contact) {
    }

    /** An entry; {@code distanceKm} from the city asked about, when one was. */
    public record Entry(UUID entryId, DirectoryEntry.Kind kind, String name, String city, List<String> languages,
            List<String> areas, String contact, Integer distanceKm) {
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Transactional
    @Operation(summary = "The directory; with ?city= nearest first, with the great-circle distance")
    @APIResponse(responseCode = "404", description = "City not in the gazetteer")
    @APIResponse(responseCode = "200", description = "The entries, nearest first when a city is given")
    public List<Entry> list(@PathParam("kind") String kind, @QueryParam("city") String city) {
        List<DirectoryEntry> entries = DirectoryEntry.list("kind = ?1 order by name", kind(kind));
        if (city == null || city.isBlank()) {
            return entries.stream().map(e -> entry(e, null)).toList();
        }
        City from = gazetteer.find(city).orElseThrow(() -> ProblemException.notFound(
                "City '" + city + "' is not in the gazetteer of Pakistani cities; check the spelling."));
        return entries.stream().map(e -> entry(e, from))
                .sorted(Comparator.comparing(Entry::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
    @GET
    @Path("{entryId}")
    @Transactional
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "200", description = "The entry")
    public Entry get(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId) {
        return entry(find(kind, entryId), null);
    }

    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a lawyer or counsellor (the city must be in the gazetteer)")
    @APIResponseSchema(value = Entry.class, responseCode = "201", responseDescription = "Added")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a city not in the gazetteer")
    public Response add(@PathParam("kind") String kind, @Valid @NotNull EntryRequest request) {
        DirectoryEntry entry = new DirectoryEntry();
        entry.entryId = UUID.randomUUID();
        entry.kind = kind(kind);
        fill(entry, request);
        entry.persist();
        return Response.created(URI.create("/api/directory/" + kind + "/" + entry.entryId)).entity(entry(entry, null))
                .build();
    }

    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    @PUT
    @Path("{entryId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry")
    public Entry change(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId,
            @Valid @NotNull EntryRequest request) {
        DirectoryEntry entry = find(kind, entryId);
        fill(entry, request);
        return entry(entry, null);
    }

    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    @DELETE
    @Path("{entryId}")
    @Transactional
    @Operation(summary = "Remove an entry")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("kind") String kind, @PathParam("entryId") UUID entryId) {
        find(kind, entryId).delete();
        return Response.noContent().build();
    }

    private void fill(DirectoryEntry entry, EntryRequest request) {
        City city = gazetteer.find(request.city()).orElseThrow(() -> new ProblemException(
                Problem.of(400, "Bad Request", "The city is not in the gazetteer of Pakistani cities.")
                        .withErrors(List.of(new Problem.FieldError("city", "is not a known city")))));
        entry.name = request.name().trim();
        entry.city = city.name();
        entry.languages = String.join(",", request.languages().stream().map(String::trim).toList());
        entry.areas = String.join(",", request.areas().stream().map(String::trim).toList());
        entry.contact = request.contact();
        entry.updatedAt = clock.instant();
    }

    private Entry entry(DirectoryEntry e, City from) {
        Integer distance = from == null ? null : gazetteer.find(e.city)
                .map(city -> (int) Math.round(from.distanceKmTo(city))).orElse(null);
        return new Entry(e.entryId, e.kind, e.name, e.city, split(e.languages), split(e.areas), e.contact, distance);
    }

    private static DirectoryEntry find(String kind, UUID entryId) {
        return DirectoryEntry.<DirectoryEntry>findByIdOptional(entryId).filter(e -> e.kind == kind(kind))
                .orElseThrow(() -> ProblemException.notFound("No " + kind + " entry " + entryId + "."));
    }

    private static DirectoryEntry.Kind kind(String path) {
        return "lawyers".equals(path) ? DirectoryEntry.Kind.LAWYER : DirectoryEntry.Kind.COUNSELLOR;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
