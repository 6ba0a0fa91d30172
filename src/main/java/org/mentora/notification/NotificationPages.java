package org.mentora.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.PageAccessContribution;
import org.mentora.platform.web.PageRule;

/**
 * Who may open the notification pages: everyone signed in their own centre and settings,
 * administrators the outbox, anyone a mail's stop link (which names whom it concerns itself). None
 * keeps state: plain posts, rows read again.
 */
@ApplicationScoped
public class NotificationPages implements PageAccessContribution {

  @Override
  public List<PageRule> rules() {
    return List.of(
        PageRule.anyRole("/notification/centre.xhtml").withoutState(),
        PageRule.anyRole("/notification/settings.xhtml").withoutState(),
        PageRule.of("/notification/outbox.xhtml", Role.ADMIN).withoutState(),
        PageRule.of("/notification/mail.xhtml", Role.ADMIN).withoutState(),
        PageRule.publicPage("/notification/stop.xhtml").withoutState());
  }
}
