package org.mentora.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentora.platform.security.Role;

/**
 * The rules of notifications that need no container: arguments kept typed, stop links that only
 * their own key makes, the wait between attempts, who can receive which kind, and mails that say
 * the same in text and HTML with every person's words escaped.
 */
class NotificationRulesTest {

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

  @Test
  void argumentsKeepTheirTypes() {
    List<Object> arguments =
        Arrays.asList(LocalDate.of(2026, 3, 21), new BigDecimal("1.5"), 42, "Anna Bērziņa", null);
    List<Object> back = NoticeArguments.decode(NoticeArguments.encode(arguments));
    assertEquals(
        List.of(
            LocalDate.of(2026, 3, 21),
            new BigDecimal("1.5"),
            new BigDecimal("42"),
            "Anna Bērziņa",
            ""),
        back);
  }

  @Test
  void aLongTextArgumentIsCutAndTheSeparatorCannotBeSmuggledIn() {
    String comment = "x".repeat(5000) + "\u001En:1";
    List<Object> back =
        NoticeArguments.decode(NoticeArguments.encode(List.of("\u001Ed:2026-01-01", comment)));
    assertEquals(2, back.size());
    assertEquals(" d:2026-01-01", back.get(0));
    assertEquals(NoticeArguments.TEXT_MAX, ((String) back.get(1)).length());
    assertTrue(((String) back.get(1)).endsWith("…"));
  }

  @Test
  void aStopLinkNamesOnePersonAndOneKindAndOnlyItsKeyMakesIt() {
    String payload = "17." + NotificationKind.ENTRY_REVIEWED.name();
    String token = payload + "." + StopLinks.sign(KEY, payload);
    assertEquals(
        Optional.of(new StopLinks.Target(17, NotificationKind.ENTRY_REVIEWED)),
        StopLinks.read(KEY, token));
    // Another person, another kind, a changed signature, another key, garbage: nothing.
    assertFalse(StopLinks.read(KEY, token.replace("17.", "18.")).isPresent());
    assertFalse(
        StopLinks.read(KEY, token.replace("ENTRY_REVIEWED", "ENTRIES_WAITING")).isPresent());
    char last = token.charAt(token.length() - 1);
    String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertFalse(StopLinks.read(KEY, changed).isPresent());
    assertFalse(StopLinks.read("another key, another installation".getBytes(), token).isPresent());
    for (String junk :
        new String[] {null, "", "1.2", "a.b.c", "1.NOPE.x", "<script>", "9".repeat(200)}) {
      assertFalse(StopLinks.read(KEY, junk).isPresent(), junk);
    }
  }

  @Test
  void eachFailedAttemptWaitsTwiceAsLongUpToAnHour() {
    Duration first = Duration.ofMinutes(1);
    assertEquals(Duration.ofMinutes(1), MailSettings.backoff(first, 1));
    assertEquals(Duration.ofMinutes(2), MailSettings.backoff(first, 2));
    assertEquals(Duration.ofMinutes(32), MailSettings.backoff(first, 6));
    assertEquals(Duration.ofHours(1), MailSettings.backoff(first, 7));
    assertEquals(Duration.ofHours(1), MailSettings.backoff(first, 50));
  }

  @Test
  void kindsGoToTheRolesTheyConcern() {
    assertEquals(
        EnumSet.of(
            NotificationKind.ENTRY_REVIEWED,
            NotificationKind.PROJECT_MOVED,
            NotificationKind.PROJECT_FEEDBACK,
            NotificationKind.MILESTONE_DUE,
            NotificationKind.ASSESSMENT_OPEN,
            NotificationKind.CERTIFICATE,
            NotificationKind.APPLICATION_DECIDED),
        NotificationService.kindsFor(EnumSet.of(Role.PARTICIPANT)));
    assertEquals(
        EnumSet.of(
            NotificationKind.ENTRIES_WAITING,
            NotificationKind.PROJECT_MOVED,
            NotificationKind.PROJECT_FEEDBACK,
            NotificationKind.MILESTONE_DUE,
            NotificationKind.AT_RISK,
            NotificationKind.APPLICATION_DECIDED),
        NotificationService.kindsFor(EnumSet.of(Role.MENTOR)));
    assertEquals(
        EnumSet.of(
            NotificationKind.ENTRIES_WAITING,
            NotificationKind.ELIGIBLE,
            NotificationKind.APPLICATION_RECEIVED),
        NotificationService.kindsFor(EnumSet.of(Role.ADMIN)));
    assertEquals(
        EnumSet.of(NotificationKind.ENTRIES_WAITING),
        NotificationService.kindsFor(EnumSet.of(Role.TRAINER)));
    assertEquals(Frequency.IMMEDIATE, NotificationKind.ENTRY_REVIEWED.defaultFrequency());
    assertEquals(Frequency.DAILY, NotificationKind.ENTRIES_WAITING.defaultFrequency());
    assertEquals(MailState.NONE, Frequency.OFF.mailState());
  }

