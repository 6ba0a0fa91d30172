package org.mentora.directory.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mentora.directory.DirectoryUsers;
import org.mentora.platform.i18n.CurrentLocale;
import org.mentora.platform.security.UserLoggedIn;

/** After login the pages speak the person's preferred language. */
@ApplicationScoped
public class LocaleOnLogin {

  @Inject DirectoryUsers users;
  @Inject CurrentLocale currentLocale;

  void onLogin(@Observes UserLoggedIn event) {
    users.preferredLanguage(event.username()).ifPresent(currentLocale::prefer);
  }
}
