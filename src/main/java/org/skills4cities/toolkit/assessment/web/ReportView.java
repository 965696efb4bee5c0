package org.skills4cities.toolkit.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.GapReport;
import org.skills4cities.toolkit.assessment.Rating;
import org.skills4cities.toolkit.curriculum.CourseOffer;
import org.skills4cities.toolkit.explorer.Page;

/**
 * What the report templates show: the report, the course offers of its learning path, and whether it is seen through
 * a share link (then without notes and without the owner's controls).
 */
public record ReportView(GapReport report, Map<String, List<CourseOffer>> offers, Page page, boolean shared) {

    /** One past assessment with its report against its own target role (or the best match), for the history. */
    public record HistoryEntry(org.skills4cities.toolkit.assessment.Assessment assessment, GapReport report) {}

    public List<CourseOffer> offersOf(String unit) {
        return offers.getOrDefault(unit, List.of());
    }

    /** The note of evidence for a competence, never on a shared report. */
    public String note(String competence) {
        if (shared) {
            return "";
        }
        return report.assessment()
                .rating(competence)
                .map(Rating::note)
                .map(String::strip)
                .orElse("");
    }

    public boolean rated(String competence) {
        return report.assessment().rating(competence).isPresent();
    }

    public long ratedCount() {
        return Assessments.activeCompetences(report.framework()).stream()
                .filter(c -> rated(c.code()))
                .count();
    }

    public int competenceCount() {
        return Assessments.activeCompetences(report.framework()).size();
    }

    /**
     * The radar chart's data for ECharts: an axis per competence the role requires, in framework order, and two
     * series, the required levels and the person's.
     */
    public String radarJson() {
        List<GapReport.Line> axes = RadarImage.axes(report);
        int max = report.framework().highestLevel();
        String indicators = axes.stream()
                .map(l -> "{\"name\":" + quote(l.competence().code()) + ",\"max\":" + max + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String required =
                axes.stream().map(l -> String.valueOf(l.required())).collect(Collectors.joining(",", "[", "]"));
        String current = axes.stream().map(l -> String.valueOf(l.current())).collect(Collectors.joining(",", "[", "]"));
        return "{\"indicators\":" + indicators + ",\"series\":[{\"name\":"
                + quote(page.t(
                        "report.chart.required",
                        page.text(report.role().title()).text()))
                + ",\"values\":" + required + "},{\"name\":" + quote(page.t("report.chart.you"))
                + ",\"values\":" + current + "}]}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
