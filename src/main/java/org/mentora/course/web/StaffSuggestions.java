package org.mentora.course.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.course.StaffService;
import org.mentora.course.StaffService.StaffCandidate;
import org.mentora.directory.Person;

/**
 * What a staff picker suggests, staff first, and for each suggestion the organisation and roles the
 * page shows beside the name, so a namesake (a fellow trainee) is not picked by mistake.
 */
public class StaffSuggestions implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int MAX = 15;

  private final Map<Long, StaffCandidate> shown = new HashMap<>();

  public List<Person> complete(StaffService staff, long editionId, String text) {
    List<StaffCandidate> candidates = staff.candidates(editionId, text, MAX);
    shown.clear();
    candidates.forEach(c -> shown.put(c.person().getId(), c));
    return candidates.stream().map(StaffCandidate::person).toList();
  }

  /** The suggestion for a person offered last, or null. */
  public StaffCandidate of(Person person) {
    return person == null ? null : shown.get(person.getId());
  }
}
