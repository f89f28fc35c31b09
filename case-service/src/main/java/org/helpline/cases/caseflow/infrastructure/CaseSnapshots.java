package org.helpline.cases.caseflow.infrastructure;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.cases.CaseSettings;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Snapshots of case state every {@code helpline.cases.snapshot-every} events. Only a cache: when
 * {@link CaseState} changes shape, raise {@link #FORMAT} and old snapshots are ignored and replaced.
 */
@ApplicationScoped
public class CaseSnapshots {

    /** 2: the classification is the case's own value, not the wire record. */
    static final int FORMAT = 2;

    public record Snapshot(CaseState state, int version) {
    }

    @Inject
    ObjectMapper json;
    @Inject
    CaseSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Snapshot> latest(UUID caseId) {
        return NativeRow.first(Panache.getEntityManager()
                .createNativeQuery("select version, cast(state as text) from case_snapshot where case_id = ?1 and format = ?2")
                .setParameter(1, caseId)
                .setParameter(2, FORMAT))
                .flatMap(this::snapshot);
    }

    private Optional<Snapshot> snapshot(NativeRow row) {
        try {
            return Optional.of(new Snapshot(json.readValue(row.text(1), CaseState.class), row.integer(0)));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an unreadable cache entry is rebuilt from the events
        }
    }

    /** Takes a snapshot when the append crossed a multiple of {@code snapshot-every}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterAppend(CaseState state, int versionBefore, int versionAfter, Instant now) {
        int every = settings.cases().snapshotEvery();
        if (versionAfter / every == versionBefore / every) {
            return;
        }
        try {
            Panache.getEntityManager().createNativeQuery("""
                    insert into case_snapshot (case_id, version, format, state, taken_at)
                    values (?1, ?2, ?3, cast(?4 as jsonb), ?5)
                    on conflict (case_id) do update
                       set version = excluded.version, format = excluded.format, state = excluded.state,
                           taken_at = excluded.taken_at
                     where case_snapshot.version < excluded.version or case_snapshot.format <> excluded.format""")
                    .setParameter(1, state.caseId())
                    .setParameter(2, versionAfter)
                    .setParameter(3, FORMAT)
                    .setParameter(4, json.writeValueAsString(state))
                    .setParameter(5, now)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case state cannot be written as a snapshot", e);
        }
    }
}
