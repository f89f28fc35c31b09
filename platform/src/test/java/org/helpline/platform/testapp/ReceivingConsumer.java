package org.helpline.platform.testapp;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.inbox.InboundProcessing;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * A consumer wired exactly as a service's (channel {@value #CHANNEL}: helpline.escalations, batch, DLQ),
 * which remembers what it was given, so a test can see what reached a consumer after the wire was read.
 */
@ApplicationScoped
@IfBuildProperty(name = "helpline.platform-test-app", stringValue = "true")
public class ReceivingConsumer {

    public static final String CHANNEL = "received";

    @Inject
    InboundProcessing processing;
    private final ConcurrentMap<UUID, IntegrationEvent> received = new ConcurrentHashMap<>();

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processing.process("platform-test." + CHANNEL, records, event -> received.put(event.id(), event.event()));
    }

    /** The event the consumer was given for this {@code ce_id}, if any. */
    public Optional<IntegrationEvent> received(UUID eventId) {
        return Optional.ofNullable(received.get(eventId));
    }
}
