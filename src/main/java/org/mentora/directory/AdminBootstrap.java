package org.mentora.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.BusinessException;
import org.mentora.platform.security.Role;

/**
 * Makes sure a real installation can get its first administrator without any known password: from
 * configuration ({@code MENTORA_ADMIN_USERNAME}, {@code MENTORA_ADMIN_PASSWORD}, {@code
 * MENTORA_ADMIN_EMAIL}) or, failing that, with a one-time setup token printed in the log.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoMode"})
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject AccountService accounts;
  @Inject AccountFactory factory;
  @Inject SetupToken setupToken;

  @Inject
  @ConfigProperty(name = "mentora.admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "mentora.admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mentora.admin.email")
  Optional<String> email;

  @PostConstruct
  void ensureAdministrator() {
    if (accounts.administratorExists()) {
      return;
    }
    if (username.isPresent() && password.isPresent()) {
      try {
        factory.create(
            new NewAccount(
                username.get(),
                password.get(),
                "Mentora",
                "Administrator",
                email.orElse(username.get() + "@localhost.invalid"),
                "en",
                null),
            Set.of(Role.ADMIN));
        LOG.info(() -> "Administrator '" + username.get() + "' created from configuration");
        return;
      } catch (BusinessException e) {
        // Refused, not just warned about: a configured password is exactly the one an attacker
        // tries on a fresh installation. The setup token still gets the installation going.
        LOG.severe(
            () ->
                "The administrator from configuration was refused ("
                    + e.messageKey()
                    + ": the password rules apply to it too); falling back to a setup token");
      }
    }
    String token = setupToken.issue();
    LOG.warning(
        "No administrator exists yet. Open /setup.xhtml in Mentora and enter this one-time"
            + " setup token: "
            + token);
  }
}
