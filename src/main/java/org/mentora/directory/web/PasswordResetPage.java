package org.mentora.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.mentora.directory.PasswordLinks;
import org.mentora.platform.BusinessException;
import org.mentora.platform.security.ClientAddress;
import org.mentora.platform.web.FacesMessages;

/**
 * {@code password-reset.xhtml}: without a token, ask for a link by user name or e-mail address (the
 * answer is the same whether or not an account matches); with one, choose the new password.
 */
@Named
@RequestScoped
public class PasswordResetPage {

  @Inject PasswordLinks links;

  private String token;
  private String who;
  private String newPassword;
  private String newPasswordRepeat;
  private boolean sent;
  private String linkProblem;

  /** On opening the page with a link: says why the link no longer works, if it does not. */
  public void load() {
    if (token == null || token.isBlank()) {
      return;
    }
    switch (links.state(token)) {
      case VALID -> linkProblem = null;
      case USED -> linkProblem = "passwordReset.used";
      case EXPIRED -> linkProblem = "passwordReset.expired";
      default -> linkProblem = "passwordReset.invalid";
    }
  }

  public void request() {
    try {
      links.requestReset(who, address());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "ask");
      return;
    }
    sent = true;
    who = null;
  }

  public String save() {
    if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
      FacesMessages.errorOn("choose:newPasswordRepeat", "password.repeatMismatch");
      return null;
    }
    try {
      links.setPassword(token, newPassword);
    } catch (BusinessException refusal) {
      if (refusal.field().isEmpty()) {
        // The link stopped working meanwhile (used in another tab, expired): ask for a new one.
        linkProblem = refusal.messageKey();
        return null;
      }
      FacesMessages.show(refusal, "choose");
      return null;
    }
    FacesMessages.info("passwordReset.done");
    FacesMessages.keepForRedirect();
    return "/login?faces-redirect=true";
  }

  private static String address() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** Whether the token's form is shown: no problem found with the link (so far). */
  public boolean isLinkUsable() {
    return linkProblem == null;
  }

  public String getLinkProblem() {
    return linkProblem;
  }

  public boolean isSent() {
    return sent;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
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
