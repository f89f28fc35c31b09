package org.helpline.analytics.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.Gender;

/**
 * Reads the report's sections (DESIGN.md keys) from the projections. A case counts in the year it was
 * opened, and so do its escalations, referrals and services (so that "of the year's cases, how many
 * were referred" holds); follow-ups count in the year they arrived.
 */
@ApplicationScoped
public class ReportQueries {

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

    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Map<String, Object> report(int year) {
        Map<String, Object> report = new LinkedHashMap<>();
        long cases = count("select count(*) from case_fact where opened_year = ?1", year);
        long followUps = count("select count(*) from follow_up_fact where received_year = ?1", year);
        report.put("year", year);
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("cases", cases);
        totals.put("contacts", cases + followUps);
        totals.put("followUps", followUps);
        report.put("totals", totals);
        report.put("casesByMonth", casesByMonth(year));
        CASE_DIMENSIONS.forEach((section, column) -> report.put(section, countBy(column, year)));
        report.put("complaintTypesByGender", complaintTypesByGender(year));
        report.put("ageBandsByGender", crossTab("select age_band, gender, count(*) from case_fact "
                + "where opened_year = ?1 group by 1, 2", year));
        report.put("platforms", pairs("select p.platform, count(*) from case_platform p join case_fact c "
                + "using (case_id) where c.opened_year = ?1 group by 1 order by 2 desc, 1", year));
        report.put("services", pairs("select s.service, count(*) from service_fact s join case_fact c "
                + "using (case_id) where c.opened_year = ?1 group by 1 order by 2 desc, 1", year));
        report.put("mentalHealthConcerns", pairs("select case when mental_health_concern then 'YES' else 'NO' end, "
                + "count(*) from case_fact where opened_year = ?1 and mental_health_concern is not null group by 1",
                year));
        report.put("escalationsByPlatform", escalationsByPlatform(year));
        report.put("referrals", pairs("select target, count(*) from referral_fact join case_fact c using (case_id) "
                + "where c.opened_year = ?1 group by 1 order by 2 desc, 1", year));
        report.put("fiaReferrals", fiaReferrals(year));
        report.put("fiaWingCities", pairs("select wing, count(*) from referral_fact join case_fact c using (case_id) "
                + "where c.opened_year = ?1 and target = 'FIA' group by 1 order by 2 desc, 1", year));
        report.put("fiaTravelDistances", fiaTravelDistances(year));
        report.put("referralOutcomes", crossTab("select target, coalesce(outcome, 'PENDING'), count(*) from referral_fact "
                + "join case_fact c using (case_id) where c.opened_year = ?1 group by 1, 2 order by 1, 2", year));
        return report;
    }

    private Map<String, Long> casesByMonth(int year) {
        Map<String, Long> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(year, m).toString(), 0L);
        }
        months.putAll(pairs("select opened_month, count(*) from case_fact where opened_year = ?1 group by 1", year));
        return months;
    }

    private Map<String, Long> countBy(String column, int year) {
        // column names come from the constant map above, never from a request
        return pairs("select coalesce(" + column + ", 'UNSPECIFIED'), count(*) from case_fact where opened_year = ?1 "
                + "group by 1 order by 2 desc, 1", year);
    }

    private Map<String, Map<String, Long>> complaintTypesByGender(int year) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Object[] row : rows("select t.complaint_type, c.gender, count(*) from case_complaint_type t "
                + "join case_fact c using (case_id) where c.opened_year = ?1 group by 1, 2 order by 1", year)) {
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

    private Map<String, Map<String, Object>> escalationsByPlatform(int year) {
        Map<String, Map<String, Object>> platforms = new LinkedHashMap<>();
        for (Object[] row : rows("""
                select platform, count(*),
                       count(*) filter (where outcome = 'RESOLVED'),
                       count(*) filter (where outcome in ('UNRESOLVED', 'NO_RESPONSE')),
                       count(*) filter (where outcome is null or outcome = 'FORM_REQUESTED')
                from escalation_fact join case_fact c using (case_id) where c.opened_year = ?1
                group by 1 order by 2 desc, 1""", year)) {
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

    private Map<String, Long> fiaReferrals(int year) {
        Object[] row = rows("""
                select count(*), count(*) filter (where same_city), count(*) filter (where not same_city)
                from referral_fact join case_fact c using (case_id) where c.opened_year = ?1 and target = 'FIA'""", year).get(0);
        Map<String, Long> fia = new LinkedHashMap<>();
        fia.put("total", ((Number) row[0]).longValue());
        fia.put("fromWingCities", ((Number) row[1]).longValue());
        fia.put("fromOtherCities", ((Number) row[2]).longValue());
        return fia;
    }

    /**
     * How far complainants referred to the FIA must travel to the nearest wing (the report: up to 400 km;
     * the FIA itself would have every complaint handled within 50 km). Every band is present, zero or not.
     */
    private Map<String, Long> fiaTravelDistances(int year) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : List.of("0 km", "1-50 km", "51-100 km", "101-200 km", "201-400 km", "over 400 km")) {
            bands.put(band, 0L);
        }
        bands.putAll(pairs("""
                select case when distance_km = 0 then '0 km' when distance_km <= 50 then '1-50 km'
                            when distance_km <= 100 then '51-100 km' when distance_km <= 200 then '101-200 km'
                            when distance_km <= 400 then '201-400 km' else 'over 400 km' end, count(*)
                  from referral_fact join case_fact c using (case_id)
                 where c.opened_year = ?1 and target = 'FIA' group by 1""", year));
        return bands;
    }

    private Map<String, Map<String, Long>> crossTab(String sql, int year) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (Object[] row : rows(sql, year)) {
            table.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        return table;
    }

    private Map<String, Long> pairs(String sql, int year) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : rows(sql, year)) {
            result.put((String) row[0], ((Number) row[1]).longValue());
        }
        return result;
    }

    private long count(String sql, int year) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, year).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year) {
        return em.createNativeQuery(sql).setParameter(1, year).getResultList();
    }
}
