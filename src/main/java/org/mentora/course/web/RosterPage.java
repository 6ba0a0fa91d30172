package org.mentora.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.mentora.course.Edition;
import org.mentora.course.EditionService;
import org.mentora.course.RosterService;
import org.mentora.course.roster.RosterFile;
import org.mentora.course.roster.RosterKind;
import org.mentora.course.roster.RosterReport;
import org.mentora.course.roster.RowProblem;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * Roster import: upload a CSV, see every bad row with its line and reason and what each good row
 * will do (the dry run), then import the whole file or nothing. The file stays in the view until
 * imported, so fixing a choice (the edition, the kind) does not mean uploading again.
 */
@Named
@ViewScoped
public class RosterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RosterService roster;
  @Inject EditionService editions;

  private RosterKind kind = RosterKind.ENROLMENTS;
  private Long editionId;
  private transient UploadedFile upload;
  private byte[] content;
  private String fileName;
  private RosterReport report;
  private List<Edition> editionList;

  public void load() {
    editionList = editions.editions();
    if (editionId != null) {
      kind = RosterKind.ENROLMENTS;
    }
  }

  /** Reads the chosen file (or the one already uploaded) and runs the dry run. */
  public void check() {
    if (upload != null && upload.getSize() > 0) {
      if (upload.getSize() > RosterFile.MAX_BYTES) {
        FacesMessages.errorOn("roster:file", "roster.file.tooLarge", RosterFile.MAX_BYTES >> 20);
        return;
      }
      content = upload.getContent();
      fileName = upload.getFileName();
    }
    if (content == null) {
      FacesMessages.errorOn("roster:file", "roster.file.choose");
      return;
    }
    try {
      report = roster.check(kind, kind.needsEdition() ? editionId : null, content);
      if (report.isClean()) {
        FacesMessages.info("roster.checked.clean", report.getRows());
      } else {
        FacesMessages.error("roster.checked.problems", report.getProblems().size());
      }
    } catch (BusinessException refusal) {
      report = null;
      FacesMessages.show(refusal, "roster");
    }
  }

  /** Imports the file checked before; nothing is written if any row has a problem. */
  public void importFile() {
    if (content == null) {
      FacesMessages.errorOn("roster:file", "roster.file.choose");
      return;
    }
    try {
      report = roster.importRoster(kind, kind.needsEdition() ? editionId : null, content);
      if (report.isImported()) {
        FacesMessages.info(
            "roster.imported", report.getCreated(), report.getUpdated(), report.getUnchanged());
        content = null;
        fileName = null;
      } else {
        FacesMessages.error("roster.checked.problems", report.getProblems().size());
      }
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "roster");
    }
  }

  /** The current list in the import's own columns, to edit and import again. */
  public void export() throws IOException {
    try {
      byte[] csv = roster.export(kind, kind.needsEdition() ? editionId : null);
      String name = kind.name().toLowerCase(Locale.ROOT) + ".csv";
      Faces.sendFile(csv, name, true);
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "roster");
    }
  }

  /** Forgets the file and the report after the kind or edition changed. */
  public void choiceChanged() {
    report = null;
  }

  public String describe(RowProblem problem) {
    return FacesMessages.text(problem.messageKey(), problem.getArgumentArray());
  }

  public boolean isCanImport() {
    return content != null && report != null && report.isClean() && !report.isImported();
  }

  public RosterKind[] getKinds() {
    return RosterKind.values();
  }

  public String getColumns() {
    return String.join(", ", kind.columns());
  }

  public String getRequiredColumns() {
    return String.join(", ", kind.required());
  }

  public RosterKind getKind() {
    return kind;
  }

  public void setKind(RosterKind kind) {
    this.kind = kind;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public String getFileName() {
    return fileName;
  }

  public RosterReport getReport() {
    return report;
  }

  public List<Edition> getEditions() {
    return editionList;
  }
}
