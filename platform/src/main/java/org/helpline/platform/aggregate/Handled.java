package org.helpline.platform.aggregate;

import java.util.List;

/** A command carried out: the aggregate before, the events it appended (none: nothing changed) and after. */
public record Handled<C, E, S>(C command, Loaded<S> before, List<E> appended, Loaded<S> after) {

    public Handled {
        appended = List.copyOf(appended);
    }

    public boolean changed() {
        return !appended.isEmpty();
    }
}
