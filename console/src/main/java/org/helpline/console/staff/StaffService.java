package org.helpline.console.staff;

import java.util.List;

import jakarta.ws.rs.Consumes;
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

import org.helpline.console.session.SignedInPersonsToken;

/** case-service's staff accounts (it keeps them in Keycloak and records each change), for supervisors. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInPersonsToken.class)
@Path("/api/staff")
@Produces(MediaType.APPLICATION_JSON)
public interface StaffService {

    @GET
    List<StaffAccount> list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{username}")
    StaffAccount get(@PathParam("username") String username);

    /** 409: the username is taken; 502: Keycloak refused or could not be reached, and nothing changed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    StaffAccount create(NewAccount account);

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffAccount changeRoles(@PathParam("username") String username, RoleChange change);

    @PUT
    @Path("{username}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    StaffAccount changeStatus(@PathParam("username") String username, StatusChange change);

    record NewAccount(String username, String firstName, String lastName, String email, List<String> roles,
            String temporaryPassword) {
    }

    record RoleChange(List<String> roles) {
    }

    record StatusChange(Boolean enabled) {
    }
}
