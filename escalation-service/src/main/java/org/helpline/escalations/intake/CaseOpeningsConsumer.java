package org.helpline.escalations.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.inbox.Inbox;
import org.helpline.platform.knowncases.KnownCases;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Learns which cases exist from helpline.contacts, so escalations can only name real cases. */
@ApplicationScoped
public class CaseOpeningsConsumer {

    public static final String CHANNEL = "contacts";

    private final Inbox inbox;
    private final KnownCases knownCases;

    public CaseOpeningsConsumer(Inbox inbox, KnownCases knownCases) {
        this.inbox = inbox;
        this.knownCases = knownCases;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        inbox.firstDelivery("escalation-service.contacts", record)
                .filter(received -> received.event() instanceof CaseOpened)
                .ifPresent(received -> knownCases.learn((CaseOpened) received.event()));
    }
}
