package org.helpline.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a key from configuration. Where a value derived from personal data must be kept
 * (a caller's number, to recognise them; a request body, to recognise its retry), a plain hash is not
 * enough: phone numbers and bodies made of vocabulary values can be found again by trying them all.
 */
public final class KeyedHash {

    private final SecretKeySpec key;

    public KeyedHash(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a keyed-hash key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** @param base64 the key as configured; {@code settingName} names it in the error when it is unusable */
    public static KeyedHash fromConfig(String base64, String settingName) {
        try {
            return new KeyedHash(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(settingName + " must be base64 of at least 32 random bytes");
        }
    }

    public String hex(String value) {
        return HexFormat.of().formatHex(bytes(value));
    }

    /** The 32 bytes of the hash: also a key of its own, derived for one purpose named by {@code value}. */
    public byte[] bytes(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
