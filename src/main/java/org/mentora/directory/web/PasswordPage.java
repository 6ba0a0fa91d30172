package org.mentora.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.directory.AccountService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;

/** Lets a signed-in person change their own password. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject AccountService accounts;

  private String currentPassword;
  private String newPassword;
  private String newPasswordRepeat;

  public void change() {
    if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
      FacesMessages.errorOn("password:newPasswordRepeat", "password.repeatMismatch");
      return;
    }
    try {
      accounts.changeOwnPassword(currentPassword, newPassword);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "password");
      return;
    }
    currentPassword = null;
    newPassword = null;
    newPasswordRepeat = null;
    FacesMessages.info("password.changed");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordRepeat() {
    return newPasswordRepeat;
  }

  public void setNewPasswordRepeat(String newPasswordRepeat) {
    this.newPasswordRepeat = newPasswordRepeat;
  }
}
