package org.mentora.logbook;

import java.io.Serializable;
import java.time.LocalDate;

/** What a participant types for an entry; the service checks it with {@link HoursPolicy}. */
public class EntryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate date;
  private String mode;
  private Long moduleId;
  private int minutes;
  private String description;
  private String evidenceLink;
  private Long projectIdeaId;

  // An uploaded evidence file, kept only for the request that saves it (never in the view state).
  private transient String evidenceFileName;
  private transient byte[] evidenceFileContent;

  public EntryForm() {}

  public EntryForm(LocalDate date, String mode, Long moduleId, int minutes, String description) {
    this.date = date;
    this.mode = mode;
    this.moduleId = moduleId;
    this.minutes = minutes;
    this.description = description;
  }

  /** The form filled with an entry as saved, for editing it. */
  public static EntryForm of(LogEntry entry) {
    EntryForm form =
        new EntryForm(
            entry.getDate(),
            entry.getMode().getCode(),
            entry.getModule() == null ? null : entry.getModule().getId(),
            entry.getMinutes(),
            entry.getDescription());
    form.setEvidenceLink(entry.getEvidenceLink());
    form.setProjectIdeaId(entry.getProjectIdea() == null ? null : entry.getProjectIdea().getId());
    return form;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** The learning mode's code (the programme's modes are the choices). */
  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public Long getModuleId() {
    return moduleId;
  }

  public void setModuleId(Long moduleId) {
    this.moduleId = moduleId;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getEvidenceLink() {
    return evidenceLink;
  }

  public void setEvidenceLink(String evidenceLink) {
    this.evidenceLink = evidenceLink;
  }

  public Long getProjectIdeaId() {
    return projectIdeaId;
  }

  public void setProjectIdeaId(Long projectIdeaId) {
    this.projectIdeaId = projectIdeaId;
  }

  /** Attaches an uploaded file to be checked and kept when the entry is saved. */
  public void attachEvidenceFile(String fileName, byte[] content) {
    this.evidenceFileName = fileName;
    this.evidenceFileContent = content;
  }

  public boolean hasEvidenceFile() {
    return evidenceFileContent != null;
  }

  public String getEvidenceFileName() {
    return evidenceFileName;
  }

  byte[] evidenceFileContent() {
    return evidenceFileContent;
  }
}
