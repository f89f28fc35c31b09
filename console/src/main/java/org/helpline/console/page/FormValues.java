package org.helpline.console.page;

import java.util.UUID;

/** Reading what a form sent: a vocabulary value, an id. */
public final class FormValues {

    private FormValues() {
    }

    /** The value a form sent, or null when it sent none or one that is not in the vocabulary. */
    public static <E extends Enum<E>> E valueOf(Class<E> vocabulary, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(vocabulary, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The id a form sent, or null when it sent none or something that is not one. */
    public static UUID uuid(String sent) {
        try {
            return sent == null ? null : UUID.fromString(sent.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
