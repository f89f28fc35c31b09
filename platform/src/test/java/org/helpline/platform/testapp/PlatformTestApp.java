package org.helpline.platform.testapp;

import java.util.List;
import java.util.Map;

import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The configuration of platform's own test application. It is a profile, not application.properties:
 * the test-jar (and, in a reactor build, platform's test-classes folder) is on every service's test
 * classpath, and its application.properties would switch off the services' token checks and wire a
 * consumer into them. It also starts the test infrastructure, so that platform's tests name only the profile.
 */
public class PlatformTestApp implements QuarkusTestProfile {

    private static final String RECEIVED = "mp.messaging.incoming.received.";
    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";

    /** Kafka and PostgreSQL; no Keycloak, since platform's tests call no secured endpoint. */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(HelplineInfrastructure.class,
                Map.of(HelplineInfrastructure.KEYCLOAK, "false")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // build platform's test-only beans (this package); services never set it
                Map.entry("helpline.platform-test-app", "true"),
                // platform's tests call no secured endpoint: no Keycloak is started for them
                Map.entry("quarkus.oidc.tenant-enabled", "false"),
                // a poll that keeps failing is given up on within a test's patience (services: minutes)
                Map.entry("helpline.eventing.consumer.retry-for", "2s"),
                // a consumer wired as a service's (the shared settings once for the connector, as in every
                // service's application.properties), on a topic no other platform test writes to
                Map.entry(CONNECTOR + "batch", "true"),
                Map.entry(CONNECTOR + "group.id", "platform-test"),
                Map.entry(CONNECTOR + "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"),
                Map.entry(CONNECTOR + "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"),
                Map.entry(CONNECTOR + "auto.offset.reset", "earliest"),
                Map.entry(CONNECTOR + "failure-strategy", "dead-letter-queue"),
                Map.entry(CONNECTOR + "dead-letter-queue.key.serializer",
                        "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry(CONNECTOR + "dead-letter-queue.value.serializer",
                        "org.apache.kafka.common.serialization.StringSerializer"),
                Map.entry(RECEIVED + "connector", "smallrye-kafka"),
                Map.entry(RECEIVED + "topic", "helpline.escalations"),
                Map.entry(RECEIVED + "dead-letter-queue.topic", "helpline.escalations.dlq"));
    }
}
