package org.helpline.platform.privacy;

/**
 * What a complainant tells the helpline about themselves: name, phone, e-mail, notes. Travels only
 * sealed (intake to case-service) and rests only sealed (case-service); {@link #toString()} never
 * shows it, so it cannot reach a log by accident.
 */
public record PersonalData(String name, String phone, String email, String notes) {

    public boolean isEmpty() {
        return blank(name) && blank(phone) && blank(email) && blank(notes);
    }

    /** Where a handed-over entry belongs: sealing binds it to its case and entry. */
    public static String handoffPlace(java.util.UUID caseId, java.util.UUID entryId) {
        return "handoff:" + caseId + ":" + entryId;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
