package org.mentora.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/**
 * Someone Mentora knows: a trainee, a member of staff, a candidate. Names are kept exactly as typed
 * (Jānis Bērziņš, Σοφία Παπαδοπούλου, Мария Иванова); the e-mail address is unique and kept in
 * lower case.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "select p from Person p where p.email = :email")
public class Person extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String BY_EMAIL = "Person.byEmail";

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;
  public static final int LANGUAGE_MAX = 10;

  @NotBlank(message = "{person.givenName.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(name = "given_name", length = NAME_MAX, nullable = false)
  @PlainText
  private String givenName;

  @NotBlank(message = "{person.familyName.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(name = "family_name", length = NAME_MAX, nullable = false)
  @PlainText
  private String familyName;

  @NotBlank(message = "{person.email.required}")
  @Email(message = "{person.email.invalid}")
  @Size(max = EMAIL_MAX, message = "{validation.tooLong}")
  @Column(length = EMAIL_MAX, nullable = false, unique = true)
  @PlainText
  private String email;

  @NotBlank(message = "{person.language.required}")
  @Size(max = LANGUAGE_MAX, message = "{validation.tooLong}")
  @Column(name = "preferred_language", length = LANGUAGE_MAX, nullable = false)
  private String preferredLanguage = "en";

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  public Person() {}

  public Person(String givenName, String familyName, String email, Organisation organisation) {
    setGivenName(givenName);
    setFamilyName(familyName);
    setEmail(email);
    this.organisation = organisation;
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  /** Name and e-mail, to tell two people of the same name apart in pickers. */
  public String getPickerLabel() {
    return getFullName() + " (" + email + ")";
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName == null ? null : givenName.strip();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName == null ? null : familyName.strip();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = normaliseEmail(email);
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
