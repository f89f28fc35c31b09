package org.helpline.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 7807 problem document. {@code errors} lists field-level failures so that a front end can
 * point at the field; {@code allowedValues} spares the caller a trip to the documentation.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String message, List<String> allowedValues) {

        public FieldError(String field, String message) {
            this(field, message, List.of());
        }
    }
}
