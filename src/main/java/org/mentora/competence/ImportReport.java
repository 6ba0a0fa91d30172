package org.mentora.competence;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a framework import does or did: every problem with its file and line, the areas, competences
 * and levels as they will be saved, and whether this is a new version of an existing framework. A
 * report with any problem was never written, not even in part.
 *
 * @param previousTitle the current version before this import ("DigComp 2.2"), or null for a new
 *     framework
 * @param levelsCopied no levels file was given: the previous version's levels are kept
 * @param preview the competence rows, bad ones included, at most {@link #PREVIEW_ROWS}
 */
public record ImportReport(
    String code,
    String previousTitle,
    boolean levelsCopied,
    List<ImportProblem> problems,
    List<FrameworkCsv.Area> areas,
    List<FrameworkCsv.Row> preview,
    int competences,
    List<FrameworkCsv.Level> levels,
    Long frameworkId)
    implements Serializable {

  /** Rows shown in the preview; the counts always cover the whole file. */
  public static final int PREVIEW_ROWS = 500;

  public boolean isClean() {
    return problems.isEmpty();
  }

  public boolean isImported() {
    return frameworkId != null;
  }

  public boolean isNewVersion() {
    return previousTitle != null;
  }

  public String getPreviousTitle() {
    return previousTitle;
  }

  public boolean isLevelsCopied() {
    return levelsCopied;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }

  public List<FrameworkCsv.Area> getAreas() {
    return areas;
  }

  public List<FrameworkCsv.Row> getPreview() {
    return preview;
  }

  public int getCompetences() {
    return competences;
  }

  public List<FrameworkCsv.Level> getLevels() {
    return levels;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  /** Lines of the competences file with at least one problem. */
  public long getBadRows() {
    return problems.stream()
        .filter(p -> p.line() > 0 && ImportProblem.COMPETENCES.equals(p.file()))
        .mapToInt(ImportProblem::line)
        .distinct()
        .count();
  }

  /** The competences file's problems by line, for highlighting the preview. */
  public Map<Integer, List<ImportProblem>> problemsByLine() {
    return problems.stream()
        .filter(p -> p.line() > 0 && ImportProblem.COMPETENCES.equals(p.file()))
        .collect(Collectors.groupingBy(ImportProblem::line));
  }
}
