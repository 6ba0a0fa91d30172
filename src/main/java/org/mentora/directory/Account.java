package org.mentora.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.security.Role;

/**
 * The way a person signs in: a user name, a password hash (never the password) and the roles the
 * person holds. An account without a password hash cannot log in until one is set.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "select a from Account a join fetch a.person where a.username = :username")
@NamedQuery(
    name = Account.COUNT_ENABLED_WITH_ROLE,
    query = "select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
public class Account extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String COUNT_ENABLED_WITH_ROLE = "Account.countEnabledWithRole";

  public static final int USERNAME_MAX = 64;

  /**
   * What a user name may be: lower-case letters, digits and {@code . _ @ -}. Nothing else, so that
   * no one can take the name of a principal the application maps itself (glassfish-web.xml).
   */
  public static final String USERNAME_PATTERN = "[a-z0-9._@-]{3," + USERNAME_MAX + "}";

  public static final int HASH_MAX = 255;

  @Column(length = USERNAME_MAX, nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", length = HASH_MAX)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id", nullable = false, unique = true)
  private Person person;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  /** Raised to end every session opened before; sessions remember the value they started with. */
  @Column(name = "session_generation", nullable = false)
  private long sessionGeneration;

  protected Account() {}

  public Account(String username, Person person, Set<Role> roles, Instant createdAt) {
    this.username = normaliseUsername(username);
    this.person = person;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  /** User names are compared without regard to case or surrounding spaces. */
  public static String normaliseUsername(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  public String getUsername() {
    return username;
  }

  public void rename(String newUsername) {
    this.username = normaliseUsername(newUsername);
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** A new password ends every session opened with the old one. */
  public void setPassword(String hash, Instant when) {
    this.passwordHash = hash;
    this.passwordChangedAt = when;
    endSessions();
  }

  public long getSessionGeneration() {
    return sessionGeneration;
  }

  /** Ends every session of this account at its next request ("sign out everywhere"). */
  public void endSessions() {
    sessionGeneration++;
  }

  /** Replaces the hash with a stronger one of the same password; not a password change. */
  public void rehash(String hash) {
    this.passwordHash = hash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Person getPerson() {
    return person;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public void setRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void recordLogin(Instant when) {
    this.lastLoginAt = when;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }
}
