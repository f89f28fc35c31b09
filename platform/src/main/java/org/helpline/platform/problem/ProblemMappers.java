package org.helpline.platform.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.helpline.platform.domain.RuleViolation;
import org.helpline.platform.eventstore.StreamVersionConflict;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place where exceptions become HTTP answers: always {@code application/problem+json}, never
 * an exception class name, stack trace or the value a caller sent (it could be personal data).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e, UriInfo uri) {
        Response answer = answer(e.problem().at(loggable(uri)));
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(answer).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return answer;
    }

    /**
     * The challenge of the path's authentication mechanism: for the API a 401 with {@code WWW-Authenticate:
     * Bearer} (and a problem document), for the report page the redirect to the realm's login page.
     */
    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, UriInfo uri, RoutingContext routing) {
        return challenge(uri, routing);
    }

    @ServerExceptionMapper
    public Uni<Response> badToken(AuthenticationFailedException e, UriInfo uri, RoutingContext routing) {
        return challenge(uri, routing);
    }

    private static Uni<Response> challenge(UriInfo uri, RoutingContext routing) {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(routing);
        return challenge.map(asked -> {
            if (asked != null && asked.status != 401) {
                Response.ResponseBuilder redirect = Response.status(asked.status);
                asked.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
                return redirect.build();
            }
            Response.ResponseBuilder answer = Response.fromResponse(answer(Problem.of(401, "Unauthorized",
                    "Sign in: send a bearer token of the helpline realm.").at(loggable(uri))));
            if (asked == null || asked.getHeaders().isEmpty()) {
                answer.header("WWW-Authenticate", "Bearer");
            } else {
                asked.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
            }
            return answer.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(Problem.of(403, "Forbidden", "Your role does not allow this.").at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response staleVersion(StreamVersionConflict e, UriInfo uri) {
        return answer(Problem.of(409, "Conflict", "The resource was changed by someone else (expected version "
                + e.expectedVersion() + "); read it again and retry with its current ETag.").at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response ruleBroken(RuleViolation e, UriInfo uri) {
        return answer(Problem.of(409, "Conflict", e.getMessage()).at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return answer(Problem.of(400, "Bad Request", "The request has invalid fields.").withErrors(errors)
                .at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response unknownValue(InvalidFormatException e, UriInfo uri) {
        String field = path(e);
        Class<?> target = e.getTargetType();
        List<String> allowed = target != null && target.isEnum()
                ? Arrays.stream(target.getEnumConstants()).map(Object::toString).toList()
                : List.of();
        String message = allowed.isEmpty() ? "has the wrong format" : "is not one of the allowed values";
        return answer(Problem.of(400, "Bad Request", "Field '" + field + "' " + message + ".")
                .withErrors(List.of(new Problem.FieldError(field, message, allowed))).at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        return answer(Problem.of(400, "Bad Request", field.isEmpty() ? "The body does not have the expected shape."
                : "Field '" + field + "' has the wrong type.").at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        return answer(Problem.of(400, "Bad Request", "The body is not valid JSON.").at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps parse failures in a plain 400: answer them as if thrown directly
        if (e.getCause() instanceof InvalidFormatException format) {
            return unknownValue(format, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parse) {
            return malformed(parse, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send application/json.";
            case 406 -> "This resource answers application/json.";
            default -> title + ".";
        };
        return answer(Problem.of(status, title, detail).at(loggable(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        if (databaseUnreachable(e)) {
            // Includes a commit whose answer was lost: the request may or may not have been recorded.
            LOG.warnf("Database unreachable on %s (incident %s): %s", loggable(uri), incident, rootCause(e));
            return Response.fromResponse(answer(Problem.of(503, "Service Unavailable",
                    "The database cannot be reached; the request may not have been recorded. Retry shortly with the "
                            + "same Idempotency-Key (incident " + incident + ").").at(loggable(uri))))
                    .header("Retry-After", "2").build();
        }
        LOG.errorf(e, "Unexpected failure on %s (incident %s)", loggable(uri), incident);
        return answer(Problem.of(500, "Internal Server Error",
                "Something went wrong on our side; quote incident " + incident + " to the operators.")
                .at(loggable(uri)));
    }

    /**
     * The path for a log line and a problem's {@code instance}: as sent, percent-encoded, so that a {@code %0A} in
     * it cannot start a forged log line; a complainant's tracking code in it is a secret, and is left out (decided
     * on the decoded path, which is what routes: {@code /api/tr%61ck/...} reaches the tracking page too).
     */
    static String loggable(UriInfo uri) {
        return loggable(uri.getPath(), uri.getRequestUri());
    }

    static String loggable(String decodedPath, URI requested) {
        return decodedPath.startsWith("/api/track/") ? "/api/track/{trackingCode}" : requested.getRawPath();
    }

    /** Connection refused or lost (SQLState class 08, or the server shutting down: 57P01-57P03). */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && databaseUnreachable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.request.complainant.city" -> "complainant.city": drop the method and parameter names
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? Arrays.stream(parts).skip(2).collect(Collectors.joining(".")) : path;
        return new Problem.FieldError(field, violation.getMessage());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
