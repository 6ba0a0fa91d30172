package org.mentora.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text that shows what it says: no control characters and no characters that reorder what follows
 * them (a right-to-left override makes {@code "\u202Efdp.exe"} read as "exe.pdf"). Names, codes and
 * titles are one line; {@link #multiline()} text (descriptions, comments) may keep line breaks and
 * tabs. Every script and its diacritics are welcome: only invisible controls are refused.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlainText {

  String message() default "{validation.plainText}";

  /** Whether line breaks and tabs are allowed (free text); never bidirectional controls. */
  boolean multiline() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
