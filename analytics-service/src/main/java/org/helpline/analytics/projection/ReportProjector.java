package org.helpline.analytics.projection;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.analytics.AnalyticsSettings;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.cases.ServiceProvided;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferralOutcomeRecorded;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.sql.StatementBatch;
import org.helpline.platform.wire.InboundEvent;

/**
 * Applies events to the report's read model. Every statement is an upsert or a keyed update, so
 * applying in any order across topics converges; within a topic the order per case is Kafka's.
 * Events that change no statistic yet (closure, erasure, channel changes) are acknowledged only.
 *
 * <p>The statements go into the transaction's {@link StatementBatch}, ordered by case: every row they touch
 * belongs to one case, so the statements of different cases may be regrouped into batches. Whoever runs the
 * transaction flushes it (the platform's inbound processing does, after each poll).
 */
@ApplicationScoped
public class ReportProjector {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Inject StatementBatch batch;
    @Inject AnalyticsSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent received) {
        IntegrationEvent event = received.event();
        String key = event.partitionKey();
        if (event instanceof CaseOpened opened) {
            caseOpened(key, opened);
        } else if (event instanceof FollowUpReceived followUp) {
            sql(key, """
                    insert into follow_up_fact (contact_id, case_id, received_at, received_year) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""", followUp.contactId(), followUp.caseId(), followUp.receivedAt(),
                    local(followUp.receivedAt()).getYear());
        } else if (event instanceof ComplaintClassified classified) {
            classified(key, classified);
        } else if (event instanceof ServiceProvided provided) {
            sql(key, """
                    insert into service_fact (event_id, case_id, service, provided_at) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""", received.id(), provided.caseId(), provided.service().name(),
                    provided.providedAt());
        } else if (event instanceof EscalationSent sent) {
            sql(key, """
                    insert into escalation_fact (escalation_id, case_id, platform, reason, sent_at)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""", sent.escalationId(), sent.caseId(),
                    sent.platform().name(), sent.reason().name(), sent.sentAt());
        } else if (event instanceof EscalationResolved resolved) {
            sql(key, "update escalation_fact set outcome = ?2, resolved_at = ?3 where escalation_id = ?1",
                    resolved.escalationId(), resolved.outcome().name(), resolved.resolvedAt());
        } else if (event instanceof ReferredToFIA fia) {
            referral(key, fia.referralId(), fia.caseId(), ReferralTarget.FIA, fia.complainantCity(), fia.wing(),
                    fia.distanceKm(), fia.sameCity(), fia.referredAt());
        } else if (event instanceof ReferralMade made) {
            referral(key, made.referralId(), made.caseId(), made.target(), made.city(), null, null, null, made.referredAt());
        } else if (event instanceof ReferralOutcomeRecorded recorded) {
            // outcomes of one referral arrive in order (key = case id): the latest wins
            sql(key, "update referral_fact set outcome = ?2 where referral_id = ?1", recorded.referralId(),
                    recorded.outcome().name());
        }
    }

    private void caseOpened(String key, CaseOpened o) {
        ZonedDateTime local = local(o.openedAt());
        sql(key, """
                insert into case_fact (case_id, opened_at, opened_year, opened_month, channel, age_band, gender, city,
                    province, caller_type, source_of_contact, occupation, community)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                on conflict (case_id) do update set opened_at = excluded.opened_at, opened_year = excluded.opened_year,
                    opened_month = excluded.opened_month, channel = excluded.channel, age_band = excluded.age_band,
                    gender = excluded.gender, city = excluded.city, province = excluded.province,
                    caller_type = excluded.caller_type, source_of_contact = excluded.source_of_contact,
                    occupation = excluded.occupation, community = excluded.community""",
                o.caseId(), o.openedAt(), local.getYear(), MONTH.format(local), o.channel().name(),
                o.ageBand().name(), o.gender().name(), o.city(), o.province().name(), o.callerType().name(),
                o.sourceOfContact().name(), o.occupation().name(), o.community().name());
    }

    private void classified(String key, ComplaintClassified c) {
        sql(key, """
                insert into case_fact (case_id, category, harasser_gender, relationship, mental_health_concern, classified_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (case_id) do update set category = excluded.category,
                    harasser_gender = excluded.harasser_gender, relationship = excluded.relationship,
                    mental_health_concern = excluded.mental_health_concern, classified_at = excluded.classified_at""",
                c.caseId(), c.category().name(), c.harasserGender().name(), c.relationship().name(),
                c.mentalHealthConcern(), c.classifiedAt());
        // the latest classification replaces the earlier one: a reclassified case moves rows, never counts twice
        sql(key, "delete from case_complaint_type where case_id = ?1", c.caseId());
        sql(key, "delete from case_platform where case_id = ?1", c.caseId());
        for (ComplaintType type : c.complaintTypes()) {
            sql(key, "insert into case_complaint_type (case_id, complaint_type) values (?1, ?2) on conflict do nothing",
                    c.caseId(), type.name());
        }
        for (Platform platform : c.platforms()) {
            sql(key, "insert into case_platform (case_id, platform) values (?1, ?2) on conflict do nothing",
                    c.caseId(), platform.name());
        }
    }

    private void referral(String key, Object referralId, Object caseId, ReferralTarget target, String city, String wing,
            Integer distanceKm, Boolean sameCity, Instant at) {
        sql(key, """
                insert into referral_fact (referral_id, case_id, target, city, wing, distance_km, same_city, referred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""",
                referralId, caseId, target.name(), city, wing, distanceKm, sameCity, at);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(settings.zone());
    }

    /** A statement about the case whose partition key (its id) is {@code key}. */
    private void sql(String key, String statement, Object... parameters) {
        batch.add(key, statement, parameters);
    }
}
