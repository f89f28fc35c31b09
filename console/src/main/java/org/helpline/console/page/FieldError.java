package org.helpline.console.page;

/** A field of a form that is wrong, and the bundle's text that says why. */
public record FieldError(String field, String textKey) {
}
