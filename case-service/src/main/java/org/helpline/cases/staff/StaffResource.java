package org.helpline.cases.staff;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.helpline.platform.identity.Actor;
import org.helpline.platform.problem.QueryParameters;

/** Supervisors manage the helpline's staff accounts: create them, change their roles, disable them. */
@Path("/api/staff")
@Tag(name = "Staff accounts", description = "Associates, lawyers, digital-security officers, analysts, supervisors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class StaffResource {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";

    @Inject
    StaffAccounts accounts;
    @Inject
    Actor actor;

    public record NewStaffAccount(
            @NotBlank @Pattern(regexp = USERNAME, message = "3-60 lower-case letters, digits, '.', '_' or '-'")
            String username,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 200) String email,
            @NotEmpty @Size(max = 5) List<@NotBlank String> roles,
            @NotBlank @Size(min = 12, max = 128) String temporaryPassword) {
    }

    public record RoleChange(@NotEmpty @Size(max = 5) List<@NotBlank String> roles) {
    }

    public record StatusChange(@NotNull Boolean enabled) {
    }

    @GET
    @Operation(summary = "Staff accounts with their helpline roles (service accounts left out)")
    public List<StaffAccounts.Account> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int pageSize = QueryParameters.range("size", size, 50, 1, 100);
        return accounts.list(QueryParameters.range("page", page, 0, 0, 10_000) * pageSize, pageSize);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One staff account")
    public StaffAccounts.Account get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account; the temporary password must be changed at the first sign-in")
    @APIResponseSchema(value = StaffAccounts.Account.class, responseCode = "201",
            responseDescription = "Created (StaffAccountCreated recorded)")
    @APIResponse(responseCode = "409", description = "The username is taken")
    @APIResponse(responseCode = "502", description = "Keycloak refused or could not be reached; nothing changed")
    public Response create(@Valid @NotNull NewStaffAccount body) {
        StaffAccounts.Account created = accounts.create(new StaffAccounts.NewAccount(body.username(), body.firstName(),
                body.lastName(), body.email(), body.roles(), body.temporaryPassword()), actor.name());
        return Response.created(URI.create("/api/staff/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the account exactly these roles (StaffRolesChanged recorded when they differ)")
    public StaffAccounts.Account changeRoles(@PathParam("username") String username, @Valid @NotNull RoleChange body) {
        return accounts.changeRoles(username, body.roles(), actor.name());
    }

    @PUT
    @Path("{username}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable (sign-in refused, sessions ended) or enable an account again")
    public StaffAccounts.Account changeStatus(@PathParam("username") String username,
            @Valid @NotNull StatusChange body) {
        return accounts.changeStatus(username, body.enabled(), actor.name());
    }
}
