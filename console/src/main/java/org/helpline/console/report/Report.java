package org.helpline.console.report;

/**
 * analytics-service's report of a year or of one month of it ({@code GET /api/reports/{year}}), every section the
 * page draws; {@link ReportSection} names each and reads it from here.
 *
 * @param month YYYY-MM, only when one month was asked for
 */
public record Report(int year, String month, Counts totals, Counts casesByMonth, Counts categories, Counts genders,
        Counts provinces, Counts cities, Counts channels, Counts callerTypes, Counts harasserGenders,
        Counts relationships, Counts occupations, Counts communities, Counts sourcesOfContact,
        CountTable complaintTypesByGender, CountTable complaintTypeCooccurrence, CountTable callerTypesByGender,
        CountTable ageBandsByGender, Counts platforms, Counts metaPlatforms, Counts services,
        Counts mentalHealthConcerns, CountTable escalationsByPlatform, Counts referrals, Counts fiaReferrals,
        Counts fiaWingCities, Counts fiaTravelDistances, CountTable referralOutcomes) {
}
