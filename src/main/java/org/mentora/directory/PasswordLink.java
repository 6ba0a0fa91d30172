package org.mentora.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.platform.persistence.BaseEntity;

/**
 * A link that lets a person set their own password: RESET for a forgotten one, WELCOME for the
 * first one of an account an administrator created. Only the SHA-256 of its token is kept; it works
 * once, until it expires.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink extends BaseEntity {

  private static final long serialVersionUID = 1L;

  /** Why a link was made. */
  public enum Purpose {
    RESET,
    WELCOME
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "token_hash", length = 64, nullable = false, unique = true)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(length = 10, nullable = false)
  private Purpose purpose;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordLink() {}

  PasswordLink(Account account, String tokenHash, Purpose purpose, Instant now, Instant expires) {
    this.account = account;
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.createdAt = now;
    this.expiresAt = expires;
  }

  public Account getAccount() {
    return account;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  boolean usable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    usedAt = now;
  }
}
