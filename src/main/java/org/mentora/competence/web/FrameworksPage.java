package org.mentora.competence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mentora.competence.FrameworkService;
import org.mentora.competence.FrameworkSummary;

/** The frameworks, every version listed, with what each holds. */
@Named
@RequestScoped
public class FrameworksPage {

  @Inject FrameworkService frameworks;

  private List<FrameworkSummary> summaries;

  public void load() {
    summaries = frameworks.frameworks();
  }

  public List<FrameworkSummary> getFrameworks() {
    return summaries;
  }
}
