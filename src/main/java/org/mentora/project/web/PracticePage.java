package org.mentora.project.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mentora.platform.web.Pages;
import org.mentora.project.GoodPractice;
import org.mentora.project.GoodPracticeService;

/** One good practice at its stable public address, {@code /good-practices/<slug>}. */
@Named
@RequestScoped
public class PracticePage {

  @Inject GoodPracticeService practices;

  private String slug;
  private GoodPractice practice;

  public void load() {
    var found = practices.atAddress(slug).orElse(null);
    if (found == null) {
      Pages.notFound();
    } else if (found.gone()) {
      // Published once and withdrawn: say so (410), never show it.
      Pages.gone("goodPractice.gone");
    } else {
      practice = found.practice();
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public GoodPractice getPractice() {
    return practice;
  }
}
