package org.helpline.platform.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

/**
 * The writes of one transaction, sent to PostgreSQL as JDBC batches when {@link #flush() flushed} instead
 * of a round trip each: what lets a consumer apply a poll of a thousand events in a few dozen round trips.
 *
 * <p>Statements may be regrouped so that equal SQL goes out as one batch, but never across their
 * <em>order key</em>: the statements of one key run in the order they were added. The key names what a
 * statement touches (a read model's rows of one case, say), so statements of different keys must touch
 * different rows; then any regrouping that keeps each key's order gives the same tables.
 *
 * <p>Nothing is written until {@link #flush()}, so a caller that reads in the same transaction, or changes
 * what its statements mean (a {@code search_path}), flushes first. A transaction that would commit with
 * statements unflushed fails instead: they are never lost silently.
 */
@TransactionScoped
public class StatementBatch {

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;
    private boolean guarded;

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> lastBatchOfSql = new HashMap<>();
    private final Map<Object, Integer> lastBatchOfKey = new HashMap<>();

    private record Pending(Numbered statement, List<Object[]> rows) {
    }

    /**
     * Adds a statement with numbered parameters ({@code ?1}, {@code ?2}, as in the rest of the platform's
     * native SQL; no {@code ?} in literals), to run after every earlier statement of {@code orderKey}.
     */
    public void add(Object orderKey, String sql, Object... parameters) {
        guardAgainstCommittingUnflushed();
        Integer joinable = lastBatchOfSql.get(sql);
        Integer lastOfKey = lastBatchOfKey.get(orderKey);
        int at;
        if (joinable != null && (lastOfKey == null || lastOfKey <= joinable)) {
            at = joinable;
        } else {
            at = pending.size();
            pending.add(new Pending(Numbered.of(sql), new ArrayList<>()));
            lastBatchOfSql.put(sql, at);
        }
        pending.get(at).rows().add(parameters);
        lastBatchOfKey.put(orderKey, at);
    }

    /**
     * Sends what was added, in batches in the order they were opened; the transaction goes on.
     *
     * @return how many batches (round trips) it took
     */
    public int flush() {
        if (pending.isEmpty()) {
            return 0;
        }
        List<Pending> sending = List.copyOf(pending);
        pending.clear();
        lastBatchOfSql.clear();
        lastBatchOfKey.clear();
        em.unwrap(Session.class).doWork(connection -> send(connection, sending));
        return sending.size();
    }

    private void guardAgainstCommittingUnflushed() {
        if (guarded) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (!pending.isEmpty()) {
                    throw new IllegalStateException("statements were batched in this transaction but never flushed");
                }
            }

            @Override
            public void afterCompletion(int status) {
                // the bean ends with the transaction
            }
        });
        guarded = true;
    }

    private static void send(Connection connection, List<Pending> batches) throws SQLException {
        for (Pending batch : batches) {
            Numbered numbered = batch.statement();
            try (PreparedStatement statement = connection.prepareStatement(numbered.jdbc())) {
                for (Object[] row : batch.rows()) {
                    for (int i = 0; i < numbered.parameters().length; i++) {
                        statement.setObject(i + 1, jdbc(row[numbered.parameters()[i] - 1]));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** A statement's JDBC text ({@code ?} placeholders) and which numbered parameter each placeholder takes. */
    private record Numbered(String jdbc, int[] parameters) {

        private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
        private static final Map<String, Numbered> KNOWN = new ConcurrentHashMap<>();

        static Numbered of(String sql) {
            return KNOWN.computeIfAbsent(sql, Numbered::translate);
        }

        private static Numbered translate(String sql) {
            Matcher matcher = PARAMETER.matcher(sql);
            List<Integer> order = new ArrayList<>();
            StringBuilder jdbc = new StringBuilder();
            while (matcher.find()) {
                order.add(Integer.parseInt(matcher.group(1)));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            return new Numbered(jdbc.toString(), order.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** PostgreSQL's driver takes a {@code timestamptz} as an {@code OffsetDateTime}, not an {@code Instant}. */
    private static Object jdbc(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }
}
