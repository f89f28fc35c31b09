package org.helpline.tools.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Exact counts of values, in the order written: {@code Counts.of(A, 2).and(B, 1)} is [A, A, B] before
 * {@link Draws#quota} shuffles it. The order matters: it is part of what the seed makes of the year.
 */
final class Counts<E> {

    private final List<E> values = new ArrayList<>();

    private Counts() {
    }

    static <E> Counts<E> of(E value, int count) {
        return new Counts<E>().and(value, count);
    }

    Counts<E> and(E value, int count) {
        values.addAll(Collections.nCopies(count, value));
        return this;
    }

    List<E> expanded() {
        return new ArrayList<>(values);
    }
}
