package org.helpline.analytics.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.helpline.analytics.AnalyticsSettings;
import org.helpline.analytics.projection.ProjectionPositions;
import org.helpline.analytics.projection.ReportProjector;
import org.helpline.contracts.Topics;
import org.helpline.platform.inbox.Inbox;
import org.helpline.platform.sql.StatementBatch;
import org.helpline.platform.wire.InboundEvent;
import org.helpline.platform.wire.InboundEventReader;
import org.helpline.platform.wire.UnreadableEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the report's read models from the four topics without downtime. A new copy of every
 * read-model table is filled in schema {@code report_rebuild} by replaying the topics from the
 * beginning with the same projector, while the live tables keep answering and keep being fed. Once
 * caught up, one transaction locks the live tables against writers (readers go on), applies what
 * arrived meanwhile, and swaps the tables: the rebuilt ones move into {@code public}, the old ones
 * into {@code report_previous} (kept until the next rebuild, for comparison). PostgreSQL DDL is
 * transactional, so readers see the old tables or the new ones, never a mixture.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);

    /** Inbox first: every live transaction writes it first, so locking it first cannot deadlock with one. */
    static final List<String> TABLES = List.of("inbox", "case_fact", "case_complaint_type", "case_platform",
            "service_fact", "follow_up_fact", "escalation_fact", "referral_fact", "projection_position");
    private static final String SCHEMA = "report_rebuild";

    public enum State {
        IDLE,
        REPLAYING,
        SWITCHING,
        DONE,
        FAILED
    }

    public record Progress(State state, long eventsDone, long eventsTotal, double eventsPerSecond, Instant startedAt,
            Instant finishedAt, String error) {
    }

    @Inject EntityManager em;
    @Inject ReportProjector projector;
    @Inject ProjectionPositions positions;
    @Inject Inbox inbox;
    @Inject InboundEventReader reader;
    @Inject StatementBatch statements;
    @Inject @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers;
    @Inject AnalyticsSettings settings;

    private final AtomicReference<Progress> progress = new AtomicReference<>(
            new Progress(State.IDLE, 0, 0, 0, null, null, null));
    private volatile Thread worker;

    public Progress progress() {
        return progress.get();
    }

    /** @return false if a rebuild is already running in this instance */
    public synchronized boolean start() {
        State state = progress.get().state();
        if (state == State.REPLAYING || state == State.SWITCHING) {
            return false;
        }
        Instant started = Instant.now();
        progress.set(new Progress(State.REPLAYING, 0, 0, 0, started, null, null));
        worker = new Thread(() -> run(started), "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    @PreDestroy
    void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run(Instant started) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> firsts = consumer.beginningOffsets(partitions);
            if (firsts.values().stream().anyMatch(first -> first > 0)) {
                // replaying what is left would swap a shorter history in: refuse rather than lose years
                throw new IllegalStateException("the topics no longer hold every event (retention deleted some); "
                        + "a rebuild would lose history: " + firsts);
            }
            consumer.seekToBeginning(partitions);
            QuarkusTransaction.requiringNew().run(this::createTables);
            long done = 0;
            while (!Thread.currentThread().isInterrupted()) {
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                // under steady traffic the end moves on while a poll is applied: close enough is when the rest
                // fits in one poll, which the switch-over drains to a fixed end while writers wait
                if (lag(consumer, ends) <= settings.analytics().rebuild().switchWithin()) {
                    break;
                }
                done += replay(consumer, consumer.poll(Duration.ofMillis(500)));
                report(State.REPLAYING, done, total(ends), started, null);
            }
            long replayed = done;
            progress.set(new Progress(State.SWITCHING, replayed, replayed, rate(replayed, started), started, null,
                    null));
            done += switchOverRetrying(consumer, partitions);
            report(State.DONE, done, done, started, Instant.now());
            LOG.infof("read models rebuilt from %d events in %.1f s and switched over", done,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
        } catch (RuntimeException | Error e) {
            // whatever went wrong, the state must leave REPLAYING, or no rebuild could start again
            LOG.errorf(e, "read-model rebuild failed; the live read models are unchanged");
            Progress last = progress.get();
            progress.set(new Progress(State.FAILED, last.eventsDone(), last.eventsTotal(), last.eventsPerSecond(),
                    started, Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void createTables() {
        em.createNativeQuery("drop schema if exists " + SCHEMA + " cascade").executeUpdate();
        em.createNativeQuery("create schema " + SCHEMA).executeUpdate();
        for (String table : TABLES) {
            // the shape of the live table as migrated now (columns, defaults, indexes, constraints)
            em.createNativeQuery("create table " + SCHEMA + "." + table + " (like public." + table + " including all)")
                    .executeUpdate();
        }
    }

    /** Applies a poll to the rebuild tables, in one transaction. */
    private long replay(KafkaConsumer<String, String> consumer, ConsumerRecords<String, String> records) {
        if (records.isEmpty()) {
            return 0;
        }
        QuarkusTransaction.requiringNew().run(() -> apply(records));
        return records.count();
    }

    private void apply(ConsumerRecords<String, String> records) {
        // unqualified names in the projector, inbox and positions now mean the rebuild's tables
        em.createNativeQuery("set local search_path to " + SCHEMA + ", public").executeUpdate();
        Map<String, List<InboundEvent>> readable = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.computeIfAbsent(record.topic(), topic -> new ArrayList<>()).add(reader.read(record));
            } catch (UnreadableEventException poison) {
                // set aside on the DLQ by the live consumer when it first met it
            }
        }
        // the inbox once per topic and the position once per partition: a round trip a poll, not an event
        for (Map.Entry<String, List<InboundEvent>> topic : readable.entrySet()) {
            Set<UUID> firsts = inbox.firstDeliveries("analytics." + topic.getKey(), topic.getValue());
            for (InboundEvent event : topic.getValue()) {
                if (firsts.remove(event.id())) {
                    projector.apply(event);
                }
            }
        }
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> ofPartition = records.records(partition);
            positions.advance(ofPartition.get(ofPartition.size() - 1));
        }
        // written while the search path still names the rebuild's tables
        statements.flush();
    }

    /**
     * The switch can lose a lock wait to a live transaction that took the tables in another order (a poll
     * of unreadable records writes positions before the inbox): then nothing has changed, the consumer
     * goes back to where the switch began, and it is tried again.
     */
    private long switchOverRetrying(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> mark = new HashMap<>();
        partitions.forEach(tp -> mark.put(tp, consumer.position(tp)));
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(300).call(() -> switchOver(consumer, partitions));
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                LOG.warnf("read-model switch-over attempt %d gave way (%s); trying again", attempt,
                        e.getClass().getSimpleName());
                mark.forEach(consumer::seek);
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Under a lock that stops live writers (not readers): apply what came meanwhile, then swap the tables. */
    private long switchOver(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        // a deadlock is detected anyway; a long wait behind a slow live poll is given up sooner
        em.createNativeQuery("set local lock_timeout = '10s'").executeUpdate();
        for (String table : TABLES) {
            em.createNativeQuery("lock table public." + table + " in exclusive mode").executeUpdate();
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long drained = 0;
        while (!caughtUp(consumer, ends)) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                apply(records);
                drained += records.count();
            }
        }
        em.createNativeQuery("set local search_path to public").executeUpdate();
        em.createNativeQuery("drop schema if exists report_previous cascade").executeUpdate();
        em.createNativeQuery("create schema report_previous").executeUpdate();
        for (String table : TABLES) {
            em.createNativeQuery("alter table public." + table + " set schema report_previous").executeUpdate();
            em.createNativeQuery("alter table " + SCHEMA + "." + table + " set schema public").executeUpdate();
        }
        em.createNativeQuery("drop schema " + SCHEMA).executeUpdate();
        return drained;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static long lag(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            lag += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        return lag;
    }

    private void report(State state, long done, long total, Instant started, Instant finished) {
        progress.set(new Progress(state, done, Math.max(done, total), rate(done, started), started, finished, null));
    }

    private static double rate(long done, Instant started) {
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return Math.round(done / seconds * 10) / 10.0;
    }

    private static long total(Map<TopicPartition, Long> ends) {
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> topics = new HashMap<>(consumer.listTopics(Duration.ofSeconds(10)));
        for (String topic : Topics.ALL) {
            for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "analytics-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
