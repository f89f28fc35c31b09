package org.helpline.platform.inbox;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.helpline.platform.domain.RuleViolation;
import org.helpline.platform.wire.InboundEvent;
import org.helpline.platform.wire.UnreadableEventException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a consumer's effect for one record in one transaction with the inbox, and tells poison from
 * passing trouble: an unreadable event or a broken rule can never succeed, so it is thrown at once
 * (the channel's failure strategy sends it to the dead-letter topic); anything else (the database
 * restarting, a lock timeout) is retried with back-off, holding the partition, so that an outage
 * never sends good events to the dead-letter topic.
 */
@ApplicationScoped
public class InboundProcessing {

    private static final Logger LOG = Logger.getLogger(InboundProcessing.class);

    private final Inbox inbox;
    private final Duration retryFor;

    public InboundProcessing(Inbox inbox,
            @ConfigProperty(name = "helpline.eventing.consumer.retry-for", defaultValue = "10m") Duration retryFor) {
        this.inbox = inbox;
        this.retryFor = retryFor;
    }

    /** Applies {@code effect} on the record's first delivery; a redelivery is dropped. */
    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> effect) {
        process(consumer, record, effect, () -> {
        });
    }

    /** As above, and runs {@code always} in the same transaction on every delivery (e.g. to record a position). */
    public void process(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> effect,
            Runnable always) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        long backoffMs = 100;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    inbox.firstDelivery(consumer, record).ifPresent(effect);
                    always.run();
                });
                return;
            } catch (UnreadableEventException | RuleViolation poison) {
                throw poison;
            } catch (RuntimeException trouble) {
                if (System.nanoTime() > deadline) {
                    throw trouble;
                }
                LOG.warnf("%s could not apply %s-%d@%d, retrying in %d ms: %s", consumer, record.topic(),
                        record.partition(), record.offset(), backoffMs, trouble.getClass().getSimpleName());
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
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
