package org.helpline.analytics.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.platform.inbox.InboundProcessing;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * One consumer per topic, a poll at a time. The poll's events are applied, remembered in the inbox
 * and their positions advanced in one transaction: a redelivery changes nothing, a crash loses nothing.
 */
@ApplicationScoped
public class TopicConsumers {

    public static final String CONTACTS = "contacts";
    public static final String CASES = "cases";
    public static final String ESCALATIONS = "escalations";
    public static final String REFERRALS = "referrals";

    @Inject InboundProcessing processing;
    @Inject ReportProjector projector;
    @Inject ProjectionPositions positions;

    @Incoming(CONTACTS)
    @Blocking
    public void contacts(ConsumerRecords<String, String> records) {
        project(records);
    }

    @Incoming(CASES)
    @Blocking
    public void cases(ConsumerRecords<String, String> records) {
        project(records);
    }

    @Incoming(ESCALATIONS)
    @Blocking
    public void escalations(ConsumerRecords<String, String> records) {
        project(records);
    }

    @Incoming(REFERRALS)
    @Blocking
    public void referrals(ConsumerRecords<String, String> records) {
        project(records);
    }

    private void project(ConsumerRecords<String, String> records) {
        String topic = records.iterator().next().topic();
        processing.process("analytics." + topic, records, projector::apply, positions::advance);
    }
}
