package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.path.json.JsonPath;

/**
 * deploy/stack runs a real Keycloak with the helpline realm of DESIGN.md: each local demo user gets a
 * token with its role and the services' audience, issued by the pinned issuer; the phone system gets one
 * through its service account; a wrong password gets none.
 */
class StaffIdentityIT extends OnTheLocalStack {

    @ParameterizedTest
    @CsvSource({"associate,associate", "legal,legal", "digisec,digital-security", "analyst,analyst",
            "supervisor,supervisor"})
    void eachDemoUserGetsATokenWithItsRoleForTheServicesAudience(String username, String role) {
        JsonPath claims = claims(given().formParams(Map.of("grant_type", "password", "client_id", "helpline-web",
                "username", username, "password", "demo")).post(tokenEndpoint()).then().statusCode(200)
                .extract().path("access_token"));

        assertThat(claims.getList("realm_access.roles", String.class)).contains(role);
        assertThat(audiences(claims)).contains("helpline-api");
        assertThat(claims.getString("iss")).isEqualTo(stack.keycloakIssuer());
        assertThat(claims.getString("preferred_username")).isEqualTo(username);
    }

    @Test
    void thePhoneSystemGetsATokenThroughItsServiceAccountWithOnlyItsRole() {
        JsonPath claims = claims(given().formParams(Map.of("grant_type", "client_credentials", "client_id",
                "phone-system", "client_secret", "phone-system-secret")).post(tokenEndpoint()).then().statusCode(200)
                .extract().path("access_token"));

        assertThat(claims.getList("realm_access.roles", String.class)).contains("phone-system")
                .doesNotContain("associate", "legal", "digital-security", "analyst", "supervisor");
        assertThat(audiences(claims)).contains("helpline-api");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        given().formParams(Map.of("grant_type", "password", "client_id", "helpline-web", "username", "supervisor",
                "password", "not-the-password")).post(tokenEndpoint()).then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("invalid_grant"))
                .body("access_token", org.hamcrest.Matchers.nullValue());
    }

    private static String tokenEndpoint() {
        return stack.keycloakIssuer() + "/protocol/openid-connect/token";
    }

    private static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> audiences(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(aud));
    }
}
