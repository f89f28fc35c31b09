package org.helpline.console.page;

import java.util.List;

/** A page with a form that may come back with wrong fields: its template asks which, and what is wrong with each. */
public interface FormPage {

    List<FieldError> errors();

    /** The bundle's key of what is wrong with the field, or null when nothing is. */
    default String errorOf(String field) {
        return errors().stream().filter(e -> e.field().equals(field)).map(FieldError::textKey).findFirst()
                .orElse(null);
    }

    default boolean hasErrors() {
        return !errors().isEmpty();
    }
}
