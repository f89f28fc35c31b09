package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.http.ContentType;

/**
 * What an operator follows a contact by, on the running stack: its trace id on the log lines of intake, of
 * intake's outbox relay and of each of the four services that consume it; a schema for every event on the
 * topics, served by its publisher at the address the event names; and the outbox backlog that rises while
 * Kafka is away and falls back to 0 once it is back.
 */
class FollowingAContactIT extends OnTheLocalStack {

    private static final int YEAR = 2058;
    private static final List<String> CONSUMERS = List.of("case-service", "escalation-service", "referral-service",
            "analytics-service");
    private static final Pattern BACKLOG = Pattern.compile("^helpline_outbox_backlog(?:\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aContactsTraceIdIsOnTheLinesOfIntakeItsRelayAndEachOfTheFourConsumers() {
        String trace = HexFormat.of().formatHex(randomBytes(16));
        String caseId = given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-00")
                .body(contact()).post(stack.url("intake-service") + "/api/contacts").then().statusCode(201)
                .extract().path("caseId");
        ConsumerRecord<String, String> opened = topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()),
                Duration.ofSeconds(20));
        String eventId = TopicProbe.header(opened, "ce_id");
        assertThat(TopicProbe.header(opened, "ce_traceparent")).as("the trace travels in the CloudEvent")
                .startsWith("00-" + trace + "-");
        assertThat(TopicProbe.header(opened, "ce_correlationid")).as("the flow's correlation is its trace")
                .isEqualTo(asUuid(trace));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(linesWith("intake-service", trace)).as("intake's request and its relay")
                    .anyMatch(line -> line.contains("Recording contact") && line.contains("CaseOpened"))
                    .anyMatch(line -> line.contains("Published CaseOpened " + eventId));
            for (String consumer : CONSUMERS) {
                assertThat(linesWith(consumer, trace)).as("%s's log", consumer)
                        .anyMatch(line -> line.contains("applied CaseOpened " + eventId)
                                && line.contains("correlation=" + asUuid(trace)));
            }
        });
    }

    @Test
    void everyEventOnTheTopicsNamesTheSchemaItsPublisherServesAndItsBodyValidatesAgainstIt() throws Exception {
        given().contentType(ContentType.JSON).body(contact()).post(stack.url("intake-service") + "/api/contacts")
                .then().statusCode(201);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> schemas = new HashMap<>();
        List<String> invalid = new ArrayList<>();
        int checked = 0;
        for (String topic : List.of(Topics.CONTACTS, Topics.CASES, Topics.ESCALATIONS, Topics.REFERRALS)) {
            for (ConsumerRecord<String, String> record : topics.readAll(topic, FollowingAContactIT::publishedByAService)) {
                String schema = TopicProbe.header(record, "ce_dataschema");
                String publisher = TopicProbe.header(record, "ce_source").substring("/helpline/".length());
                assertThat(schema).as("ce_dataschema of %s-%d@%d: served by its publisher, %s", topic,
                        record.partition(), record.offset(), publisher)
                        .startsWith(stack.url(publisher).replace("127.0.0.1", "localhost") + "/schemas/events/");
                Set<ValidationMessage> errors = schemas.computeIfAbsent(schema,
                        url -> factory.getSchema(URI.create(url))).validate(JSON.readTree(record.value()));
                if (!errors.isEmpty()) {
                    invalid.add(topic + "-" + record.partition() + "@" + record.offset() + " " + errors);
                }
                checked++;
            }
        }
        assertThat(invalid).as("records whose body does not validate against their ce_dataschema").isEmpty();
        assertThat(checked).isPositive();
        assertThat(schemas.keySet()).as("each fetched from its publisher").allMatch(url -> url.matches(
                "http://localhost:\\d+/schemas/events/\\w+/v\\d+\\.json"));
    }

    @Test
    void theOutboxBacklogRisesWhileKafkaIsDownAndFallsBackToZeroOnceItIsBack() {
        stack.stop("kafka");
        try {
            // read with Kafka already away: nothing leaves the outbox between this reading and the next
            double before = backlog();
            for (int i = 0; i < 5; i++) {
                given().contentType(ContentType.JSON).body(contact())
                        .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);
            }
            assertThat(backlog()).as("read from the table while Kafka is away").isGreaterThanOrEqualTo(before + 5);
        } finally {
            stack.up();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> backlog() == 0);
        // the stack as the other classes expect it: every consumer back and caught up
        stack.awaitAnalyticsCaughtUp();
    }

    private static double backlog() {
        String metrics = given().get(stack.url("intake-service") + "/q/metrics").then().statusCode(200).extract()
                .asString();
        Matcher sample = BACKLOG.matcher(metrics);
        assertThat(sample.find()).as("helpline_outbox_backlog on intake's /q/metrics").isTrue();
        return Double.parseDouble(sample.group(1));
    }

    /** The service's log lines carrying this trace id. */
    private static List<String> linesWith(String service, String trace) {
        try {
            return Files.readAllLines(stack.logs().resolve(service + ".log"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(trace)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Not the records tests write themselves (poison, replays): those name no service as their source. */
    private static boolean publishedByAService(ConsumerRecord<String, String> record) {
        String source = TopicProbe.header(record, "ce_source");
        return source != null && source.matches("/helpline/[a-z]+-service");
    }

    private static String asUuid(String trace) {
        return trace.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static Map<String, Object> contact() {
        return Map.of("channel", "PHONE", "kind", "NEW", "receivedAt", YEAR + "-03-02T10:00:00+05:00",
                "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "city", "Multan",
                        "callerType", "SELF"));
    }
}
