package org.helpline.platform.aggregate;

import java.util.Optional;
import java.util.function.Predicate;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.problem.ProblemException;

/**
 * One kind of aggregate as the {@link CommandLoop} runs it: its rules, the type of its streams, and what it
 * keeps beside its events (a read-model row, snapshots), written in the transaction of each append. A service
 * implements it once per aggregate, as a bean.
 */
public interface Aggregate<C, E extends IntegrationEvent, S> {

    /** What the aggregate is; an implementation answers one constant. */
    Kind<C, E, S> kind();

    /**
     * Brings what the aggregate keeps beside its events up to date, in the transaction of the command; called
     * after every command, whether it appended or not ({@link Handled#changed()}). By default a command that
     * appended writes the stream's read-model row, if the aggregate has one.
     */
    default void recorded(Handled<C, E, S> handled) {
        if (handled.changed()) {
            readModel().ifPresent(readModel -> readModel.writer().write(handled.after()));
        }
    }

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
     * @param streamType           {@code stream_type} of its streams in the event store
     * @param eventType            the events its streams may hold: anything else in such a stream is a defect, not
     *                             something to skip
     * @param decider              its rules
     * @param decidesOnEmptyStream whether the rules see the command on a stream without events (to start it, or
     *                             to refuse it in their own words); any other command on such a stream is the
     *                             aggregate's 404
     * @param notFound             the detail of that 404 (and of a read of such a stream), {@code %s} standing for
     *                             the stream id
     */
    record Kind<C, E extends IntegrationEvent, S>(String streamType, Class<E> eventType, Decider<C, E, S> decider,
            Predicate<C> decidesOnEmptyStream, String notFound) {

        ProblemException unknown(String streamId) {
            return ProblemException.notFound(notFound.formatted(streamId));
        }
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
