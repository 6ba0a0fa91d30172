package org.mentora.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mentora.course.LearningMode;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.HoursFormat;
import org.mentora.project.ProjectStatus;
import org.mentora.report.CompletionFigures;
import org.mentora.report.EditionDashboard;

/**
 * The edition dashboard's charts as Chart.js configuration, which {@code p:chart} takes as JSON.
 */
final class ReportCharts {

  private static final String[] COLOURS = {
    "#2f6f9f", "#e07b39", "#4f9d69", "#9c5fb5", "#c94f4f", "#7f7f7f", "#d4a72c"
  };

  private ReportCharts() {}

  /** Approved hours per learning mode, week by week, stacked. */
  static String weekly(List<String> weeks, Map<LearningMode, List<Long>> minutes) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Map.Entry<LearningMode, List<Long>> mode : minutes.entrySet()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      mode.getValue().forEach(m -> values.add(HoursFormat.toHours(m)));
      datasets.add(
          dataset(mode.getKey().name(FacesMessages.locale()), values, mode.getKey().getColour()));
    }
    return chart("bar", labels(weeks, Function.identity()), datasets, true);
  }

  /** Approved hours per host library, region or country. */
  static String groups(
      List<EditionDashboard.GroupRow> rows, Function<EditionDashboard.GroupRow, String> label) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    rows.forEach(r -> values.add(HoursFormat.toHours(r.approvedMinutes())));
    return chart(
        "bar",
        labels(rows, label),
        Json.createArrayBuilder()
            .add(dataset(FacesMessages.text("report.chart.approvedHours"), values, COLOURS[0])),
        false);
  }

  /** Project ideas per topic, one stacked bar part per state. */
  static String projects(List<EditionDashboard.ProjectRow> rows) {
    List<String> topics =
        rows.stream()
            .map(r -> r.topic() == null ? FacesMessages.text("report.projects.noTopic") : r.topic())
            .distinct()
            .toList();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (ProjectStatus status : ProjectStatus.values()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      boolean any = false;
      for (String topic : topics) {
        long count =
            rows.stream()
                .filter(r -> r.status() == status)
                .filter(
                    r ->
                        topic.equals(
                            r.topic() == null
                                ? FacesMessages.text("report.projects.noTopic")
                                : r.topic()))
                .mapToLong(EditionDashboard.ProjectRow::count)
                .sum();
        any |= count > 0;
        values.add(count);
      }
      if (any) {
        datasets.add(
            dataset(FacesMessages.text(status.labelKey()), values, COLOURS[i % COLOURS.length]));
      }
      i++;
    }
    return chart("bar", labels(topics, Function.identity()), datasets, true);
  }

  /** Share of participants reaching each competence target. */
  static String competences(List<EditionDashboard.CompetenceShare> shares) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    shares.forEach(s -> values.add(s.percentReached()));
    return chart(
        "bar",
        labels(shares, EditionDashboard.CompetenceShare::code),
        Json.createArrayBuilder()
            .add(dataset(FacesMessages.text("report.chart.percentReached"), values, COLOURS[2])),
        false);
  }

  /** Per edition: certified, eligible but not yet issued, not yet eligible; stacked. */
  static String completion(CompletionFigures figures) {
    List<CompletionFigures.EditionCompletion> rows = figures.editions();
    JsonArrayBuilder certified = Json.createArrayBuilder();
    JsonArrayBuilder toIssue = Json.createArrayBuilder();
    JsonArrayBuilder notYet = Json.createArrayBuilder();
    for (CompletionFigures.EditionCompletion row : rows) {
      certified.add(row.certified());
      // Certified participants who no longer meet changed rules stay in the certified part.
      toIssue.add(row.toIssue());
      notYet.add(row.participants() - row.certified() - row.toIssue());
    }
    return chart(
        "bar",
        labels(rows, CompletionFigures.EditionCompletion::code),
        Json.createArrayBuilder()
            .add(dataset(FacesMessages.text("report.col.certified"), certified, COLOURS[2]))
            .add(dataset(FacesMessages.text("report.col.toIssue"), toIssue, COLOURS[0]))
            .add(dataset(FacesMessages.text("report.col.notYet"), notYet, COLOURS[5])),
        true);
  }

  private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    items.forEach(item -> labels.add(String.valueOf(label.apply(item))));
    return labels;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true))))
        .build()
        .toString();
  }
}
