package org.helpline.analytics.projection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.platform.inbox.InboundProcessing;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * One consumer per topic. Each event is applied, remembered in the inbox and its position advanced
 * in one transaction: a redelivery changes nothing, a crash loses nothing.
 */
@ApplicationScoped
public class TopicConsumers {

    public static final String CONTACTS = "contacts";
    public static final String CASES = "cases";
    public static final String ESCALATIONS = "escalations";
    public static final String REFERRALS = "referrals";

    private final InboundProcessing processing;
    private final ReportProjector projector;
    private final ProjectionPositions positions;

    public TopicConsumers(InboundProcessing processing, ReportProjector projector, ProjectionPositions positions) {
        this.processing = processing;
        this.projector = projector;
        this.positions = positions;
    }

    @Incoming(CONTACTS)
    @Blocking
    public void contacts(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(CASES)
    @Blocking
    public void cases(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(ESCALATIONS)
    @Blocking
    public void escalations(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(REFERRALS)
    @Blocking
    public void referrals(ConsumerRecord<String, String> record) {
        project(record);
    }

    private void project(ConsumerRecord<String, String> record) {
        processing.process("analytics." + record.topic(), record, projector::apply, () -> positions.advance(record));
    }
}
