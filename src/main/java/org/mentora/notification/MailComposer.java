package org.mentora.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentora.platform.i18n.Bundles;
import org.mentora.platform.mail.MailHtml;

/**
 * Writes one mail from a person's notifications, in their language: a subject that says what it is,
 * a greeting, each item with a link to its page, and a footer with a link to the settings and, for
 * each kind in the mail, a link that stops mail of that kind in one click. A plain-text part and an
 * HTML part say the same; every text from a person (a name, a comment) is escaped in the HTML. No
 * container needed: the texts come from the bundles.
 */
public final class MailComposer {

  /**
   * One line of the mail: its kind, its sentence (already in the recipient's language), its link.
   */
  public record Item(NotificationKind kind, String text, String url) {}

  private MailComposer() {}

  /**
   * @param stopUrls for each kind in the mail, the address that stops its mail (one click)
   */
  public static ComposedMail compose(
      Locale locale,
      String givenName,
      MailState purpose,
      List<Item> items,
      String settingsUrl,
      Map<NotificationKind, String> stopUrls) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("A mail needs at least one item");
    }
    String subject = subject(locale, purpose, items);
    String greeting = Bundles.format(locale, "notification.mail.greeting", givenName);
    String intro =
        items.size() == 1 && purpose == MailState.NOW
            ? null
            : Bundles.format(locale, "notification.mail.intro." + purpose.name());
    String open = Bundles.format(locale, "notification.mail.open");
    String why = Bundles.format(locale, "notification.mail.why");
    String settings = Bundles.format(locale, "notification.mail.settings");
    Map<String, String> stops = new LinkedHashMap<>();
    for (Item item : items) {
      String url = stopUrls.get(item.kind());
      if (url != null) {
        stops.putIfAbsent(
            Bundles.format(
                locale, "notification.mail.stop", Bundles.format(locale, item.kind().labelKey())),
            url);
      }
    }

    StringBuilder text = new StringBuilder();
    text.append(greeting).append("\n\n");
    if (intro != null) {
      text.append(intro).append("\n\n");
    }
    for (Item item : items) {
      text.append(items.size() > 1 ? "- " : "").append(item.text()).append('\n');
      if (item.url() != null) {
        text.append(items.size() > 1 ? "  " : "").append(open).append(": ").append(item.url());
        text.append('\n');
      }
      text.append('\n');
    }
    text.append("-- \n").append(why).append('\n');
    text.append(settings).append(": ").append(settingsUrl).append('\n');
    stops.forEach((label, url) -> text.append(label).append(": ").append(url).append('\n'));

    StringBuilder body = new StringBuilder();
    body.append(MailHtml.paragraph(greeting));
    if (intro != null) {
      body.append(MailHtml.paragraph(intro));
    }
    body.append(items.size() > 1 ? "<ul>" : "<div>");
    for (Item item : items) {
      body.append(items.size() > 1 ? "<li style=\"margin-bottom:12px\">" : "<p>");
      body.append(MailHtml.escape(item.text()));
      if (item.url() != null) {
        body.append("<br>").append(MailHtml.link(item.url(), open));
      }
      body.append(items.size() > 1 ? "</li>" : "</p>");
    }
    body.append(items.size() > 1 ? "</ul>" : "</div>");
    StringBuilder small = new StringBuilder();
    small.append(MailHtml.escape(why)).append("<br>").append(MailHtml.link(settingsUrl, settings));
    stops.forEach((label, url) -> small.append("<br>").append(MailHtml.link(url, label)));
    body.append(MailHtml.footer(small.toString()));
    String html = MailHtml.page(locale.getLanguage(), subject, body.toString());
    return new ComposedMail(locale.toLanguageTag(), subject, text.toString(), html);
  }

  static String subject(Locale locale, MailState purpose, List<Item> items) {
    String app = Bundles.format(locale, "app.name");
    return switch (purpose) {
      case DAILY, WEEKLY ->
          Bundles.format(locale, "notification.mail.subject." + purpose.name(), items.size(), app);
      default -> {
        List<NotificationKind> kinds = new ArrayList<>();
        items.forEach(
            i -> {
              if (!kinds.contains(i.kind())) {
                kinds.add(i.kind());
              }
            });
        yield kinds.size() == 1
            ? Bundles.format(locale, "notification.mail.subject." + kinds.get(0).name(), app)
            : Bundles.format(locale, "notification.mail.subject.several", items.size(), app);
      }
    };
  }
}
