package org.helpline.analytics.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import org.helpline.analytics.report.Report;
import org.helpline.analytics.report.ReportPeriod;
import org.helpline.analytics.report.ReportQueries;
import org.helpline.analytics.report.ReportResource;
import org.helpline.analytics.report.Row;
import org.helpline.analytics.report.Section;
import org.helpline.analytics.report.SectionValue;
import org.helpline.analytics.report.Table;
import org.helpline.contracts.identity.Roles;

/**
 * The report as a web page for analysts: every section of {@code /api/reports/{year}} as a chart or a
 * table, drawn on the server (no script, nothing fetched from the internet), for a phone and for print.
 */
@Path("/reports/{year}")
@Tag(name = "Reports", description = "The annual report's statistics, live from the projections")
public class DashboardResource {

    /** The order of the page: the report's story, not the JSON's. */
    private static final List<Section> PAGE = List.of(Section.TOTALS, Section.CASES_BY_MONTH, Section.CATEGORIES,
            Section.GENDERS, Section.COMPLAINT_TYPES_BY_GENDER, Section.COMPLAINT_TYPE_COOCCURRENCE,
            Section.AGE_BANDS_BY_GENDER, Section.PROVINCES, Section.CITIES, Section.CALLER_TYPES,
            Section.CALLER_TYPES_BY_GENDER, Section.SOURCES_OF_CONTACT, Section.OCCUPATIONS, Section.COMMUNITIES,
            Section.HARASSER_GENDERS, Section.RELATIONSHIPS, Section.PLATFORMS, Section.META_PLATFORMS,
            Section.MENTAL_HEALTH_CONCERNS, Section.SERVICES, Section.ESCALATIONS_BY_PLATFORM, Section.REFERRALS,
            Section.FIA_REFERRALS, Section.FIA_WING_CITIES, Section.FIA_TRAVEL_DISTANCES, Section.REFERRAL_OUTCOMES,
            Section.CHANNELS);
    private static final ResourceBundle TITLES = ResourceBundle.getBundle("report-sections", Locale.ROOT);

    @Inject ReportQueries queries;

    @RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR})
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The report as a web page with charts (add ?public=true for the publishable variant)")
    public String page(@PathParam("year") @Min(2000) @Max(2100) int year, @QueryParam("month") String month,
            @QueryParam("public") boolean publishable) {
        ReportPeriod asked = ReportResource.period(year, month);
        Report figures = queries.report(asked);
        Report report = publishable ? figures.suppressed() : figures;
        String period = asked.month() == null ? String.valueOf(year) : asked.month().toString();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Cyber Harassment Helpline — %s</title><style>%s</style></head><body>
                <header><h1>Cyber Harassment Helpline — %s</h1><p>%s</p></header><main>
                """.formatted(period, CSS, period, publishable
                ? "Publishable figures: counts of 1 to 4 are shown as &lt;5."
                : "Internal figures, live from the helpline's events. Not for publication: use ?public=true."));
        PAGE.forEach(section -> html.append(chart(section, TITLES.getString(section.messageKey()), section.of(report))));
        return html.append("</main></body></html>").toString();
    }

    private static String chart(Section section, String title, SectionValue value) {
        String id = section.key();
        if (value instanceof Row row && section.chart() == Section.Chart.FIGURES) {
            return figures(id, row);
        }
        if (value.isEmpty()) {
            return "<figure data-chart=\"" + id + "\"><figcaption>" + Svg.escape(title)
                    + "</figcaption><p class=\"empty\">No cases yet.</p></figure>";
        }
        if (value instanceof Row row) {
            return switch (section.chart()) {
                case COLUMNS -> Svg.columns(id, title, row);
                // a table of its one row, every label a column
                case TABLE -> Svg.table(id, title, Table.of(Map.of("META", row)), row.labels());
                default -> Svg.bars(id, title, row);
            };
        }
        if (!(value instanceof Table table)) {
            throw new IllegalStateException("a section is a row or a table: " + id);
        }
        if (section.chart() == Section.Chart.TABLE) {
            return Svg.table(id, title, table, section.parts());
        }
        String stacked = Svg.stacked(id, title, table, section.parts());
        return section.rateColumns().isEmpty() ? stacked
                : stacked + Svg.table(id + "Rates", title + ": rates", table, section.rateColumns());
    }

    /** Big numbers side by side (the totals). */
    private static String figures(String id, Row row) {
        StringBuilder html = new StringBuilder("<section class=\"totals\" data-chart=\"").append(id).append("\">");
        row.figures().forEach((key, value) -> html.append("<div data-label=\"").append(key).append("\" data-value=\"")
                .append(Svg.escape(String.valueOf(value))).append("\"><strong>")
                .append(Svg.escape(String.valueOf(value))).append("</strong>").append(Svg.label(key)).append("</div>"));
        return html.append("</section>").toString();
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
