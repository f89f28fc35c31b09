package org.helpline.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * Bearer tokens of the realm's local demo users (password {@code demo}) and service accounts, as REST Assured
 * specifications. In a {@code @QuarkusTest} the Keycloak is the one the service trusts
 * ({@code quarkus.oidc.auth-server-url}): a class signs in with
 * {@code RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR)} in a {@code @BeforeEach}, and one request
 * acts as someone else with {@code given().spec(Staff.as("analyst"))} (the bearer is REST Assured's
 * authentication scheme, so the later one replaces the default instead of adding a second header;
 * {@code given().auth().none()} sends none). Tokens are kept for a minute (they live five).
 */
public final class Staff {

    public static final String SUPERVISOR = "supervisor";

    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final Map<String, Held> TOKENS = new ConcurrentHashMap<>();

    private Staff() {
    }

    public static RequestSpecification as(String username) {
        return bearer(tokenOf(username));
    }

    /** intake-service's courier: the only account that may hand personal data over to case-service. */
    public static RequestSpecification intakeCourier() {
        return service("intake-service", "intake-service-secret");
    }

    public static RequestSpecification phoneSystem() {
        return service("phone-system", "phone-system-secret");
    }

    public static RequestSpecification service(String clientId, String secret) {
        return bearer(serviceToken(issuer(), clientId, secret));
    }

    public static String tokenOf(String username) {
        return tokenOf(issuer(), username);
    }

    public static String tokenOf(String issuer, String username) {
        return held(issuer, username, () -> Tokens.password(issuer, username, "demo"));
    }

    public static String serviceToken(String issuer, String clientId, String secret) {
        return held(issuer, clientId, () -> Tokens.clientCredentials(issuer, clientId, secret));
    }

    /**
     * For tests outside Quarkus that run longer than a token lives (the end-to-end stack): every request
     * without an Authorization header of its own (and not to Keycloak itself) gets a fresh one of
     * {@code username}.
     */
    public static Filter signedIn(String issuer, String username) {
        String keycloak = issuer.substring(0, issuer.indexOf("/realms/"));
        return (request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization") && !request.getURI().startsWith(keycloak)) {
                request.header("Authorization", "Bearer " + tokenOf(issuer, username));
            }
            return context.next(request, response);
        };
    }

    private static RequestSpecification bearer(String token) {
        return new RequestSpecBuilder().setAuth(RestAssured.oauth2(token)).build();
    }

    private static String held(String issuer, String account, Supplier<String> fetch) {
        Held held = TOKENS.compute(issuer + " " + account, (k, old) -> old != null && old.until.isAfter(Instant.now())
                ? old : new Held(fetch.get(), Instant.now().plus(KEEP)));
        return held.token;
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private record Held(String token, Instant until) {
    }
}
