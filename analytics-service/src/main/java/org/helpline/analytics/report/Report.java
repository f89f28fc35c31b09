package org.helpline.analytics.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The report of a year or of one month of it, section by section in the order of {@link Section} (which
 * names each section and reads it from here). Shapes are documented on the sections' keys in the README.
 */
@Schema(description = "Every section of the year's (or a month's) report")
public record Report(
        int year,
        @Schema(description = "YYYY-MM, only when one month was asked for")
        @JsonInclude(JsonInclude.Include.NON_NULL) String month,
        @Schema(description = "cases, contacts (cases and follow-ups), followUps") Row totals,
        @Schema(description = "YYYY-MM: cases opened, every month present") Row casesByMonth,
        Row categories,
        Row genders,
        Row provinces,
        Row cities,
        Row channels,
        Row callerTypes,
        Row harasserGenders,
        Row relationships,
        Row occupations,
        Row communities,
        Row sourcesOfContact,
        @Schema(description = "complaint type: total and one cell per gender") Table complaintTypesByGender,
        @Schema(description = "Figs 8.1/8.2: cases, alsoWith, share") Table complaintTypeCooccurrence,
        @Schema(description = "gender: SELF, ON_BEHALF") Table callerTypesByGender,
        @Schema(description = "age band: one cell per gender") Table ageBandsByGender,
        Row platforms,
        @Schema(description = "Facebook, Instagram and WhatsApp together") Row metaPlatforms,
        Row services,
        @Schema(description = "YES, NO") Row mentalHealthConcerns,
        @Schema(description = "platform: sent, resolved, unresolved, pending, resolutionRate") Table escalationsByPlatform,
        @Schema(description = "by target") Row referrals,
        @Schema(description = "total, fromWingCities, fromOtherCities, fromUnknownLocations") Row fiaReferrals,
        @Schema(description = "by wing") Row fiaWingCities,
        @Schema(description = "referrals by distance to the wing, every band present") Row fiaTravelDistances,
        @Schema(description = "target: latest outcome (or PENDING)") Table referralOutcomes) {

    /** The publishable variant: every section suppressed by itself; the period is not a count. */
    public Report suppressed() {
        return new Report(year, month, totals.suppressed(), casesByMonth.suppressed(), categories.suppressed(),
                genders.suppressed(), provinces.suppressed(), cities.suppressed(), channels.suppressed(),
                callerTypes.suppressed(), harasserGenders.suppressed(), relationships.suppressed(),
                occupations.suppressed(), communities.suppressed(), sourcesOfContact.suppressed(),
                complaintTypesByGender.suppressed(), complaintTypeCooccurrence.suppressed(),
                callerTypesByGender.suppressed(), ageBandsByGender.suppressed(), platforms.suppressed(),
                metaPlatforms.suppressed(), services.suppressed(), mentalHealthConcerns.suppressed(),
                escalationsByPlatform.suppressed(), referrals.suppressed(), fiaReferrals.suppressed(),
                fiaWingCities.suppressed(), fiaTravelDistances.suppressed(), referralOutcomes.suppressed());
    }
}
