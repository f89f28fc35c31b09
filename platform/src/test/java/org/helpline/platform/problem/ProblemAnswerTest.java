package org.helpline.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testapp.FailingResource;
import org.helpline.platform.testapp.PlatformTestApp;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** "A 500 is answered as problem+json, never a stack trace or a caller's value", over real HTTP. */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class ProblemAnswerTest {

    @Test
    void anUnexpectedFailureIsAnsweredAsProblemJsonWithoutStackTraceOrTheCallersValue() {
        given().accept("application/json")
                .when().get(FailingResource.PATH)
                .then().statusCode(500)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Internal Server Error"))
                .body("status", equalTo(500))
                .body("instance", equalTo(FailingResource.PATH))
                .body("detail", matchesPattern("Something went wrong on our side; quote incident "
                        + "[0-9a-f-]{36} to the operators\\."))
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.helpline")));
    }

    @Test
    void aPathWithALineBreakInItIsRefusedBeforeAnyRouteAndWouldBeLoggedEncodedSoNoLineCanBeForged() {
        String forged = "/x%0A2026-12-04%2009:00:00.000%20ERROR%20forged";

        given().accept("application/json").urlEncodingEnabled(false)
                .when().get(FailingResource.PATH + forged)
                .then().statusCode(400)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .body(not(containsString("forged")));
        URI sent = URI.create(FailingResource.PATH + forged);
        assertThat(ProblemMappers.loggable(sent.getPath(), sent)).isEqualTo(FailingResource.PATH + forged)
                .doesNotContain("\n");
    }

    @Test
    void aMethodRefusedUnderAnyPathLeavesThatPathOutOfTheMetrics() {
        String secret = "ABCD-EFGH-2345-6789-WXYZ";
        given().accept("application/json").when().delete(FailingResource.PATH + "/" + secret).then().statusCode(405)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE));

        given().when().get("/q/metrics").then().statusCode(200).body(not(containsString(secret)));
    }

    @Test
    void aTrackingCodeInThePathIsNeitherLoggedNorEchoedHoweverItsPathIsEncoded() {
        for (String path : new String[] {"/api/track/ABCD-EFGH-2345-6789-WXYZ", "/api/tr%61ck/ABCD-EFGH-2345-6789-WXYZ"}) {
            URI sent = URI.create(path);
            assertThat(ProblemMappers.loggable(sent.getPath(), sent)).isEqualTo("/api/track/{trackingCode}");
        }
    }
}
