package org.mentora.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One value the application keeps about itself (a setup token's hash, "demo loaded"). */
@Entity
@Table(name = "app_setting")
public class Setting {

  public static final int KEY_LENGTH = 100;
  public static final int VALUE_LENGTH = 2000;

  @Id
  @Column(name = "setting_key", length = KEY_LENGTH)
  private String key;

  @Column(name = "setting_value", length = VALUE_LENGTH, nullable = false)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Setting() {}

  public Setting(String key, String value, Instant updatedAt) {
    this.key = key;
    this.value = value;
    this.updatedAt = updatedAt;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public void change(String newValue, Instant when) {
    this.value = newValue;
    this.updatedAt = when;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
