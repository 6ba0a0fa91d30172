package org.mentora.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.mentora.platform.web.FacesMessages;

/** The password rules as pages show them next to password fields. */
@Named
@ApplicationScoped
public class PasswordRules {

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getHint() {
    return FacesMessages.text("password.hint", PasswordPolicy.MIN_LENGTH);
  }
}
