package org.helpline.analytics.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.platform.inbox.Inbox;

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

    private final Inbox inbox;
    private final ReportProjector projector;
    private final ProjectionPositions positions;

    public TopicConsumers(Inbox inbox, ReportProjector projector, ProjectionPositions positions) {
        this.inbox = inbox;
        this.projector = projector;
        this.positions = positions;
    }

    @Incoming(CONTACTS)
    @Blocking
    @Transactional
    public void contacts(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(CASES)
    @Blocking
    @Transactional
    public void cases(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(ESCALATIONS)
    @Blocking
    @Transactional
    public void escalations(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(REFERRALS)
    @Blocking
    @Transactional
    public void referrals(ConsumerRecord<String, String> record) {
        project(record);
    }

    private void project(ConsumerRecord<String, String> record) {
        inbox.firstDelivery("analytics." + record.topic(), record).ifPresent(projector::apply);
        positions.advance(record);
    }
}
