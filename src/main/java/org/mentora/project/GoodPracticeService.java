package org.mentora.project;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mentora.directory.Callers;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.Like;
import org.mentora.platform.security.Role;
import org.mentora.project.ProjectLifecycle.Actor;

/**
 * The public catalogue of good practices: an administrator or the participant's mentor publishes a
 * completed project the participant agreed to share; anyone, signed in or not, searches it and
 * opens each practice at its own stable address.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class GoodPracticeService {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_RESULTS = 200;

  @PersistenceContext EntityManager em;
  @Inject ProjectService projects;
  @Inject Callers callers;
  @Inject Clock clock;

  /** What the catalogue is asked for; every part may be empty. */
  public record Search(
      String text,
      TargetAudience audience,
      SkillLevel level,
      String country,
      Sector sector,
      InitiativeScope scope,
      Funding funding) {}

  @PermitAll
  public List<GoodPractice> search(Search search) {
    // Only what may be public: not withdrawn, and the participant's consent still stands.
    StringBuilder jpql =
        new StringBuilder(
            "select g from GoodPractice g where g.withdrawnAt is null"
                + " and g.idea.consentPublic = :consented");
    List<String> words =
        search.text() == null
            ? List.of()
            : Arrays.stream(search.text().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(10)
                .toList();
    for (int i = 0; i < words.size(); i++) {
      // Backslash, which Like.escape uses, is the default escape of LIKE in H2 and PostgreSQL.
      jpql.append(" and g.searchText like :w").append(i);
    }
    if (search.audience() != null) {
      jpql.append(" and g.targetAudience = :audience");
    }
    if (search.level() != null) {
      jpql.append(" and g.skillLevel = :level");
    }
    if (search.country() != null && !search.country().isBlank()) {
      // The list is "LV,EE": the code alone, first, last or in the middle; all bound (a concat of
      // literals made EclipseLink stop binding the query's parameters).
      jpql.append(
          " and (g.countries = :country or g.countries like :countryFirst"
              + " or g.countries like :countryLast or g.countries like :countryMiddle)");
    }
    if (search.sector() != null) {
      jpql.append(" and g.sector = :sector");
    }
    if (search.scope() != null) {
      jpql.append(" and g.scope = :scope");
    }
    if (search.funding() != null) {
      jpql.append(" and g.funding = :funding");
    }
    jpql.append(" order by g.publishedAt desc, g.id desc");
    TypedQuery<GoodPractice> query = em.createQuery(jpql.toString(), GoodPractice.class);
    // Should EclipseLink stop binding again, it would write the consent flag as 1, which H2 and
    // PostgreSQL refuse for a boolean column: bind always.
    query.setHint("eclipselink.jdbc.bind-parameters", "true");
    query.setParameter("consented", true);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, Like.containing(words.get(i)));
    }
    if (search.audience() != null) {
      query.setParameter("audience", search.audience());
    }
    if (search.level() != null) {
      query.setParameter("level", search.level());
    }
    if (search.country() != null && !search.country().isBlank()) {
      String code = Like.escape(search.country().strip().toUpperCase(Locale.ROOT));
      query.setParameter("country", search.country().strip().toUpperCase(Locale.ROOT));
      query.setParameter("countryFirst", code + ",%");
      query.setParameter("countryLast", "%," + code);
      query.setParameter("countryMiddle", "%," + code + ",%");
    }
    if (search.sector() != null) {
      query.setParameter("sector", search.sector());
    }
    if (search.scope() != null) {
      query.setParameter("scope", search.scope());
    }
    if (search.funding() != null) {
      query.setParameter("funding", search.funding());
    }
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  /** A practice at its public address: shown, or gone (consent withdrawn, taken down). */
  public record PublicPractice(GoodPractice practice, boolean gone) {

    public GoodPractice getPractice() {
      return practice;
    }
  }

  /** What the public address of a practice shows; empty when no practice ever had the address. */
  @PermitAll
  public Optional<PublicPractice> atAddress(String slug) {
    return bySlug(slug)
        .map(g -> new PublicPractice(g, g.isWithdrawn() || !g.getIdea().isConsentPublic()));
  }

  @PermitAll
  public Optional<GoodPractice> bySlug(String slug) {
    return em.createNamedQuery(GoodPractice.BY_SLUG, GoodPractice.class)
        .setParameter("slug", slug == null ? "" : slug)
        .getResultStream()
        .findFirst();
  }

  /** The practice made of this idea and still published, for those who may see the idea. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public Optional<GoodPractice> ofIdea(long ideaId) {
    return anyOfIdea(projects.visible(ideaId)).filter(g -> !g.isWithdrawn());
  }

  private Optional<GoodPractice> anyOfIdea(ProjectIdea idea) {
    return em.createNamedQuery(GoodPractice.OF_IDEA, GoodPractice.class)
        .setParameter("idea", idea)
        .getResultStream()
        .findFirst();
  }

  /**
   * Publishes a completed idea whose participant consented. Only an administrator or the
   * participant's own mentor may; the record takes the text the publisher edited, never more.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.MENTOR_NAME})
  public GoodPractice publish(long ideaId, GoodPractice form) {
    ProjectIdea idea = projects.visible(ideaId);
    if (!mayPublish(ideaId)) {
      throw new BusinessException("goodPractice.notYours");
    }
    if (idea.getStatus() != ProjectStatus.COMPLETED) {
      throw new BusinessException("goodPractice.notCompleted");
    }
    if (!idea.isConsentPublic()) {
      throw new BusinessException("goodPractice.noConsent");
    }
    Optional<GoodPractice> earlier = anyOfIdea(idea);
    if (earlier.isPresent() && !earlier.get().isWithdrawn()) {
      throw new BusinessException("goodPractice.alreadyPublished");
    }
    List<String> countries = new ArrayList<>();
    for (String code : (form.getCountries() == null ? "" : form.getCountries()).split("[,;\\s]+")) {
      if (!code.isBlank()) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
          throw BusinessException.onField("countries", "goodPractice.countries.invalid", code);
        }
        if (!countries.contains(upper)) {
          countries.add(upper);
        }
      }
    }
    if (countries.isEmpty()) {
      throw BusinessException.onField("countries", "goodPractice.countries.required");
    }
    form.setCountries(String.join(",", countries));
    if (earlier.isPresent()) {
      // Consent given again: the practice returns at its old address.
      earlier.get().republish(form, callers.person(), clock.instant());
      return earlier.get();
    }
    GoodPractice practice = new GoodPractice();
    practice.setTitle(form.getTitle());
    practice.setSummary(form.getSummary());
    practice.setTargetAudience(form.getTargetAudience());
    practice.setSkillLevel(form.getSkillLevel());
    practice.setCountries(String.join(",", countries));
    practice.setSector(form.getSector());
    practice.setScope(form.getScope());
    practice.setFunding(form.getFunding());
    practice.publish(idea, uniqueSlug(form.getTitle()), callers.person(), clock.instant());
    em.persist(practice);
    return practice;
  }

  /** Whether the caller may publish this idea: an administrator or the participant's mentor. */
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.TRAINER_NAME,
    Role.TUTOR_NAME,
    Role.MENTOR_NAME,
    Role.PARTICIPANT_NAME
  })
  public boolean mayPublish(long ideaId) {
    Set<Actor> actors = projects.actors(projects.visible(ideaId));
    return actors.contains(Actor.ADMIN) || actors.contains(Actor.MENTOR);
  }

  /** Fixes the address and publisher of a practice the demo world publishes directly. */
  public static void publishDemo(GoodPractice practice, ProjectIdea idea, Person by, Instant at) {
    practice.publish(idea, slug(practice.getTitle()), by, at);
  }

  /**
   * Takes a practice out of the catalogue; its address then answers "gone". (A participant's
   * withdrawn consent does this by itself, in {@code ProjectService.consent}.)
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public void unpublish(long practiceId) {
    Optional.ofNullable(em.find(GoodPractice.class, practiceId))
        .ifPresent(g -> g.withdraw(callers.person(), clock.instant()));
  }

  private String uniqueSlug(String title) {
    String base = slug(title);
    String slug = base;
    for (int n = 2; bySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /**
   * "Digitālā drošība bibliotēkai" becomes "digitala-drosiba-bibliotekai"; Greek and Cyrillic
   * letters stay letters (browsers show them in the address bar as they are).
   */
  static String slug(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 80) {
      ascii = ascii.substring(0, 80).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "practice" : ascii;
  }
}
