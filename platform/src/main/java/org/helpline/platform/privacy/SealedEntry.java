package org.helpline.platform.privacy;

import java.time.Instant;

/**
 * Personal data on its way from intake to case-service: an {@link Envelope} (base64) sealed to case-service's
 * handoff key, so that it is ciphertext on the wire and in intake's database, and opened only by case-service.
 */
public record SealedEntry(String sealed, Instant receivedAt) {
}
