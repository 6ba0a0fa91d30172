package org.mentora.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.mentora.platform.persistence.BaseEntity;
import org.mentora.platform.validation.PlainText;

/** A library or partner organisation: where trainees work and where mentors come from. */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = Organisation.ALL,
    query = "select o from Organisation o order by o.country, o.name")
@NamedQuery(
    name = Organisation.BY_NAME,
    query = "select o from Organisation o where lower(o.name) = :name and o.country = :country")
public class Organisation extends BaseEntity {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "Organisation.all";
  public static final String BY_NAME = "Organisation.byName";

  public static final int NAME_MAX = 200;
  public static final int PLACE_MAX = 100;

  @NotBlank(message = "{organisation.name.required}")
  @Size(max = NAME_MAX, message = "{validation.tooLong}")
  @Column(length = NAME_MAX, nullable = false)
  @PlainText
  private String name;

  @NotNull(message = "{organisation.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(length = 20, nullable = false)
  private OrganisationKind kind;

  @NotNull(message = "{organisation.country.required}")
  @Pattern(regexp = "[A-Z]{2}", message = "{organisation.country.invalid}")
  @Column(length = 2, nullable = false)
  private String country;

  @Size(max = PLACE_MAX, message = "{validation.tooLong}")
  @Column(length = PLACE_MAX)
  @PlainText
  private String region;

  @Size(max = PLACE_MAX, message = "{validation.tooLong}")
  @Column(length = PLACE_MAX)
  @PlainText
  private String city;

  public Organisation() {}

  public Organisation(
      String name, OrganisationKind kind, String country, String region, String city) {
    this.name = name;
    this.kind = kind;
    setCountry(country);
    this.region = region;
    this.city = city;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.trim();
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = blankToNull(region);
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = blankToNull(city);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
