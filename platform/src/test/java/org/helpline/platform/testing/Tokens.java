package org.helpline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Access tokens from a Keycloak realm's token endpoint, as a front end or a service account gets them. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** A user's token through the public client {@code helpline-web} (password grant: local tools and tests only). */
    public static String password(String issuer, String username, String password) {
        return password(issuer, "helpline-web", username, password);
    }

    /** A user's token through another public client of a realm (tests of clients without the audience, say). */
    public static String password(String issuer, String clientId, String username, String password) {
        return request(issuer, Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password));
    }

    /** The bootstrap admin's token of the master realm, to change realms through the admin API. */
    public static String admin(String keycloakUrl, String adminPassword) {
        return password(keycloakUrl + "/realms/master", "admin-cli", "admin", adminPassword);
    }

    public static String clientCredentials(String issuer, String clientId, String secret) {
        return request(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    static String request(String issuer, Map<String, String> form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request to " + issuer + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (!token.find()) {
                throw new IllegalStateException("no access_token in the answer of " + issuer);
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
