package org.helpline.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.wire.EventCodec;

/** The schema a published event names is the one its body was written with, not the one the code has now. */
class DataSchemaVersionTest {

    @Test
    void theVersionIsReadFromTheBodyAsEventCodecWroteIt() {
        String body = new EventCodec(List.of()).encode(SampleEvents.caseOpened(SampleEvents.CASE, SampleEvents.AT));
        assertThat(OutboxRelay.schemaVersionOf(body, "CaseOpened")).contains(1);
    }

    @Test
    void aBodyWrittenBeforeAnUpgradeKeepsItsOwnVersion() {
        assertThat(OutboxRelay.schemaVersionOf("{\"schemaVersion\":7,\"caseId\":null}", "CaseOpened")).contains(7);
    }

    @Test
    void aBodyThatDoesNotSayIsTheContractsCurrentVersionAndAnUnknownTypeHasNone() {
        assertThat(OutboxRelay.schemaVersionOf("{\"caseId\":null}", "CaseOpened")).contains(1);
        assertThat(OutboxRelay.schemaVersionOf("{\"caseId\":null}", "NoSuchEvent")).isEmpty();
    }
}
