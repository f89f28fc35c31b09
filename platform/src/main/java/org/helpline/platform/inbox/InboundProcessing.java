package org.helpline.platform.inbox;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import org.helpline.platform.domain.RuleViolation;
import org.helpline.platform.sql.StatementBatch;
import org.helpline.platform.tracing.EventLogContext;
import org.helpline.platform.tracing.EventTracing;
import org.helpline.platform.wire.InboundEvent;
import org.helpline.platform.wire.InboundEventReader;
import org.helpline.platform.wire.UnreadableEventException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a poll's worth of records in one transaction, together with the inbox, and tells poison from
 * passing trouble:
 * <ul>
 * <li>an unreadable record is set aside on the dead-letter topic before the batch is applied;</li>
 * <li>a broken rule can never succeed: the batch is rolled back and applied record by record, and the
 * record that breaks the rule is set aside;</li>
 * <li>anything else (the database restarting, a lock timeout) is retried with back-off for up to
 * {@code helpline.eventing.consumer.retry-for}, holding the partition, so an outage never sends good
 * events to the dead-letter topic.</li>
 * </ul>
 * One transaction per poll instead of per event is what keeps replays and bursts cheap.
 */
@ApplicationScoped
public class InboundProcessing {

    private static final Logger LOG = Logger.getLogger(InboundProcessing.class);

    @Inject
    Inbox inbox;
    @Inject
    InboundEventReader reader;
    @Inject
    DeadLetters deadLetters;
    @Inject
    InboxConfig config;
    @Inject
    EventTracing tracing;
    @Inject
    MeterRegistry metrics;
    @Inject
    StatementBatch statements;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Applies {@code effect} to each record's event on its first delivery; redeliveries are dropped. */
    public void process(String consumer, ConsumerRecords<String, String> records, Consumer<InboundEvent> effect) {
        process(consumer, records, effect, record -> {
        });
    }

    /**
     * As above, and runs {@code always} for every record (also redelivered or dead-lettered ones) in the
     * same transaction, e.g. to record the position reached.
     */
    public void process(String consumer, ConsumerRecords<String, String> records, Consumer<InboundEvent> effect,
            Consumer<ConsumerRecord<String, String>> always) {
        if (records.isEmpty()) {
            return;
        }
        List<Readable> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                batch.add(new Readable(record, reader.read(record)));
            } catch (UnreadableEventException poison) {
                deadLetters.send(consumer, record, poison);
                batch.add(new Readable(record, null));
            }
        }
        try {
            applyAll(consumer, batch, effect, always);
        } catch (RetriesExhausted gaveUp) {
            // the connector's failure strategy takes the poll from here: its dead-letter topic (the records
            // already set aside as unreadable are not counted twice)
            deadLetters.givenUp(consumer, batch.stream().filter(one -> one.event() != null).map(Readable::record)
                    .toList(), gaveUp.getCause());
            throw gaveUp;
        }
    }

    /** Passing trouble that outlasted {@code helpline.eventing.consumer.retry-for}; the cause is the last. */
    static final class RetriesExhausted extends RuntimeException {
        RetriesExhausted(RuntimeException last) {
            super("retries exhausted: " + describe(last), last);
        }
    }

    private void applyAll(String consumer, List<Readable> batch, Consumer<InboundEvent> effect,
            Consumer<ConsumerRecord<String, String>> always) {
        try {
            retrying(consumer, batch.get(0).record(), () -> apply(consumer, batch, effect, always));
        } catch (RuleViolation | UnreadableEventException brokenRule) {
            for (Readable one : batch) {
                try {
                    retrying(consumer, one.record(), () -> apply(consumer, List.of(one), effect, always));
                } catch (RuleViolation | UnreadableEventException poison) {
                    deadLetters.send(consumer, one.record(), poison);
                    retrying(consumer, one.record(), () -> apply(consumer, List.of(new Readable(one.record(), null)),
                            effect, always));
                }
            }
        }
    }

    private record Readable(ConsumerRecord<String, String> record, InboundEvent event) {
    }

    private void apply(String consumer, List<Readable> batch, Consumer<InboundEvent> effect,
            Consumer<ConsumerRecord<String, String>> always) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<UUID> firsts = inbox.firstDeliveries(consumer,
                    batch.stream().map(Readable::event).filter(Objects::nonNull).toList());
            for (Readable one : batch) {
                if (one.event() != null) {
                    // removed once applied: the same id later in the poll is a redelivery
                    applyOne(consumer, one, firsts.remove(one.event().id()), effect);
                }
                always.accept(one.record());
            }
            // what the effects and the always-steps batched is written before the poll commits
            statements.flush();
        });
    }

    /**
     * One record's effect, in a span of its own (a child of its publishing) that is current meanwhile: what
     * the effect appends continues the trace, and every line it logs carries the event's ids.
     */
    private void applyOne(String consumer, Readable one, boolean firstDelivery, Consumer<InboundEvent> effect) {
        InboundEvent event = one.event();
        Span span = tracing.processing(consumer, one.record(), event.id().toString(), event.type());
        long started = System.nanoTime();
        try (Scope current = span.makeCurrent();
                EventLogContext log = EventLogContext.open(span, event.id(), event.correlationId(),
                        event.causationId())) {
            if (firstDelivery) {
                effect.accept(event);
                processingTime(consumer, event.topic()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                LOG.debugf("%s applied %s %s from %s-%d@%d", consumer, event.type(), event.id(), event.topic(),
                        event.partition(), event.offset());
            } else {
                LOG.debugf("%s had already applied %s %s (%s-%d@%d, a redelivery)", consumer, event.type(),
                        event.id(), event.topic(), event.partition(), event.offset());
            }
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private Timer processingTime(String consumer, String topic) {
        return timers.computeIfAbsent(consumer + '\u0000' + topic, key -> Timer.builder("helpline.consumer.processing")
                .description("Time a consumer took to apply one event on its first delivery (its share of the "
                        + "poll's transaction, without the commit and without the statements it batched, which are "
                        + "written once per poll; redeliveries and attempts that failed not counted)")
                .tag("consumer", consumer).tag("topic", topic).register(metrics));
    }

    private void retrying(String consumer, ConsumerRecord<String, String> first, Runnable work) {
        long deadline = System.nanoTime() + config.retryFor().toNanos();
        long backoffMs = 100;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuleViolation | UnreadableEventException poison) {
                throw poison;
            } catch (RuntimeException trouble) {
                if (System.nanoTime() > deadline) {
                    throw new RetriesExhausted(trouble);
                }
                try (EventLogContext log = EventLogContext.of(first)) {
                    LOG.warnf("%s could not apply records from %s-%d@%d, retrying in %d ms: %s", consumer,
                            first.topic(), first.partition(), first.offset(), backoffMs, describe(trouble));
                }
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }

    /**
     * What went wrong, for an operator: the exception's class and, for a database error, PostgreSQL's SQLState and
     * constraint (Hibernate's own lines are off). Never the message: PostgreSQL's detail quotes the row's values.
     */
    static String describe(Throwable trouble) {
        StringBuilder said = new StringBuilder(trouble.getClass().getSimpleName());
        for (Throwable cause = trouble; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                said.append(", constraint ").append(violation.getConstraintName());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                said.append(", SQLState ").append(sql.getSQLState());
                break;
            }
        }
        return said.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
