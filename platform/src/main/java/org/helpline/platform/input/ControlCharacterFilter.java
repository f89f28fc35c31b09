package org.helpline.platform.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.helpline.platform.problem.Problem;

/**
 * Refuses a request whose path or query holds a control character ({@code /api/phone/calls/%00}), before any
 * route sees it: 400 problem+json that does not repeat the value.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        Map<String, List<String>> query;
        try {
            query = uri.getQueryParameters();
        } catch (RuntimeException undecodable) {
            // a % not followed by two hex digits: Vert.x refuses to decode the query at all
            return refused("The query is not percent-encoded correctly.");
        }
        if (ControlCharacters.inLine(uri.getPath()) || inAny(query)) {
            return refused("The path or the query holds a control character (such as %00 or %0A).");
        }
        return null;
    }

    private static Response refused(String detail) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, "Bad Request", detail)).build();
    }

    private static boolean inAny(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (ControlCharacters.inLine(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::inLine)) {
                return true;
            }
        }
        return false;
    }
}
