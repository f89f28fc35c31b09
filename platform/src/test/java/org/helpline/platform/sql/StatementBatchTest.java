package org.helpline.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testapp.PlatformTestApp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A transaction's statements go out in few batches, and never out of order for the rows one key names. */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class StatementBatchTest {

    private static final String INSERT = "insert into batch_probe (k, v) values (?1, ?2)";

    @Inject
    StatementBatch batch;
    @Inject
    EntityManager em;

    private record Flushed(int batches, List<String> rows) {
    }

    @Test
    void equalStatementsOfDifferentKeysGoTogetherButAKeysStatementsKeepTheirOrder() {
        Flushed flushed = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("create temporary table batch_probe (k text, v text) on commit drop").executeUpdate();
            batch.add("a", INSERT, "a", "1");
            batch.add("a", "delete from batch_probe where k = ?1", "a");
            batch.add("b", INSERT, "b", "1");
            batch.add("c", INSERT, "c", "1");
            // after a's delete: an insert batch of its own, or the delete would remove it
            batch.add("a", INSERT, "a", "2");
            // parameters numbered out of order reach the right placeholders
            batch.add("b", "update batch_probe set v = ?2 where k = ?1", "b", "2");
            int batches = batch.flush();
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("select k || v from batch_probe order by k").getResultList();
            return new Flushed(batches, rows);
        });

        assertThat(flushed.rows()).containsExactly("a2", "b2", "c1");
        // insert a1 b1 c1 | delete a | insert a2 | update b
        assertThat(flushed.batches()).isEqualTo(4);
    }

    @Test
    void aTransactionThatWouldCommitWithStatementsUnflushedFailsAndTheNextStartsEmpty() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> batch.add("a", INSERT, "a", "1")))
                .as("never lost silently").isInstanceOf(RuntimeException.class);

        assertThat(QuarkusTransaction.requiringNew().call(batch::flush)).isZero();
    }
}
