package org.helpline.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.cases.CaseReopened;
import org.helpline.platform.testapp.CaseReopenedFromV0;
import org.helpline.platform.testing.SampleEvents;

class EventCodecTest {

    @Test
    void anOlderSchemaVersionIsUpcastOnRead() {
        // pretend CaseReopened v1 was once v0 with the time under another name (the test app's upcaster)
        EventCodec codec = new EventCodec(List.of(new CaseReopenedFromV0()));

        Object event = codec.decode("CaseReopened",
                "{\"schemaVersion\":0,\"caseId\":\"" + SampleEvents.CASE + "\",\"at\":\"2023-03-08T09:30:00Z\"}");

        assertThat(event).isEqualTo(new CaseReopened(SampleEvents.CASE, SampleEvents.AT));
    }

    @Test
    void aNewerSchemaVersionThanKnownIsUnreadableNotGuessed() {
        EventCodec codec = new EventCodec(List.of());
        assertThatThrownBy(() -> codec.decode("CaseReopened", "{\"schemaVersion\":2,\"caseId\":\"" + SampleEvents.CASE
                + "\",\"reopenedAt\":\"2023-03-08T09:30:00Z\"}"))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("newer");
    }

    @Test
    void garbageUnknownTypesAndMissingVersionsAreUnreadable() {
        EventCodec codec = new EventCodec(List.of());
        assertThatThrownBy(() -> codec.decode("CaseOpened", "not json")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("Nope", "{}")).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("CaseReopened", "{\"caseId\":\"" + SampleEvents.CASE + "\"}"))
                .isInstanceOf(UnreadableEventException.class);
    }
}
