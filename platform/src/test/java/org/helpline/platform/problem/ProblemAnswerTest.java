package org.helpline.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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
}
