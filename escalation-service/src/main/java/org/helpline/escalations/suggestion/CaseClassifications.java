package org.helpline.escalations.suggestion;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.escalation.domain.EscalationSuggestion;
import org.helpline.platform.inbox.InboundProcessing;
import org.helpline.platform.sql.NativeRow;

import io.quarkus.hibernate.orm.panache.Panache;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps each case's latest classification (category, complaint types, platforms) and whether it is open, from
 * helpline.cases: what the suggestions are made of. Events of one case arrive in order (key = case id).
 */
@ApplicationScoped
public class CaseClassifications {

    public static final String CHANNEL = "cases";
    static final String CONSUMER = "escalation-service.cases";

    /**
     * A case's latest classification, with the number intake gave the case (null if its CaseOpened came before
     * this service kept numbers, or has not arrived yet), the category (null if classified before it was kept) and
     * the platforms the case has been escalated to already.
     */
    public record Classified(UUID caseId, String caseNumber, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, Instant classifiedAt, List<Platform> escalatedTo) {
    }

    @Inject
    InboundProcessing processing;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        processing.process(CONSUMER, records, received -> {
            if (received.event() instanceof ComplaintClassified classified) {
                Panache.getEntityManager().createNativeQuery("""
                        insert into case_classification (case_id, complaint_types, platforms, open, classified_at,
                                                         suggestible, category)
                        values (?1, ?2, ?3, true, ?4, ?5, ?6)
                        on conflict (case_id) do update set complaint_types = excluded.complaint_types,
                            platforms = excluded.platforms, classified_at = excluded.classified_at,
                            suggestible = excluded.suggestible, category = excluded.category""")
                        .setParameter(1, classified.caseId())
                        .setParameter(2, join(classified.complaintTypes()))
                        .setParameter(3, join(classified.platforms()))
                        .setParameter(4, classified.classifiedAt())
                        .setParameter(5, !EscalationSuggestion.forClassification(classified.complaintTypes(),
                                classified.platforms()).isEmpty())
                        .setParameter(6, classified.category() == null ? null : classified.category().name())
                        .executeUpdate();
            } else if (received.event() instanceof CaseClosed closed) {
                setOpen(closed.caseId(), false);
            } else if (received.event() instanceof CaseReopened reopened) {
                setOpen(reopened.caseId(), true);
            }
        });
    }

    /**
     * Open cases whose classification calls for an escalation and that have a platform of their classification not
     * escalated to yet, oldest first, each with the platforms escalated to already (a case that calls for Instagram
     * and WhatsApp stays in the queue for WhatsApp once Instagram is sent).
     */
    @Transactional
    public List<Classified> openAwaitingEscalation(int limit) {
        Query query = Panache.getEntityManager().createNativeQuery("""
                select c.case_id, k.case_number, c.category, c.complaint_types, c.platforms, c.classified_at,
                       (select string_agg(distinct e.platform, ',') from escalation_view e where e.case_id = c.case_id)
                  from case_classification c left join known_case k on k.case_id = c.case_id
                 where c.open and c.suggestible
                   and exists (select 1 from unnest(string_to_array(c.platforms, ',')) as p(platform)
                                where not exists (select 1 from escalation_view e
                                                   where e.case_id = c.case_id and e.platform = p.platform))
                 order by c.classified_at, c.case_id limit ?1""")
                .setParameter(1, limit);
        return NativeRow.all(query).stream().map(r -> new Classified(r.uuid(0), r.text(1), r.value(2, Category.class),
                split(r.text(3), ComplaintType.class), split(r.text(4), Platform.class), r.instant(5),
                split(r.text(6), Platform.class))).toList();
    }

    private static void setOpen(UUID caseId, boolean open) {
        // a case closed before it was ever classified has no row and needs none
        Panache.getEntityManager().createNativeQuery("update case_classification set open = ?2 where case_id = ?1")
                .setParameter(1, caseId).setParameter(2, open).executeUpdate();
    }

    private static String join(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }
}
