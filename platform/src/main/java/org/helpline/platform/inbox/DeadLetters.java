package org.helpline.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.helpline.contracts.Topics;
import org.helpline.platform.tracing.EventLogContext;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends a record a consumer cannot process to {@code <topic>.dlq}, unchanged, with the reason in
 * headers ({@code dead-letter-reason}, {@code -exception-class-name}, {@code -topic}, {@code -partition},
 * {@code -offset}, {@code -consumer}). Batch consumers use it to set one record aside and go on with the
 * others. The reason names what is wrong, never a value from the message.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    MeterRegistry metrics;
    private Producer<String, String> producer;

    public void send(String consumer, ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null,
                record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        header(dead, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(dead, "dead-letter-exception-class-name", reason.getClass().getName());
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        header(dead, "dead-letter-consumer", consumer);
        try {
            producer().send(dead).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "-" + record.partition() + "@"
                    + record.offset(), e);
        }
        counted(record.topic(), consumer).increment();
        try (EventLogContext log = EventLogContext.of(record)) {
            LOG.warnf("%s set %s-%d@%d aside on %s: %s", consumer, record.topic(), record.partition(),
                    record.offset(), dead.topic(), reason.getMessage());
        }
    }

    /**
     * A poll whose retries ran out ({@code helpline.eventing.consumer.retry-for}) without a rule broken: the
     * connector's failure strategy (dead-letter-queue, set for every consumer) sends its records to the twin.
     * Counted here, where the consumer gives up, with the others it set aside.
     */
    void givenUp(String consumer, List<ConsumerRecord<String, String>> records, Throwable reason) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
        records.forEach(record -> byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                partition -> new ArrayList<>()).add(record));
        byPartition.forEach((partition, lost) -> {
            counted(partition.topic(), consumer).increment(lost.size());
            LOG.errorf("%s gave up on %d records of %s from offset %d after its retries (%s): the connector sets "
                    + "them aside on %s", consumer, lost.size(), partition, lost.get(0).offset(),
                    InboundProcessing.describe(reason), Topics.deadLetterOf(partition.topic()));
        });
    }

    private Counter counted(String topic, String consumer) {
        return Counter.builder("helpline.dead.letters")
                .description("Records a consumer set aside on the topic's dead-letter twin, itself or, once its "
                        + "retries ran out, through the connector's failure strategy")
                .tag("topic", topic).tag("consumer", consumer).register(metrics);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
