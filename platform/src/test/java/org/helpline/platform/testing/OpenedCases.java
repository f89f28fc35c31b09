package org.helpline.platform.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.helpline.platform.knowncases.KnownCases;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A case made known the way a real one is: intake's CaseOpened on helpline.contacts, for services that keep
 * known cases (escalation, referral). The wait asks the known-case table, not the REST API, so that finding
 * out leaves no probe escalation or referral behind to skew counts.
 */
public final class OpenedCases {

    private OpenedCases() {
    }

    public static UUID open(TopicProbe topics) {
        UUID caseId = UUID.randomUUID();
        new CloudEventWriter(topics).publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        KnownCases knownCases = Arc.container().instance(KnownCases.class).get();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> knownCases.contains(caseId)));
        return caseId;
    }
}
