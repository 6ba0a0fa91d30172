package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.course.Programme;
import org.mentora.course.ProgrammeService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.Pages;

/** The list of programmes, and a quick form to start a new one. */
@Named
@ViewScoped
public class ProgrammesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programmes;

  private List<Programme> list;
  private Programme fresh = new Programme();

  public void load() {
    list = programmes.programmes();
  }

  public void create() {
    try {
      Programme created = programmes.saveProgramme(fresh);
      Pages.redirect("/course/programme.xhtml?id=" + created.getId());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "newProgramme");
    }
  }

  public List<Programme> getList() {
    return list;
  }

  public Programme getFresh() {
    return fresh;
  }
}
