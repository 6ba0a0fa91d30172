package org.mentora.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.mail.MailHtml;
import org.mentora.platform.mail.Mailbox;
import org.mentora.platform.mail.OutgoingMail;
import org.mentora.platform.security.PasswordHasher;
import org.mentora.platform.security.PasswordPolicy;
import org.mentora.platform.security.RequestThrottle;
import org.mentora.platform.security.RequestThrottle.Limit;
import org.mentora.platform.security.Role;
import org.mentora.platform.security.SessionsEnded;

/**
 * People set their own passwords: a forgotten one through a link mailed to the account's address
 * (works once, for 30 minutes), and the first one of an account an administrator created through a
 * welcome mail (7 days), so that no administrator ever types a participant's password.
 *
 * <p>Asking for a link answers the same whether or not an account matches (the page says "if an
 * account matches"); links are limited per account and per client address, so the form cannot be
 * used to flood someone's mailbox. Setting the password applies the password rules, uses up every
 * open link of the account and ends the account's sessions everywhere.
 */
@Stateless
public class PasswordLinks {

  private static final Logger LOG = Logger.getLogger(PasswordLinks.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  static final Duration RESET_VALID = Duration.ofMinutes(30);
  static final Duration WELCOME_VALID = Duration.ofDays(7);

  /** At most this many reset links per account within {@link #RESET_VALID}. */
  static final int RESETS_PER_ACCOUNT = 3;

  /** Requests from one client address: enough for an office, too few to flood. */
  static final Limit REQUESTS = new Limit("password-link", 10, Duration.ofHours(1));

  /** What a link is now, for the page to say. */
  public enum State {
    VALID,
    USED,
    EXPIRED,
    UNKNOWN
  }

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject Clock clock;
  @Inject PasswordHasher hasher;
  @Inject Mailbox mailbox;
  @Inject RequestThrottle throttle;
  @Inject Event<SessionsEnded> sessionsEnded;

  @Inject
  @ConfigProperty(name = "mentora.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /**
   * Mails a reset link to the account named by user name or e-mail address, if there is one that is
   * enabled; says nothing either way. {@code address} is the client's, for the throttle. The
   * account is looked up and the mail written after the answer ({@link #sendReset}, asynchronous),
   * so that not even the time the answer takes says whether the account exists.
   */
  @PermitAll
  public void requestReset(String nameOrEmail, String address) {
    if (nameOrEmail == null || nameOrEmail.isBlank() || nameOrEmail.length() > 254) {
      throw BusinessException.onField("who", "passwordReset.who.required");
    }
    if (throttle.over(REQUESTS, address)) {
      LOG.warning(() -> "Password links: too many requests from " + address + ", none sent");
      return;
    }
    throttle.count(REQUESTS, address);
    context.getBusinessObject(PasswordLinks.class).sendReset(nameOrEmail.strip());
  }

  /**
   * The work behind {@link #requestReset}, in a transaction of its own after the answer: at most
   * {@value #RESETS_PER_ACCOUNT} links per account in the half hour a link lives, counted under the
   * account's row lock so that simultaneous requests cannot pass the limit together.
   */
  @Asynchronous
  @PermitAll
  public void sendReset(String nameOrEmail) {
    Optional<Account> found = find(nameOrEmail);
    if (found.isEmpty() || !found.get().isEnabled()) {
      return;
    }
    Account account = found.get();
    em.lock(account, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    long recent =
        em.createQuery(
                "select count(l) from PasswordLink l where l.account = :account"
                    + " and l.purpose = :reset and l.createdAt > :since",
                Long.class)
            .setParameter("account", account)
            .setParameter("reset", PasswordLink.Purpose.RESET)
            .setParameter("since", now.minus(RESET_VALID))
            .getSingleResult();
    if (recent >= RESETS_PER_ACCOUNT) {
      LOG.info(() -> "Password links: enough reset links for '" + account.getUsername() + "'");
      return;
    }
    mail(account, PasswordLink.Purpose.RESET, now);
  }

  /** Sends the person a link to set their password (a new account, or a person who asks). */
  @RolesAllowed(Role.ADMIN_NAME)
  public String sendWelcome(long personId) {
    Account account =
        em.createQuery("select a from Account a where a.person.id = :person", Account.class)
            .setParameter("person", personId)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    welcome(account);
    return account.getPerson().getEmail();
  }

  /** The welcome of a new account, in the transaction that created it. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void welcome(Account account) {
    mail(account, PasswordLink.Purpose.WELCOME, clock.instant());
  }

  @PermitAll
  public State state(String token) {
    Optional<PasswordLink> link = link(token, false);
    if (link.isEmpty()) {
      return State.UNKNOWN;
    }
    if (link.get().getUsedAt() != null) {
      return State.USED;
    }
    return link.get().usable(clock.instant()) ? State.VALID : State.EXPIRED;
  }

  /**
   * Sets the password of the link's account, under the password rules; uses up the account's open
   * links and ends its sessions. Returns the user name, for the login form.
   */
  @PermitAll
  public String setPassword(String token, String newPassword) {
    PasswordLink link =
        link(token, true).orElseThrow(() -> new BusinessException("passwordReset.invalid"));
    Instant now = clock.instant();
    if (!link.usable(now)) {
      throw new BusinessException(
          link.getUsedAt() != null ? "passwordReset.used" : "passwordReset.expired");
    }
    Account account = link.getAccount();
    Person person = account.getPerson();
    List<String> problems =
        PasswordPolicy.violations(
            newPassword == null ? "" : newPassword,
            account.getUsername(),
            person.getGivenName(),
            person.getFamilyName(),
            person.getEmail());
    if (!problems.isEmpty()) {
      throw BusinessException.onField("newPassword", problems.get(0), PasswordPolicy.MIN_LENGTH);
    }
    account.setPassword(hasher.hash(newPassword), now);
    em.createQuery(
            "update PasswordLink l set l.usedAt = :now where l.account = :account"
                + " and l.usedAt is null")
        .setParameter("now", now)
        .setParameter("account", account)
        .executeUpdate();
    account.endSessions();
    sessionsEnded.fire(new SessionsEnded(account.getUsername(), account.getSessionGeneration()));
    LOG.info(
        () ->
            "Password of '"
                + account.getUsername()
                + "' set through a "
                + link.getPurpose().name().toLowerCase(Locale.ROOT)
                + " link");
    return account.getUsername();
  }

  private Optional<Account> find(String nameOrEmail) {
    if (nameOrEmail.contains("@")) {
      List<Account> byMail =
          em.createQuery(
                  "select a from Account a where lower(a.person.email) = :email", Account.class)
              .setParameter("email", nameOrEmail.toLowerCase(Locale.ROOT))
              .getResultList();
      if (byMail.size() == 1) {
        return Optional.of(byMail.get(0));
      }
    }
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", Account.normaliseUsername(nameOrEmail))
        .getResultStream()
        .findFirst();
  }

  private Optional<PasswordLink> link(String token, boolean lock) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    var query =
        em.createQuery("select l from PasswordLink l where l.tokenHash = :hash", PasswordLink.class)
            .setParameter("hash", sha256(token));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  private void mail(Account account, PasswordLink.Purpose purpose, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Duration valid = purpose == PasswordLink.Purpose.RESET ? RESET_VALID : WELCOME_VALID;
    em.persist(new PasswordLink(account, sha256(token), purpose, now, now.plus(valid)));
    Person person = account.getPerson();
    Locale locale = Bundles.supported(Locale.forLanguageTag(person.getPreferredLanguage()));
    mailbox.post(compose(locale, base(), purpose, person, account.getUsername(), token));
  }

  /** The mail with the link, in the person's language. */
  static OutgoingMail compose(
      Locale locale,
      String base,
      PasswordLink.Purpose purpose,
      Person person,
      String username,
      String token) {
    String kind = purpose == PasswordLink.Purpose.RESET ? "reset" : "welcome";
    String app = Bundles.format(locale, "app.name");
    String subject = Bundles.format(locale, "passwordLink.mail." + kind + ".subject", app);
    String greeting = Bundles.format(locale, "notification.mail.greeting", person.getGivenName());
    String body = Bundles.format(locale, "passwordLink.mail." + kind + ".body", username);
    String after =
        Bundles.format(locale, "passwordLink.mail." + kind + ".after", base + "/login.xhtml");
    String button = Bundles.format(locale, "passwordLink.mail.button");
    String why = Bundles.format(locale, "passwordLink.mail.why");
    String url = base + "/password-reset.xhtml?token=" + token;
    String text =
        greeting + "\n\n" + body + "\n\n" + url + "\n\n" + after + "\n\n-- \n" + why + "\n";
    String html =
        MailHtml.page(
            locale.getLanguage(),
            subject,
            MailHtml.paragraph(greeting)
                + MailHtml.paragraph(body)
                + "<p>"
                + MailHtml.link(url, button)
                + "<br><span style=\"font-size:13px;color:#555\">"
                + MailHtml.escape(url)
                + "</span></p>"
                + MailHtml.paragraph(after)
                + MailHtml.footer(MailHtml.escape(why)));
    return new OutgoingMail(person.getId(), locale.toLanguageTag(), subject, text, html);
  }

  private String base() {
    String url = publicUrl == null ? "" : publicUrl.strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
