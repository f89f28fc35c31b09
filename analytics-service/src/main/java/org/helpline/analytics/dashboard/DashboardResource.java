package org.helpline.analytics.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helpline.analytics.report.PublicFigures;
import org.helpline.analytics.report.ReportPeriod;
import org.helpline.analytics.report.ReportQueries;
import org.helpline.analytics.report.ReportResource;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.platform.identity.Roles;

/**
 * The report as a web page for analysts: every section of {@code /api/reports/{year}} as a chart or a
 * table, drawn on the server (no script, nothing fetched from the internet), for a phone and for print.
 */
@Path("/reports/{year}")
@Tag(name = "Reports", description = "The annual report's statistics, live from the projections")
public class DashboardResource {

    private static final List<String> GENDERS = List.of(Gender.FEMALE.name(), Gender.MALE.name(),
            Gender.NON_BINARY.name(), Gender.TRANS_WOMAN.name(), Gender.TRANS_MAN.name(), Gender.UNDISCLOSED.name());
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("casesByMonth", "Cases by month");
        TITLES.put("categories", "Categories of complaints");
        TITLES.put("genders", "Gender of complainants");
        TITLES.put("complaintTypesByGender", "Types of complaints by gender");
        TITLES.put("complaintTypeCooccurrence", "Blackmailing and the non-consensual use of images");
        TITLES.put("ageBandsByGender", "Age by gender");
        TITLES.put("provinces", "Provinces");
        TITLES.put("cities", "Cities");
        TITLES.put("callerTypes", "Who reported");
        TITLES.put("callerTypesByGender", "Who reported, by gender of the person targeted");
        TITLES.put("sourcesOfContact", "How complainants heard of the helpline");
        TITLES.put("occupations", "Occupations");
        TITLES.put("communities", "Communities");
        TITLES.put("harasserGenders", "Gender of harassers");
        TITLES.put("relationships", "Relationship to the harasser");
        TITLES.put("platforms", "Platforms");
        TITLES.put("metaPlatforms", "Meta (Facebook, Instagram, WhatsApp)");
        TITLES.put("mentalHealthConcerns", "Mental-health concern expressed");
        TITLES.put("services", "Services given");
        TITLES.put("escalationsByPlatform", "Escalation resolution per platform");
        TITLES.put("referrals", "Referrals");
        TITLES.put("fiaReferrals", "FIA referrals from wing cities and other cities");
        TITLES.put("fiaWingCities", "FIA referrals by wing");
        TITLES.put("fiaTravelDistances", "Distance to the nearest FIA cybercrime wing");
        TITLES.put("referralOutcomes", "Outcomes of referrals");
        TITLES.put("channels", "Channels");
    }

    private final ReportQueries queries;

    public DashboardResource(ReportQueries queries) {
        this.queries = queries;
    }

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The report as a web page with charts (add ?public=true for the publishable variant)")
    @SuppressWarnings("unchecked")
    public String page(@PathParam("year") @Min(2000) @Max(2100) int year, @QueryParam("month") String month,
            @QueryParam("public") boolean publishable) {
        ReportPeriod asked = ReportResource.period(year, month);
        Map<String, Object> figures = queries.report(asked);
        Map<String, Object> report = publishable ? PublicFigures.report(figures) : figures;
        String period = asked.month() == null ? String.valueOf(year) : asked.month().toString();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Cyber Harassment Helpline — %s</title><style>%s</style></head><body>
                <header><h1>Cyber Harassment Helpline — %s</h1><p>%s</p></header><main>
                """.formatted(period, CSS, period, publishable
                ? "Publishable figures: counts of 1 to 4 are shown as &lt;5."
                : "Internal figures, live from the helpline's events. Not for publication: use ?public=true."));
        Map<String, Object> totals = (Map<String, Object>) report.get("totals");
        html.append("<section class=\"totals\" data-chart=\"totals\">");
        totals.forEach((key, value) -> html.append("<div data-label=\"").append(key).append("\" data-value=\"")
                .append(Svg.escape(String.valueOf(value))).append("\"><strong>")
                .append(Svg.escape(String.valueOf(value))).append("</strong>").append(Svg.label(key)).append("</div>"));
        html.append("</section>");
        TITLES.forEach((section, title) -> html.append(chart(section, title, report.get(section))));
        return html.append("</main></body></html>").toString();
    }

    @SuppressWarnings("unchecked")
    private static String chart(String section, String title, Object value) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            return "<figure data-chart=\"" + section + "\"><figcaption>" + Svg.escape(title)
                    + "</figcaption><p class=\"empty\">No cases yet.</p></figure>";
        }
        return switch (section) {
            case "casesByMonth" -> Svg.columns(section, title, (Map<String, ?>) map);
            case "complaintTypesByGender" -> Svg.table(section, title, (Map<String, Map<String, ?>>) map,
                    concat("total", GENDERS));
            case "complaintTypeCooccurrence" -> Svg.table(section, title, (Map<String, Map<String, ?>>) map,
                    List.of("cases", "alsoWith", "share"));
            case "callerTypesByGender" -> Svg.stacked(section, title, (Map<String, Map<String, ?>>) map,
                    List.of("SELF", "ON_BEHALF"));
            case "metaPlatforms" -> Svg.table(section, title, Map.of("META", (Map<String, ?>) map),
                    List.copyOf(((Map<String, ?>) map).keySet()));
            case "ageBandsByGender" -> Svg.stacked(section, title, (Map<String, Map<String, ?>>) map, GENDERS);
            case "escalationsByPlatform" -> Svg.stacked(section, title, (Map<String, Map<String, ?>>) map,
                    List.of("resolved", "unresolved", "pending"))
                    + Svg.table(section + "Rates", title + ": rates", (Map<String, Map<String, ?>>) map,
                            List.of("sent", "resolved", "unresolved", "pending", "resolutionRate"));
            case "referralOutcomes" -> Svg.stacked(section, title, (Map<String, Map<String, ?>>) map,
                    List.of("COMPLAINT_REGISTERED", "FIR_LODGED", "RESOLVED", "DECLINED", "NO_CONTACT", "PENDING"));
            default -> Svg.bars(section, title, (Map<String, ?>) map);
        };
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#4a2a6b;color:#fff;padding:1rem 1.5rem}header h1{margin:0;font-size:1.4rem}
            main{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,34rem),1fr));gap:1rem;padding:1rem}
            figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem;break-inside:avoid;overflow-x:auto}
            figcaption{font-weight:600;margin-bottom:.5rem}svg{width:100%;height:auto}
            .label{font-size:15px;fill:#333}.value{font-size:14px;fill:#111}.legend{font-size:13px}
            .totals{grid-column:1/-1;display:flex;gap:1rem;flex-wrap:wrap}
            .totals div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem 1.25rem}
            .totals strong{display:block;font-size:1.8rem}
            table{border-collapse:collapse;font-size:12px;width:100%}th,td{border-bottom:1px solid #eee;padding:2px 4px}
            td{text-align:right}thead th{text-align:right}tbody th{text-align:left;font-weight:normal}
            @media print{body{background:#fff}header{background:none;color:#000}main{display:block}
            figure{border:none;page-break-inside:avoid}}
            """;
}
