package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;

import io.restassured.http.ContentType;

/**
 * The operators' alert rules and dashboard (deploy/monitoring): every alert fires on the series that should raise
 * it and stays quiet otherwise ({@code promtool test rules}, Debian's prometheus package, which .ci/run installs),
 * and every metric the rules and the dashboard name is one the running services serve on /q/metrics.
 */
class MonitoringRulesIT extends OnTheLocalStack {

    private static final Path MONITORING = Path.of("../monitoring");
    private static final List<String> SERVICES = List.of("intake-service", "case-service", "escalation-service",
            "referral-service", "analytics-service", "console");

    @Test
    void everyAlertRuleFiresWhenItShouldAndStaysQuietOtherwise() throws Exception {
        Process promtool = new ProcessBuilder("promtool", "test", "rules", "helpline-alerts.test.yml")
                .directory(MONITORING.toFile()).redirectErrorStream(true).start();
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).as("promtool answered").isTrue();
        String said = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.exitValue()).as("promtool test rules:%n%s", said).isZero();
        assertThat(said).contains("SUCCESS");
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardNameIsServedByARunningService() throws Exception {
        // the metrics that appear with their first sample: a refused request, and a record set aside
        // without any token (this class's RestAssured requests carry the supervisor's, whatever auth() says)
        HttpResponse<Void> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.url("case-service") + "/api/cases")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(401);
        UUID poisoned = UUID.randomUUID();
        topics.send(Topics.CONTACTS, poisoned.toString(), "not an event", Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_type", "CaseOpened"));
        topics.await(Topics.deadLetterOf(Topics.CONTACTS), r -> poisoned.toString().equals(r.key()),
                Duration.ofSeconds(30));

        // and a consumer's processing time, with the first event it applies
        given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW",
                "receivedAt", "2058-01-05T10:00:00+05:00", "complainant", Map.of("ageBand", "AGE_18_30",
                        "gender", "FEMALE", "city", "Multan", "callerType", "SELF")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);

        Set<String> named = new TreeSet<>();
        for (String file : List.of("helpline-alerts.yml", "grafana-dashboard.json")) {
            Matcher metric = Pattern.compile("\\b(helpline_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b")
                    .matcher(Files.readString(MONITORING.resolve(file)));
            while (metric.find()) {
                named.add(metric.group(1));
            }
        }
        assertThat(named).contains("helpline_outbox_backlog", "helpline_outbox_oldest_age_seconds",
                "helpline_dead_letters_total", "helpline_projection_lag", "helpline_access_refused_total",
                "helpline_consumer_processing_seconds_count");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StringBuilder served = new StringBuilder();
            for (String service : SERVICES) {
                served.append(given().get(stack.url(service) + "/q/metrics").then().statusCode(200)
                        .extract().asString());
            }
            for (String metric : named) {
                assertThat(served).as("%s on a service's /q/metrics", metric)
                        .containsPattern("(?m)^" + metric + "[{ ]");
            }
        });
    }
}
