package org.mentora.logbook;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.EnrolmentStatus;
import org.mentora.course.LearningMode;
import org.mentora.course.RecognisedHours;
import org.mentora.course.WaiverStatus;
import org.mentora.platform.persistence.NativeValues;

/**
 * The one place hours are summed: per participant and learning mode, the minutes approved, the
 * minutes waiting for review, recognised prior learning (approved waivers), and the number of
 * entries waiting or sent back; the same all modes together for the dashboards' participant rows
 * ({@link #totalsInEditions}); and approved minutes per day and mode for the weekly charts.
 * Progress bars, the dashboards, eligibility and certificates all read these sums (through {@link
 * ProgressService#of} for the bars), so no two figures of the same participant can disagree.
 * Grouped statements, a few per thousand participants or per edition, whatever the number of
 * entries. Callers have already checked that the caller may see these participants.
 */
@Stateless
@PermitAll
public class HoursQuery {

  private static long number(Object value) {
    return NativeValues.number(value);
  }

  @PersistenceContext EntityManager em;
  @Inject RecognisedHours recognisedHours;

  /** One participant's sums, by learning mode. */
  public record Sums(
      Map<LearningMode, Long> approved,
      Map<LearningMode, Long> pending,
      Map<LearningMode, Long> recognised,
      long waitingEntries,
      long sentBackEntries)
      implements java.io.Serializable {

    public static final Sums NONE = new Sums(Map.of(), Map.of(), Map.of(), 0, 0);

    /** Minutes waiting for review, all modes together. */
    public long waitingMinutes() {
      return pending.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The sums of one participant. */
  public Sums of(long enrolmentId) {
    return of(enrolmentId, List.of());
  }

  /** The sums of one participant whose programme's modes the caller holds already. */
  public Sums of(long enrolmentId, Collection<LearningMode> modes) {
    return participant(enrolmentId, modes).sums();
  }

  /** One participant's sums and when they last logged anything (withdrawn entries aside). */
  public record Participant(Sums sums, Instant lastLogged) implements java.io.Serializable {}

  /**
   * One participant's sums and last time logged, in one statement: the entries grouped by status
   * and mode, and the approved waivers by mode. Native, because the last time logged is the maximum
   * of a converted column, which JPQL hands the converter as the driver's own type on PostgreSQL.
   */
  public Participant participant(long enrolmentId, Collection<LearningMode> modes) {
    List<ModeRow> entryRows = new java.util.ArrayList<>();
    Map<Long, Long> recognised = new HashMap<>();
    Instant last = null;
    for (Object row :
        em.createNativeQuery(
                "select l.status, l.mode_id, count(*), sum(l.minutes),"
                    + " max(case when l.status <> '"
                    + EntryStatus.WITHDRAWN.name()
                    + "' then l.created_at end) from log_entry l where l.enrolment_id = ?1"
                    + " group by l.status, l.mode_id"
                    + " union all select null, m.mode_id, 0, sum(w.recognised_minutes),"
                    + " cast(null as timestamp with time zone)"
                    + " from waiver w join course_module m on m.id = w.module_id"
                    + " where w.enrolment_id = ?1 and w.status = '"
                    + WaiverStatus.APPROVED.name()
                    + "' group by m.mode_id")
            .setParameter(1, enrolmentId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      if (r[0] == null) {
        recognised.merge(number(r[1]), number(r[3]), Long::sum);
      } else {
        entryRows.add(
            ModeRow.of(
                enrolmentId,
                number(r[1]),
                EntryStatus.valueOf((String) r[0]),
                number(r[2]),
                number(r[3])));
        Instant at = NativeValues.instant(r[4]);
        if (at != null && (last == null || at.isAfter(last))) {
          last = at;
        }
      }
    }
    Map<Long, Map<Long, Long>> waived =
        recognised.isEmpty() ? Map.of() : Map.of(enrolmentId, recognised);
    return new Participant(
        sums(entryRows, waived, modes).getOrDefault(enrolmentId, Sums.NONE), last);
  }

  /**
   * The sums of every participant of an edition, by enrolment id: one range of {@code
   * ix_log_entry_edition} and one statement for recognised hours, whatever the edition's size (the
   * completion figures weigh thousands at once). {@code modes}: the edition's programme's.
   */
  public Map<Long, Sums> inEdition(long editionId, Collection<LearningMode> modes) {
    List<ModeRow> entryRows = new java.util.ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                // One row per participant and mode, the statuses summed apart in the statement.
                // Grouped by status as well, the result had nearly twice as many rows (45,790
                // for 5,000 participants) and reading them through JPQL took as long as the
                // statement: 200 ms against 128 now (docs/benchmarks.md, "completion figures").
                // Every column read is in ix_log_entry_edition: an index-only scan.
                "select l.enrolment_id, l.mode_id, "
                    + sumIf("l.minutes", EntryStatus.APPROVED)
                    + ", "
                    + sumIf("l.minutes", EntryStatus.SUBMITTED)
                    + ", "
                    + sumIf("1", EntryStatus.SUBMITTED)
                    + ", "
                    + sumIf("1", EntryStatus.REJECTED, EntryStatus.CHANGES_REQUESTED)
                    + " from log_entry l where l.edition_id = ?1"
                    + " group by l.enrolment_id, l.mode_id")
            .setParameter(1, editionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      entryRows.add(
          new ModeRow(
              number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5])));
    }
    return sums(entryRows, recognisedHours.inEdition(editionId), modes);
  }