  @Test
  void aMailSaysTheSameInTextAndHtmlWithThePersonsWordsEscaped() {
    String comment = "<img src=x onerror=alert(1)> & \"more\"";
    ComposedMail mail =
        MailComposer.compose(
            Locale.ENGLISH,
            "Anna",
            MailState.NOW,
            List.of(
                new MailComposer.Item(
                    NotificationKind.ENTRY_REVIEWED,
                    "Inese rejected your entry: " + comment,
                    "https://mentora.example/logbook/my-logbook.xhtml")),
            "https://mentora.example/notification/settings.xhtml",
            Map.of(
                NotificationKind.ENTRY_REVIEWED,
                "https://mentora.example/notification/stop.xhtml?t=1.X.y"));
    assertEquals("Mentora: a logbook entry of yours was reviewed", mail.subject());
    assertTrue(mail.text().startsWith("Hello Anna,\n"), mail.text());
    assertTrue(mail.text().contains(comment), "the text part keeps the words as typed");
    assertTrue(mail.text().contains("https://mentora.example/logbook/my-logbook.xhtml"));
    assertTrue(
        mail.text()
            .contains(
                "Stop e-mails about: Decisions on my logbook entries: https://mentora.example/notification/stop.xhtml?t=1.X.y"));
    assertFalse(mail.html().contains("<img"), mail.html());
    assertTrue(mail.html().contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;more&quot;"));
    assertTrue(mail.html().contains("href=\"https://mentora.example/logbook/my-logbook.xhtml\""));
    assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"en\">"));
  }

  @Test
  void aDigestCountsInTheRecipientsLanguage() {
    List<MailComposer.Item> items =
        List.of(
            new MailComposer.Item(NotificationKind.ENTRIES_WAITING, "a", null),
            new MailComposer.Item(NotificationKind.ENTRIES_WAITING, "b", null));
    assertEquals(
        "Mentora: your daily summary (2 items)",
        MailComposer.subject(Locale.ENGLISH, MailState.DAILY, items));
    ComposedMail mail =
        MailComposer.compose(
            Locale.ENGLISH, "Inese", MailState.DAILY, items, "https://m/s", Map.of());
    assertTrue(mail.text().contains("since yesterday"), mail.text());
    assertTrue(mail.text().contains("- a\n"), mail.text());
    assertThrows(
        IllegalArgumentException.class,
        () -> MailComposer.compose(Locale.ENGLISH, "x", MailState.NOW, List.of(), "s", Map.of()));
  }

  /**
   * The database checks the kinds too (a row of a kind the code no longer knows cannot be read):
   * the newest migration that sets each constraint lists exactly the enum's kinds.
   */
  @Test
  void theDatabaseKnowsEveryKindAndNoOther() throws java.io.IOException {
    Set<String> kinds = new TreeSet<>();
    for (NotificationKind kind : NotificationKind.values()) {
      kinds.add(kind.name());
    }
    for (String constraint : List.of("ck_notification_kind", "ck_notification_setting_kind")) {
      String newest = null;
      try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
        for (Path script :
            scripts.sorted(Comparator.comparingInt(NotificationRulesTest::version)).toList()) {
          String sql = Files.readString(script);
          Matcher m =
              Pattern.compile(constraint + "\\s+CHECK\\s*\\(kind IN \\(([^)]*)\\)\\)").matcher(sql);
          while (m.find()) {
            newest = m.group(1);
          }
        }
      }
      assertTrue(newest != null, constraint + " is set by no migration");
      Set<String> listed = new TreeSet<>();
      Matcher quoted = Pattern.compile("'([A-Z_]+)'").matcher(newest);
      while (quoted.find()) {
        listed.add(quoted.group(1));
      }
      assertEquals(kinds, listed, constraint + ": add a migration that replaces it");
    }
  }

  private static int version(Path script) {
    String name = script.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
