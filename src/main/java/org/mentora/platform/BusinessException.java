package org.mentora.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A rule of the domain refused what the caller asked; carries a bundle key, never English.
 *
 * <p>Rolls back the surrounding transaction. The web layer turns it into a message in the user's
 * language, next to {@link #field()} when the rule is about one input.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;
  private final String field;

  public BusinessException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  private BusinessException(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  /** A refusal about one input, so the page can show it next to that field. */
  public static BusinessException onField(String field, String messageKey, Object... arguments) {
    return new BusinessException(field, messageKey, arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + messageKey
        + (field == null ? "" : " on " + field)
        + Arrays.toString(arguments)
        + "]";
  }
}
