package org.helpline.intake.phone.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a caller's number into a keyed hash (HMAC-SHA256): the same number always gives the same hash,
 * so a repeat caller is recognised, but without the key the hash cannot be reversed by trying every
 * Pakistani number (a plain hash could, there are only ~10^10 of them). The number itself is never kept.
 */
public final class CallerNumbers {

    private final SecretKeySpec key;

    public CallerNumbers(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the caller-hash key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String hash(String callerNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(callerNumber).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One spelling per number, so that "0300 1234567", "+92 300 1234567" and "0092-300-1234567" are one
     * caller: digits only, international form for Pakistani numbers written nationally.
     */
    static String normalise(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "92" + digits.substring(1);
        }
        return digits;
    }
}