  /**
   * SQL summing {@code value} over the entries (alias {@code l}) in these statuses, 0 for the
   * others: several statuses summed apart in one grouped statement. Enum names only, never input.
   */
  private static String sumIf(String value, EntryStatus... statuses) {
    return "sum(case when l.status in ("
        + java.util.Arrays.stream(statuses)
            .map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "))
        + ") then "
        + value
        + " else 0 end)";
  }

  /**
   * One participant's entries in one mode: minutes approved and waiting, entries waiting and sent
   * back (withdrawn entries count nowhere).
   */
  private record ModeRow(
      long enrolmentId, long modeId, long approved, long pending, long waiting, long sentBack) {

    /** The row of the entries of one status. */
    static ModeRow of(long enrolmentId, long modeId, EntryStatus status, long count, long minutes) {
      return switch (status) {
        case APPROVED -> new ModeRow(enrolmentId, modeId, minutes, 0, 0, 0);
        case SUBMITTED -> new ModeRow(enrolmentId, modeId, 0, minutes, count, 0);
        case REJECTED, CHANGES_REQUESTED -> new ModeRow(enrolmentId, modeId, 0, 0, 0, count);
        default -> new ModeRow(enrolmentId, modeId, 0, 0, 0, 0);
      };
    }
  }

  /** Rows per participant and mode and recognised minutes as sums. */
  private Map<Long, Sums> sums(
      List<ModeRow> entryRows,
      Map<Long, Map<Long, Long>> recognised,
      Collection<LearningMode> modes) {
    Map<Long, LearningMode> known = new HashMap<>();
    modes.forEach(m -> known.put(m.getId(), m));
    java.util.Set<Long> met = new java.util.HashSet<>();
    entryRows.forEach(row -> met.add(row.modeId()));
    recognised.values().forEach(byMode -> met.addAll(byMode.keySet()));
    readModes(met, known);
    Map<Long, Building> building = new HashMap<>();
    for (ModeRow row : entryRows) {
      Building sums = building.computeIfAbsent(row.enrolmentId(), id -> new Building());
      LearningMode mode = known.get(row.modeId());
      if (row.approved() > 0) {
        sums.approved.merge(mode, row.approved(), Long::sum);
      }
      if (row.waiting() > 0) {
        sums.pending.merge(mode, row.pending(), Long::sum);
      }
      sums.waiting += row.waiting();
      sums.sentBack += row.sentBack();
    }
    recognised.forEach(
        (enrolmentId, byMode) ->
            byMode.forEach(
                (modeId, minutes) ->
                    building
                        .computeIfAbsent(enrolmentId, id -> new Building())
                        .recognised
                        .merge(known.get(modeId), minutes, Long::sum)));
    Map<Long, Sums> result = new HashMap<>();
    building.forEach((id, b) -> result.put(id, b.sums()));
    return result;
  }

