package org.helpline.platform.privacy;

import java.time.Instant;

/**
 * Personal data on its way from intake to case-service: sealed with the handoff key (base64), so that
 * it is ciphertext on the wire and in intake's database, and opened only by case-service.
 */
public record SealedEntry(String sealed, Instant receivedAt) {
}
