package org.helpline.analytics.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.BrowserSignIn;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The report page signs people in at the realm's login page (a browser has no bearer token): an analyst sees
 * the page, an associate who signs in is refused, and nobody gets it without signing in.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class DashboardSignInTest {

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }

    @Test
    void aBrowserIsSentToTheLoginPageAndAnAnalystSeesTheReport() {
        Response first = given().auth().none().redirects().follow(false).get("/reports/2037");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.header("Location")).startsWith(issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=helpline-web").contains("code_challenge=");

        BrowserSignIn.open(page(), "analyst").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-chart=\"casesByMonth\""));
    }

    @Test
    void anAssociateWhoSignsInIsRefusedThePage() {
        assertThat(BrowserSignIn.open(page(), "associate").statusCode()).isEqualTo(403);
    }

    private static String page() {
        return "http://localhost:" + RestAssured.port + "/reports/2037";
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }
}
