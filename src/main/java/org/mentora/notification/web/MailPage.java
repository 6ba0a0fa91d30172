package org.mentora.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.mentora.notification.NotificationService;
import org.mentora.notification.OutboxMail;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.i18n.Formats;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * {@code notification/mail.xhtml?id=}: one mail of the outbox as its recipient reads it, the HTML
 * part in a sandboxed frame (no scripts, no forms, no navigation of this page) beside the plain
 * text.
 */
@Named
@RequestScoped
public class MailPage {

  @Inject NotificationService notifications;
  @Inject Clock clock;

  private Long id;
  private OutboxMail mail;

  public void load() {
    if (id == null) {
      // No mail named (a bookmark, a cut address): the outbox, where every mail is.
      Pages.redirect("/notification/outbox.xhtml");
      return;
    }
    try {
      mail = notifications.mail(id);
    } catch (NotFoundException gone) {
      Pages.notFound();
    }
  }

  public String resend() {
    notifications.resend(id);
    FacesMessages.info("notification.outbox.resent");
    FacesMessages.keepForRedirect();
    return "/notification/outbox?faces-redirect=true";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OutboxMail getMail() {
    return mail;
  }

  public String getCreated() {
    return mail == null
        ? ""
        : Formats.moment(FacesMessages.locale(), mail.getCreatedAt(), clock.getZone());
  }
}
