package org.mentora.competence.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.mentora.competence.Cohort;
import org.mentora.competence.CompetenceView;
import org.mentora.competence.Standing;
import org.mentora.platform.web.FacesMessages;

/** Chart.js configurations (as {@code p:chart} takes them) for the competence pages. */
final class CompetenceChart {

  private static final String TARGET_COLOUR = "#b8c2cc";
  private static final String SELF_COLOUR = "#8fc1e3";
  private static final String COUNTED_COLOUR = "#2f6f9f";

  private CompetenceChart() {}

  /** Self-assessed, counted and target level per competence of one participant. */
  static String profile(List<CompetenceView.Row> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    JsonArrayBuilder self = Json.createArrayBuilder();
    JsonArrayBuilder counted = Json.createArrayBuilder();
    int max = 1;
    List<String> names =
        labels(
            rows.stream().map(r -> r.standing().code()).toList(),
            rows.stream().map(r -> r.standing().framework()).toList());
    for (int i = 0; i < rows.size(); i++) {
      CompetenceView.Row row = rows.get(i);
      Standing standing = row.standing();
      labels.add(names.get(i));
      target.add(standing.target());
      addLevel(self, standing.self());
      addLevel(counted, standing.counted());
      max = Math.max(max, row.maxLevel());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("competence.chart.target", target, TARGET_COLOUR))
            .add(dataset("competence.chart.self", self, SELF_COLOUR))
            .add(dataset("competence.chart.counted", counted, COUNTED_COLOUR));
    return chart(labels, datasets, max, 1, "competence.chart.levelAxis");
  }

  /** Per competence, the share of an edition's participants who reached the target. */
  static String cohort(Cohort cohort) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    List<Integer> percents = cohort.percentReachedPerColumn();
    List<String> names =
        labels(
            cohort.columns().stream().map(Cohort.Column::code).toList(),
            cohort.columns().stream().map(Cohort.Column::framework).toList());
    for (int i = 0; i < cohort.columns().size(); i++) {
      labels.add(names.get(i));
      values.add(percents.get(i));
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder().add(dataset("cohort.chart.reached", values, COUNTED_COLOUR));
    return chart(labels, datasets, 100, 10, "cohort.chart.percentAxis");
  }

  /**
   * The competence codes as axis labels; when two frameworks share a code (DigComp 1.3, EntreComp
   * 1.3) each label names its framework too.
   */
  static List<String> labels(List<String> codes, List<String> frameworks) {
    boolean clash = new java.util.HashSet<>(codes).size() < codes.size();
    if (!clash) {
      return codes;
    }
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      labels.add(frameworks.get(i).split(" ")[0] + " " + codes.get(i));
    }
    return labels;
  }

  private static void addLevel(JsonArrayBuilder values, Integer level) {
    if (level == null) {
      values.addNull();
    } else {
      values.add(level);
    }
  }

  private static JsonObjectBuilder dataset(String labelKey, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", FacesMessages.text(labelKey))
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static String chart(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, int max, int step, String axisKey) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("max", max)
                                .add("ticks", Json.createObjectBuilder().add("stepSize", step))
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", FacesMessages.text(axisKey))))))
        .build()
        .toString();
  }
}
