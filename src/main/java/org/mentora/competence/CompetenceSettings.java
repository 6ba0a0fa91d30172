package org.mentora.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.mentora.course.Edition;
import org.mentora.platform.persistence.BaseEntity;

/** An edition's assessment rules where they differ from the defaults. */
@Entity
@Table(name = "competence_settings")
@NamedQuery(
    name = CompetenceSettings.OF_EDITION,
    query = "select s from CompetenceSettings s where s.edition = :edition")
public class CompetenceSettings extends BaseEntity {

  private static final long serialVersionUID = 1L;
  public static final String OF_EDITION = "CompetenceSettings.ofEdition";

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "edition_id", nullable = false, unique = true)
  private Edition edition;

  @Enumerated(EnumType.STRING)
  @Column(name = "counting_rule", nullable = false, length = 30)
  private CountingRule countingRule = CountingRule.DEFAULT;

  protected CompetenceSettings() {}

  public CompetenceSettings(Edition edition) {
    this.edition = edition;
  }

  public Edition getEdition() {
    return edition;
  }

  public CountingRule getCountingRule() {
    return countingRule;
  }

  public void setCountingRule(CountingRule countingRule) {
    this.countingRule = countingRule;
  }
}
