package org.helpline.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.helpline.console.ConsoleInfrastructure;
import org.helpline.platform.testing.BrowserSignIn;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Who opens the report page, signed in at a real Keycloak with analytics-service away (the page over the running
 * stack: deploy/end-to-end ReportPageInChromiumIT): analysts and supervisors reach analytics, everyone else gets the
 * 403 page in her language, and analytics not answering gives the calm page, never a stack trace.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleInfrastructure.class)
class ReportPagesTest {

    @TestHTTPResource("/")
    URI console;

    @Test
    void onlyAnalystsAndSupervisorsOpenTheReportOthersGetThe403PageInTheirLanguage() {
        for (String username : new String[] {"associate", "legal", "digisec"}) {
            Response answer = BrowserSignIn.open(console + "reports/2026?public=true&lang=ur", username);
            assertThat(answer.statusCode()).as("%s opens the report", username).isEqualTo(403);
            assertThat(answer.asString()).contains("dir=\"rtl\"").contains("href=\"/\"").doesNotContain("data-chart");
        }
    }

    @Test
    void analyticsNotAnsweringGivesTheCalmPageInTheirLanguage() {
        for (String username : new String[] {"analyst", "supervisor"}) {
            Response english = BrowserSignIn.open(console + "reports/2026?month=2026-03&lang=en", username);
            assertThat(english.statusCode()).as(username).isEqualTo(503);
            assertThat(english.asString()).contains("A helpline service could not be reached")
                    .doesNotContain("Exception").doesNotContain("at org.");
        }
        Response urdu = BrowserSignIn.open(console + "reports/2026?lang=ur", "analyst");
        assertThat(urdu.statusCode()).isEqualTo(503);
        assertThat(urdu.asString()).contains("dir=\"rtl\"").contains("کچھ محفوظ نہیں ہوا");
    }

    @Test
    void reportsAloneLeadsToAReportPageThatAsksAnalyticsAndOnlyForAnalystsAndSupervisors() {
        Response answer = BrowserSignIn.open(console + "reports", "analyst");
        assertThat(answer.statusCode()).as("this year's page, which asks analytics").isEqualTo(503);
        assertThat(BrowserSignIn.open(console + "reports", "associate").statusCode()).isEqualTo(403);
    }

    @Test
    void aMonthNotOfThatYearHasNoPage() {
        assertThat(BrowserSignIn.open(console + "reports/2026?month=2025-03", "analyst").statusCode()).isEqualTo(404);
        assertThat(BrowserSignIn.open(console + "reports/2026?month=March", "analyst").statusCode()).isEqualTo(404);
    }
}
