package org.helpline.platform.testing;

import org.junit.jupiter.api.BeforeEach;

import io.restassured.RestAssured;

/**
 * Where a service's {@code @QuarkusTest}s start from: every request is a supervisor's (who may do nearly
 * everything) unless a test sends it as someone else ({@code given().spec(Staff.as(...))},
 * {@code given().auth().none()}). Each service's test base extends it.
 */
public abstract class SignedInAsSupervisor {

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }
}
