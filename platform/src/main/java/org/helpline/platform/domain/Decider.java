package org.helpline.platform.domain;

import java.util.List;

import org.helpline.contracts.IntegrationEvent;

/**
 * The rules of one kind of aggregate, as pure functions: {@link #decide} turns a command and the current state
 * into new events (none: nothing to do) or refuses with a {@link RuleViolation}; {@link #evolve} folds one event
 * into the state. No I/O, no clock, no framework: the command carries the time it was asked at.
 *
 * @param <C> the aggregate's commands
 * @param <E> the events of its stream (a closed set, see the contracts' visitors)
 * @param <S> its state
 */
public interface Decider<C, E extends IntegrationEvent, S> {

    /**
     * The state of a stream without events: by default {@code null}, "does not exist yet", which is what every
     * aggregate here starts from; its rules then read a null state as such.
     */
    default S initialState() {
        return null;
    }

    List<E> decide(C command, S state);

    S evolve(S state, E event);

    default S fold(S state, List<? extends E> events) {
        S folded = state;
        for (E event : events) {
            folded = evolve(folded, event);
        }
        return folded;
    }

    default S fold(List<? extends E> events) {
        return fold(initialState(), events);
    }
}
