package org.mentora.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.notification.NotificationService;

/** The header's bell: the signed-in person's unread count, asked once per request. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject NotificationService notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount();
    }
    return unread;
  }
}
