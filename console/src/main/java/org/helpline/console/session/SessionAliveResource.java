package org.helpline.console.session;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

/**
 * {@code GET /session/alive}: asked by {@code static/keepalive.js} while someone types into a form. Being a signed-in
 * request, it renews the session's tokens when they are due, which starts the idle time again.
 */
@Path("/session/alive")
@Authenticated
public class SessionAliveResource {

    @GET
    public RestResponse<Void> alive() {
        return RestResponse.noContent();
    }
}
