package org.helpline.endtoend;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/**
 * End-to-end test classes run against the one shared stack of the test JVM, and read its topics. Their
 * requests go as the demo supervisor (a fresh token whenever the last is a minute old) unless a request
 * brings its own Authorization header.
 */
abstract class OnTheLocalStack {

    static LocalStack stack;
    static TopicProbe topics;

    @BeforeAll
    static void startTheStack() {
        stack = LocalStack.shared();
        topics = new TopicProbe(stack.kafka());
    }

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addFilter(Staff.signedIn(stack.keycloakIssuer(), Staff.SUPERVISOR)).build();
    }
}
