package org.helpline.platform.privacy;

/**
 * case-service's current handoff key, as intake learns it: the id and the X.509 encoding (base64) of
 * the public key that intake seals personal data to ({@link Envelope}).
 */
public record HandoffKey(String keyId, String publicKey) {
}
