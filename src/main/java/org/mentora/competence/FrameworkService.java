package org.mentora.competence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mentora.course.JobProfile;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.LocalNames;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.security.Role;

/**
 * Competence frameworks: the list with what each version holds, one version's areas, competences
 * and levels, and the CSV import. Everyone signed in may read frameworks (participants see them on
 * their own charts); only administrators import.
 *
 * <p>{@link #check} is the dry run: it reads both files and the form, applies every rule and says
 * row by row what is wrong, writing nothing. {@link #importFramework} runs the same and writes only
 * when nothing is wrong, in one transaction. A code that already exists gets a <em>new
 * version</em>: a new framework row with its own areas and competences, the earlier versions marked
 * not current and otherwise untouched, so ratings, targets and mappings made against them keep
 * meaning what they meant.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@Interceptors(ConflictsAsBusinessErrors.class)
public class FrameworkService {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The named parts of a framework whose names an administrator edits on its page. */
  public enum NamedPart {
    FRAMEWORK,
    AREA,
    COMPETENCE,
    LEVEL
  }

  /**
   * Names a framework, area, competence or level in other languages; an empty one falls back to the
   * main name. Editing names is allowed on every version: it changes no meaning.
   */
  public LocalNames saveNames(NamedPart part, long id, Map<String, String> names) {
    int max;
    LocalNames named;
    switch (part) {
      case FRAMEWORK -> {
        named = em.find(Framework.class, id);
        max = Framework.NAME_MAX;
      }
      case AREA -> {
        named = em.find(CompetenceArea.class, id);
        max = CompetenceArea.NAME_MAX;
      }
      case COMPETENCE -> {
        named = em.find(Competence.class, id);
        max = Competence.NAME_MAX;
      }
      default -> {
        named = em.find(FrameworkLevel.class, id);
        max = FrameworkLevel.NAME_MAX;
      }
    }
    if (named == null) {
      throw new NotFoundException();
    }
    String language = LocalNames.tooLong(names, max);
    if (language != null) {
      throw new BusinessException("names.tooLong", language, max);
    }
    LocalNames.replace(named.getNames(), names);
    return named;
  }

  /** One area of a framework version with its competences, in the framework's order. */
  public record AreaContent(CompetenceArea area, List<Competence> competences)
      implements Serializable {
    public CompetenceArea getArea() {
      return area;
    }

    public List<Competence> getCompetences() {
      return competences;
    }
  }

  /** The result of moving a profile to a newer version: targets moved and codes not found. */
  public record ProfileMove(int moved, List<String> missingCodes) implements Serializable {
    public int getMoved() {
      return moved;
    }

    public List<String> getMissingCodes() {
      return missingCodes;
    }
  }

  // ---- reading

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<FrameworkSummary> frameworks() {
    List<Framework> all = em.createNamedQuery(Framework.ALL, Framework.class).getResultList();
    Map<Long, Long> areas =
        countBy("select a.framework.id, count(a) from CompetenceArea a group by a.framework.id");
    Map<Long, Long> competences =
        countBy("select c.framework.id, count(c) from Competence c group by c.framework.id");
    Map<Long, Long> levels =
        countBy("select l.framework.id, count(l) from FrameworkLevel l group by l.framework.id");
    Map<String, Long> versions =
        all.stream().collect(Collectors.groupingBy(Framework::getCode, Collectors.counting()));
    return all.stream()
        .map(
            f ->
                new FrameworkSummary(
                    f,
                    areas.getOrDefault(f.getId(), 0L),
                    competences.getOrDefault(f.getId(), 0L),
                    levels.getOrDefault(f.getId(), 0L),
                    versions.get(f.getCode())))
        .toList();
  }

  private Map<Long, Long> countBy(String jpql) {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Framework framework(long id) {
    return Optional.ofNullable(em.find(Framework.class, id)).orElseThrow(NotFoundException::new);
  }

  /** A framework version's areas, each with its competences. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<AreaContent> content(long frameworkId) {
    Framework framework = framework(frameworkId);
    Map<Long, List<Competence>> byArea =
        competences(framework).stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.getArea().getId(), LinkedHashMap::new, Collectors.toList()));
    return em.createNamedQuery(CompetenceArea.OF_FRAMEWORK, CompetenceArea.class)
        .setParameter("framework", framework)
        .getResultStream()
        .map(a -> new AreaContent(a, byArea.getOrDefault(a.getId(), List.of())))
        .toList();
  }

  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<FrameworkLevel> levels(long frameworkId) {
    return em.createNamedQuery(FrameworkLevel.OF_FRAMEWORK, FrameworkLevel.class)
        .setParameter("framework", framework(frameworkId))
        .getResultList();
  }

  /** The levels of every framework version, by framework id, for level choices on pages. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Map<Long, List<FrameworkLevel>> allLevels() {
    return em.createQuery(
            "select l from FrameworkLevel l join fetch l.framework f"
                + " order by f.id, l.levelNumber",
            FrameworkLevel.class)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                l -> l.getFramework().getId(), HashMap::new, Collectors.toList()));
  }

  /** Every version of a framework code, the newest first. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Framework> versions(String code) {
    return em.createNamedQuery(Framework.VERSIONS, Framework.class)
        .setParameter("code", code)
        .getResultList();
  }

  /** The competences of every current framework version, by framework and position. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public List<Competence> currentCompetences() {
    return em.createQuery(
            "select c from Competence c join fetch c.framework f join fetch c.area"
                + " where f.currentVersion = true order by f.name, f.code, c.position",
            Competence.class)
        .getResultList();
  }

  private List<Competence> competences(Framework framework) {
    return em.createNamedQuery(Competence.OF_FRAMEWORK, Competence.class)
        .setParameter("framework", framework)
        .getResultList();
  }

  // ---- import

  /** The dry run: what the import would do, with every problem; writes nothing. */
  public ImportReport check(FrameworkImport form) {
    return run(form, false);
  }

  /** Imports the framework (or its new version) when nothing is wrong, all in one transaction. */
  public ImportReport importFramework(FrameworkImport form) {
    return run(form, true);
  }

  private ImportReport run(FrameworkImport form, boolean write) {
    String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
    String label = form.versionLabel() == null ? "" : form.versionLabel().strip();
    if (code.isEmpty()) {
      throw BusinessException.onField("code", "framework.code.required");
    }
    if (code.length() > Framework.CODE_MAX) {
      throw BusinessException.onField("code", "frameworks.import.tooLong", Framework.CODE_MAX);
    }
    if (!CODE.matcher(code).matches()) {
      throw BusinessException.onField("code", "frameworks.import.codeInvalid");
    }
    var versionQuery =
        em.createNamedQuery(Framework.VERSIONS, Framework.class).setParameter("code", code);
    if (write) {
      // Two imports of one code at once queue here, so only one version ends up current.
      versionQuery.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    List<Framework> versions = versionQuery.getResultList();
    Framework previous =
        versions.stream()
            .filter(Framework::isCurrentVersion)
            .findFirst()
            .orElse(versions.isEmpty() ? null : versions.get(0));
    String name = blankToNull(form.name());
    if (name == null && previous != null) {
      name = previous.getName();
    }
    if (name == null) {
      throw BusinessException.onField("name", "framework.name.required");
    }
    if (name.length() > Framework.NAME_MAX) {
      throw BusinessException.onField("name", "frameworks.import.tooLong", Framework.NAME_MAX);
    }
    if (label.isEmpty()) {
      throw BusinessException.onField("versionLabel", "framework.versionLabel.required");
    }
    if (label.length() > Framework.VERSION_MAX) {
      throw BusinessException.onField(
          "versionLabel", "frameworks.import.tooLong", Framework.VERSION_MAX);
    }
    if (versions.stream().anyMatch(v -> v.getVersionLabel().equalsIgnoreCase(label))) {
      throw BusinessException.onField(
          "versionLabel", "frameworks.import.versionExists", code, label);
    }
    String uri = blankToNull(form.uri());
    if (uri != null && (uri.length() > Framework.URI_MAX || !FrameworkCsv.isWebAddress(uri))) {
      throw BusinessException.onField("uri", "frameworks.import.uriInvalid");
    }
    String description = blankToNull(form.description());
    if (description != null && description.length() > Framework.DESCRIPTION_MAX) {
      throw BusinessException.onField(
          "description", "frameworks.import.tooLong", Framework.DESCRIPTION_MAX);
    }

    FrameworkCsv.Parsed parsed = FrameworkCsv.parse(form.competences(), form.levels());
    List<ImportProblem> problems = new ArrayList<>(parsed.problems());
    boolean levelsCopied = form.levels() == null || form.levels().length == 0;
    List<FrameworkCsv.Level> levels;
    if (!levelsCopied) {
      levels = parsed.levels();
    } else if (previous != null) {
      levels =
          em.createNamedQuery(FrameworkLevel.OF_FRAMEWORK, FrameworkLevel.class)
              .setParameter("framework", previous)
              .getResultStream()
              .map(
                  l ->
                      new FrameworkCsv.Level(
                          0,
                          l.getLevelNumber(),
                          l.getBand(),
                          l.getName(),
                          Map.copyOf(l.getNames())))
              .toList();
    } else {
      levels = List.of();
      problems.add(ImportProblem.ofFile(ImportProblem.LEVELS, "frameworks.import.levelsRequired"));
    }
    if (!problems.isEmpty() || !write) {
      return report(code, previous, levelsCopied, problems, parsed, levels, null);
    }

    versions.forEach(v -> v.setCurrentVersion(false));
    int min = levels.stream().mapToInt(FrameworkCsv.Level::number).min().orElseThrow();
    int max = levels.stream().mapToInt(FrameworkCsv.Level::number).max().orElseThrow();
    Framework framework = new Framework(code, name, label, min, max, clock.instant());
    framework.setUri(uri);
    framework.setDescription(description);
    em.persist(framework);
    for (FrameworkCsv.Level level : levels) {
      FrameworkLevel saved =
          new FrameworkLevel(framework, level.number(), level.band(), level.name());
      saved.getNames().putAll(level.names());
      em.persist(saved);
    }
    Map<String, CompetenceArea> areas = new HashMap<>();
    for (FrameworkCsv.Area a : parsed.areas()) {
      CompetenceArea area = new CompetenceArea(framework, a.code(), a.name(), a.position());
      area.setUri(a.uri());
      area.getNames().putAll(a.names());
      em.persist(area);
      areas.put(a.code(), area);
    }
    for (FrameworkCsv.Row row : parsed.competences()) {
      Competence competence =
          new Competence(
              framework, areas.get(row.areaCode()), row.code(), row.name(), row.position());
      competence.setUri(row.uri());
      competence.setDescription(row.description());
      competence.getNames().putAll(row.names());
      em.persist(competence);
    }
    em.flush();
    return report(code, previous, levelsCopied, problems, parsed, levels, framework.getId());
  }

  private static ImportReport report(
      String code,
      Framework previous,
      boolean levelsCopied,
      List<ImportProblem> problems,
      FrameworkCsv.Parsed parsed,
      List<FrameworkCsv.Level> levels,
      Long frameworkId) {
    problems.sort(
        java.util.Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::line));
    return new ImportReport(
        code,
        previous == null ? null : previous.getTitle(),
        levelsCopied && previous != null,
        List.copyOf(problems),
        parsed.areas(),
        List.copyOf(parsed.competences().stream().limit(ImportReport.PREVIEW_ROWS).toList()),
        parsed.competences().size(),
        List.copyOf(levels),
        frameworkId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  // ---- moving a profile to a newer version

  /**
   * Re-points a profile's targets on earlier versions of the given framework's code to the
   * competences with the same code in that version, keeping each target level (brought within the
   * new version's range). Targets whose code the version no longer has stay as they are and are
   * reported.
   *
   * <p>{@code versionsSeen} holds the targets the page showed on earlier versions of the framework
   * (id to version): if one of them changed, went or came since, the move is refused as a
   * concurrent change, so nobody moves targets they have not seen.
   */
  public ProfileMove moveProfile(long profileId, long frameworkId, Map<Long, Long> versionsSeen) {
    JobProfile profile =
        Optional.ofNullable(em.find(JobProfile.class, profileId))
            .orElseThrow(NotFoundException::new);
    // Moves of one profile queue here, so each compares with what the one before it left.
    em.lock(profile, LockModeType.PESSIMISTIC_WRITE);
    Framework target = framework(frameworkId);
    Map<String, Competence> byCode =
        competences(target).stream()
            .collect(Collectors.toMap(Competence::getCode, c -> c, (a, b) -> a));
    List<ProfileTarget> targets =
        em.createNamedQuery(ProfileTarget.OF_PROFILE, ProfileTarget.class)
            .setParameter("profile", profile)
            .getResultList();
    Set<Long> present =
        targets.stream().map(t -> t.getCompetence().getId()).collect(Collectors.toSet());
    Map<Long, Long> earlier =
        targets.stream()
            .filter(t -> isOtherVersion(t.getCompetence().getFramework(), target))
            .collect(Collectors.toMap(ProfileTarget::getId, ProfileTarget::getVersion));
    if (!earlier.equals(versionsSeen)) {
      throw new ConcurrentChangeException();
    }
    int moved = 0;
    List<String> missing = new ArrayList<>();
    for (ProfileTarget old : targets) {
      if (!isOtherVersion(old.getCompetence().getFramework(), target)) {
        continue;
      }
      Competence competence = byCode.get(old.getCompetence().getCode());
      if (competence == null) {
        missing.add(old.getCompetence().getCode());
        continue;
      }
      em.remove(old);
      if (present.add(competence.getId())) {
        int level =
            Math.max(target.getMinLevel(), Math.min(target.getMaxLevel(), old.getTargetLevel()));
        em.persist(new ProfileTarget(profile, competence, level));
      }
      moved++;
    }
    return new ProfileMove(moved, List.copyOf(missing));
  }

  /** Whether a framework is another version of the same code (the versions a move takes from). */
  private static boolean isOtherVersion(Framework framework, Framework target) {
    return framework.getCode().equals(target.getCode())
        && !framework.getId().equals(target.getId());
  }
}
