package org.helpline.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.helpline.cases.caseflow.OpenCases;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Where case-service's {@code @QuarkusTest}s start from: every request is a supervisor's unless a test sends
 * it as someone else ({@code given().spec(Staff.as("associate"))}); {@code intake} publishes on helpline.contacts
 * as intake-service does; {@code topics} reads what the service published; {@code entityManager} looks at or
 * changes the tables directly, each time in a transaction of its own. Every test runs with a fresh key token.
 */
@QuarkusTestResource(KeyTokenForTests.class)
public abstract class CaseServiceTest extends SignedInAsSupervisor {

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();
    protected final CloudEventWriter intake = new CloudEventWriter(topics);

    @Inject
    protected EntityManager entityManager;

    /** A case intake opened at that time, once case-service has it. */
    protected UUID openCaseAt(String openedAt) {
        return OpenCases.openedThrough(intake, Instant.parse(openedAt));
    }
}
