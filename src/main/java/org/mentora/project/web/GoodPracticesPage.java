package org.mentora.project.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.project.Funding;
import org.mentora.project.GoodPractice;
import org.mentora.project.GoodPracticeService;
import org.mentora.project.InitiativeScope;
import org.mentora.project.Sector;
import org.mentora.project.SkillLevel;
import org.mentora.project.TargetAudience;

/**
 * The public catalogue: a plain GET form, so every search has its own address to bookmark or share,
 * e.g. {@code /good-practices?q=website&country=LV}.
 */
@Named
@RequestScoped
public class GoodPracticesPage {

  @Inject GoodPracticeService practices;

  private String q;
  private TargetAudience audience;
  private SkillLevel level;
  private String country;
  private Sector sector;
  private InitiativeScope scope;
  private Funding funding;
  private List<GoodPractice> results = List.of();

  public void load() {
    results =
        practices.search(
            new GoodPracticeService.Search(q, audience, level, country, sector, scope, funding));
  }

  public List<GoodPractice> getResults() {
    return results;
  }

  public TargetAudience[] getAudiences() {
    return TargetAudience.values();
  }

  public SkillLevel[] getLevels() {
    return SkillLevel.values();
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public InitiativeScope[] getScopes() {
    return InitiativeScope.values();
  }

  public Funding[] getFundings() {
    return Funding.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public TargetAudience getAudience() {
    return audience;
  }

  public void setAudience(TargetAudience audience) {
    this.audience = audience;
  }

  public SkillLevel getLevel() {
    return level;
  }

  public void setLevel(SkillLevel level) {
    this.level = level;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Sector getSector() {
    return sector;
  }

  public void setSector(Sector sector) {
    this.sector = sector;
  }

  public InitiativeScope getScope() {
    return scope;
  }

  public void setScope(InitiativeScope scope) {
    this.scope = scope;
  }

  public Funding getFunding() {
    return funding;
  }

  public void setFunding(Funding funding) {
    this.funding = funding;
  }
}
