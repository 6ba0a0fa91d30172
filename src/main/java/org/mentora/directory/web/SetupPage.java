package org.mentora.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.mentora.directory.AccountService;
import org.mentora.directory.NewAccount;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;

/** Creates the first administrator of a fresh installation with the token from the log. */
@Named
@RequestScoped
public class SetupPage {

  @Inject AccountService accounts;
  @Inject ExternalContext externalContext;

  private String token;
  private String givenName;
  private String familyName;
  private String email;
  private String username;
  private String password;
  private String passwordRepeat;
  private Boolean needed;

  public boolean isNeeded() {
    if (needed == null) {
      needed = !accounts.administratorExists();
    }
    return needed;
  }

  public void create() throws IOException {
    if (password == null || !password.equals(passwordRepeat)) {
      FacesMessages.errorOn("setup:passwordRepeat", "password.repeatMismatch");
      return;
    }
    try {
      accounts.createFirstAdministrator(
          token, new NewAccount(username, password, givenName, familyName, email, "en", null));
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "setup");
      return;
    }
    FacesMessages.info("setup.done");
    FacesMessages.keepForRedirect();
    externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }
}
