package org.helpline.console.staff;

import java.util.ArrayList;
import java.util.List;

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

import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.Frame;
import org.helpline.console.page.Frames;
import org.helpline.contracts.identity.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Supervisors manage the helpline's staff accounts: create one (with a temporary password the console makes and
 * shows once), change its roles, disable or enable it. case-service does each in Keycloak and records it.
 */
@Path("/staff")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.TEXT_HTML)
public class StaffPageResource {

    private static final int PAGE_SIZE = 50;

    /** The list, and the new-account form as it was sent (kept when it comes back). */
    public record StaffPage(Frame frame, List<StaffAccount> accounts, int page, boolean more, NewAccountForm entry,
            List<FieldError> errors, String notice) implements FormPage {

        public List<StaffRole> roles() {
            return StaffRole.ALL;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staff(StaffPage page);

        static native TemplateInstance account(Frame frame, StaffAccount account, List<StaffRole> roles,
                String notice);

        static native TemplateInstance created(Frame frame, StaffAccount account, String temporaryPassword);
    }

    @Inject
    Frames frames;

    @Inject
    @RestClient
    StaffService staff;

    @Inject
    TemporaryPasswords passwords;

    @Context
    UriInfo uri;

    @GET
    public Response list(@QueryParam("page") int page) {
        return listPage(Response.Status.OK, Math.max(0, page), NewAccountForm.EMPTY, List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String firstName, @RestForm String lastName,
            @RestForm String email, @RestForm List<String> roles) {
        NewAccountForm entry = new NewAccountForm(username, firstName, lastName, email, StaffRole.chosen(roles));
        List<FieldError> errors = entry.errors();
        if (!errors.isEmpty()) {
            return listPage(Response.Status.BAD_REQUEST, 0, entry, errors, null);
        }
        String temporaryPassword = passwords.next();
        StaffAccount created;
        try {
            created = staff.create(new StaffService.NewAccount(entry.username().trim(), entry.firstName().trim(),
                    entry.lastName().trim(), entry.email().trim(), entry.roles(), temporaryPassword));
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 409) {
                return listPage(Response.Status.CONFLICT, 0, entry,
                        List.of(new FieldError("username", "error_username_taken")), null);
            }
            if (status == 400 || status == 502) {
                return listPage(Response.Status.fromStatusCode(status), 0, entry, List.of(),
                        status == 400 ? "notice_staff_refused" : "notice_identity_unreachable");
            }
            throw refused;
        }
        Frame frame = frames.of(uri).at("/staff");
        return Response.status(Response.Status.CREATED)
                .entity(Templates.created(frame, created, temporaryPassword).setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("{username}")
    public TemplateInstance account(@PathParam("username") String username) {
        return accountPage(staff.get(username), null);
    }

    @POST
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(@PathParam("username") String username, @RestForm List<String> roles) {
        List<String> chosen = StaffRole.chosen(roles);
        if (chosen.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(accountPage(staff.get(username), "notice_one_role_at_least")).build();
        }
        return change(username, () -> staff.changeRoles(username, new StaffService.RoleChange(chosen)));
    }

    @POST
    @Path("{username}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("username") String username, @RestForm Boolean enabled) {
        if (enabled == null) {
            // a form without its choice changes nothing (a missing field must not read as "disable")
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(accountPage(staff.get(username), "notice_staff_refused")).build();
        }
        return change(username, () -> staff.changeStatus(username, new StaffService.StatusChange(enabled)));
    }

    private Response change(String username, Runnable change) {
        try {
            change.run();
        } catch (ClientWebApplicationException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 400 || status == 502) {
                return Response.status(status).entity(accountPage(staff.get(username),
                        status == 400 ? "notice_staff_refused" : "notice_identity_unreachable")).build();
            }
            throw refused;
        }
        return Response.seeOther(UriBuilder.fromPath("/staff/{username}").build(username)).build();
    }

    private TemplateInstance accountPage(StaffAccount account, String notice) {
        Frame frame = frames.of(uri).at(UriBuilder.fromPath("/staff/{username}").build(account.username()).toString());
        return Templates.account(frame, account, StaffRole.ALL, notice).setLocale(frame.language().locale());
    }

    private Response listPage(Response.Status status, int page, NewAccountForm entry, List<FieldError> errors,
            String notice) {
        List<StaffAccount> accounts = staff.list(page, PAGE_SIZE + 1);
        Frame frame = frames.of(uri).at(page == 0 ? "/staff" : "/staff?page=" + page);
        StaffPage shown = new StaffPage(frame, accounts.subList(0, Math.min(PAGE_SIZE, accounts.size())), page,
                accounts.size() > PAGE_SIZE, entry, errors, notice);
        return Response.status(status).entity(Templates.staff(shown).setLocale(frame.language().locale()))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The new-account form as sent; case-service checks it again (and Keycloak the username's uniqueness). */
    public record NewAccountForm(String username, String firstName, String lastName, String email,
            List<String> roles) {

        static final NewAccountForm EMPTY = new NewAccountForm("", "", "", "", List.of());

        public boolean has(StaffRole role) {
            return roles.contains(role.role());
        }

        List<FieldError> errors() {
            List<FieldError> errors = new ArrayList<>();
            if (username == null || !username.trim().matches("[a-z0-9][a-z0-9._-]{2,59}")) {
                errors.add(new FieldError("username", "error_new_username"));
            }
            required(errors, "firstName", firstName, 100);
            required(errors, "lastName", lastName, 100);
            if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.trim().length() > 200) {
                errors.add(new FieldError("email", "error_email"));
            }
            if (roles.isEmpty()) {
                errors.add(new FieldError("roles", "error_one_at_least"));
            }
            return errors;
        }

        private static void required(List<FieldError> errors, String field, String value, int max) {
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(field, "error_required"));
            } else if (value.trim().length() > max) {
                errors.add(new FieldError(field, "error_too_long"));
            }
        }
    }
}
