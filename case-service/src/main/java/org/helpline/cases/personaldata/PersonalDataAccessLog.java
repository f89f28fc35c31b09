package org.helpline.cases.personaldata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.sql.SqlFilter;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Who read which case's personal data, when and for what, including reads that were refused or found
 * nothing. Written in its own transaction, so a read that fails is still recorded; the table refuses
 * updates and deletes.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    /** Why personal data is read: asked of every reader. */
    public enum Purpose {
        CASE_WORK,
        LEGAL_FOLLOW_UP,
        REFERRAL,
        SAFEGUARDING,
        COMPLAINANT_REQUEST
    }

    public record Access(UUID caseId, Instant accessedAt, String actor, String purpose, String outcome) {
    }

    @Inject
    Clock clock;

    void record(UUID caseId, String actor, Purpose purpose, String outcome) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                insert into personal_data_access (case_id, accessed_at, actor, purpose, outcome)
                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, caseId).setParameter(2, clock.instant()).setParameter(3, actor)
                .setParameter(4, purpose.name()).setParameter(5, outcome).executeUpdate());
    }

    public List<Access> list(UUID caseId, int page, int size) {
        SqlFilter filter = new SqlFilter().equal("case_id", caseId);
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Panache.getEntityManager().createNativeQuery(
                    "select case_id, accessed_at, actor, purpose, outcome from personal_data_access "
                            + filter.where() + " order by accessed_at desc, id desc limit " + size
                            + " offset " + (page * size));
            return NativeRow.all(filter.bind(query)).stream().map(r -> new Access(r.uuid(0), r.instant(1), r.text(2),
                    r.text(3), r.text(4))).toList();
        });
    }
}
