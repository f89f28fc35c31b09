package org.helpline.console.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import org.helpline.console.page.CityNames;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.FormValues;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The directory of pro-bono lawyers and counsellors, nearest first from a city, and its upkeep by the legal team
 * and supervisors (referral-service keeps it and decides who may change it).
 */
@Path("/directory/{kind}")
@RolesAllowed({Roles.ASSOCIATE, Roles.LEGAL, Roles.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
public class DirectoryPageResource {

    /** The directory as the page shows it, and the add form as it was sent (kept when it comes back). */
    public record DirectoryPage(Frame frame, DirectoryKind kind, String city, List<DirectoryEntry> entries,
            DirectoryEntryForm entry, List<FieldError> errors, String notice, List<String> cities) implements FormPage {

        public boolean keepsDirectory() {
            return frame.roles().contains(Roles.LEGAL) || frame.supervises();
        }
    }

    /** One entry's change form: as referral-service has it, or as it was sent (kept when it comes back). */
    public record ChangePage(Frame frame, DirectoryKind kind, UUID entryId, DirectoryEntryForm entry,
            List<FieldError> errors, List<String> cities) implements FormPage {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(DirectoryPage page);

        static native TemplateInstance change(ChangePage page);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    ReferralService referrals;

    @Context
    UriInfo uri;

    @GET
    public Response list(@PathParam("kind") String kind, @QueryParam("city") String city) {
        return page(frames.of(uri), Response.Status.OK, kindOf(kind), city, DirectoryEntryForm.EMPTY, List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    public Response add(@PathParam("kind") String kind, @RestForm String name, @RestForm String city,
            @RestForm String languages, @RestForm String areas, @RestForm String contact) {
        DirectoryKind directory = kindOf(kind);
        DirectoryEntryForm entry = new DirectoryEntryForm(name, city, languages, areas, contact);
        return sent(directory, entry, () -> referrals.addToDirectory(directory.path(), entry.toNew()),
                errors -> page(afterForm(directory), Response.Status.BAD_REQUEST, directory, null, entry, errors,
                        null));
    }

    @GET
    @Path("{entryId}")
    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    public Response changeForm(@PathParam("kind") String kind, @PathParam("entryId") String entryId) {
        DirectoryKind directory = kindOf(kind);
        UUID id = entryIdOf(entryId);
        DirectoryEntry entry = inDirectory(() -> referrals.directoryEntry(directory.path(), id));
        return changePage(frames.of(uri), Response.Status.OK, directory, id, DirectoryEntryForm.of(entry), List.of());
    }

    /** A change refused for an unknown city comes back with what was typed; a removed entry is the 404 page. */
    @POST
    @Path("{entryId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    public Response change(@PathParam("kind") String kind, @PathParam("entryId") String entryId,
            @RestForm String name, @RestForm String city, @RestForm String languages, @RestForm String areas,
            @RestForm String contact) {
        DirectoryKind directory = kindOf(kind);
        UUID id = entryIdOf(entryId);
        DirectoryEntryForm entry = new DirectoryEntryForm(name, city, languages, areas, contact);
        Frame frame = frames.of(uri).at("/directory/" + directory.path() + "/" + id);
        return sent(directory, entry, () -> inDirectory(() -> referrals.changeInDirectory(directory.path(), id,
                entry.toNew())), errors -> changePage(frame, Response.Status.BAD_REQUEST, directory, id, entry, errors));
    }

    /**
     * An entry added or changed: the form again with its errors, or with the city refused (its one check the
     * console cannot make: the city must be in referral-service's gazetteer), else back to the directory.
     */
    private static Response sent(DirectoryKind directory, DirectoryEntryForm entry, Runnable send,
            Function<List<FieldError>, Response> formAgain) {
        List<FieldError> errors = entry.errors();
        if (!errors.isEmpty()) {
            return formAgain.apply(errors);
        }
        try {
            send.run();
        } catch (ClientWebApplicationException refused) {
            if (refused.getResponse().getStatus() == 400) {
                return formAgain.apply(List.of(new FieldError("city", "error_city_unknown")));
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/directory/{kind}").build(directory.path())).build();
    }

    @POST
    @Path("removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.LEGAL, Roles.SUPERVISOR})
    public Response remove(@PathParam("kind") String kind, @RestForm String entryId) {
        DirectoryKind directory = kindOf(kind);
        UUID id = FormValues.uuid(entryId);
        if (id == null) {
            return page(afterForm(directory), Response.Status.BAD_REQUEST, directory, null, DirectoryEntryForm.EMPTY,
                    List.of(new FieldError("entryId", "error_required")), null);
        }
        try {
            referrals.removeFromDirectory(directory.path(), id);
        } catch (ClientWebApplicationException refused) {
            if (refused.getResponse().getStatus() != 404) {
                throw refused;
            }
            // removed meanwhile by someone else: the list as it is now says so
        }
        return Response.seeOther(UriBuilder.fromPath("/directory/{kind}").build(directory.path())).build();
    }

    private Response changePage(Frame frame, Response.Status status, DirectoryKind kind, UUID entryId,
            DirectoryEntryForm entry, List<FieldError> errors) {
        return Response.status(status)
                .entity(Templates.change(new ChangePage(frame, kind, entryId, entry, errors, CityNames.ALL))
                        .setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** An entry that is not (or no longer) in referral-service's directory is the 404 page, not a failure. */
    private static <T> T inDirectory(Supplier<T> call) {
        try {
            return call.get();
        } catch (ClientWebApplicationException refused) {
            if (refused.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw refused;
        }
    }

    private static UUID entryIdOf(String entryId) {
        UUID id = FormValues.uuid(entryId);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    /** A form's answer: its language switch leads to the list. */
    private Frame afterForm(DirectoryKind kind) {
        return frames.of(uri).at("/directory/" + kind.path());
    }

    private Response page(Frame frame, Response.Status status, DirectoryKind kind, String city,
            DirectoryEntryForm entry,
            List<FieldError> errors, String notice) {
        String from = city == null || city.isBlank() ? null : city.trim();
        List<DirectoryEntry> entries = kind.entriesNearest(referrals, from);
        boolean cityKnown = from == null || entries.stream().anyMatch(e -> e.distanceKm() != null)
                || entries.isEmpty();
        return Response.status(status)
                .entity(Templates.directory(new DirectoryPage(frame, kind, from, entries, entry, errors,
                        cityKnown ? notice : "notice_city_not_in_gazetteer", CityNames.ALL))
                        .setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static DirectoryKind kindOf(String path) {
        DirectoryKind kind = DirectoryKind.ofPath(path);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }

    /** The add form as sent: languages and areas as comma-separated lists, as people type them. */
    public record DirectoryEntryForm(String name, String city, String languages, String areas, String contact) {

        static final DirectoryEntryForm EMPTY = new DirectoryEntryForm("", "", "", "", "");

        /** An entry as its change form shows it: lists as people type them. */
        static DirectoryEntryForm of(DirectoryEntry entry) {
            return new DirectoryEntryForm(entry.name(), entry.city(), String.join(", ", entry.languages()),
                    String.join(", ", entry.areas()), entry.contact() == null ? "" : entry.contact());
        }

        List<FieldError> errors() {
            List<FieldError> errors = new ArrayList<>();
            if (blank(name)) {
                errors.add(new FieldError("name", "error_required"));
            } else if (name.trim().length() > 200) {
                errors.add(new FieldError("name", "error_too_long"));
            }
            if (blank(city)) {
                errors.add(new FieldError("city", "error_required"));
            }
            if (list(languages).isEmpty()) {
                errors.add(new FieldError("languages", "error_one_at_least"));
            } else if (list(languages).stream().anyMatch(l -> !l.matches("[\\p{L} ]{2,30}"))) {
                errors.add(new FieldError("languages", "error_languages"));
            }
            if (list(areas).size() > 20 || list(areas).stream().anyMatch(a -> a.length() > 60)) {
                errors.add(new FieldError("areas", "error_too_long"));
            }
            if (contact != null && contact.trim().length() > 200) {
                errors.add(new FieldError("contact", "error_too_long"));
            }
            return errors;
        }

        DirectoryEntry.New toNew() {
            return new DirectoryEntry.New(name.trim(), city.trim(), list(languages), list(areas),
                    blank(contact) ? null : contact.trim());
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static List<String> list(String typed) {
            return typed == null ? List.of()
                    : Arrays.stream(typed.split("[,،]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
