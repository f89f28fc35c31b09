package org.helpline.console.staff;

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

/**
 * Who opens the supervisors', lawyers' and directory pages, and that their forms need their CSRF token, without the
 * services behind them (what the pages do over the running stack: deploy/end-to-end ConsoleInChromiumIT).
 */
@QuarkusTest
@QuarkusTestResource(ConsoleInfrastructure.class)
class SupervisorPagesTest {

    @TestHTTPResource("/")
    URI console;

    @Test
    void onlySupervisorsOpenTheStaffPagesTheErasureAndTheLedgersAndOthersGetThe403PageInTheirLanguage() {
        String aCase = "cases/" + UUID.randomUUID();
        for (String page : new String[] {"staff", "staff/legal", "personal-data/erasures", aCase + "/erasure",
                aCase + "/access-log"}) {
            for (String username : new String[] {"associate", "legal", "digisec", "analyst"}) {
                var answer = BrowserSignIn.open(console + page + "?lang=ur", username);
                assertThat(answer.statusCode()).as("%s opens /%s", username, page).isEqualTo(403);
                assertThat(answer.asString()).contains("dir=\"rtl\"").contains("href=\"/\"");
            }
            // a supervisor passes, and the console asks case-service, which is not running here
            assertThat(BrowserSignIn.open(console + page, "supervisor").statusCode()).as(page).isEqualTo(503);
        }
    }

    @Test
    void theReferralAndDirectoryPagesAreForThoseWhoWorkCasesTheEscalationPagesForTheDigitalSecurityTeam() {
        String referral = "cases/" + UUID.randomUUID() + "/referral?target=FIA";
        for (String username : new String[] {"digisec", "analyst"}) {
            assertThat(BrowserSignIn.open(console + referral, username).statusCode()).isEqualTo(403);
            assertThat(BrowserSignIn.open(console + "directory/lawyers", username).statusCode()).isEqualTo(403);
        }
        assertThat(BrowserSignIn.open(console + "directory/lawyers", "associate").statusCode()).isEqualTo(503);
        assertThat(BrowserSignIn.open(console + "directory/judges", "associate").statusCode()).isEqualTo(404);
        // changing an entry is for those who keep the directory
        String anEntry = console + "directory/lawyers/" + UUID.randomUUID();
        assertThat(BrowserSignIn.open(anEntry, "associate").statusCode()).isEqualTo(403);
        assertThat(BrowserSignIn.open(anEntry, "legal").statusCode()).isEqualTo(503);
        for (String page : new String[] {"escalations", "platform-channels"}) {
            for (String username : new String[] {"associate", "legal", "analyst"}) {
                assertThat(BrowserSignIn.open(console + page, username).statusCode()).as(page).isEqualTo(403);
            }
            assertThat(BrowserSignIn.open(console + page, "digisec").statusCode()).as(page).isEqualTo(503);
        }

        Map<String, Map<String, String>> jar = new HashMap<>();
        String token = BrowserSignIn.hiddenFields(BrowserSignIn.open(console + "contacts/new", "associate", jar))
                .get("csrf-token");
        Map<String, String> entry = Map.of("csrf-token", token, "name", "Advocate Rubina", "city", "Lahore",
                "languages", "Urdu, Punjabi");
        assertThat(BrowserSignIn.submit(console + "directory/lawyers", entry, jar).statusCode()).isEqualTo(403);
    }

    @Test
    void everySupervisorReferralAndEscalationFormNeedsItsCsrfTokenAndOnlyThenReachesTheServices() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        String token = BrowserSignIn.hiddenFields(BrowserSignIn.open(console + "contacts/new", "supervisor", jar))
                .get("csrf-token");
        String aCase = console + "cases/" + UUID.randomUUID();
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put(console + "staff", Map.of("username", "sana.khan", "firstName", "Sana", "lastName", "Khan", "email", "sana@helpline.example", "roles", "legal"));
        forms.put(console + "staff/legal/roles", Map.of("roles", "legal"));
        forms.put(console + "staff/legal/status", Map.of("enabled", "false"));
        forms.put(aCase + "/erasure", Map.of("reason", "SUPERVISOR_DECISION", "confirmation", "CH-2026-000001"));
        forms.put(aCase + "/referrals", Map.of("referralId", UUID.randomUUID().toString(), "target", "POLICE"));
        forms.put(aCase + "/referrals/" + UUID.randomUUID() + "/outcome", Map.of("outcome", "FIR_LODGED"));
        forms.put(console + "directory/counsellors", Map.of("name", "Dr Amna", "city", "Lahore", "languages", "Urdu"));
        forms.put(console + "directory/counsellors/" + UUID.randomUUID(), Map.of("name", "Dr Amna", "city", "Multan",
                "languages", "Urdu, Saraiki"));
        forms.put(console + "directory/counsellors/removal", Map.of("entryId", UUID.randomUUID().toString()));
        forms.put(console + "escalations", Map.of("escalationId", UUID.randomUUID().toString(), "caseId", UUID.randomUUID().toString(), "platform", "INSTAGRAM", "reason", "NCII"));
        forms.put(console + "escalations/" + UUID.randomUUID() + "/resolution", Map.of("outcome", "RESOLVED"));
        forms.put(console + "platform-channels/TIKTOK", Map.of("status", "SUSPENDED", "reason", "no answers"));
        forms.forEach((url, fields) -> {
            assertThat(BrowserSignIn.submit(url, fields, jar).statusCode()).as(url).isEqualTo(400);
            Map<String, String> withToken = new HashMap<>(fields);
            withToken.put("csrf-token", token);
            assertThat(BrowserSignIn.submit(url, withToken, jar).statusCode()).as(url).isEqualTo(503);
        });
    }
}
