package org.mentora.logbook.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.mentora.logbook.WeeklyMinutes;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.HoursFormat;

/** The week-by-week chart of approved hours, shared by the participant's and the staff's pages. */
final class WeeklyChart {

  private WeeklyChart() {}

  /** The week-by-week chart as Chart.js configuration, which {@code p:chart} takes as JSON. */
  public static String of(List<WeeklyMinutes.Week> weeks) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (WeeklyMinutes.Week week : weeks) {
      labels.add(week.label());
      values.add(HoursFormat.toHours(week.minutes()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", FacesMessages.text("logbook.chart.approvedHours"))
                                .add("data", values)
                                .add("backgroundColor", "#2f6f9f"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  /** Whether the chart has no week to show. */
  static boolean isEmpty(String chart) {
    return chart == null || chart.contains("\"labels\":[]");
  }
}
