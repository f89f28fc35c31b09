package org.helpline.intake.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.intake.IntakeServiceTest;
import org.helpline.platform.outbox.OutboxRelay;
import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The outbox's figures on /q/metrics are read from its table, so that they rise while nothing can be published
 * (Kafka away, or, as here, the relay's advisory lock held by someone else, as another instance would) and fall
 * back to 0 once the relay has caught up; not set only after a send, which reads 0 exactly when events pile up.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class OutboxMetricsTest extends IntakeServiceTest {

    @Inject
    DataSource dataSource;

    @Test
    void theBacklogAndTheOldestEventsAgeRiseWhileTheRelayCannotPublishAndFallBackAfterwards() throws Exception {
        String caseId;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            caseId = newContact().statusCode(201).extract().path("caseId");
            newContact().statusCode(201);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(metric("helpline_outbox_backlog")).isGreaterThanOrEqualTo(2);
                assertThat(metric("helpline_outbox_oldest_age_seconds")).isPositive();
            });
            given().get("/q/health/ready").then().statusCode(200);
            holder.commit();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(metric("helpline_outbox_backlog")).isZero();
            assertThat(metric("helpline_outbox_oldest_age_seconds")).isZero();
        });
        topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()), Duration.ofSeconds(15));
    }

    @Test
    void everyMetricOfTheHelplinesOwnHasItsHelpText() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher named = Pattern.compile("(?m)^# TYPE (helpline_\\w+) ").matcher(metrics);
        int seen = 0;
        while (named.find()) {
            seen++;
            assertThat(metrics).as(named.group(1)).containsPattern("(?m)^# HELP " + named.group(1) + " \\S+");
        }
        assertThat(seen).as("intake's own metrics: outbox, personal data hand-off").isGreaterThanOrEqualTo(4);
    }

    private static io.restassured.response.ValidatableResponse newContact() {
        return given().contentType(ContentType.JSON).body(ContactRequests.newCase().build()).post("/api/contacts")
                .then();
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertThat(sample.find()).as("%s on /q/metrics", name).isTrue();
        return Double.parseDouble(sample.group(1));
    }
}
