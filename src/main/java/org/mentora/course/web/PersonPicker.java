package org.mentora.course.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Person;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;

/**
 * Lets an autocomplete choose a person by id; only administrators' pages use it. {@code @Dependent}
 * makes it a CDI bean under annotated discovery, without which Faces creates it unmanaged and the
 * service is never injected.
 */
@Dependent
@FacesConverter(value = "personPicker", managed = true)
public class PersonPicker implements Converter<Person> {

  @Inject DirectoryService directory;

  @Override
  public Person getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.person(Long.parseLong(value));
    } catch (NumberFormatException | NotFoundException e) {
      throw new ConverterException(
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              FacesMessages.text("staff.person.unknown"),
              null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Person person) {
    return person == null || person.getId() == null ? "" : person.getId().toString();
  }
}
