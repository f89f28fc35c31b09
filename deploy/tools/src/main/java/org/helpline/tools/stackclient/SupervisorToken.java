package org.helpline.tools.stackclient;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

/**
 * The local demo supervisor's token from the stack's Keycloak ({@code -Dhelpline.issuer}), renewed every
 * minute: tokens live five, and a demo or benchmark run can take longer.
 */
final class SupervisorToken {

    static final String ISSUER = System.getProperty("helpline.issuer", "http://127.0.0.1:8180/realms/helpline");

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private long fetchedAt;

    synchronized String bearer() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - fetchedAt > TimeUnit.MINUTES.toNanos(1)) {
            PasswordGrant.Answer answer = PasswordGrant.request(http, ISSUER, "helpline-web", "supervisor", "demo");
            token = answer.accessToken().orElseThrow(() -> new IllegalStateException(
                    "no token from Keycloak at " + ISSUER + ": " + answer.status()));
            fetchedAt = System.nanoTime();
        }
        return "Bearer " + token;
    }
}
