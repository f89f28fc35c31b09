package org.helpline.platform.knowncases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.inbox.InboundProcessing;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Learns which cases exist from CaseOpened on helpline.contacts. Only in services that build with
 * {@code helpline.known-cases.enabled=true} and configure the channel {@value #CHANNEL}
 * (topic helpline.contacts, {@code batch=true}, with its DLQ).
 */
@ApplicationScoped
@IfBuildProperty(name = "helpline.known-cases.enabled", stringValue = "true")
public class KnownCasesConsumer {

    public static final String CHANNEL = "known-cases";

    @Inject
    InboundProcessing processing;
    @Inject
    KnownCases knownCases;
    @Inject
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processing.process(application + "." + CHANNEL, records, received -> {
            if (received.event() instanceof CaseOpened opened) {
                knownCases.learn(opened);
            }
        });
    }
}
