package org.helpline.console.page;

/** A field of a form that is wrong, and the bundle's text that says why. */
public record FieldError(String field, String textKey) {

    /** The vocabulary value a form sent, or null when it sent none or one that is not in the vocabulary. */
    public static <E extends Enum<E>> E vocabulary(Class<E> vocabulary, String code) {
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
