package org.helpline.intake.contact.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * How a new case is named: a readable number for staff ({@code CH-2026-000123}) and a random tracking
 * code for the complainant (100 bits, Crockford base32 without look-alike letters, in groups of four).
 */
public record CaseIdentity(UUID caseId, String caseNumber, String trackingCode) {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String caseNumber(int year, int sequence) {
        return String.format("CH-%d-%06d", year, sequence);
    }

    public static String newTrackingCode() {
        StringBuilder code = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