  /** One participant's approved minutes per day, for the week-by-week chart. */
  public List<WeeklyMinutes.Dated> approvedByDate(long enrolmentId) {
    return em
        .createQuery(
            "select e.date, sum(e.minutes) from LogEntry e where e.enrolment.id = :en"
                + " and e.status = :approved group by e.date",
            Object[].class)
        .setParameter("en", enrolmentId)
        .setParameter("approved", EntryStatus.APPROVED)
        .getResultList()
        .stream()
        .map(row -> new WeeklyMinutes.Dated((LocalDate) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  /** Minutes logged for a project idea per learning mode: approved [0] and waiting [1]. */
  public Map<LearningMode, long[]> forProjectIdea(long ideaId) {
    Map<LearningMode, long[]> sums = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.status, e.mode, sum(e.minutes) from LogEntry e"
                    + " where e.projectIdea.id = :idea and e.status in :counted"
                    + " group by e.status, e.mode",
                Object[].class)
            .setParameter("idea", ideaId)
            .setParameter("counted", List.of(EntryStatus.APPROVED, EntryStatus.SUBMITTED))
            .getResultList()) {
      long[] sum = sums.computeIfAbsent((LearningMode) row[1], mode -> new long[2]);
      sum[row[0] == EntryStatus.APPROVED ? 0 : 1] += ((Number) row[2]).longValue();
    }
    return sums;
  }

  /** Adds the modes of these ids that {@code known} lacks to it, in one statement. */
  private void readModes(java.util.Set<Long> ids, Map<Long, LearningMode> known) {
    java.util.Set<Long> unknown = new java.util.HashSet<>(ids);
    unknown.removeAll(known.keySet());
    if (!unknown.isEmpty()) {
      em.createQuery("select m from LearningMode m where m.id in :ids", LearningMode.class)
          .setParameter("ids", unknown)
          .getResultList()
          .forEach(m -> known.put(m.getId(), m));
    }
  }

  // ---- all modes together, for the dashboards' rows

  /**
   * One participant's hours, all modes together: approved and waiting minutes, recognised prior
   * learning, and when anything (withdrawn entries aside) was last logged.
   */
  public record Totals(long approved, long pending, long recognised, Instant lastLogged)
      implements java.io.Serializable {

    public static final Totals NONE = new Totals(0, 0, 0, null);
  }

  /**
   * The totals of every participant of these editions, by enrolment id: one statement (one range of
   * {@code ix_log_entry_edition} and the approved waivers), whatever the editions' size.
   */
  public Map<Long, Totals> totalsInEditions(Collection<Long> editionIds) {
    if (editionIds.isEmpty()) {
      return Map.of();
    }
    String editions = numbers(editionIds);
    return totals(
        "l.edition_id in (" + editions + ")",
        "w.enrolment_id in (select x.id from enrolment x where x.edition_id in ("
            + editions
            + "))");
  }

  /** The totals of these participants, by enrolment id: one statement per thousand. */
  public Map<Long, Totals> totalsOf(Collection<Long> enrolmentIds) {
    Map<Long, Totals> result = new HashMap<>();
    for (List<Long> slice : RecognisedHours.slices(enrolmentIds)) {
      String ids = numbers(slice);
      result.putAll(totals("l.enrolment_id in (" + ids + ")", "w.enrolment_id in (" + ids + ")"));
    }
    return result;
  }

  /**
   * {@code entries} and {@code waivers}: the same participants as conditions on entries (alias
   * {@code l}) and on waivers (alias {@code w}), made of numbers only. Native: the last time logged
   * is the maximum of a converted column, which JPQL hands the converter as the driver's own type
   * on PostgreSQL. Recognised minutes are those of approved waivers, as {@link RecognisedHours}
   * sums them (the dashboards' test holds the two equal).
   */
  private Map<Long, Totals> totals(String entries, String waivers) {
    Map<Long, Totals> result = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select t.enrolment_id, sum(t.approved), sum(t.pending), max(t.last_logged),"
                    + " sum(t.recognised) from (select l.enrolment_id, "
                    + sumIf("l.minutes", EntryStatus.APPROVED)
                    + " approved, "
                    + sumIf("l.minutes", EntryStatus.SUBMITTED)
                    + " pending,"
                    + " max(case when l.status <> '"
                    + EntryStatus.WITHDRAWN.name()
                    + "' then l.created_at end) last_logged, 0 recognised"
                    + " from log_entry l where "
                    + entries
                    + " group by l.enrolment_id"
                    + " union all select w.enrolment_id, 0, 0,"
                    + " cast(null as timestamp with time zone), sum(w.recognised_minutes)"
                    + " from waiver w where w.status = '"
                    + WaiverStatus.APPROVED.name()
                    + "' and "
                    + waivers
                    + " group by w.enrolment_id) t group by t.enrolment_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.put(
          number(r[0]),
          new Totals(number(r[1]), number(r[2]), number(r[4]), NativeValues.instant(r[3])));
    }
    return result;
  }

  // ---- per day, for the weekly charts

  /** Approved minutes of one day in one learning mode. */
  public record DayMinutes(LocalDate date, LearningMode mode, long minutes) {}

  /**
   * Where the participants counted work: a country, a region or one host organisation, each
   * optional.
   */
  public record HostScope(String country, String region, Long organisationId)
      implements java.io.Serializable {

    public static final HostScope EVERYWHERE = new HostScope(null, null, null);

    boolean everywhere() {
      return country == null && region == null && organisationId == null;
    }
  }

  /**
   * Approved minutes per day and learning mode of the participants of these editions (withdrawn
   * ones left out) whose host organisation lies in {@code hosts}: one range of {@code
   * ix_log_entry_edition}, index only. {@code knownModes}: modes the caller holds already (the
   * editions' programmes'), so only others are read.
   */
  public List<DayMinutes> approvedPerDay(
      Collection<Long> editionIds, HostScope hosts, Collection<LearningMode> knownModes) {
    if (editionIds.isEmpty()) {
      return List.of();
    }
    String editions = numbers(editionIds);
    StringBuilder sql =
        new StringBuilder(
            "select l.entry_date, l.mode_id, sum(l.minutes) from log_entry l"
                + " where l.edition_id in ("
                + editions
                + ") and l.status = '"
                + EntryStatus.APPROVED.name()
                + "'");
    List<Object> parameters = new java.util.ArrayList<>();
    if (hosts.everywhere()) {
      // The participants left out are few (withdrawn ones).
      sql.append(" and l.enrolment_id not in (select w.id from enrolment w where w.edition_id in (")
          .append(editions)
          .append(") and w.status = '")
          .append(EnrolmentStatus.WITHDRAWN.name())
          .append("')");
    } else {
      sql.append(
              " and l.enrolment_id in (select en.id from enrolment en join organisation o"
                  + " on o.id = en.host_organisation_id where en.edition_id in (")
          .append(editions)
          .append(") and en.status <> '")
          .append(EnrolmentStatus.WITHDRAWN.name())
          .append("'");
      if (hosts.country() != null) {
        parameters.add(hosts.country());
        sql.append(" and o.country = ?").append(parameters.size());
      }
      if (hosts.region() != null) {
        parameters.add(hosts.region());
        sql.append(" and o.region = ?").append(parameters.size());
      }
      if (hosts.organisationId() != null) {
        parameters.add(hosts.organisationId());
        sql.append(" and o.id = ?").append(parameters.size());
      }
      sql.append(")");
    }
    sql.append(" group by l.entry_date, l.mode_id");
    jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Object[]> raw = new java.util.ArrayList<>();
    for (Object row : query.getResultList()) {
      raw.add((Object[]) row);
    }
    Map<Long, LearningMode> modes = new HashMap<>();
    knownModes.forEach(m -> modes.put(m.getId(), m));
    java.util.Set<Long> ids = new java.util.HashSet<>();
    raw.forEach(r -> ids.add(number(r[1])));
    readModes(ids, modes);
    return raw.stream()
        .map(
            r ->
                new DayMinutes(NativeValues.localDate(r[0]), modes.get(number(r[1])), number(r[2])))
        .toList();
  }

  private static String numbers(Collection<Long> ids) {
    return ids.stream()
        .map(id -> Long.toString(id))
        .collect(java.util.stream.Collectors.joining(","));
  }

  private static final class Building {
    final Map<LearningMode, Long> approved = new HashMap<>();
    final Map<LearningMode, Long> pending = new HashMap<>();
    final Map<LearningMode, Long> recognised = new HashMap<>();
    long waiting;
    long sentBack;

    Sums sums() {
      return new Sums(
          Map.copyOf(approved), Map.copyOf(pending), Map.copyOf(recognised), waiting, sentBack);
    }
  }
}
