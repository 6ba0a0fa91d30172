package org.mentora.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The participants table's columns name the lazy query's keys in {@code field}; PrimeFaces also
 * reads them as properties of the row when it exports an empty cell, so the record must have them
 * (EL does not see record components).
 */
class ParticipantRowTest {

  @Test
  void everyFieldOfTheParticipantsTableIsAPropertyOfTheRow()
      throws IOException, IntrospectionException {
    String page = Files.readString(Path.of("src/main/webapp/course/edition-participants.xhtml"));
    Matcher field = Pattern.compile(" field=\"([^\"]+)\"").matcher(page);
    List<String> fields = new ArrayList<>();
    while (field.find()) {
      fields.add(field.group(1));
    }
    Set<String> properties =
        Arrays.stream(
                Introspector.getBeanInfo(EditionService.ParticipantRow.class)
                    .getPropertyDescriptors())
            .map(PropertyDescriptor::getName)
            .collect(Collectors.toSet());
    assertEquals(6, fields.size(), fields.toString());
    List<String> missing = fields.stream().filter(f -> !properties.contains(f)).toList();
    assertTrue(missing.isEmpty(), "not properties of ParticipantRow: " + missing);
  }
}
