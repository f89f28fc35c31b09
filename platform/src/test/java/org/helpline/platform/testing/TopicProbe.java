package org.helpline.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a topic from its beginning, as an operator watching it would, and writes raw records to it. */
public final class TopicProbe {

    private final String bootstrapServers;

    /** How long {@link #awaitExactly} keeps reading after the expected records arrived, for a duplicate to show. */
    public static final Duration SETTLE = Duration.ofSeconds(3);

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The probe of the broker a {@code @QuarkusTest} runs against ({@code kafka.bootstrap.servers}). */
    public static TopicProbe ofTheTestBroker() {
        return new TopicProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /**
     * Proves "exactly {@code count}": waits until {@code count} records of {@code topic} match, then goes on
     * reading for {@link #SETTLE} and on to the topic's end offsets, so that a record published twice (or one
     * too many) is seen, and fails unless exactly {@code count} matched.
     */
    public List<ConsumerRecord<String, String>> awaitExactly(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = fromBeginning(topic)) {
            List<ConsumerRecord<String, String>> matched = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matched.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected exactly " + count + " matching records on " + topic + " within "
                            + timeout + ", found " + matched.size());
                }
                pollInto(consumer, match, matched);
            }
            long settled = System.nanoTime() + SETTLE.toNanos();
            while (System.nanoTime() < settled) {
                pollInto(consumer, match, matched);
            }
            readToEnd(consumer, match, matched);
            if (matched.size() != count) {
                throw new AssertionError("expected exactly " + count + " matching records on " + topic + ", found "
                        + matched.size() + " (read to the end after " + SETTLE + ")");
            }
            return matched;
        }
    }

    /** Waits until a record of {@code topic} matches, and returns it. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> found = awaitAll(topic, match, 1, timeout);
        return found.get(0);
    }

    /** Waits until {@code count} records of {@code topic} match, and returns all that matched by then. */
    public List<ConsumerRecord<String, String>> awaitAll(String topic, Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = fromBeginning(topic)) {
            List<ConsumerRecord<String, String>> matched = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        matched.add(record);
                    }
                }
                if (matched.size() >= count) {
                    return matched;
                }
            }
            throw new AssertionError("expected " + count + " matching records on " + topic + " within " + timeout
                    + ", found " + matched.size());
        }
    }

    /** Every record of {@code topic} that matches, read from the beginning up to the topic's current end. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> match) {
        try (KafkaConsumer<String, String> consumer = fromBeginning(topic)) {
            List<ConsumerRecord<String, String>> matched = new ArrayList<>();
            readToEnd(consumer, match, matched);
            return matched;
        }
    }

    private static void readToEnd(KafkaConsumer<String, String> consumer,
            Predicate<ConsumerRecord<String, String>> match, List<ConsumerRecord<String, String>> matched) {
        List<TopicPartition> partitions = List.copyOf(consumer.assignment());
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read " + partitions + " to the end within 30 s");
            }
            pollInto(consumer, match, matched);
        }
    }

    private static void pollInto(KafkaConsumer<String, String> consumer,
            Predicate<ConsumerRecord<String, String>> match, List<ConsumerRecord<String, String>> matched) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (match.test(record)) {
                matched.add(record);
            }
        }
    }

    /** A consumer outside any group, assigned every partition of the topic, at the beginning. */
    private KafkaConsumer<String, String> fromBeginning(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    public void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record);
            producer.flush();
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Asserts that the record is a CloudEvent (binary mode, as the outbox relay sends it) of this type, from
     * this source, about this subject, with a uuid for its id, a time, its schema and its trace context.
     */
    public static void assertCloudEvent(ConsumerRecord<?, ?> record, String type, String source, String subject) {
        Assertions.assertThat(header(record, "ce_type")).isEqualTo(type);
        Assertions.assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        Assertions.assertThat(header(record, "ce_source")).isEqualTo(source);
        Assertions.assertThat(header(record, "ce_subject")).isEqualTo(subject);
        Assertions.assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        Assertions.assertThat(header(record, "ce_time")).isNotBlank();
        Assertions.assertThat(header(record, "ce_dataschema")).as("ce_dataschema of %s", type)
                .matches("https?://[^/]+/schemas/events/" + type + "/v\\d+\\.json");
        Assertions.assertThat(header(record, "ce_traceparent")).as("ce_traceparent of %s", type)
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }
}
