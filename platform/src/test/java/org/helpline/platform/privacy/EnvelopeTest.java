package org.helpline.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final byte[] SECRET = "{\"name\":\"Ayesha\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyTheRecipientsPrivateKeyOpensAnEnvelopeForItsPlace() {
        Envelope.Pair pair = Envelope.newPair();
        Envelope.Recipient recipient = new Envelope.Recipient("handoff-1", pair.publicKey());

        byte[] envelope = Envelope.seal(recipient, SECRET, "handoff:case:entry");

        assertThat(Envelope.keyIdOf(envelope)).isEqualTo("handoff-1");
        assertThat(Envelope.open(recipient, pair.privateKey(), envelope, "handoff:case:entry")).isEqualTo(SECRET);
        assertThat(new String(envelope, StandardCharsets.ISO_8859_1)).doesNotContain("Ayesha");
        assertThatThrownBy(() -> Envelope.open(recipient, pair.privateKey(), envelope, "handoff:other:entry"))
                .isInstanceOf(Sealing.BrokenSeal.class);
        Envelope.Pair other = Envelope.newPair();
        assertThatThrownBy(() -> Envelope.open(new Envelope.Recipient("handoff-1", other.publicKey()),
                other.privateKey(), envelope, "handoff:case:entry")).isInstanceOf(Sealing.BrokenSeal.class);
        assertThatThrownBy(() -> Envelope.open(new Envelope.Recipient("handoff-2", pair.publicKey()),
                pair.privateKey(), envelope, "handoff:case:entry")).isInstanceOf(Sealing.BrokenSeal.class);
    }

    @Test
    void aTamperedOrTruncatedEnvelopeIsABrokenSeal() {
        Envelope.Pair pair = Envelope.newPair();
        Envelope.Recipient recipient = new Envelope.Recipient("handoff-1", pair.publicKey());
        byte[] envelope = Envelope.seal(recipient, SECRET, "p");

        byte[] tampered = envelope.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> Envelope.open(recipient, pair.privateKey(), tampered, "p"))
                .isInstanceOf(Sealing.BrokenSeal.class);
        byte[] truncated = java.util.Arrays.copyOf(envelope, 20);
        assertThatThrownBy(() -> Envelope.open(recipient, pair.privateKey(), truncated, "p"))
                .isInstanceOf(Sealing.BrokenSeal.class);
        assertThatThrownBy(() -> Envelope.keyIdOf(new byte[] {7})).isInstanceOf(Sealing.BrokenSeal.class);
    }
}
