package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.Tokens;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of the five services × every role × no token, an expired token, a token of another realm
 * and one without the services' audience, with real tokens from the stack's Keycloak. An allowed caller
 * gets the endpoint's answer (2xx, or 404/422 where the request names something that does not exist, so
 * nothing changes); a role that is not allowed gets 403; a missing or invalid token 401.
 */
class AccessMatrixIT extends OnTheLocalStack {

    private static final String A = "associate";
    private static final String L = "legal";
    private static final String D = "digisec";
    private static final String N = "analyst";
    private static final String S = "supervisor";
    private static final String PHONE = "phone-system";
    private static final String COURIER = "intake-service";
    private static final List<String> IDENTITIES = List.of(A, L, D, N, S, PHONE, COURIER);
    private static final Set<String> STAFF = Set.of(A, L, D, N, S);

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static String expired;
    private static String foreignRealm;
    private static String withoutAudience;
    private static String caseId;
    private static String contactId;
    private static String callId;
    private static String trackingCode;

    @BeforeAll
    static void tokensOfEveryKind() {
        String admin = stack.keycloakAdminToken();
        String helpline = stack.keycloakUrl() + "/admin/realms/helpline";
        // a client whose tokens live one second, and one that does not put the services' audience in them
        adminPost(admin, helpline + "/clients", Map.of("clientId", "matrix-short-lived", "publicClient", true,
                "directAccessGrantsEnabled", true, "attributes", Map.of("access.token.lifespan", "1"),
                "protocolMappers", List.of(audienceMapper())));
        adminPost(admin, helpline + "/clients", Map.of("clientId", "matrix-no-audience", "publicClient", true,
                "directAccessGrantsEnabled", true));
        // another realm with a "supervisor" of its own, whose tokens even name the services' audience
        adminPost(admin, stack.keycloakUrl() + "/admin/realms", Map.of("realm", "elsewhere", "enabled", true,
                "sslRequired", "none", "roles", Map.of("realm", List.of(Map.of("name", "supervisor"))),
                "clients", List.of(Map.of("clientId", "elsewhere-web", "publicClient", true,
                        "directAccessGrantsEnabled", true, "protocolMappers", List.of(audienceMapper()))),
                "users", List.of(Map.of("username", "supervisor", "enabled", true, "email", "s@elsewhere.example",
                        "emailVerified", true, "firstName", "Else", "lastName", "Where",
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false)),
                        "realmRoles", List.of("supervisor")))));

        String issuer = stack.keycloakIssuer();
        freshTokens();
        expired = Tokens.password(issuer, "matrix-short-lived", S, "demo");
    }

    private static Instant expiryOf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Instant.ofEpochSecond(new JsonPath(claims).getLong("exp"));
    }

    /** Tokens live five minutes: fetched again right before the matrix is walked. */
    private static void freshTokens() {
        String issuer = stack.keycloakIssuer();
        for (String user : STAFF) {
            tokens.put(user, Tokens.password(issuer, user, "demo"));
        }
        tokens.put(PHONE, Tokens.clientCredentials(issuer, "phone-system", "phone-system-secret"));
        tokens.put(COURIER, Tokens.clientCredentials(issuer, "intake-service", "intake-service-secret"));
        // so that these are refused for what they are, not for being old
        withoutAudience = Tokens.password(issuer, "matrix-no-audience", S, "demo");
        foreignRealm = Tokens.password(stack.keycloakUrl() + "/realms/elsewhere", "elsewhere-web", S, "demo");
    }

    @BeforeEach
    void everyRequestBringsItsOwnToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void everyEndpointAnswersEachRoleAsDesignedAndRefusesMissingExpiredAndForeignTokens() throws Exception {
        aCaseAssignedToTheAssociateWithPersonalData();
        Instant expiry = expiryOf(expired);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        freshTokens();

        List<Endpoint> endpoints = endpoints();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-58s", "endpoint"));
        IDENTITIES.forEach(id -> table.append(String.format(" %-9.9s", id)));
        table.append(" none  expired foreign no-aud\n");
        for (Endpoint endpoint : endpoints) {
            table.append(String.format("%-58.58s", endpoint));
            for (String identity : IDENTITIES) {
                int expected = endpoint.allowed().contains(identity) ? endpoint.allowedAnswer() : 403;
                if (endpoint.sideEffects() && expected != 403) {
                    table.append(String.format(" %-9s", "(skip)"));
                    continue;
                }
                int status = endpoint.send(tokens.get(identity));
                table.append(String.format(" %-9d", status));
                if (status != expected) {
                    wrong.add(endpoint + " as " + identity + ": " + status + ", expected " + expected);
                }
            }
            for (Map.Entry<String, String> bad : List.of(Map.entry("none", ""), Map.entry("expired", expired),
                    Map.entry("foreign", foreignRealm), Map.entry("no-aud", withoutAudience))) {
                // public tracking answers without a token, but a token that is sent must be valid
                int expected = endpoint.allowed().contains("anyone") && bad.getKey().equals("none")
                        ? endpoint.allowedAnswer() : 401;
                int status = endpoint.send(bad.getValue().isEmpty() ? null : bad.getValue());
                table.append(String.format(" %-6d", status));
                if (status != expected) {
                    wrong.add(endpoint + " with " + bad.getKey() + " token: " + status + ", expected " + expected);
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(50);
        assertThat(wrong).as("cells of the access matrix that differ").isEmpty();
    }

    private static void aCaseAssignedToTheAssociateWithPersonalData() {
        RequestSpecification supervisor = bearer(tokens.get(S));
        var receipt = given().spec(supervisor).contentType(ContentType.JSON).body(contact(Map.of("name", "Matrix")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract();
        caseId = receipt.path("caseId");
        contactId = receipt.path("contactId");
        trackingCode = receipt.path("trackingCode");
        callId = "matrix-" + UUID.randomUUID();
        given().spec(bearer(tokens.get(PHONE))).contentType(ContentType.JSON).body(call(callId))
                .post(stack.url("intake-service") + "/api/phone/calls").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().spec(supervisor)
                .queryParam("purpose", "CASE_WORK").get(stack.url("case-service") + "/api/cases/" + caseId
                        + "/personal-data").statusCode() == 200);
        // the personal data may be there before case-service has read the CaseOpened (its consumers join their
        // group last on a freshly started stack): the case itself too, before it is assigned
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given().spec(supervisor)
                .get(stack.url("case-service") + "/api/cases/" + caseId).statusCode() == 200);
        given().spec(supervisor).contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("assignee", A))
                .post(stack.url("case-service") + "/api/cases/" + caseId + "/assignment").then().statusCode(200);
    }

    private static List<Endpoint> endpoints() {
        String unknown = UUID.randomUUID().toString();
        Set<String> caseWork = Set.of(A, L, S);
        Set<String> escalating = Set.of(D, S);
        Set<String> everyStaff = STAFF;
        List<Endpoint> all = new ArrayList<>();
        // intake
        all.add(new Endpoint("intake-service", "POST", "/api/contacts", () -> contact(null), Set.of(A, S, PHONE), 201));
        all.add(new Endpoint("intake-service", "GET", "/api/contacts/" + contactId, null, Set.of(A, S), 200));
        all.add(new Endpoint("intake-service", "POST", "/api/phone/calls", () -> call("matrix-" + UUID.randomUUID()),
                Set.of(PHONE), 200));
        all.add(new Endpoint("intake-service", "GET", "/api/phone/calls/" + callId, null, Set.of(A, S), 200));
        all.add(new Endpoint("intake-service", "GET", "/api/track/" + trackingCode, null, Set.of("anyone", A, L, D, N, S,
                PHONE, COURIER), 200));
        // case
        String thisCase = "/api/cases/" + caseId;
        String noCase = "/api/cases/" + unknown;
        all.add(new Endpoint("case-service", "GET", "/api/cases", null, caseWork, 200));
        all.add(new Endpoint("case-service", "GET", thisCase, null, caseWork, 200));
        all.add(new Endpoint("case-service", "GET", thisCase + "/history", null, caseWork, 200));
        all.add(new Endpoint("case-service", "POST", noCase + "/classification", () -> Map.of("category",
                "CYBER_HARASSMENT", "complaintTypes", List.of("BLACKMAILING"), "platforms", List.of("FACEBOOK"),
                "harasserGender", "MALE", "relationship", "STRANGER", "mentalHealthConcern", false), Set.of(A, S), 404));
        all.add(new Endpoint("case-service", "POST", noCase + "/services", () -> Map.of("service", "LEGAL_ADVICE"),
                caseWork, 404));
        all.add(new Endpoint("case-service", "POST", noCase + "/assignment", () -> Map.of("assignee", A), Set.of(S),
                404));
        all.add(new Endpoint("case-service", "POST", noCase + "/closure", () -> Map.of("outcome", "RESOLVED"), caseWork,
                404));
        all.add(new Endpoint("case-service", "POST", noCase + "/reopening", () -> Map.of(), caseWork, 404));
        // need-to-know: the case is assigned to the associate; legal staff are not assigned to it
        all.add(new Endpoint("case-service", "GET", thisCase + "/personal-data?purpose=CASE_WORK", null,
                Set.of(A, S), 200));
        all.add(new Endpoint("case-service", "DELETE", noCase + "/personal-data",
                () -> Map.of("reason", "SUPERVISOR_DECISION"), Set.of(S), 404));
        all.add(new Endpoint("case-service", "PUT", noCase + "/personal-data/entries/" + unknown,
                () -> Map.of("sealed", "bm90IHNlYWxlZA==", "receivedAt", "2052-01-01T10:00:00Z"), Set.of(COURIER), 422));
        all.add(new Endpoint("case-service", "GET", "/api/personal-data/erasures", null, Set.of(S), 200));
        all.add(new Endpoint("case-service", "GET", "/api/personal-data/handoff-key", null, Set.of(COURIER), 200));
        // a rotation changes keys only (every data key stays readable): once, by the supervisor
        all.add(new Endpoint("case-service", "POST", "/api/personal-data/key-rotations", null, Set.of(S), 200)
                .withSideEffects());
        all.add(new Endpoint("case-service", "GET", "/api/personal-data/access-log?caseId=" + caseId, null, Set.of(S),
                200));
        // staff accounts: a supervisor's new account would be created for real, so the allowed call is one Keycloak
        // need not see (an unknown role: 400); StaffAccountsTest creates, changes and disables accounts
        all.add(new Endpoint("case-service", "GET", "/api/staff", null, Set.of(S), 200));
        all.add(new Endpoint("case-service", "GET", "/api/staff/associate", null, Set.of(S), 200));
        all.add(new Endpoint("case-service", "POST", "/api/staff", () -> Map.of("username", "matrix-new", "firstName",
                "M", "lastName", "X", "email", "m@helpline.example", "roles", List.of("root"), "temporaryPassword",
                "long-enough-password"), Set.of(S), 400));
        all.add(new Endpoint("case-service", "PUT", "/api/staff/nobody-" + unknown + "/roles",
                () -> Map.of("roles", List.of("associate")), Set.of(S), 404));
        all.add(new Endpoint("case-service", "PUT", "/api/staff/nobody-" + unknown + "/status",
                () -> Map.of("enabled", false), Set.of(S), 404));
        // escalation
        all.add(new Endpoint("escalation-service", "POST", "/api/escalations", () -> Map.of("caseId", unknown,
                "platform", "FACEBOOK", "reason", "NCII"), escalating, 404));
        // the whole list is the digital-security team's queue; associates and legal read a case's escalations
        // (its page's timeline) and must name the case, else 403
        Set<String> readingEscalations = Set.of(A, L, D, S);
        all.add(new Endpoint("escalation-service", "GET", "/api/escalations", null, escalating, 200));
        all.add(new Endpoint("escalation-service", "GET", "/api/escalations?caseId=" + caseId, null,
                readingEscalations, 200));
        all.add(new Endpoint("escalation-service", "GET", "/api/escalations/figures?year=2052", null, Set.of(D, N, S),
                200));
        all.add(new Endpoint("escalation-service", "GET", "/api/escalations/suggestions", null, escalating, 200));
        all.add(new Endpoint("escalation-service", "GET", "/api/escalations/" + unknown, null, readingEscalations,
                404));
        all.add(new Endpoint("escalation-service", "POST", "/api/escalations/" + unknown + "/resolution",
                () -> Map.of("outcome", "RESOLVED"), escalating, 404));
        all.add(new Endpoint("escalation-service", "GET", "/api/platform-channels", null, escalating, 200));
        all.add(new Endpoint("escalation-service", "GET", "/api/platform-channels/TIKTOK", null, escalating, 200));
        all.add(new Endpoint("escalation-service", "PUT", "/api/platform-channels/NO_SUCH_PLATFORM",
                () -> Map.of("status", "ACTIVE"), escalating, 400));
        // referral
        all.add(new Endpoint("referral-service", "POST", "/api/referrals", () -> Map.of("caseId", unknown,
                "target", "LAWYER", "city", "Lahore"), caseWork, 404));
        all.add(new Endpoint("referral-service", "GET", "/api/referrals", null, caseWork, 200));
        all.add(new Endpoint("referral-service", "GET", "/api/referrals/" + unknown, null, caseWork, 404));
        all.add(new Endpoint("referral-service", "POST", "/api/referrals/" + unknown + "/outcome",
                () -> Map.of("outcome", "RESOLVED"), caseWork, 404));
        all.add(new Endpoint("referral-service", "GET", "/api/directory/lawyers", null, caseWork, 200));
        all.add(new Endpoint("referral-service", "GET", "/api/directory/counsellors/" + unknown, null, caseWork, 404));
        all.add(new Endpoint("referral-service", "POST", "/api/directory/lawyers", () -> Map.of("name", "Matrix Law",
                "city", "Lahore", "languages", List.of("Urdu"), "areas", List.of("cybercrime")), Set.of(L, S), 201));
        all.add(new Endpoint("referral-service", "PUT", "/api/directory/lawyers/" + unknown, () -> Map.of("name",
                "Matrix Law", "city", "Lahore", "languages", List.of("Urdu"), "areas", List.of("cybercrime")),
                Set.of(L, S), 404));
        all.add(new Endpoint("referral-service", "DELETE", "/api/directory/lawyers/" + unknown, null, Set.of(L, S),
                404));
        all.add(new Endpoint("referral-service", "GET", "/api/fia-wings", null, everyStaff, 200));
        all.add(new Endpoint("referral-service", "GET", "/api/fia-wings/nearest?city=Sialkot", null, everyStaff, 200));
        // analytics
        all.add(new Endpoint("analytics-service", "GET", "/api/reports/2052", null, Set.of(N, S), 200));
        all.add(new Endpoint("analytics-service", "GET", "/api/reports/2052?public=true", null, Set.of(N, S), 200));
        all.add(new Endpoint("analytics-service", "GET", "/api/reports/2052/categories.csv", null, Set.of(N, S), 200));
        // the report page's old address sends anyone to the console's page (which signs her in and decides who
        // sees it: ReportPageInChromiumIT); a token that is sent must still be valid
        all.add(new Endpoint("analytics-service", "GET", "/reports/2052", null, Set.of("anyone", A, L, D, N, S, PHONE,
                COURIER), 303));
        all.add(new Endpoint("analytics-service", "GET", "/api/projections/status", null, Set.of(N, S), 200));
        all.add(new Endpoint("analytics-service", "GET", "/api/projections/rebuild", null, Set.of(N, S), 200));
        // a supervisor's rebuild would swap the read models under the other end-to-end tests: proved in
        // analytics' own ReadModelRebuildTest; here only that nobody else may start one
        all.add(new Endpoint("analytics-service", "POST", "/api/projections/rebuild", null, Set.of(S), 202)
                .withSideEffects());
        // open to everyone, token or not: health for orchestrators, metrics for the operators' scrapers
        for (String service : LocalStack.SERVICES) {
            all.add(new Endpoint(service, "GET", "/q/health/ready", null, Set.of("anyone", A, L, D, N, S, PHONE,
                    COURIER), 200));
            all.add(new Endpoint(service, "GET", "/q/metrics", null, Set.of("anyone", A, L, D, N, S, PHONE,
                    COURIER), 200));
        }
        return all;
    }

    private static Map<String, Object> contact(Map<String, Object> personalData) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("channel", "PHONE");
        contact.put("kind", "NEW");
        contact.put("receivedAt", "2052-03-04T10:00:00+05:00");
        contact.put("complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "city", "Lahore",
                "callerType", "SELF"));
        if (personalData != null) {
            contact.put("personalData", personalData);
        }
        return contact;
    }

    private static Map<String, Object> call(String id) {
        return Map.of("callId", id, "callerNumber", "0300" + (1_000_000 + Math.abs(id.hashCode() % 8_999_999)),
                "startedAt", "2052-03-04T10:00:00+05:00", "endedAt", "2052-03-04T10:07:00+05:00", "answered", true);
    }

    private static Map<String, Object> audienceMapper() {
        return Map.of("name", "helpline-api audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.custom.audience", "helpline-api",
                        "access.token.claim", "true"));
    }

    private static void adminPost(String adminToken, String url, Map<String, Object> body) {
        given().spec(bearer(adminToken)).contentType(ContentType.JSON).body(body).post(url).then().statusCode(201);
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /**
     * One endpoint: who may call it and what they get when they do.
     *
     * @param allowedAnswer the answer of an allowed call, exactly
     */
    private record Endpoint(String service, String method, String path, Supplier<Object> body, Set<String> allowed,
            int allowedAnswer, boolean sideEffects) {

        Endpoint(String service, String method, String path, Supplier<Object> body, Set<String> allowed,
                int allowedAnswer) {
            this(service, method, path, body, allowed, allowedAnswer, false);
        }

        Endpoint withSideEffects() {
            return new Endpoint(service, method, path, body, allowed, allowedAnswer, true);
        }

        int send(String token) {
            RequestSpecification request = (token == null ? given() : bearer(token)).redirects().follow(false);
            if (body != null) {
                request.contentType(ContentType.JSON).body(body.get());
            }
            if (!method.equals("GET")) {
                request.header("If-Match", "1"); // case-service asks for one before it looks for the case
            }
            return request.request(method, stack.url(service) + path).statusCode();
        }

        /** Ids and the tracking code as placeholders: the table is for reading, and a code is not for logs. */
        @Override
        public String toString() {
            return method + " " + service + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                    .replace(trackingCode, "{code}").replaceAll("matrix-[0-9a-f-]{36}", "{callId}");
        }
    }
}
