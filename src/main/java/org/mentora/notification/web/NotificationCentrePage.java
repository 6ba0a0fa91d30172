package org.mentora.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentora.notification.Notification;
import org.mentora.notification.NotificationService;
import org.mentora.notification.NotificationTexts;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.Formats;
import org.mentora.platform.persistence.Page;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * {@code notification/centre.xhtml}: the person's notifications, newest first, 20 a page, each in
 * today's language with a link that marks it read and opens its page ({@code ?open=<id>}).
 */
@Named
@RequestScoped
public class NotificationCentrePage {

  static final int PAGE_SIZE = 20;

  @Inject NotificationService notifications;
  @Inject Clock clock;

  private Integer page;
  private Long open;
  private List<Row> rows = List.of();
  private long total;

  /** One notification as shown. */
  public record Row(long id, String text, String when, boolean read, boolean hasLink) {}

  public void load() {
    if (open != null) {
      Optional<String> link;
      try {
        link = notifications.open(open);
      } catch (NotFoundException notTheirs) {
        Pages.notFound();
        return;
      }
      Pages.redirect(link.orElse("/notification/centre.xhtml"));
      return;
    }
    Locale locale = FacesMessages.locale();
    Page<Notification> found = notifications.mine(first(), PAGE_SIZE);
    total = found.total();
    rows =
        found.rows().stream()
            .map(
                n ->
                    new Row(
                        n.getId(),
                        NotificationTexts.text(locale, n),
                        Formats.moment(locale, n.getCreatedAt(), clock.getZone()),
                        n.isRead(),
                        n.getLink() != null))
            .toList();
  }

  public String markAllRead() {
    int marked = notifications.markAllRead();
    FacesMessages.info("notification.centre.markedRead", marked);
    FacesMessages.keepForRedirect();
    return "/notification/centre?faces-redirect=true";
  }

  private int first() {
    return (getCurrentPage() - 1) * PAGE_SIZE;
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

  public Long getOpen() {
    return open;
  }

  public void setOpen(Long open) {
    this.open = open;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public long getFirstShown() {
    return rows.isEmpty() ? 0 : first() + 1L;
  }

  public long getLastShown() {
    return first() + (long) rows.size();
  }

  public boolean isHasOlder() {
    return getLastShown() < total;
  }

  public boolean isHasNewer() {
    return getCurrentPage() > 1;
  }

  public boolean isAnyUnread() {
    return rows.stream().anyMatch(r -> !r.read());
  }
}
