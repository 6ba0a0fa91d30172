package org.mentora.directory.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.directory.DirectoryService;
import org.mentora.directory.Organisation;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.FacesMessages;

/**
 * Lets an autocomplete choose an organisation by id, so the person form never lists all
 * organisations at once. A CDI bean used as {@code converter="#{organisationPicker}"}: a
 * {@code @FacesConverter(managed = true)} got no injection here.
 */
@Named
@ApplicationScoped
public class OrganisationPicker implements Converter<Organisation> {

  @Inject DirectoryService directory;

  @Override
  public Organisation getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return directory.organisation(Long.parseLong(value));
    } catch (NumberFormatException | NotFoundException e) {
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              FacesMessages.text("person.organisation.unknown"),
              null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Organisation value) {
    return value == null || value.getId() == null ? "" : value.getId().toString();
  }
}
