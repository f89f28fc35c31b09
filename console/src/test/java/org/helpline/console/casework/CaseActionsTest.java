package org.helpline.console.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.console.ConsoleInfrastructure;
import org.helpline.platform.testing.BrowserSignIn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The case page's forms without case-service behind them: the CSRF check comes first, the roles next. What they
 * do over the running stack (and the conflict page): deploy/end-to-end ConsoleInChromiumIT.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleInfrastructure.class)
class CaseActionsTest {

    @TestHTTPResource("/")
    URI console;

    @Test
    void everyCaseActionNeedsItsCsrfTokenAndOnlyThenReachesCaseService() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        String token = csrfToken(BrowserSignIn.open(console + "contacts/new", "supervisor", jar));
        String caseUrl = console + "cases/" + UUID.randomUUID();

        for (String action : new String[] {"classification", "services", "closure", "reopening", "assignment",
                "personal-data"}) {
            Map<String, String> form = new LinkedHashMap<>(Map.of("version", "3"));
            assertThat(BrowserSignIn.submit(caseUrl + "/" + action, form, jar).statusCode()).as(action).isEqualTo(400);
            form.put("csrf-token", token);
            form.putAll(Map.of("service", "LEGAL_ADVICE", "outcome", "RESOLVED", "assignee", "legal", "purpose",
                    "CASE_WORK", "category", "CYBER_HARASSMENT", "complaintTypes", "HACKING", "harasserGender", "MALE",
                    "relationship", "STRANGER"));
            // past the check, the console asks case-service, which is not running here
            assertThat(BrowserSignIn.submit(caseUrl + "/" + action, form, jar).statusCode()).as(action).isEqualTo(503);
        }
    }

    @Test
    void anAssociateCannotAssignACase() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        String token = csrfToken(BrowserSignIn.open(console + "contacts/new", "associate", jar));
        Map<String, String> form = Map.of("csrf-token", token, "version", "1", "assignee", "associate");
        assertThat(BrowserSignIn.submit(console + "cases/" + UUID.randomUUID() + "/assignment", form, jar).statusCode())
                .isEqualTo(403);
    }

    private static String csrfToken(Response form) {
        String token = BrowserSignIn.hiddenFields(form).get("csrf-token");
        assertThat(token).as("the form's CSRF token").isNotBlank();
        return token;
    }
}
