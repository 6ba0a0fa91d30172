package org.mentora.logbook;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.mentora.platform.BusinessException;

/**
 * An entry broke one or more rules of {@link HoursPolicy}. Carries every problem, each keyed by its
 * form field, so the page can put each message next to its input at once.
 */
@ApplicationException(rollback = true)
public class EntryRefused extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final transient List<HoursPolicy.Problem> problems;

  public EntryRefused(List<HoursPolicy.Problem> problems) {
    super(problems.get(0).key(), problems.get(0).arguments().toArray());
    this.problems = List.copyOf(problems);
  }

  public List<HoursPolicy.Problem> problems() {
    return problems;
  }

  /** Each problem as a refusal about its field, for {@code FacesMessages.show}. */
  public List<BusinessException> asFieldRefusals() {
    return problems.stream()
        .map(p -> BusinessException.onField(p.field(), p.key(), p.arguments().toArray()))
        .toList();
  }
}
