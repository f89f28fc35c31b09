package org.helpline.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.helpline.analytics.AnalyticsSettings;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.platform.sql.NativeRow;

/**
 * Reads the report's sections (DESIGN.md keys) from the projections. A case counts in the year it was
 * opened, and so do its escalations, referrals and services (so that "of the year's cases, how many
 * were referred" holds); follow-ups count in the year they arrived.
 */
@ApplicationScoped
public class ReportQueries {

    /** The period filter on case_fact (?1 = year, ?2 = "YYYY-MM" or "" for the whole year). */
    private static final String IN_PERIOD = "opened_year = ?1 and (?2 = '' or opened_month = ?2)";
    private static final String CASE_IN_PERIOD = "c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)";

    @Inject EntityManager em;
    @Inject AnalyticsSettings settings;

    @Transactional
    public Report report(ReportPeriod period) {
        long cases = single("select count(*) from case_fact where " + IN_PERIOD, period).count(0);
        long followUps = NativeRow.single(em.createNativeQuery("""
                select count(*) from follow_up_fact where received_year = ?1
                   and (?2 = '' or to_char(received_at at time zone ?3, 'YYYY-MM') = ?2)""")
                .setParameter(1, period.year()).setParameter(2, period.monthKey()).setParameter(3, settings.zone().getId()))
                .count(0);
        Row totals = Row.builder().count("cases", cases).count("contacts", cases + followUps)
                .count("followUps", followUps).build();
        // column names below come from this code, never from a request
        return new Report(period.year(), period.month() == null ? null : period.monthKey(), totals,
                casesByMonth(period),
                countBy("category", period), countBy("gender", period), countBy("province", period),
                countBy("city", period), countBy("channel", period), countBy("caller_type", period),
                countBy("harasser_gender", period), countBy("relationship", period), countBy("occupation", period),
                countBy("community", period), countBy("source_of_contact", period),
                complaintTypesByGender(period),
                complaintTypeCooccurrence(period),
                crossTab("select gender, caller_type, count(*) from case_fact where " + IN_PERIOD
                        + " and caller_type is not null group by 1, 2 order by 1, 2", period),
                crossTab("select age_band, gender, count(*) from case_fact where " + IN_PERIOD
                        + " group by 1, 2 order by 1, 2", period),
                pairs("select p.platform, count(*) from case_platform p join case_fact c using (case_id) where "
                        + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period),
                metaPlatforms(period),
                pairs("select s.service, count(*) from service_fact s join case_fact c using (case_id) where "
                        + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period),
                pairs("select case when mental_health_concern then 'YES' else 'NO' end, count(*) from case_fact where "
                        + IN_PERIOD + " and mental_health_concern is not null group by 1", period),
                escalationsByPlatform(period),
                pairs("select target, count(*) from referral_fact join case_fact c using (case_id) where "
                        + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period),
                fiaReferrals(period),
                pairs("select wing, count(*) from referral_fact join case_fact c using (case_id) where "
                        + CASE_IN_PERIOD + " and target = 'FIA' group by 1 order by 2 desc, 1", period),
                fiaTravelDistances(period),
                crossTab("select target, coalesce(outcome, 'PENDING'), count(*) from referral_fact join case_fact c "
                        + "using (case_id) where " + CASE_IN_PERIOD + " group by 1, 2 order by 1, 2", period));
    }

    private Row casesByMonth(ReportPeriod period) {
        Row.Builder months = Row.builder();
        for (int m = 1; m <= 12; m++) {
            months.count(YearMonth.of(period.year(), m).toString(), 0);
        }
        return pairs(months, "select opened_month, count(*) from case_fact where " + IN_PERIOD + " group by 1", period);
    }

    private Row countBy(String column, ReportPeriod period) {
        return pairs("select coalesce(" + column + ", 'UNSPECIFIED'), count(*) from case_fact where " + IN_PERIOD + " "
                + "group by 1 order by 2 desc, 1", period);
    }

    private Table complaintTypesByGender(ReportPeriod period) {
        List<String> zeros = new ArrayList<>(List.of(Row.TOTAL));
        for (Gender g : Gender.values()) {
            zeros.add(g.name());
        }
        Table.Builder table = Table.withZeros(zeros);
        for (NativeRow row : rows("select t.complaint_type, c.gender, count(*) from case_complaint_type t "
                + "join case_fact c using (case_id) where " + CASE_IN_PERIOD + " group by 1, 2 order by 1", period)) {
            table.row(row.text(0)).add(row.text(1), row.count(2)).add(Row.TOTAL, row.count(2));
        }
        return table.build();
    }

    /**
     * The report's Figs 8.1 and 8.2: of the cases of blackmailing, the share that also involved
     * intimate or other images used without consent (NCII, NCUI, NCEDITS), and the reverse; overall and
     * for cases reported by women (the report's "48% ... reported by women").
     */
    private Table complaintTypeCooccurrence(ReportPeriod period) {
        NativeRow row = single("""
                with per_case as (
                    select c.case_id, c.gender,
                           bool_or(t.complaint_type = 'BLACKMAILING') as blackmailing,
                           bool_or(t.complaint_type in ('NCII', 'NCUI', 'NCEDITS')) as image_abuse
                      from case_complaint_type t join case_fact c using (case_id)
                     where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)
                     group by c.case_id, c.gender)
                select count(*) filter (where blackmailing),
                       count(*) filter (where blackmailing and image_abuse),
                       count(*) filter (where image_abuse),
                       count(*) filter (where blackmailing and gender = 'FEMALE'),
                       count(*) filter (where blackmailing and image_abuse and gender = 'FEMALE'),
                       count(*) filter (where image_abuse and gender = 'FEMALE')
                  from per_case""", period);
        Table.Builder figures = Table.builder();
        share(figures.row("blackmailingWithImageAbuse"), row.count(0), row.count(1));
        share(figures.row("imageAbuseWithBlackmailing"), row.count(2), row.count(1));
        share(figures.row("blackmailingWithImageAbuseFemale"), row.count(3), row.count(4));
        share(figures.row("imageAbuseWithBlackmailingFemale"), row.count(5), row.count(4));
        return figures.build();
    }

