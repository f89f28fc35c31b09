package org.helpline.cases.caseflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.cases.caseflow.CaseHandling;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.platform.inbox.InboundProcessing;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Starts a case stream for every CaseOpened on helpline.contacts and counts every FollowUpReceived on it. */
@ApplicationScoped
public class ContactEventsConsumer {

    public static final String CHANNEL = "contacts";
    static final String CONSUMER = "case-service.contacts";

    @Inject
    InboundProcessing processing;
    @Inject
    CaseHandling cases;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processing.process(CONSUMER, records, received -> {
            if (received.event() instanceof CaseOpened opened) {
                cases.start(opened, received);
            } else if (received.event() instanceof FollowUpReceived followUp) {
                cases.countFollowUp(followUp, received);
            }
        });
    }
}
