package org.helpline.analytics.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.helpline.contracts.vocabulary.Gender;

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

    /** Column of case_fact behind each one-dimensional section. */
    private static final Map<String, String> CASE_DIMENSIONS = new LinkedHashMap<>();

    static {
        CASE_DIMENSIONS.put("categories", "category");
        CASE_DIMENSIONS.put("genders", "gender");
        CASE_DIMENSIONS.put("provinces", "province");
        CASE_DIMENSIONS.put("cities", "city");
        CASE_DIMENSIONS.put("channels", "channel");
        CASE_DIMENSIONS.put("callerTypes", "caller_type");
        CASE_DIMENSIONS.put("harasserGenders", "harasser_gender");
        CASE_DIMENSIONS.put("relationships", "relationship");
        CASE_DIMENSIONS.put("occupations", "occupation");
        CASE_DIMENSIONS.put("communities", "community");
        CASE_DIMENSIONS.put("sourcesOfContact", "source_of_contact");
    }

    private final EntityManager em;
    private final ZoneId zone;

    /** @param zone the helpline's time zone: a follow-up counts in the month it arrived there */
    public ReportQueries(EntityManager em,
            @ConfigProperty(name = "helpline.zone", defaultValue = "Asia/Karachi") ZoneId zone) {
        this.em = em;
        this.zone = zone;
    }

    @Transactional
    public Map<String, Object> report(ReportPeriod period) {
        int year = period.year();
        Map<String, Object> report = new LinkedHashMap<>();
        long cases = count("select count(*) from case_fact where " + IN_PERIOD, period);
        long followUps = ((Number) em.createNativeQuery("""
                select count(*) from follow_up_fact where received_year = ?1
                   and (?2 = '' or to_char(received_at at time zone ?3, 'YYYY-MM') = ?2)""")
                .setParameter(1, year).setParameter(2, period.monthKey()).setParameter(3, zone.getId())
                .getSingleResult()).longValue();
        report.put("year", year);
        if (period.month() != null) {
            report.put("month", period.monthKey());
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("cases", cases);
        totals.put("contacts", cases + followUps);
        totals.put("followUps", followUps);
        report.put("totals", totals);
        report.put("casesByMonth", casesByMonth(period));
        CASE_DIMENSIONS.forEach((section, column) -> report.put(section, countBy(column, period)));
        report.put("complaintTypesByGender", complaintTypesByGender(period));
        report.put("complaintTypeCooccurrence", complaintTypeCooccurrence(period));
        report.put("callerTypesByGender", crossTab("select gender, caller_type, count(*) from case_fact "
                + "where " + IN_PERIOD + " and caller_type is not null group by 1, 2 order by 1, 2", period));
        report.put("ageBandsByGender", crossTab("select age_band, gender, count(*) from case_fact "
                + "where " + IN_PERIOD + " group by 1, 2 order by 1, 2", period));
        report.put("platforms", pairs("select p.platform, count(*) from case_platform p join case_fact c "
                + "using (case_id) where " + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period));
        report.put("metaPlatforms", metaPlatforms(period));
        report.put("services", pairs("select s.service, count(*) from service_fact s join case_fact c "
                + "using (case_id) where " + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period));
        report.put("mentalHealthConcerns", pairs("select case when mental_health_concern then 'YES' else 'NO' end, "
                + "count(*) from case_fact where " + IN_PERIOD + " and mental_health_concern is not null group by 1",
                period));
        report.put("escalationsByPlatform", escalationsByPlatform(period));
        report.put("referrals", pairs("select target, count(*) from referral_fact join case_fact c using (case_id) "
                + "where " + CASE_IN_PERIOD + " group by 1 order by 2 desc, 1", period));
        report.put("fiaReferrals", fiaReferrals(period));
        report.put("fiaWingCities", pairs("select wing, count(*) from referral_fact join case_fact c using (case_id) "
                + "where " + CASE_IN_PERIOD + " and target = 'FIA' group by 1 order by 2 desc, 1", period));
        report.put("fiaTravelDistances", fiaTravelDistances(period));
        report.put("referralOutcomes", crossTab("select target, coalesce(outcome, 'PENDING'), count(*) from referral_fact "
                + "join case_fact c using (case_id) where " + CASE_IN_PERIOD + " group by 1, 2 order by 1, 2", period));
        return report;
    }

    private Map<String, Long> casesByMonth(ReportPeriod period) {
        Map<String, Long> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(period.year(), m).toString(), 0L);
        }
        months.putAll(pairs("select opened_month, count(*) from case_fact where " + IN_PERIOD + " group by 1", period));
        return months;
    }

    private Map<String, Long> countBy(String column, ReportPeriod period) {
        // column names come from the constant map above, never from a request
        return pairs("select coalesce(" + column + ", 'UNSPECIFIED'), count(*) from case_fact where " + IN_PERIOD + " "
                + "group by 1 order by 2 desc, 1", period);
    }

    private Map<String, Map<String, Long>> complaintTypesByGender(ReportPeriod period) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Object[] row : rows("select t.complaint_type, c.gender, count(*) from case_complaint_type t "
                + "join case_fact c using (case_id) where " + CASE_IN_PERIOD + " group by 1, 2 order by 1", period)) {
            Map<String, Long> line = table.computeIfAbsent((String) row[0], type -> {
                Map<String, Long> fresh = new LinkedHashMap<>();
                fresh.put("total", 0L);
                for (Gender g : Gender.values()) {
                    fresh.put(g.name(), 0L);
                }
                return fresh;
            });
            long n = ((Number) row[2]).longValue();
            line.merge((String) row[1], n, Long::sum);
            line.merge("total", n, Long::sum);
        }
        return table;
    }

    /**
     * The report's Figs 8.1 and 8.2: of the cases of blackmailing, the share that also involved
     * intimate or other images used without consent (NCII, NCUI, NCEDITS), and the reverse; overall and
     * for cases reported by women (the report's "48% ... reported by women").
     */
    private Map<String, Map<String, Object>> complaintTypeCooccurrence(ReportPeriod period) {
        Object[] row = rows("""
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
                  from per_case""", period).get(0);
        long[] n = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            n[i] = ((Number) row[i]).longValue();
        }
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        figures.put("blackmailingWithImageAbuse", share(n[0], n[1]));
        figures.put("imageAbuseWithBlackmailing", share(n[2], n[1]));
        figures.put("blackmailingWithImageAbuseFemale", share(n[3], n[4]));
        figures.put("imageAbuseWithBlackmailingFemale", share(n[5], n[4]));
        return figures;
    }

    private static Map<String, Object> share(long cases, long alsoWith) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("cases", cases);
        share.put("alsoWith", alsoWith);
        share.put("share", cases == 0 ? 0.0 : Math.round(1000.0 * alsoWith / cases) / 1000.0);
        return share;
    }

    private Map<String, Map<String, Object>> escalationsByPlatform(ReportPeriod period) {
        Map<String, Map<String, Object>> platforms = new LinkedHashMap<>();
        for (Object[] row : rows("""
                select platform, count(*),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where outcome in ('UNRESOLVED', 'NO_RESPONSE')),
                       count(*) filter (where outcome is null or outcome = 'FORM_REQUESTED')
                from escalation_fact join case_fact c using (case_id)
                where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2)
                group by 1 order by 2 desc, 1""", period)) {
            long sent = ((Number) row[1]).longValue();
            long resolved = ((Number) row[2]).longValue();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sent", sent);
            line.put("resolved", resolved);
            line.put("unresolved", ((Number) row[3]).longValue());
            line.put("pending", ((Number) row[4]).longValue());
            line.put("resolutionRate", sent == 0 ? 0.0 : Math.round(1000.0 * resolved / sent) / 1000.0);
            platforms.put((String) row[0], line);
        }
        return platforms;
    }

    /**
     * The report groups Facebook, Instagram and WhatsApp as Meta: their combined share of the platforms
     * complaints named (55.6% in 2023), and Meta's escalations (124 of 177 in 2023).
     */
    private Map<String, Object> metaPlatforms(ReportPeriod period) {
        Object[] row = rows("""
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
                           and e.platform in ('FACEBOOK', 'INSTAGRAM', 'WHATSAPP'))""", period).get(0);
        long mentions = ((Number) row[0]).longValue();
        long allMentions = ((Number) row[1]).longValue();
        long sent = ((Number) row[2]).longValue();
        long resolved = ((Number) row[3]).longValue();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("complaintMentions", mentions);
        meta.put("allComplaintMentions", allMentions);
        meta.put("complaintShare", allMentions == 0 ? 0.0 : Math.round(1000.0 * mentions / allMentions) / 1000.0);
        meta.put("escalationsSent", sent);
        meta.put("escalationsResolved", resolved);
        meta.put("escalationResolutionRate", sent == 0 ? 0.0 : Math.round(1000.0 * resolved / sent) / 1000.0);
        return meta;
    }

    /**
     * FIA referrals by where the complainant lives: a wing city, another city (she must travel), or not
     * known (she did not say; the wing was chosen with her).
     */
    private Map<String, Long> fiaReferrals(ReportPeriod period) {
        Object[] row = rows("""
                select count(*), count(*) filter (where same_city), count(*) filter (where not same_city),
                       count(*) filter (where same_city is null)
                from referral_fact join case_fact c using (case_id)
                where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2) and target = 'FIA'""", period).get(0);
        Map<String, Long> fia = new LinkedHashMap<>();
        fia.put("total", ((Number) row[0]).longValue());
        fia.put("fromWingCities", ((Number) row[1]).longValue());
        fia.put("fromOtherCities", ((Number) row[2]).longValue());
        fia.put("fromUnknownLocations", ((Number) row[3]).longValue());
        return fia;
    }

    /**
     * How far complainants referred to the FIA must travel to the nearest wing (the report: up to 400 km;
     * the FIA itself would have every complaint handled within 50 km). Every band is present, zero or not;
     * referrals of complainants whose city is not known have no distance and are left out.
     */
    private Map<String, Long> fiaTravelDistances(ReportPeriod period) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : List.of("0 km", "1-50 km", "51-100 km", "101-200 km", "201-400 km", "over 400 km")) {
            bands.put(band, 0L);
        }
        bands.putAll(pairs("""
                select case when distance_km = 0 then '0 km' when distance_km <= 50 then '1-50 km'
                            when distance_km <= 100 then '51-100 km' when distance_km <= 200 then '101-200 km'
                            when distance_km <= 400 then '201-400 km' else 'over 400 km' end, count(*)
                  from referral_fact join case_fact c using (case_id)
                 where c.opened_year = ?1 and (?2 = '' or c.opened_month = ?2) and target = 'FIA'
                   and distance_km is not null group by 1""", period));
        return bands;
    }

    private Map<String, Map<String, Long>> crossTab(String sql, ReportPeriod period) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Object[] row : rows(sql, period)) {
            table.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        return table;
    }

    private Map<String, Long> pairs(String sql, ReportPeriod period) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : rows(sql, period)) {
            result.put((String) row[0], ((Number) row[1]).longValue());
        }
        return result;
    }

    private long count(String sql, ReportPeriod period) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, period.year()).setParameter(2, period.monthKey())
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period) {
        return em.createNativeQuery(sql).setParameter(1, period.year()).setParameter(2, period.monthKey())
                .getResultList();
    }
}
