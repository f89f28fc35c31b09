package org.helpline.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;


/**
 * Where analytics-service's {@code @QuarkusTest}s of the report and its projections start from: every request
 * is a supervisor's; {@code producers} publish on the four topics as the other services do; {@code database}
 * holds locks on the tables to keep the consumers waiting. The consumers apply events asynchronously, so a test
 * waits for the report to show what it published ({@link #awaitReport}) before it reads the rest of it.
 */
public abstract class AnalyticsServiceTest extends SignedInAsSupervisor {

    private static final Duration POLL = Duration.ofMillis(200);

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();
    protected final CloudEventWriter producers = new CloudEventWriter(topics);

    @Inject protected DataSource database;

    /** Waits up to 20 s for the year's report to answer with that count at that path. */
    protected static void awaitReport(int year, String path, int expected) {
        awaitReport(Duration.ofSeconds(20), year, path, expected);
    }

    protected static void awaitReport(Duration within, int year, String path, int expected) {
        await().atMost(within).pollInterval(POLL).untilAsserted(() ->
                given().get("/api/reports/" + year).then().statusCode(200).body(path, equalTo(expected)));
    }
}
