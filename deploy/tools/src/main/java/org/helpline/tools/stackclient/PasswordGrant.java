package org.helpline.tools.stackclient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Keycloak's password grant, the one way the tools get a token: the local demo users through the public
 * client {@code helpline-web}, the bootstrap admin through {@code admin-cli}. Local stack only.
 */
public final class PasswordGrant {

    /** What Keycloak answered; no token when it refused (the caller says what that means for it). */
    public record Answer(int status, Optional<String> accessToken) {
    }

    private record TokenResponse(@JsonProperty("access_token") String accessToken) {
    }

    private PasswordGrant() {
    }

    /** @param realmUrl e.g. {@code http://127.0.0.1:8180/realms/helpline} */
    public static Answer request(HttpClient http, String realmUrl, String clientId, String username, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return new Answer(answer.statusCode(), Optional.empty());
        }
        try {
            TokenResponse token = Json.MAPPER.readValue(answer.body(), TokenResponse.class);
            return new Answer(answer.statusCode(), Optional.ofNullable(token.accessToken()));
        } catch (JsonProcessingException e) {
            return new Answer(answer.statusCode(), Optional.empty());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