    private static void share(Row.Builder row, long cases, long alsoWith) {
        row.count("cases", cases).count("alsoWith", alsoWith).put("share", Figure.share(alsoWith, cases));
    }

    private Table escalationsByPlatform(ReportPeriod period) {
        Table.Builder platforms = Table.builder();
        for (NativeRow row : rows("""
                select platform, count(*),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where outcome in ('UNRESOLVED', 'NO_RESPONSE')),
                       count(*) filter (where outcome is null or outcome = 'FORM_REQUESTED')
                from escalation_fact join case_fact c using (case_id)
                where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)
                group by 1 order by 2 desc, 1""", period)) {
            platforms.row(row.text(0)).count("sent", row.count(1)).count("resolved", row.count(2))
                    .count("unresolved", row.count(3)).count("pending", row.count(4))
                    .put("resolutionRate", Figure.share(row.count(2), row.count(1)));
        }
        return platforms.build();
    }

    /**
     * The report groups Facebook, Instagram and WhatsApp as Meta: their combined share of the platforms
     * complaints named (55.6% in 2023), and Meta's escalations (124 of 177 in 2023).
     */
    private Row metaPlatforms(ReportPeriod period) {
        NativeRow row = single("""
                select (select count(*) filter (where p.platform in ('FACEBOOK', 'INSTAGRAM', 'WHATSAPP'))
                          from case_platform p join case_fact c using (case_id)
                         where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)),
                       (select count(*) from case_platform p join case_fact c using (case_id)
                         where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)),
                       (select count(*) from escalation_fact e join case_fact c using (case_id)
                         where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)
                           and e.platform in ('FACEBOOK', 'INSTAGRAM', 'WHATSAPP')),
                       (select count(*) filter (where e.outcome = 'RESOLVED') from escalation_fact e
                          join case_fact c using (case_id)
                         where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)
                           and e.platform in ('FACEBOOK', 'INSTAGRAM', 'WHATSAPP'))""", period);
        return Row.builder().count("complaintMentions", row.count(0)).count("allComplaintMentions", row.count(1))
                .put("complaintShare", Figure.share(row.count(0), row.count(1)))
                .count("escalationsSent", row.count(2)).count("escalationsResolved", row.count(3))
                .put("escalationResolutionRate", Figure.share(row.count(3), row.count(2))).build();
    }

    /**
     * FIA referrals by where the complainant lives: a wing city, another city (she must travel), or not
     * known (she did not say; the wing was chosen with her).
     */
    private Row fiaReferrals(ReportPeriod period) {
        NativeRow row = single("""
                select count(*), count(*) filter (where same_city), count(*) filter (where not same_city),
                       count(*) filter (where same_city is null)
                from referral_fact join case_fact c using (case_id)
                where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2) and target = 'FIA'""", period);
        return Row.builder().count("total", row.count(0)).count("fromWingCities", row.count(1))
                .count("fromOtherCities", row.count(2)).count("fromUnknownLocations", row.count(3)).build();
    }

    /**
     * How far complainants referred to the FIA must travel to the nearest wing (the report: up to 400 km;
     * the FIA itself would have every complaint handled within 50 km). Every band is present, zero or not;
     * referrals of complainants whose city is not known have no distance and are left out.
     */
    private Row fiaTravelDistances(ReportPeriod period) {
        Row.Builder bands = Row.builder()
                .zeros(List.of("0 km", "1-50 km", "51-100 km", "101-200 km", "201-400 km", "over 400 km"));
        return pairs(bands, """
                select case when distance_km = 0 then '0 km' when distance_km <= 50 then '1-50 km'
                            when distance_km <= 100 then '51-100 km' when distance_km <= 200 then '101-200 km'
                            when distance_km <= 400 then '201-400 km' else 'over 400 km' end, count(*)
                  from referral_fact join case_fact c using (case_id)
                 where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2) and target = 'FIA'
                   and distance_km is not null group by 1""", period);
    }

    /** Rows of (row label, column label, count). */
    private Table crossTab(String sql, ReportPeriod period) {
        Table.Builder table = Table.builder();
        for (NativeRow row : rows(sql, period)) {
            table.row(row.text(0)).count(row.text(1), row.count(2));
        }
        return table.build();
    }

    /** Rows of (label, count). */
    private Row pairs(String sql, ReportPeriod period) {
        return pairs(Row.builder(), sql, period);
    }

    private Row pairs(Row.Builder row, String sql, ReportPeriod period) {
        for (NativeRow pair : rows(sql, period)) {
            row.count(pair.text(0), pair.count(1));
        }
        return row.build();
    }

    private NativeRow single(String sql, ReportPeriod period) {
        return NativeRow.single(query(sql, period));
    }

    private List<NativeRow> rows(String sql, ReportPeriod period) {
        return NativeRow.all(query(sql, period));
    }

    private Query query(String sql, ReportPeriod period) {
        return em.createNativeQuery(sql).setParameter(1, period.year()).setParameter(2, period.monthKey());
    }
}
