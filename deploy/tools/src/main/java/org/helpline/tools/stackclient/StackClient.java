package org.helpline.tools.stackclient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The tools' one client of the services' REST APIs: every request goes as the local demo supervisor, bodies
 * are records written by Jackson, answers are read into records.
 */
public final class StackClient {

    /** One request; {@code body} null is a GET. */
    public record Request(String method, String url, Object body, String idempotencyKey, String ifMatch) {

        public static Request get(String url) {
            return new Request("GET", url, null, null, null);
        }

        public static Request post(String url, Object body) {
            return new Request("POST", url, body, null, null);
        }

        public Request withIdempotencyKey(String key) {
            return new Request(method, url, body, key, ifMatch);
        }

        public Request withIfMatch(String etag) {
            return new Request(method, url, body, idempotencyKey, etag);
        }
    }

    /** A service's answer, its body still text until a caller reads it as the record it expects. */
    public record Answer(int status, String body, Optional<String> etag) {

        public <T> T as(Class<T> type) {
            try {
                return Json.MAPPER.readValue(body, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not a " + type.getSimpleName() + " (" + status + "): " + body, e);
            }
        }

        public String requiredEtag() {
            return etag.orElseThrow(() -> new IllegalStateException("no ETag"));
        }
    }

    private final HttpClient http;
    private final SupervisorToken token = new SupervisorToken();

    private StackClient(HttpClient.Version version) {
        http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * @param version HTTP/1.1 for the demo loader's many workers; the benchmarks keep the JDK's default
     *        (HTTP/2 where the service takes the upgrade), as they always measured
     */
    public static StackClient asSupervisor(HttpClient.Version version) {
        return new StackClient(version);
    }

    /** The issuer of the stack's Keycloak realm these requests get their token from. */
    public static String issuer() {
        return SupervisorToken.ISSUER;
    }

    public Answer send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .header("Authorization", token.bearer()).timeout(Duration.ofSeconds(30));
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(request.method(),
                    HttpRequest.BodyPublishers.ofString(Json.write(request.body())));
        }
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        if (request.ifMatch() != null) {
            builder.header("If-Match", request.ifMatch());
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag"));
    }

    public Answer get(String url) throws IOException, InterruptedException {
        return send(Request.get(url));
    }

    /** A GET that must answer 200, read as {@code type}. */
    public <T> T read(String url, Class<T> type) throws IOException, InterruptedException {
        Answer answer = get(url);
        if (answer.status() != 200) {
            throw new IllegalStateException(url + " answered " + answer.status());
        }
        return answer.as(type);
    }
}
