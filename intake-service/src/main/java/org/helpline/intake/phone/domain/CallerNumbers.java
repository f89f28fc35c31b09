package org.helpline.intake.phone.domain;

import org.helpline.platform.privacy.KeyedHash;

/**
 * Turns a caller's number into a keyed hash: the same number always gives the same hash, so a repeat
 * caller is recognised, but without the key the hash cannot be reversed by trying every Pakistani
 * number (a plain hash could, there are only ~10^10 of them). The number itself is never kept.
 */
public final class CallerNumbers {

    private final KeyedHash hash;

    public CallerNumbers(KeyedHash hash) {
        this.hash = hash;
    }

    public String hash(String callerNumber) {
        return hash.hex(normalise(callerNumber));
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
