package org.mentora.report.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentora.course.Edition;
import org.mentora.directory.Organisation;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.web.Pages;
import org.mentora.report.CompletionFigures;
import org.mentora.report.EditionCompletions;
import org.mentora.report.EditionDashboard;
import org.mentora.report.EditionDashboard.GroupBy;
import org.mentora.report.EditionDashboards;
import org.mentora.report.EditionFilter;
import org.mentora.report.ParticipantRow;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The administrator's edition dashboard: one or several editions side by side, filtered by the
 * participants' host library, region or country, with charts, tables and their exports.
 */
@Named
@ViewScoped
public class EditionDashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EditionDashboards editionDashboards;
  @Inject EditionCompletions completions;

  private Long edition;
  private List<Long> editionIds = new ArrayList<>();
  private String country;
  private String region;
  private Long organisationId;
  private GroupBy groupBy = GroupBy.ORGANISATION;
  private List<Edition> editions;
  private List<Organisation> organisations;
  private EditionDashboard dashboard;
  private String weeklyChart;
  private String projectChart;
  private String competenceChart;
  private CompletionFigures completion;
  private String completionChart;

  public void load() {
    editions = editionDashboards.editions();
    if (edition != null) {
      editionIds = new ArrayList<>(List.of(edition));
    } else if (editionIds.isEmpty() && !editions.isEmpty()) {
      editionIds = new ArrayList<>(List.of(editions.get(0).getId()));
    }
    apply();
  }

  /** Recomputes the figures for the chosen editions and filters. */
  public void apply() {
    completion = null;
    completionChart = null;
    organisations = editionDashboards.hostOrganisations(editionIds);
    if (region != null && getRegions().stream().noneMatch(region::equals)) {
      region = null;
    }
    if (organisationId != null
        && organisations.stream().noneMatch(o -> o.getId().equals(organisationId))) {
      organisationId = null;
    }
    if (editionIds.isEmpty()) {
      dashboard = null;
      return;
    }
    try {
      dashboard =
          editionDashboards.editionDashboard(
              new EditionFilter(editionIds, country, region, organisationId));
    } catch (NotFoundException | EJBAccessException e) {
      Pages.notFound();
      return;
    }
    weeklyChart = ReportCharts.weekly(dashboard.weeks(), dashboard.weeklyMinutes());
    projectChart = ReportCharts.projects(dashboard.projects());
    competenceChart = ReportCharts.competences(dashboard.competences());
  }

  /**
   * Eligibility and certificates of the participants on screen: computed when the page's deferred
   * panel asks for it, so the rest of the dashboard does not wait for the completion rules.
   */
  public CompletionFigures getCompletion() {
    if (completion == null && dashboard != null) {
      completion =
          completions.completion(new EditionFilter(editionIds, country, region, organisationId));
      completionChart = ReportCharts.completion(completion);
    }
    return completion;
  }

  public String getCompletionChart() {
    getCompletion();
    return completionChart;
  }

  /** The edition report as PDF, for the figures on screen. */
  public StreamedContent getPdf() {
    byte[] pdf =
        editionDashboards.editionReportPdf(
            new EditionFilter(editionIds, country, region, organisationId),
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return DefaultStreamedContent.builder()
        .name("edition-report.pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public List<EditionDashboard.GroupRow> getGroupRows() {
    return dashboard == null ? List.of() : dashboard.groups(groupBy);
  }

  public String getGroupChart() {
    return ReportCharts.groups(
        getGroupRows(),
        r ->
            switch (groupBy) {
              case ORGANISATION -> r.name();
              case REGION -> r.region();
              case COUNTRY -> r.country();
            });
  }

  public String risk(ParticipantRow row) {
    return StaffDashboardPage.risk(row, dashboard.inactiveDays());
  }

  public List<String> getCountries() {
    return organisations.stream().map(Organisation::getCountry).distinct().toList();
  }

  public List<String> getRegions() {
    return organisations.stream()
        .filter(o -> country == null || country.equals(o.getCountry()))
        .map(Organisation::getRegion)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  public List<Organisation> getOrganisationChoices() {
    return organisations.stream()
        .filter(o -> country == null || country.equals(o.getCountry()))
        .filter(o -> region == null || region.equals(o.getRegion()))
        .toList();
  }

  public GroupBy[] getGroupings() {
    return GroupBy.values();
  }

  public List<Edition> getEditions() {
    return editions;
  }

  public EditionDashboard getDashboard() {
    return dashboard;
  }

  public String getWeeklyChart() {
    return weeklyChart;
  }

  public String getProjectChart() {
    return projectChart;
  }

  public String getCompetenceChart() {
    return competenceChart;
  }

  public Long getEdition() {
    return edition;
  }

  public void setEdition(Long edition) {
    this.edition = edition;
  }

  public List<Long> getEditionIds() {
    return editionIds;
  }

  public void setEditionIds(List<Long> editionIds) {
    this.editionIds = editionIds == null ? new ArrayList<>() : new ArrayList<>(editionIds);
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country == null || country.isBlank() ? null : country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region == null || region.isBlank() ? null : region;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public GroupBy getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(GroupBy groupBy) {
    this.groupBy = groupBy == null ? GroupBy.ORGANISATION : groupBy;
  }
}
