package org.mentora.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.NotificationService;

/**
 * {@code notification/stop.xhtml?t=}: a mail's one-click link. Opening it stops that kind of mail
 * for the person it names (no login: the link is the proof), and offers to undo.
 */
@Named
@RequestScoped
public class StopPage {

  @Inject NotificationService notifications;

  private String t;
  private NotificationKind stopped;
  private NotificationKind restored;
  private boolean invalid;

  public void load() {
    stopped = notifications.stop(t).orElse(null);
    invalid = stopped == null;
  }

  public void undo() {
    restored = notifications.undoStop(t).orElse(null);
    invalid = restored == null;
  }

  public String getT() {
    return t;
  }

  public void setT(String t) {
    this.t = t;
  }

  public NotificationKind getStopped() {
    return stopped;
  }

  public NotificationKind getRestored() {
    return restored;
  }

  public boolean isInvalid() {
    return invalid;
  }
}
