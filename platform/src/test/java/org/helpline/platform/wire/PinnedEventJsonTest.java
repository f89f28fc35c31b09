package org.helpline.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.platform.testing.SampleEvents;

/**
 * The wire JSON of every integration event is pinned in {@code src/test/resources/contracts}: a change
 * to a record that changes the JSON fails here, and must come with a new schemaVersion and an upcaster.
 * To pin a new event, run with {@code -Dcontracts.write=true} once and review the file.
 */
class PinnedEventJsonTest {

    private final EventCodec codec = new EventCodec(List.of());

    @TestFactory
    Stream<DynamicTest> everyEventEncodesExactlyAsPinned() {
        return SampleEvents.all().stream().map(event -> DynamicTest.dynamicTest(type(event), () -> {
            String file = type(event) + ".v" + IntegrationEvents.of(event).schemaVersion() + ".json";
            String json = codec.encode(event);
            if (Boolean.getBoolean("contracts.write")) {
                Files.writeString(Path.of("src/test/resources/contracts", file), json + "\n");
            }
            assertThat(json).isEqualTo(pinned(file));
            assertThat(codec.decode(type(event), pinned(file))).isEqualTo(event);
        }));
    }

    @Test
    void everyContractHasASampleSoNoEventGoesUnpinned() {
        List<String> sampled = SampleEvents.all().stream().map(PinnedEventJsonTest::type).toList();
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(
                IntegrationEvents.ALL.stream().map(EventContract::type).toList());
    }

    private static String type(IntegrationEvent event) {
        return IntegrationEvents.of(event).type();
    }

    private static String pinned(String file) throws IOException {
        try (InputStream in = PinnedEventJsonTest.class.getResourceAsStream("/contracts/" + file)) {
            assertThat(in).as("pinned file contracts/" + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
