package org.helpline.platform.aggregate;

import java.util.Optional;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.problem.ProblemException;

/**
 * One kind of aggregate as the {@link CommandLoop} runs it: its rules, the type of its streams, and what it
 * keeps beside its events (a read-model row, snapshots), written in the transaction of each append. A service
 * implements it once per aggregate, as a bean.
 */
public interface Aggregate<C, E extends IntegrationEvent, S> {

    /** {@code stream_type} of its streams in the event store. */
    String streamType();

    Decider<C, E, S> decider();

    /** The events its streams may hold: anything else in such a stream is a defect, not something to skip. */
    Class<E> eventType();

    /**
     * Whether the rules see the command on a stream without events (to start it, or to refuse it in their own
     * words); any other command on such a stream is the aggregate's 404.
     */
    boolean decidesOnEmptyStream(C command);

    /** The answer to a command or a read of a stream that has no events. */
    ProblemException unknown(String streamId);

    /**
     * Brings what the aggregate keeps beside its events up to date, in the transaction of the command; called
     * after every command, whether it appended or not ({@link Handled#changed()}).
     */
    void recorded(Handled<C, E, S> handled);

    /** The newest snapshot, if the aggregate keeps them; the loop reads only the events after it. */
    default Optional<Loaded<S>> latestSnapshot(String streamId) {
        return Optional.empty();
    }

    /**
     * The read model whose missing rows are written at start (streams appended before it existed), and how a
     * row is written from a loaded stream; empty if the aggregate has none.
     */
    default Optional<ReadModel<S>> readModel() {
        return Optional.empty();
    }

    /**
     * A read model keyed by the stream id as a uuid.
     *
     * @param table    and {@code idColumn}: the service's own constants, never input
     */
    record ReadModel<S>(String table, String idColumn, RowWriter<S> writer) {
    }

    @FunctionalInterface
    interface RowWriter<S> {
        void write(Loaded<S> loaded);
    }
}
