package org.mentora.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mentora.competence.Framework;
import org.mentora.competence.FrameworkCsv;
import org.mentora.competence.FrameworkImport;
import org.mentora.competence.FrameworkService;
import org.mentora.competence.ImportProblem;
import org.mentora.competence.ImportReport;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * Framework import: the form (code, name, version, URI, description) and two CSV files, a dry run
 * showing every row with its problems, then the import of the whole file or nothing. The files stay
 * in the view until imported, so correcting the form does not mean uploading again. With {@code
 * ?code=} the form starts as a new version of that framework.
 */
@Named
@ViewScoped
public class FrameworkImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FrameworkService frameworks;

  private String code;
  private String name;
  private String versionLabel;
  private String uri;
  private String description;
  private transient UploadedFile competencesUpload;
  private transient UploadedFile levelsUpload;
  private byte[] competences;
  private String competencesName;
  private byte[] levels;
  private String levelsName;
  private ImportReport report;
  private Map<Integer, List<ImportProblem>> problemsByLine = Map.of();

  public void load() {
    if (code != null && !code.isBlank() && name == null) {
      code = code.strip().toUpperCase(java.util.Locale.ROOT);
      List<Framework> versions = frameworks.versions(code);
      if (!versions.isEmpty()) {
        name = versions.get(0).getName();
        uri = versions.get(0).getUri();
      }
    }
  }

  /** Takes the chosen files (or keeps those chosen before) and runs the dry run. */
  public void check() {
    if (!takeFiles()) {
      return;
    }
    try {
      show(frameworks.check(form()));
      if (report.isClean()) {
        FacesMessages.info("frameworks.import.checked.clean", report.getCompetences());
      } else {
        FacesMessages.error("frameworks.import.checked.problems", report.getProblems().size());
      }
    } catch (BusinessException refusal) {
      show(null);
      FacesMessages.show(refusal, "import");
    }
  }

  /** Imports what was checked; nothing is written if any row has a problem. */
  public void importFile() {
    if (competences == null) {
      FacesMessages.errorOn("import:competencesFile", "frameworks.import.file.choose");
      return;
    }
    try {
      show(frameworks.importFramework(form()));
      if (report.isImported()) {
        FacesMessages.info(
            "frameworks.import.imported", report.getCompetences(), report.getAreas().size());
        competences = null;
        competencesName = null;
        levels = null;
        levelsName = null;
      } else {
        FacesMessages.error("frameworks.import.checked.problems", report.getProblems().size());
      }
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "import");
    }
  }

  private boolean takeFiles() {
    if (competencesUpload != null && competencesUpload.getSize() > 0) {
      if (competencesUpload.getSize() > FrameworkCsv.MAX_BYTES) {
        FacesMessages.errorOn(
            "import:competencesFile", "frameworks.csv.tooLarge", FrameworkCsv.MAX_BYTES >> 20);
        return false;
      }
      competences = competencesUpload.getContent();
      competencesName = competencesUpload.getFileName();
    }
    if (levelsUpload != null && levelsUpload.getSize() > 0) {
      if (levelsUpload.getSize() > FrameworkCsv.MAX_BYTES) {
        FacesMessages.errorOn(
            "import:levelsFile", "frameworks.csv.tooLarge", FrameworkCsv.MAX_BYTES >> 20);
        return false;
      }
      levels = levelsUpload.getContent();
      levelsName = levelsUpload.getFileName();
    }
    if (competences == null) {
      FacesMessages.errorOn("import:competencesFile", "frameworks.import.file.choose");
      return false;
    }
    return true;
  }

  /** Forgets a levels file chosen earlier, so the previous version's levels are kept. */
  public void dropLevels() {
    levels = null;
    levelsName = null;
    show(null);
  }

  private FrameworkImport form() {
    return new FrameworkImport(code, name, versionLabel, uri, description, competences, levels);
  }

  private void show(ImportReport shown) {
    report = shown;
    problemsByLine = shown == null ? Map.of() : shown.problemsByLine();
  }

  public boolean hasProblems(FrameworkCsv.Row row) {
    return problemsByLine.containsKey(row.line());
  }

  /** The row's problems as one sentence each, for the preview. */
  public List<String> problemsOf(FrameworkCsv.Row row) {
    return problemsByLine.getOrDefault(row.line(), List.of()).stream().map(this::describe).toList();
  }

  public String describe(ImportProblem problem) {
    return FacesMessages.text(problem.messageKey(), problem.getArgumentArray());
  }

  public boolean isCanImport() {
    return competences != null && report != null && report.isClean() && !report.isImported();
  }

  public String getCompetenceColumns() {
    return String.join(", ", FrameworkCsv.COMPETENCE_COLUMNS);
  }

  public String getLevelColumns() {
    return String.join(", ", FrameworkCsv.LEVEL_COLUMNS);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getVersionLabel() {
    return versionLabel;
  }

  public void setVersionLabel(String versionLabel) {
    this.versionLabel = versionLabel;
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public UploadedFile getCompetencesUpload() {
    return competencesUpload;
  }

  public void setCompetencesUpload(UploadedFile competencesUpload) {
    this.competencesUpload = competencesUpload;
  }

  public UploadedFile getLevelsUpload() {
    return levelsUpload;
  }

  public void setLevelsUpload(UploadedFile levelsUpload) {
    this.levelsUpload = levelsUpload;
  }

  public String getCompetencesName() {
    return competencesName;
  }

  public String getLevelsName() {
    return levelsName;
  }

  public ImportReport getReport() {
    return report;
  }
}
