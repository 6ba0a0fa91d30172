package org.mentora.directory.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentora.directory.Account;
import org.mentora.directory.AccountAuthenticator;
import org.mentora.platform.security.Role;

/**
 * The database identity store: accounts in Mentora's own tables, roles as groups. The caller name
 * is the normalised user name, so "Trainee" and "trainee" are the same person everywhere.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountAuthenticator authenticator;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = Account.normaliseUsername(credential.getCaller());
    return authenticator
        .authenticate(username, credential.getPasswordAsString())
        .map(
            roles ->
                new CredentialValidationResult(
                    username, roles.stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /**
   * Roles for a caller authenticated earlier in the session, e.g. when Jakarta Security continues
   * to the page a user asked for before logging in. Read afresh, so a role taken away or an account
   * disabled since counts at once.
   */
  @Override
  public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
    return authenticator.currentRoles(validationResult.getCallerPrincipal().getName()).stream()
        .map(Role::name)
        .collect(Collectors.toSet());
  }
}
