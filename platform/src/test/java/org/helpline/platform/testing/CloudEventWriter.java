package org.helpline.platform.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.platform.wire.CloudEventHeaders;
import org.helpline.platform.wire.EventCodec;

/** Writes integration events onto their topic exactly as a producing service would (for consumer tests). */
public final class CloudEventWriter {

    private final TopicProbe topics;
    private final EventCodec codec = new EventCodec(List.of());

    public CloudEventWriter(TopicProbe topics) {
        this.topics = topics;
    }

    public UUID publish(IntegrationEvent event) {
        return publish(UUID.randomUUID(), event);
    }

    public UUID publish(UUID eventId, IntegrationEvent event) {
        EventContract<?> contract = IntegrationEvents.of(event);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.TYPE, contract.type());
        headers.put(CloudEventHeaders.SOURCE, "/helpline/test");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SUBJECT, event.partitionKey());
        topics.send(contract.topic(), event.partitionKey(), codec.encode(event), headers);
        return eventId;
    }
}
