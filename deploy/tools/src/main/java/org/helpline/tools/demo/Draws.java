package org.helpline.tools.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import org.helpline.contracts.vocabulary.Gender;

/**
 * Every random choice of the plan, from one seeded {@link Random}: the year is the same on every run only
 * as long as the choices are drawn in the same order, so the planning steps share this one instance.
 */
final class Draws {

    private final Random random;

    Draws(Random random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }

    /** The counted values in a seeded random order. */
    <E> List<E> quota(Counts<E> counts) {
        List<E> values = counts.expanded();
        shuffle(values);
        return values;
    }

    /** Gives each case one value; the values (exact counts) are shuffled first. */
    <E> void assign(List<PlannedCase> cases, Counts<E> counts, BiConsumer<PlannedCase, E> setter) {
        assign(cases, quota(counts), setter);
    }

    <E> void assign(List<PlannedCase> cases, List<E> values, BiConsumer<PlannedCase, E> setter) {
        if (values.size() != cases.size()) {
            throw new IllegalStateException(values.size() + " values for " + cases.size() + " cases: " + values.stream()
                    .distinct().toList());
        }
        List<E> shuffled = new ArrayList<>(values);
        shuffle(shuffled);
        for (int i = 0; i < cases.size(); i++) {
            setter.accept(cases.get(i), shuffled.get(i));
        }
    }

    <E> void assignWithin(List<PlannedCase> cases, Gender gender, Counts<E> counts, BiConsumer<PlannedCase, E> setter) {
        assign(byGender(cases, gender), counts, setter);
    }

    static List<PlannedCase> byGender(List<PlannedCase> cases, Gender gender) {
        return cases.stream().filter(c -> c.gender == gender).toList();
    }
}
