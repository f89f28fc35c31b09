package org.helpline.endtoend;

import org.junit.jupiter.api.BeforeAll;

import org.helpline.platform.testing.TopicProbe;

/** End-to-end test classes run against the one shared stack of the test JVM, and read its topics. */
abstract class OnTheLocalStack {

    static LocalStack stack;
    static TopicProbe topics;

    @BeforeAll
    static void startTheStack() {
        stack = LocalStack.shared();
        topics = new TopicProbe(stack.kafka());
    }
}
