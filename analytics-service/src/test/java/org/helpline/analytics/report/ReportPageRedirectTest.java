package org.helpline.analytics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SignedInAsSupervisor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The report page is the console's: this service's old address sends a browser there (303, with its query), and
 * serves no page of its own (no HTML, no sign-in at the realm's login page).
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ReportPageRedirectTest extends SignedInAsSupervisor {

    @Test
    void aBrowserWithoutATokenIsSentToTheConsolesReportPageWithItsQuery() {
        Response answer = given().auth().none().redirects().follow(false).accept("text/html")
                .get("/reports/2037?month=2037-04&public=true");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("http://127.0.0.1:8080/reports/2037?month=2037-04&public=true");
        assertThat(answer.contentType()).doesNotContain("html");
    }

    @Test
    void theYearAloneAndASignedInCallerAreSentThereToo() {
        Response answer = given().redirects().follow(false).get("/reports/2037");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("http://127.0.0.1:8080/reports/2037");
    }

    @Test
    void aTokenThatIsSentMustStillBeValid() {
        assertThat(given().auth().none().header("Authorization", "Bearer not-a-token").redirects().follow(false)
                .get("/reports/2037").statusCode()).isEqualTo(401);
    }
}
