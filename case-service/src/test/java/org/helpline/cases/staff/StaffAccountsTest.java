package org.helpline.cases.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.contracts.Topics;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.Tokens;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A supervisor manages staff accounts in the real Keycloak through case-service: the new colleague signs in
 * with her role once she has chosen her password, a role change shows in her next token, a disabled account
 * gets no token, and every change is an event on helpline.staff.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class StaffAccountsTest extends CaseServiceTest {

    @Test
    void aSupervisorCreatesChangesAndDisablesAStaffAccountAndEachChangeIsAnEvent() {
        String username = "amina." + UUID.randomUUID().toString().substring(0, 8);
        String password = "first-" + UUID.randomUUID();

        given().contentType(ContentType.JSON).body(newAccount(username, password, List.of("associate")))
                .post("/api/staff").then().statusCode(201).header("Location", endsWith("/api/staff/" + username))
                .body("enabled", equalTo(true)).body("roles", contains("associate"));
        given().contentType(ContentType.JSON).body(newAccount(username, password, List.of("associate")))
                .post("/api/staff").then().statusCode(409).contentType("application/problem+json");
        // the temporary password must be changed first: Keycloak refuses a token until then
        assertThatThrownBy(() -> Tokens.password(issuer(), username, password))
                .hasMessageContaining("Account is not fully set up");
        String chosen = "chosen-" + UUID.randomUUID();
        choosesHerOwnPassword(username, chosen);
        assertThat(Tokens.password(issuer(), username, chosen)).satisfies(token ->
                assertThat(claims(token)).contains("\"associate\"").doesNotContain("\"legal\""));

        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("legal", "associate")))
                .put("/api/staff/" + username + "/roles").then().statusCode(200)
                .body("roles", contains("associate", "legal"));
        assertThat(claims(Tokens.password(issuer(), username, chosen))).contains("\"legal\"");
        given().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .put("/api/staff/" + username + "/status").then().statusCode(200).body("enabled", equalTo(false));
        assertThatThrownBy(() -> Tokens.password(issuer(), username, chosen)).hasMessageContaining("disabled");
        UUID caseId = openCaseAt("2023-06-01T10:00:00Z");
        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("assignee", username))
                .post("/api/cases/" + caseId + "/assignment").then().statusCode(422).body("errors.field", hasItem("assignee"));
        given().get("/api/staff").then().statusCode(200)
                .body("find { it.username == '" + username + "' }.enabled", equalTo(false))
                .body("username", hasItem("associate")).body("username", not(hasItem("service-account-phone-system")));

        // exactly three: a change published twice (or once too often) fails here
        List<String> events = topics.awaitExactly(Topics.STAFF, r -> username.equals(r.key()), 3,
                Duration.ofSeconds(15)).stream()
                .map(r -> TopicProbe.header(r, "ce_type") + " " + r.value()).toList();
        assertThat(events.get(0)).startsWith("StaffAccountCreated").contains("[\"associate\"]")
                .doesNotContain("@example", password);
        assertThat(events.get(1)).startsWith("StaffRolesChanged").contains("[\"associate\",\"legal\"]");
        assertThat(events.get(2)).startsWith("StaffAccountDisabled");
    }

    @Test
    void aReEnabledAccountGetsATokenAgainAndItsEnablingIsOneEvent() {
        String username = "farah." + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(newAccount(username, "first-" + UUID.randomUUID(),
                List.of("associate"))).post("/api/staff").then().statusCode(201);
        String chosen = "chosen-" + UUID.randomUUID();
        choosesHerOwnPassword(username, chosen);
        setEnabled(username, false);
        assertThatThrownBy(() -> Tokens.password(issuer(), username, chosen)).hasMessageContaining("disabled");

        setEnabled(username, true);
        assertThat(claims(Tokens.password(issuer(), username, chosen))).contains("\"associate\"");
        given().get("/api/staff/" + username).then().statusCode(200).body("enabled", equalTo(true));
        // enabling an enabled account changes nothing, so it is no second event either
        setEnabled(username, true);

        topics.awaitExactly(Topics.STAFF, r -> username.equals(r.key())
                && "StaffAccountEnabled".equals(TopicProbe.header(r, "ce_type")), 1, Duration.ofSeconds(15));
        assertThat(topics.readAll(Topics.STAFF, r -> username.equals(r.key())).stream()
                .map(r -> TopicProbe.header(r, "ce_type")))
                .containsExactly("StaffAccountCreated", "StaffAccountDisabled", "StaffAccountEnabled");
    }

    @Test
    void onlyStaffRolesAreGivenAndOnlyBySupervisors() {
        String username = "bilal." + UUID.randomUUID().toString().substring(0, 8);

        given().contentType(ContentType.JSON).body(newAccount(username, "long-enough-" + UUID.randomUUID(),
                List.of("phone-system"))).post("/api/staff").then().statusCode(400)
                .body("errors[0].field", equalTo("roles")).body("errors[0].allowedValues", hasItem("legal"));
        given().spec(Staff.as("associate")).contentType(ContentType.JSON)
                .body(newAccount(username, "long-enough-" + UUID.randomUUID(), List.of("supervisor")))
                .post("/api/staff").then().statusCode(403);
        given().spec(Staff.as("analyst")).get("/api/staff").then().statusCode(403);
        given().contentType(ContentType.JSON).body(newAccount("X", "short", List.of())).post("/api/staff").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("enabled", false)).put("/api/staff/SUPERVISOR/status")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("roles", List.of("associate")))
                .put("/api/staff/supervisor/roles").then().statusCode(409);
        given().contentType(ContentType.JSON).body(newAccount("service-account-x", "long-enough-" + UUID.randomUUID(),
                List.of("supervisor"))).post("/api/staff").then().statusCode(400);
        given().get("/api/staff/nobody-" + UUID.randomUUID()).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from event_store where stream_type = 'staff' and stream_id in (?1, 'staff:supervisor')")
                .setParameter(1, "staff:" + username).getSingleResult()).longValue())).isZero();
    }

    private static void setEnabled(String username, boolean enabled) {
        given().contentType(ContentType.JSON).body(Map.of("enabled", enabled)).put("/api/staff/" + username + "/status")
                .then().statusCode(200).body("enabled", equalTo(enabled));
    }

    /** What the new colleague does at her first sign-in (done here through Keycloak's admin API). */
    private static void choosesHerOwnPassword(String username, String password) {
        String admin = Tokens.clientCredentials(issuer(), "case-service", "case-service-secret");
        String users = ConfigProvider.getConfig().getValue("helpline.keycloak.url", String.class)
                + "/admin/realms/helpline/users";
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true).get(users)
                .then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("type", "password", "value", password,
                "temporary", false)).put(users + "/" + id + "/reset-password").then().statusCode(204);
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> newAccount(String username, String password, List<String> roles) {
        return Map.of("username", username, "firstName", "Amina", "lastName", "Khan", "email",
                username + "@helpline.example", "roles", roles, "temporaryPassword", password);
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }
}
