package org.helpline.analytics.projection;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import org.helpline.platform.wire.InboundEvent;

/**
 * Applies events to the report's read model. Every statement is an upsert or a keyed update, so
 * applying in any order across topics converges; within a topic the order per case is Kafka's.
 * Events that change no statistic yet (closure, erasure, channel changes) are acknowledged only.
 */
@ApplicationScoped
public class ReportProjector {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Inject EntityManager em;
    @Inject AnalyticsSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent received) {
        IntegrationEvent event = received.event();
        if (event instanceof CaseOpened opened) {
            caseOpened(opened);
        } else if (event instanceof FollowUpReceived followUp) {
            sql("""
                    insert into follow_up_fact (contact_id, case_id, received_at, received_year) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""", followUp.contactId(), followUp.caseId(), followUp.receivedAt(),
                    local(followUp.receivedAt()).getYear()).executeUpdate();
        } else if (event instanceof ComplaintClassified classified) {
            classified(classified);
        } else if (event instanceof ServiceProvided provided) {
            sql("""
                    insert into service_fact (event_id, case_id, service, provided_at) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""", received.id(), provided.caseId(), provided.service().name(),
                    provided.providedAt()).executeUpdate();
        } else if (event instanceof EscalationSent sent) {
            sql("""
                    insert into escalation_fact (escalation_id, case_id, platform, reason, sent_at)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""", sent.escalationId(), sent.caseId(),
                    sent.platform().name(), sent.reason().name(), sent.sentAt())
                    .executeUpdate();
        } else if (event instanceof EscalationResolved resolved) {
            sql("update escalation_fact set outcome = ?2, resolved_at = ?3 where escalation_id = ?1",
                    resolved.escalationId(), resolved.outcome().name(), resolved.resolvedAt()).executeUpdate();
        } else if (event instanceof ReferredToFIA fia) {
            referral(fia.referralId(), fia.caseId(), ReferralTarget.FIA, fia.complainantCity(), fia.wing(),
                    fia.distanceKm(), fia.sameCity(), fia.referredAt());
        } else if (event instanceof ReferralMade made) {
            referral(made.referralId(), made.caseId(), made.target(), made.city(), null, null, null, made.referredAt());
        } else if (event instanceof ReferralOutcomeRecorded recorded) {
            // outcomes of one referral arrive in order (key = case id): the latest wins
            sql("update referral_fact set outcome = ?2 where referral_id = ?1", recorded.referralId(),
                    recorded.outcome().name()).executeUpdate();
        }
    }

    private void caseOpened(CaseOpened o) {
        ZonedDateTime local = local(o.openedAt());
        sql("""
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
                o.sourceOfContact().name(), o.occupation().name(), o.community().name()).executeUpdate();
    }

    private void classified(ComplaintClassified c) {
        sql("""
                insert into case_fact (case_id, category, harasser_gender, relationship, mental_health_concern, classified_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (case_id) do update set category = excluded.category,
                    harasser_gender = excluded.harasser_gender, relationship = excluded.relationship,
                    mental_health_concern = excluded.mental_health_concern, classified_at = excluded.classified_at""",
                c.caseId(), c.category().name(), c.harasserGender().name(), c.relationship().name(),
                c.mentalHealthConcern(), c.classifiedAt()).executeUpdate();
        // the latest classification replaces the earlier one: a reclassified case moves rows, never counts twice
        sql("delete from case_complaint_type where case_id = ?1", c.caseId()).executeUpdate();
        sql("delete from case_platform where case_id = ?1", c.caseId()).executeUpdate();
        for (ComplaintType type : c.complaintTypes()) {
            sql("insert into case_complaint_type (case_id, complaint_type) values (?1, ?2) on conflict do nothing",
                    c.caseId(), type.name()).executeUpdate();
        }
        for (Platform platform : c.platforms()) {
            sql("insert into case_platform (case_id, platform) values (?1, ?2) on conflict do nothing",
                    c.caseId(), platform.name()).executeUpdate();
        }
    }

    private void referral(Object referralId, Object caseId, ReferralTarget target, String city, String wing,
            Integer distanceKm, Boolean sameCity, Instant at) {
        sql("""
                insert into referral_fact (referral_id, case_id, target, city, wing, distance_km, same_city, referred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""",
                referralId, caseId, target.name(), city, wing, distanceKm, sameCity, at)
                .executeUpdate();
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(settings.zone());
    }

    private Query sql(String statement, Object... parameters) {
        Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
