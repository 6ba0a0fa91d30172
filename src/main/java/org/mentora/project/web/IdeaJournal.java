package org.mentora.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mentora.platform.BusinessException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.web.FacesMessages;
import org.mentora.project.ProjectPost;
import org.mentora.project.ProjectService;
import org.primefaces.model.file.UploadedFile;

/**
 * The idea page's files: the participant's progress journal with attachments and the final report.
 * Uploads are full form posts (a file cannot travel in ajax under the page's CSP), and a refused
 * file is named next to its field while the text typed stays.
 */
@Named
@ViewScoped
public class IdeaJournal implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProjectService projects;
  @Inject IdeaPage page;

  private List<ProjectPost> updates;
  private String updateText;
  private transient UploadedFile updateFile;
  private transient UploadedFile reportFile;

  public List<ProjectPost> getUpdates() {
    if (updates == null && page.getId() != null) {
      updates = projects.journal(page.getId());
    }
    return updates;
  }

  public void addUpdate() {
    try {
      boolean withFile = updateFile != null && updateFile.getSize() > 0;
      if (withFile) {
        // The size is checked before the bytes are read into memory.
        FileRules.checkSize("updateFile", updateFile.getSize());
      }
      projects.addUpdate(
          page.getId(),
          updateText,
          withFile ? updateFile.getFileName() : null,
          withFile ? updateFile.getContent() : null);
      updateText = null;
      updates = null;
      FacesMessages.info("journal.added");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "journal");
    }
  }

  public void uploadReport() {
    try {
      if (reportFile == null || reportFile.getSize() == 0) {
        throw BusinessException.onField("reportFile", "file.empty");
      }
      FileRules.checkSize("reportFile", reportFile.getSize());
      projects.uploadFinalReport(page.getId(), reportFile.getFileName(), reportFile.getContent());
      page.reloadAll();
      FacesMessages.info("finalReport.uploaded");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "report");
    }
  }

  public String getUpdateText() {
    return updateText;
  }

  public void setUpdateText(String updateText) {
    this.updateText = updateText;
  }

  public UploadedFile getUpdateFile() {
    return updateFile;
  }

  public void setUpdateFile(UploadedFile updateFile) {
    this.updateFile = updateFile;
  }

  public UploadedFile getReportFile() {
    return reportFile;
  }

  public void setReportFile(UploadedFile reportFile) {
    this.reportFile = reportFile;
  }
}
