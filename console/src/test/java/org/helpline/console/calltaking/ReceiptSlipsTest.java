package org.helpline.console.calltaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.ws.rs.core.NewCookie;

import org.junit.jupiter.api.Test;

/** The one-time slip that carries a tracking code to the receipt page: readable only there, by her, soon. */
class ReceiptSlipsTest {

    private final ReceiptSlips slips = new ReceiptSlips("a-session-key-of-at-least-thirty-two-characters");
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final ContactReceipt receipt = new ContactReceipt(UUID.randomUUID(), UUID.randomUUID(), "CH-2026-000042",
            "K7QM-2XPA-9D");

    @Test
    void theSlipGivesBackTheCodeToThePersonWhoRecordedTheContact() {
        NewCookie cookie = slips.write(receipt, "associate", now);

        assertThat(slips.read(cookie.getValue(), receipt.contactId(), "associate", now.plusSeconds(30)))
                .contains(new ReceiptSlips.Slip("CH-2026-000042", "K7QM-2XPA-9D"));
        assertThat(cookie.getValue()).doesNotContain("K7QM").doesNotContain("CH-2026");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(NewCookie.SameSite.STRICT);
        assertThat(cookie.getPath()).isEqualTo("/contacts/");
    }

    @Test
    void anotherPersonAnotherContactALateReadingOrATamperedSlipGetNothing() {
        String value = slips.write(receipt, "associate", now).getValue();

        assertThat(slips.read(value, receipt.contactId(), "supervisor", now)).isEmpty();
        assertThat(slips.read(value, UUID.randomUUID(), "associate", now)).isEmpty();
        assertThat(slips.read(value, receipt.contactId(), "associate", now.plus(Duration.ofMinutes(6)))).isEmpty();
        char[] tampered = value.toCharArray();
        tampered[tampered.length / 2] = tampered[tampered.length / 2] == 'A' ? 'B' : 'A';
        assertThat(slips.read(new String(tampered), receipt.contactId(), "associate", now)).isEmpty();
        assertThat(new ReceiptSlips("another-console-key-of-thirty-two-characters!")
                .read(value, receipt.contactId(), "associate", now)).isEmpty();
    }

    @Test
    void aSpentSlipIsDeletedInTheBrowser() {
        assertThat(slips.spent().getMaxAge()).isZero();
    }
}
