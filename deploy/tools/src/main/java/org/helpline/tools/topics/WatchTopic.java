package org.helpline.tools.topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic from its beginning, one CloudEvent per block: partition/offset, key, ce_* headers, body.
 * {@code deploy/stack watch helpline.contacts}. Joins no consumer group, so it never moves a service's offsets.
 */
public final class WatchTopic {

    private WatchTopic() {
    }

    public static void main(String[] args) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(args[1], Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(args[1], p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    System.out.printf("%s-%d@%d  key=%s  at %s%n", r.topic(), r.partition(), r.offset(), r.key(),
                            Instant.ofEpochMilli(r.timestamp()));
                    for (Header h : r.headers()) {
                        System.out.printf("  %s: %s%n", h.key(), new String(h.value(), StandardCharsets.UTF_8));
                    }
                    System.out.printf("  %s%n%n", r.value());
                }
            }
        }
    }
}
