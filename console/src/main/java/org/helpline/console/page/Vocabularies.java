package org.helpline.console.page;

/** Reading a vocabulary value from what a form sent. */
public final class Vocabularies {

    private Vocabularies() {
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
}
