package org.mentora.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentora.notification.MailSettings;
import org.mentora.notification.MailStatus;
import org.mentora.notification.NotificationService;
import org.mentora.notification.OutboxMail;
import org.mentora.platform.i18n.Formats;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.web.FacesMessages;

/**
 * {@code notification/outbox.xhtml}: every composed mail with its status, attempts and last
 * problem, 50 a page, filtered by status ({@code ?status=FAILED}); each mail opens on {@code
 * mail.xhtml}, where it is read as its recipient sees it and can be sent again.
 */
@Named
@RequestScoped
public class OutboxPage {

  static final int PAGE_SIZE = 50;

  @Inject NotificationService notifications;
  @Inject MailSettings mailSettings;
  @Inject Clock clock;

  private String status;
  private Integer page;
  private List<Row> rows = List.of();
  private long total;
  private Map<MailStatus, Long> counts = Map.of();

  /** One mail as listed. */
  public record Row(
      long id,
      String created,
      String recipient,
      String address,
      String subject,
      MailStatus status,
      int attempts,
      String problem,
      String sent) {}

  public void load() {
    Locale locale = FacesMessages.locale();
    Page<OutboxMail> found =
        notifications.outbox(chosenStatus(), (getCurrentPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    total = found.total();
    rows =
        found.rows().stream()
            .map(
                m ->
                    new Row(
                        m.getId(),
                        when(locale, m.getCreatedAt()),
                        m.getRecipient() == null ? "" : m.getRecipient().getFullName(),
                        m.getAddress(),
                        m.getSubject(),
                        m.getStatus(),
                        m.getAttempts(),
                        m.getLastError(),
                        when(locale, m.getSentAt())))
            .toList();
    counts = notifications.outboxCounts();
  }

  private String when(Locale locale, Instant instant) {
    return instant == null ? "" : Formats.moment(locale, instant, clock.getZone());
  }

  /** The status asked for, or null for all (an unknown one too). */
  MailStatus chosenStatus() {
    if (status == null || status.isBlank()) {
      return null;
    }
    for (MailStatus s : MailStatus.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return null;
  }

  public String getStatus() {
    return chosenStatus() == null ? "" : chosenStatus().name();
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** The page asked for, as the address gave it (a view parameter: the same type both ways). */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** The page shown: the one asked for, the first when none or none sensible was asked for. */
  public int getCurrentPage() {
    return page == null || page < 1 ? 1 : page;
  }

  public MailStatus[] getStatuses() {
    return MailStatus.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public boolean isHasOlder() {
    return (long) getCurrentPage() * PAGE_SIZE < total;
  }

  public boolean isHasNewer() {
    return getCurrentPage() > 1;
  }

  public Map<MailStatus, Long> getCounts() {
    return counts;
  }

  public boolean isMailServerConfigured() {
    return mailSettings.configured();
  }
}
