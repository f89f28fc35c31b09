package org.helpline.platform.problem;

import java.util.Arrays;
import java.util.List;

/**
 * Reads filter parameters of listings. JAX-RS would answer an unknown enum value in a query with a
 * bare 404; a front end deserves a 400 that names the parameter and lists what it accepts.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** @return null when the parameter is absent or blank (no filter) */
    public static <E extends Enum<E>> E vocabulary(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw invalid(name, "is not one of the allowed values", allowed);
        }
    }

    /** {@code true} or {@code false}; null when absent or blank (no filter); anything else a 400 naming both. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "is not one of the allowed values", List.of("true", "false"));
        };
    }

    public static int range(String name, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw invalid(name, "must be between " + min + " and " + max, List.of());
        }
        return value;
    }

    /** A parameter given several times ({@code ?caseId=a&caseId=b}), at most {@code max} times; a 400 beyond. */
    public static <T> List<T> repeated(String name, List<T> values, int max) {
        if (values.size() > max) {
            throw invalid(name, "may be given at most " + max + " times", List.of());
        }
        return values;
    }

    private static ProblemException invalid(String name, String message, List<String> allowed) {
        return new ProblemException(Problem.of(400, "Bad Request", "Query parameter '" + name + "' " + message + ".")
                .withErrors(List.of(new Problem.FieldError(name, message, allowed))));
    }
}
