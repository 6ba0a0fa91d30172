package org.mentora.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * Identity and optimistic locking for every entity.
 *
 * <p>One shared sequence with preallocation: IDENTITY columns break EclipseLink on H2 2.x, and the
 * sequence's {@code INCREMENT BY} in the Flyway scripts must equal {@link #ALLOCATION_SIZE}.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int ALLOCATION_SIZE = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentora_seq")
  @SequenceGenerator(
      name = "mentora_seq",
      sequenceName = "mentora_seq",
      allocationSize = ALLOCATION_SIZE)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public boolean isPersisted() {
    return id != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || !getClass().equals(other.getClass())) {
      return false;
    }
    return id != null && id.equals(((BaseEntity) other).id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getClass().getName(), id);
  }
}
