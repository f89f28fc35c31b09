package org.helpline.tools.topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prints a topic's CloudEvents, interleaved by time across its partitions, as an operator asks:
 * {@code deploy/stack watch helpline.contacts [--from-end | --since 2026-12-03T09:00:00Z] [--type CaseOpened]
 * [--key <case id>] [--json] [--until-end]}. Without {@code --from-end} or {@code --since} it starts at the
 * beginning; {@code --json} prints one JSON object a line (partition, offset, key, time, headers, body);
 * {@code --until-end} stops once it has printed what the topic held when it started. Joins no consumer group, so
 * it never moves a service's offsets.
 */
public final class WatchTopic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<ConsumerRecord<String, String>> BY_TIME = Comparator
            .<ConsumerRecord<String, String>>comparingLong(ConsumerRecord::timestamp) // Kafka's: when it was sent
            .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset);

    /** What the operator asked for. */
    record Options(String bootstrap, String topic, boolean fromEnd, Optional<Instant> since, Optional<String> type,
            Optional<String> key, boolean json, boolean untilEnd) {

        static Options of(String[] args) {
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new IllegalArgumentException("watch needs a topic first, e.g. helpline.contacts");
            }
            boolean fromEnd = false;
            boolean json = false;
            boolean untilEnd = false;
            Optional<Instant> since = Optional.empty();
            Optional<String> type = Optional.empty();
            Optional<String> key = Optional.empty();
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--from-end" -> fromEnd = true;
                    case "--json" -> json = true;
                    case "--until-end" -> untilEnd = true;
                    case "--since" -> since = Optional.of(Instant.parse(value(args, ++i, "--since")));
                    case "--type" -> type = Optional.of(value(args, ++i, "--type"));
                    case "--key" -> key = Optional.of(value(args, ++i, "--key"));
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--from-end, "
                            + "--since <ISO instant>, --type <event type>, --key <key>, --json, --until-end)");
                }
            }
            if (fromEnd && since.isPresent()) {
                throw new IllegalArgumentException("--from-end and --since exclude each other");
            }
            return new Options(args[0], args[1], fromEnd, since, type, key, json, untilEnd);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        boolean wants(ConsumerRecord<String, String> record) {
            return key.map(k -> k.equals(record.key())).orElse(true)
                    && type.map(t -> t.equals(header(record, "ce_type"))).orElse(true);
        }
    }

    private WatchTopic() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.of(args);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(options.topic(), Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(options.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                System.err.println("There is no topic " + options.topic() + " (deploy/stack up creates the "
                        + "helpline's topics and their .dlq twins).");
                System.exit(2);
            }
            consumer.assign(partitions);
            seek(consumer, partitions, options);
            List<ConsumerRecord<String, String>> arrived = catchUp(consumer, partitions, options);
            while (!options.untilEnd()) {
                // records arriving now: each poll's in time order (a poll holds what the partitions have so far)
                arrived.sort(BY_TIME);
                arrived.forEach(r -> print(r, options));
                arrived = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(arrived::add);
            }
        }
    }

    private static void seek(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Options options) {
        if (options.fromEnd()) {
            consumer.seekToEnd(partitions);
        } else if (options.since().isPresent()) {
            Map<TopicPartition, Long> at = new HashMap<>();
            partitions.forEach(p -> at.put(p, options.since().get().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(at);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, found.get(p) == null ? ends.get(p) : found.get(p).offset()));
        } else {
            consumer.seekToBeginning(partitions);
        }
        partitions.forEach(consumer::position); // resolve the seeks before reading the ends below
    }

    /**
     * What the topic held when the watch began, merged by time: a record is printed only once every partition
     * that still has records before its end has one waiting, so the earliest of all comes first. Answers the
     * records read past those ends meanwhile, for the live part of the watch.
     */
    private static List<ConsumerRecord<String, String>> catchUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Options options) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, ArrayDeque<ConsumerRecord<String, String>>> waiting = new LinkedHashMap<>();
        partitions.forEach(p -> waiting.put(p, new ArrayDeque<>()));
        PriorityQueue<ConsumerRecord<String, String>> next = new PriorityQueue<>(BY_TIME);
        Map<TopicPartition, Long> read = new HashMap<>();
        List<ConsumerRecord<String, String>> after = new ArrayList<>();
        partitions.forEach(p -> read.put(p, consumer.position(p)));
        while (true) {
            boolean allRead = partitions.stream().allMatch(p -> read.get(p) >= ends.get(p));
            if (!allRead) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() < ends.get(p)) {
                        waiting.get(p).add(r);
                        next.add(r);
                    } else {
                        after.add(r);
                    }
                }
                // the position, not the last record: offsets that hold no record (a transaction's marker, a
                // compacted one) still count as read, so a partition ending in one does not hold the merge up
                partitions.forEach(p -> read.put(p, Math.max(read.get(p), consumer.position(p))));
            }
            while (!next.isEmpty()) {
                ConsumerRecord<String, String> earliest = next.peek();
                boolean everyPartitionHasOne = partitions.stream().allMatch(p -> read.get(p) >= ends.get(p)
                        || !waiting.get(p).isEmpty());
                if (!everyPartitionHasOne) {
                    break;
                }
                next.poll();
                waiting.get(new TopicPartition(earliest.topic(), earliest.partition())).poll();
                print(earliest, options);
            }
            if (allRead && next.isEmpty()) {
                return after;
            }
        }
    }

    private static void print(ConsumerRecord<String, String> record, Options options) {
        if (!options.wants(record)) {
            return;
        }
        if (options.json()) {
            ObjectNode line = JSON.createObjectNode();
            line.put("topic", record.topic()).put("partition", record.partition()).put("offset", record.offset())
                    .put("key", record.key()).put("time", Instant.ofEpochMilli(record.timestamp()).toString());
            ObjectNode headers = line.putObject("headers");
            for (Header h : record.headers()) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
            line.set("body", body(record.value()));
            System.out.println(line);
        } else {
            System.out.printf("%s-%d@%d  key=%s  at %s%n", record.topic(), record.partition(), record.offset(),
                    record.key(), Instant.ofEpochMilli(record.timestamp()));
            for (Header h : record.headers()) {
                System.out.printf("  %s: %s%n", h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
            System.out.printf("  %s%n%n", record.value());
        }
        System.out.flush();
    }

    /** The body as JSON; a body that is not JSON (a poison record on a dead-letter topic) as a string. */
    private static JsonNode body(String value) {
        try {
            return value == null ? JSON.nullNode() : JSON.readTree(value);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
