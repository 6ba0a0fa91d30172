package org.mentora.logbook.web;

import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mentora.course.CourseModule;
import org.mentora.course.Enrolment;
import org.mentora.course.LearningMode;
import org.mentora.course.ParticipationService;
import org.mentora.logbook.EntryForm;
import org.mentora.logbook.EntryRefused;
import org.mentora.logbook.EntryService;
import org.mentora.logbook.EntryStatus;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.LogbookReader;
import org.mentora.logbook.LogbookReader.EntryView;
import org.mentora.logbook.Progress;
import org.mentora.logbook.ProgressService;
import org.mentora.platform.BusinessException;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.files.FileRules;
import org.mentora.platform.web.FacesMessages;
import org.mentora.project.ProjectIdea;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * A participant's logbook: the form to log hours (field messages keep what was typed), their
 * entries with state and trail to edit, withdraw or fix and resubmit, progress bars against the
 * edition's targets and the week-by-week chart.
 */
@Named
@ViewScoped
public class MyLogbookPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "entry";
  private static final String ENTRIES_TABLE = ":entries:table";

  @Inject ParticipationService participation;
  @Inject EntryService entryService;
  @Inject LogbookReader logbookReader;
  @Inject ProgressService progressService;
  @Inject Clock clock;

  // Only the enrolment's id and the form are replicated with the session; the rest is read again
  // when missing (after the view moved to another node), since the data grid reads and writes the
  // session on every request and these entities, the entries with their trails above all, were the
  // heaviest thing a trainee's session held (issue 17, item 4).
  private Long currentId;
  private transient Enrolment current;
  private transient List<CourseModule> modules;
  private transient List<ProjectIdea> projectIdeas;
  private transient List<EntryView> entries;
  private transient Progress progress;
  private transient String weeklyChart;

  private EntryForm form;
  private Long editingId;
  private long editingVersion;
  private EntryStatus editingStatus;

  public void load() {
    current =
        participation.myEnrolments().stream().filter(Enrolment::isActive).findFirst().orElse(null);
    if (current == null) {
      return;
    }
    currentId = current.getId();
    modules = logbookReader.modules(currentId);
    projectIdeas = logbookReader.projectIdeas(currentId);
    startNew();
    refresh();
  }

  private void refresh() {
    entries = logbookReader.entries(currentId);
    ProgressService.Overview overview = progressService.overview(currentId);
    progress = overview.progress();
    weeklyChart = WeeklyChart.of(overview.weeks());
  }

  private void startNew() {
    form = new EntryForm();
    form.setDate(LocalDate.now(clock));
    editingId = null;
    editingStatus = null;
  }

  public void save() {
    try {
      LogEntry saved;
      if (editingId == null) {
        saved = entryService.log(currentId, form);
        FacesMessages.info("logbook.logged");
      } else if (editingStatus == EntryStatus.SUBMITTED) {
        saved = entryService.edit(editingId, editingVersion, form);
        FacesMessages.info("general.saved");
      } else {
        saved = entryService.resubmit(editingId, editingVersion, form);
        FacesMessages.info("logbook.resubmitted");
      }
      RouteNotice.show(saved);
      String lastMode = form.getMode();
      startNew();
      form.setMode(lastMode);
      refresh();
      showPageOf(saved);
    } catch (EntryRefused refused) {
      for (BusinessException problem : refused.asFieldRefusals()) {
        FacesMessages.show(problem, FORM);
      }
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, FORM);
    }
  }

  /**
   * Turns the entries table (newest day first, 25 a page) to the page that holds the saved entry,
   * so the person sees what they just logged even when its day lies weeks back.
   */
  private void showPageOf(LogEntry saved) {
    if (saved == null
        || !(FacesContext.getCurrentInstance().getViewRoot().findComponent(ENTRIES_TABLE)
            instanceof UIData table)
        || table.getRows() <= 0) {
      return;
    }
    List<EntryView> all = getEntries();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).entry().getId().equals(saved.getId())) {
        table.setFirst(i / table.getRows() * table.getRows());
        return;
      }
    }
  }

  public void edit(EntryView view) {
    form = EntryForm.of(view.entry());
    editingId = view.entry().getId();
    editingVersion = view.entry().getVersion();
    editingStatus = view.entry().getStatus();
    // The form sits above a long list: bring it into view, ready to type in.
    PrimeFaces.current().scrollTo(FORM);
    PrimeFaces.current().focus(FORM + ":date");
  }

  public void cancelEdit() {
    startNew();
  }

  public void withdraw(EntryView view) {
    try {
      entryService.withdraw(view.entry().getId(), view.entry().getVersion());
      FacesMessages.info("logbook.withdrawn");
      if (view.entry().getId().equals(editingId)) {
        startNew();
      }
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
    refresh();
  }

  /** The modules of the chosen learning mode (all when none is chosen yet). */
  public List<CourseModule> getModuleChoices() {
    readIfMissing();
    if (modules == null) {
      return List.of();
    }
    if (form == null || form.getMode() == null) {
      return modules;
    }
    return modules.stream()
        .filter(m -> m.getLearningMode().getCode().equals(form.getMode()))
        .toList();
  }

  /** The learning modes of the participant's programme, in its order. */
  public List<LearningMode> getModes() {
    readIfMissing();
    return current == null ? List.of() : current.getEdition().getProgramme().getModes();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  /** Saving an entry that was sent back puts it up for review again. */
  public boolean isResubmitting() {
    return editingId != null && editingStatus != EntryStatus.SUBMITTED;
  }

  public Enrolment getCurrent() {
    readIfMissing();
    return current;
  }

  public List<ProjectIdea> getProjectIdeas() {
    readIfMissing();
    return projectIdeas == null ? List.of() : projectIdeas;
  }

  public List<EntryView> getEntries() {
    readIfMissing();
    return entries == null ? List.of() : entries;
  }

  public Progress getProgress() {
    readIfMissing();
    return progress;
  }

  public String getWeeklyChart() {
    readIfMissing();
    return weeklyChart;
  }

  private void readIfMissing() {
    if (currentId == null) {
      return;
    }
    if (current == null) {
      current =
          participation.myEnrolments().stream()
              .filter(e -> e.getId().equals(currentId))
              .findFirst()
              .orElse(null);
    }
    if (modules == null) {
      modules = logbookReader.modules(currentId);
    }
    if (projectIdeas == null) {
      projectIdeas = logbookReader.projectIdeas(currentId);
    }
    if (entries == null) {
      refresh();
    }
  }

  public boolean isChartEmpty() {
    String chart = getWeeklyChart();
    return chart == null || chart.contains("\"labels\":[]");
  }

  /** The time spent in minutes, empty on a new form (the hours input reads and shows it). */
  public Integer getMinutes() {
    return form == null || form.getMinutes() == 0 ? null : form.getMinutes();
  }

  public void setMinutes(Integer minutes) {
    form.setMinutes(minutes == null ? 0 : minutes);
  }

  public EntryForm getForm() {
    return form;
  }

  public Long getEditingId() {
    return editingId;
  }

  // ---- the evidence file of the entry being edited: its own non-ajax multipart form

  private transient UploadedFile evidenceFile;

  public void attachEvidence() {
    if (editingId == null) {
      return;
    }
    if (evidenceFile == null || evidenceFile.getSize() == 0) {
      FacesMessages.errorOn("evidence:evidenceFile", "file.empty");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      // The size is checked before the bytes are read into memory.
      FileRules.checkSize("evidenceFile", evidenceFile.getSize());
      LogEntry entry =
          entryService.attachEvidence(
              editingId, editingVersion, evidenceFile.getFileName(), evidenceFile.getContent());
      editingVersion = entry.getVersion();
      FacesMessages.info("logbook.evidenceFile.attached");
      refresh();
    } catch (ConcurrentChangeException e) {
      FacesMessages.error("error.concurrentChange");
      refresh();
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, "evidence");
    }
  }

  public UploadedFile getEvidenceFile() {
    return evidenceFile;
  }

  public void setEvidenceFile(UploadedFile evidenceFile) {
    this.evidenceFile = evidenceFile;
  }
}
