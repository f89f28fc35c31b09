package org.helpline.intake.tracking;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.helpline.intake.IntakeSettings;
import org.helpline.platform.privacy.KeyedHash;
import org.helpline.platform.sql.BatchedWork;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Tracking codes are given to the complainant once, when her case is opened, and kept only as keyed
 * hashes ({@code helpline.tracking.code-key}): a copy of the database does not let anyone follow a case.
 */
@ApplicationScoped
public class TrackingCodes {

    private static final Logger LOG = Logger.getLogger(TrackingCodes.class);

    @Inject IntakeSettings settings;

    private KeyedHash hash;

    @PostConstruct
    void init() {
        hash = KeyedHash.fromConfig(settings.tracking().codeKey(), "helpline.tracking.code-key");
    }

    /**
     * Codes are read out over the phone and typed by hand: case, spaces and dashes do not matter, and the
     * letters O and I/L are read as the digits 0 and 1 (codes are issued without them, see CaseIdentity).
     */
    public String hash(String trackingCode) {
        String typed = trackingCode.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return hash.hex(typed);
    }

    /** Codes stored in plaintext by an earlier version: hashed, then forgotten, in batches. */
    void hashThoseStoredInPlaintext(@Observes StartupEvent start) {
        int total = BatchedWork.drain(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<NativeRow> rows = NativeRow.all(Panache.getEntityManager().createNativeQuery("""
                    select case_id, tracking_code from intake_case where tracking_code is not null
                     limit 500 for update skip locked"""));
            for (NativeRow row : rows) {
                Panache.getEntityManager().createNativeQuery(
                        "update intake_case set tracking_hash = ?2, tracking_code = null where case_id = ?1")
                        .setParameter(1, row.uuid(0)).setParameter(2, hash(row.text(1))).executeUpdate();
            }
            return rows.size();
        }));
        if (total > 0) {
            LOG.infof("%d tracking codes stored in plaintext by an earlier version are now kept as hashes", total);
        }
    }
}
