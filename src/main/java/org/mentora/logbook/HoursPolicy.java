package org.mentora.logbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentora.course.LearningMode;
import org.mentora.platform.BusinessException;

/**
 * The rules an entry must keep before it is logged, each configurable per edition: not in the
 * future, inside the edition (from its start to its end plus a grace period), a cap on the hours
 * logged per day across entries, whole steps of minutes, a module unless the hours are work-based
 * learning, and no exact duplicate. Returns every problem at once, keyed by the form field it is
 * about, so the page can show each next to its input.
 */
public final class HoursPolicy {

  public static final int DESCRIPTION_MAX = 2000;
  public static final int LINK_MAX = 500;

  private HoursPolicy() {}

  /** An edition's logging rules. */
  public record Settings(
      boolean allowFuture,
      int daysAfterEnd,
      int maxMinutesPerDay,
      int stepMinutes,
      boolean moduleRequired,
      boolean forbidDuplicates) {

    /** The defaults: none in the future, 30 days of grace, 12 h a day, quarter hours. */
    public static final Settings DEFAULTS = new Settings(false, 30, 12 * 60, 15, true, true);

    public Settings {
      if (stepMinutes < 1 || maxMinutesPerDay < 1 || daysAfterEnd < 0) {
        throw new IllegalArgumentException("Unusable logbook settings");
      }
    }
  }

  /**
   * The limits an administrator's rules must keep: up to a year of grace after the end, at most 24
   * h a day, and a duration step that divides an hour.
   */
  public static void requireWithinLimits(Settings settings) {
    if (settings.daysAfterEnd() > 365) {
      throw BusinessException.onField("daysAfterEnd", "logbook.rules.daysAfterEnd.range");
    }
    if (settings.maxMinutesPerDay() > 24 * 60) {
      throw BusinessException.onField("maxHoursPerDay", "logbook.rules.maxPerDay.range");
    }
    if (60 % settings.stepMinutes() != 0) {
      throw BusinessException.onField("stepMinutes", "logbook.rules.step.range");
    }
  }

  /** What the participant typed. {@code moduleMode} is the chosen module's mode, if any. */
  public record Draft(
      LocalDate date,
      LearningMode mode,
      Long moduleId,
      LearningMode moduleMode,
      int minutes,
      String description,
      String evidenceLink) {}

  /** Another entry of the same participant that still counts (not withdrawn, not rejected). */
  public record Other(
      LocalDate date, LearningMode mode, Long moduleId, int minutes, String description) {}

  /** The edition's dates and today. */
  public record Frame(LocalDate today, LocalDate editionStart, LocalDate editionEnd) {}

  /** One broken rule: the field it is about, a bundle key and its arguments. */
  public record Problem(String field, String key, List<Object> arguments) {
    public Problem {
      arguments = List.copyOf(arguments);
    }

    static Problem of(String field, String key, Object... arguments) {
      return new Problem(field, key, List.of(arguments));
    }
  }

  public static List<Problem> check(
      Settings settings, Frame frame, Draft draft, List<Other> others) {
    List<Problem> problems = new ArrayList<>();
    checkDate(settings, frame, draft, problems);
    if (draft.mode() == null) {
      problems.add(Problem.of("mode", "logbook.mode.required"));
    }
    checkModule(settings, draft, problems);
    checkMinutes(settings, draft, others, problems);
    String description = draft.description() == null ? "" : draft.description().strip();
    if (description.isEmpty()) {
      problems.add(Problem.of("description", "logbook.description.required"));
    } else if (description.length() > DESCRIPTION_MAX) {
      problems.add(Problem.of("description", "validation.tooLongPlain", DESCRIPTION_MAX));
    }
    checkLink(draft.evidenceLink(), problems);
    if (settings.forbidDuplicates() && problems.isEmpty() && isDuplicate(draft, others)) {
      problems.add(Problem.of("description", "logbook.duplicate"));
    }
    return List.copyOf(problems);
  }

  private static void checkDate(
      Settings settings, Frame frame, Draft draft, List<Problem> problems) {
    LocalDate date = draft.date();
    if (date == null) {
      problems.add(Problem.of("date", "logbook.date.required"));
    } else if (!settings.allowFuture() && date.isAfter(frame.today())) {
      problems.add(Problem.of("date", "logbook.date.future"));
    } else if (date.isBefore(frame.editionStart())) {
      problems.add(Problem.of("date", "logbook.date.beforeStart", frame.editionStart()));
    } else if (date.isAfter(frame.editionEnd().plusDays(settings.daysAfterEnd()))) {
      problems.add(
          Problem.of(
              "date",
              "logbook.date.afterEnd",
              frame.editionEnd().plusDays(settings.daysAfterEnd())));
    }
  }

  private static void checkModule(Settings settings, Draft draft, List<Problem> problems) {
    if (draft.moduleId() == null) {
      if (settings.moduleRequired() && draft.mode() != null && draft.mode().isModuleRequired()) {
        problems.add(Problem.of("module", "logbook.module.required"));
      }
    } else if (draft.mode() != null && !draft.mode().equals(draft.moduleMode())) {
      problems.add(Problem.of("module", "logbook.module.otherMode"));
    }
  }

  private static void checkMinutes(
      Settings settings, Draft draft, List<Other> others, List<Problem> problems) {
    int minutes = draft.minutes();
    if (minutes <= 0) {
      problems.add(Problem.of("duration", "logbook.duration.required"));
      return;
    }
    if (minutes % settings.stepMinutes() != 0) {
      problems.add(Problem.of("duration", "logbook.duration.step", settings.stepMinutes()));
      return;
    }
    if (draft.date() == null) {
      return;
    }
    int sameDay =
        others.stream()
            .filter(other -> draft.date().equals(other.date()))
            .mapToInt(Other::minutes)
            .sum();
    if (sameDay + minutes > settings.maxMinutesPerDay()) {
      problems.add(
          Problem.of(
              "duration",
              "logbook.duration.dayCap",
              hours(settings.maxMinutesPerDay()),
              hours(Math.max(0, settings.maxMinutesPerDay() - sameDay))));
    }
  }

  private static java.math.BigDecimal hours(int minutes) {
    return java.math.BigDecimal.valueOf(minutes)
        .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  private static void checkLink(String link, List<Problem> problems) {
    if (link == null || link.isBlank()) {
      return;
    }
    String cleaned = link.strip();
    if (cleaned.length() > LINK_MAX) {
      problems.add(Problem.of("evidenceLink", "validation.tooLongPlain", LINK_MAX));
      return;
    }
    String lower = cleaned.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    if (!web || cleaned.chars().anyMatch(Character::isWhitespace) || lower.indexOf('.') < 0) {
      problems.add(Problem.of("evidenceLink", "logbook.evidenceLink.invalid"));
    }
  }

  private static boolean isDuplicate(Draft draft, List<Other> others) {
    String description = normalise(draft.description());
    return others.stream()
        .anyMatch(
            other ->
                draft.date().equals(other.date())
                    && java.util.Objects.equals(draft.mode(), other.mode())
                    && java.util.Objects.equals(draft.moduleId(), other.moduleId())
                    && draft.minutes() == other.minutes()
                    && description.equals(normalise(other.description())));
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
