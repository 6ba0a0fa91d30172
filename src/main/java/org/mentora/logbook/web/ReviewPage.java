package org.mentora.logbook.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mentora.course.LearningMode;
import org.mentora.course.ProgrammeService;
import org.mentora.logbook.LogEntry;
import org.mentora.logbook.ReviewService;
import org.mentora.logbook.ReviewService.QueueFilter;
import org.mentora.platform.BusinessException;
import org.mentora.platform.web.FacesMessages;
import org.mentora.platform.web.ServiceLazyModel;
import org.primefaces.PrimeFaces;

/**
 * A reviewer's queue: the entries routed to them (all waiting ones for an administrator), oldest
 * first, filtered by participant, mode and dates; approve one or the selected, reject with a
 * comment or ask for changes. A decision someone else made first is said, and the list reloads.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewService reviewService;
  @Inject ProgrammeService programmes;

  private ServiceLazyModel<LogEntry> model;
  private List<LogEntry> selected = new ArrayList<>();
  private String participant;
  private String mode;
  private List<LearningMode> modes;
  private LocalDate from;
  private LocalDate to;

  private LogEntry deciding;
  private boolean rejecting;
  private String comment;

  @PostConstruct
  void init() {
    model =
        new ServiceLazyModel<>(
            request -> reviewService.queue(request, filter()), entry -> entry.getId().toString());
  }

  private QueueFilter filter() {
    return new QueueFilter(participant, mode, from, to, null);
  }

  public void search() {
    model.refresh();
    selected = new ArrayList<>();
  }

  public void approve(LogEntry entry) {
    try {
      reviewService.approve(entry.getId());
      FacesMessages.info("logbook.approved");
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
    search();
  }

  public void approveSelected() {
    if (selected == null || selected.isEmpty()) {
      FacesMessages.warn("logbook.review.noneSelected");
      return;
    }
    try {
      ReviewService.Bulk bulk =
          reviewService.approveMany(selected.stream().map(LogEntry::getId).toList());
      FacesMessages.info("logbook.approvedMany", bulk.approved(), bulk.skipped());
    } catch (BusinessException refusal) {
      FacesMessages.show(refusal, null);
    }
    search();
  }

  /** Opens the comment dialog to reject the entry, or to ask for changes. */
  public void startDecision(LogEntry entry, boolean reject) {
    deciding = entry;
    rejecting = reject;
    comment = null;
  }

  public void decide() {
    try {
      if (rejecting) {
        reviewService.reject(deciding.getId(), comment);
        FacesMessages.info("logbook.rejected");
      } else {
        reviewService.requestChanges(deciding.getId(), comment);
        FacesMessages.info("logbook.changesRequested");
      }
      PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
      search();
    } catch (BusinessException refusal) {
      if (refusal.field().isPresent()) {
        FacesMessages.show(refusal, "decisionForm");
      } else {
        FacesMessages.show(refusal, null);
        PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
        search();
      }
    }
  }

  /** The learning modes of every programme, one per code (the filter matches the code). */
  public List<LearningMode> getModes() {
    if (modes == null) {
      modes = programmes.modeChoices();
    }
    return modes;
  }

  public ServiceLazyModel<LogEntry> getModel() {
    return model;
  }

  public List<LogEntry> getSelected() {
    return selected;
  }

  public void setSelected(List<LogEntry> selected) {
    this.selected = selected;
  }

  public String getParticipant() {
    return participant;
  }

  public void setParticipant(String participant) {
    this.participant = participant;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public LogEntry getDeciding() {
    return deciding;
  }

  public boolean isRejecting() {
    return rejecting;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
