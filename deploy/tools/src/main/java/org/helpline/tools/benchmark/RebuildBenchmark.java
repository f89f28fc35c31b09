package org.helpline.tools.benchmark;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.tools.stackclient.Json;
import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Answer;
import org.helpline.tools.stackclient.StackClient.Request;

/**
 * Analytics' rebuild at a size no year of a helpline reaches: N events written straight onto helpline.escalations
 * (through REST they would take hours) as escalation-service would publish them (CloudEvents, wire JSON with its
 * schemaVersion first, pairs of EscalationSent and EscalationResolved of report year 2089), then, once the live
 * consumer has applied them, the rebuild replays every topic and switches, while analytics' resident memory is read
 * every second. helpline.escalations is read by analytics alone, so no other service does the work. The events
 * stay on the local stack's topic ({@code deploy/stack reset} removes them; N = 0 writes none and rebuilds what the
 * topics hold). {@code deploy/stack bench-rebuild [N]}, arguments {@code ANALYTICS ESCALATIONS KAFKA ANALYTICS_PID N}
 * (ESCALATIONS: escalation-service's URL, which serves the events' schemas). Their {@code ce_source} says they
 * come from this generator, not from the service.
 */
public final class RebuildBenchmark {

    private static final int YEAR = 2089;
    private static final StackClient CLIENT = StackClient.asSupervisor(HttpClient.Version.HTTP_2);

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String analytics = args[0];
        String escalations = args[1].replace("127.0.0.1", "localhost");
        long pid = Long.parseLong(args[3]);
        int events = Integer.parseInt(args[4]);
        long written = write(args[2], escalations, events);
        System.out.printf("written      %,d events onto helpline.escalations%n", written);
        long waitStarted = System.nanoTime();
        while (lag(analytics) > 0) {
            Thread.sleep(1_000);
        }
        System.out.printf("live         analytics' consumer applied them in %.0f s after the last was written%n",
                (System.nanoTime() - waitStarted) / 1e9);

        Answer started = CLIENT.send(Request.post(analytics + "/api/projections/rebuild", null));
        if (started.status() != 202) {
            throw new IllegalStateException("analytics refused the rebuild: " + started.status() + " " + started.body());
        }
        List<Double> rss = new ArrayList<>();
        Progress progress;
        do {
            Thread.sleep(1_000);
            rss.add(StackCpu.residentKiB(pid) / 1024.0);
            progress = CLIENT.read(analytics + "/api/projections/rebuild", Progress.class);
        } while (!"DONE".equals(progress.state()) && !"FAILED".equals(progress.state()));
        if ("FAILED".equals(progress.state())) {
            throw new IllegalStateException("the rebuild failed: " + progress.error());
        }
        double seconds = (progress.finishedAt().toEpochMilli() - progress.startedAt().toEpochMilli()) / 1000.0;
        System.out.printf("rebuilt      %,d events replayed and switched in %.1f s (%,.0f events/s; target: "
                + "1,000,000 in under 120 s)%n", progress.eventsDone(), seconds, progress.eventsDone() / seconds);
        System.out.printf("memory       analytics' RSS during the rebuild: first %.0f, least %.0f, most %.0f, last %.0f "
                + "MiB (one reading a second)%n", rss.get(0), rss.stream().mapToDouble(Double::doubleValue).min()
                        .orElse(0), rss.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                rss.get(rss.size() - 1));
    }

    /** The rebuild's progress as analytics answers it. */
    public record Progress(String state, long eventsDone, long eventsTotal, double eventsPerSecond, Instant startedAt,
            Instant finishedAt, String error) {
    }

    private record TopicLag(String topic, long lag) {
    }

    private static long lag(String analytics) throws Exception {
        Answer answer = CLIENT.get(analytics + "/api/projections/status");
        return answer.status() != 200 ? Long.MAX_VALUE
                : Arrays.stream(answer.as(TopicLag[].class)).mapToLong(TopicLag::lag).sum();
    }

    private static long write(String kafka, String escalations, int events) throws Exception {
        Platform[] platforms = Platform.values();
        EscalationReason[] reasons = EscalationReason.values();
        EscalationOutcome[] outcomes = EscalationOutcome.values();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long written = 0;
        try (Producer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new StringSerializer())) {
            for (int pair = 0; pair < events / 2; pair++) {
                UUID caseId = UUID.randomUUID();
                UUID escalationId = UUID.randomUUID();
                Instant sent = OffsetDateTime.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28), 10, 0, 0, 0,
                        ZoneOffset.ofHours(5)).toInstant();
                Platform platform = platforms[random.nextInt(platforms.length)];
                send(producer, escalations, new EscalationSent(caseId, escalationId, platform,
                        reasons[random.nextInt(reasons.length)], sent), sent);
                send(producer, escalations, new EscalationResolved(caseId, escalationId, platform,
                        outcomes[random.nextInt(outcomes.length)], sent.plusSeconds(86_400)), sent.plusSeconds(86_400));
                written += 2;
            }
            producer.flush();
        }
        return written;
    }

    private static void send(Producer<String, String> producer, String escalations, IntegrationEvent event,
            Instant at) {
        EventContract<?> contract = IntegrationEvents.of(event);
        // the wire JSON: schemaVersion first, then the record's fields (platform's EventCodec writes it so)
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("schemaVersion", contract.schemaVersion());
        body.setAll((ObjectNode) Json.MAPPER.valueToTree(event));
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), event.partitionKey(),
                Json.write(body));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", contract.type());
        header(record, "ce_source", "/helpline/bench-rebuild");
        header(record, "ce_time", at.toString());
        header(record, "ce_subject", event.partitionKey());
        header(record, "ce_dataschema", escalations + "/schemas/events/" + contract.type() + "/v"
                + contract.schemaVersion() + ".json");
        header(record, "content-type", "application/json");
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
