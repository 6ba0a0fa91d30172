package org.mentora.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mentora.directory.AccountService;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.directory.PasswordLinks;
import org.mentora.directory.Person;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.PageRequest;
import org.mentora.platform.security.Role;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/**
 * Creates or edits one person: names exactly as typed, e-mail (unique), preferred language and
 * organisation; the roles of the person's account are shown, not edited. An administrator can
 * unlock a login locked by wrong passwords and end every session of the account. Handles a
 * concurrent change as the organisation page does.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int SUGGESTIONS = 15;

  @Inject DirectoryService directory;
  @Inject AccountService accounts;
  @Inject PasswordLinks passwordLinks;

  private Long id;
  private Person person;
  private List<Role> roles = List.of();
  private boolean hasAccount;
  private boolean loginLocked;
  private String newUsername;
  private List<Role> newRoles = new java.util.ArrayList<>();

  public void load() {
    if (id == null) {
      person = new Person();
      return;
    }
    try {
      person = directory.person(id);
      var account = directory.accountOf(id);
      hasAccount = account.isPresent();
      roles = account.map(a -> a.getRoles().stream().sorted().toList()).orElse(List.of());
      loginLocked = hasAccount && accounts.loginLocked(id);
      if (!hasAccount && newUsername == null) {
        newUsername = suggestedUsername(person.getEmail());
        newRoles = new java.util.ArrayList<>(List.of(Role.PARTICIPANT));
      }
    } catch (NotFoundException e) {
      Pages.notFound();
    }
  }

  public void save() {
    boolean created = id == null;
    try {
      person = directory.savePerson(person);
      id = person.getId();
      FacesMessages.info("general.saved");
      if (created) {
        FacesMessages.keepForRedirect();
        Pages.redirect("/directory/person.xhtml?id=" + id);
      }
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "person");
    }
  }

  public void unlockLogin() {
    accounts.unlockLogin(id);
    loginLocked = false;
    FacesMessages.info("person.unlocked");
  }

  /**
   * Gives the person an account with the roles chosen; they choose their password from the welcome
   * mail, so no administrator ever types it.
   */
  public void createAccount() {
    if (newRoles.isEmpty()) {
      FacesMessages.errorOn("account:roles", "person.account.roles.required");
      return;
    }
    try {
      directory.saveAccount(id, newUsername, java.util.EnumSet.copyOf(newRoles), true, null);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "account");
      return;
    }
    FacesMessages.info("person.accountCreated", person.getEmail());
    FacesMessages.keepForRedirect();
    Pages.redirect("/directory/person.xhtml?id=" + id);
  }

  /** The e-mail address as a user name when it makes one, else its part before the @. */
  static String suggestedUsername(String email) {
    if (email == null) {
      return "";
    }
    String lower = email.strip().toLowerCase(java.util.Locale.ROOT);
    if (lower.matches("[a-z0-9._@-]{3,64}")) {
      return lower;
    }
    String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
    return local.replaceAll("[^a-z0-9._-]", "");
  }

  /** Mails the person a link to choose their password (never typed by an administrator). */
  public void sendPasswordLink() {
    String address = passwordLinks.sendWelcome(id);
    FacesMessages.info("person.passwordLinkSent", address);
  }

  public void signOutEverywhere() {
    accounts.signOutEverywhere(id);
    FacesMessages.info("person.signedOutEverywhere");
  }

  /** Discards what was typed and shows the person as saved now. */
  public void reload() {
    load();
  }

  /** Organisations whose name contains the text, asked of the database a page at a time. */
  public List<Organisation> completeOrganisation(String text) {
    return directory
        .searchOrganisations(
            new PageRequest(0, SUGGESTIONS, "name", true, Map.of("name", text == null ? "" : text)))
        .rows();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Person getPerson() {
    return person;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public List<Role> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<Role> newRoles) {
    this.newRoles =
        newRoles == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(newRoles);
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isHasAccount() {
    return hasAccount;
  }

  public boolean isLoginLocked() {
    return loginLocked;
  }
}
