package org.mentora.logbook.web;

import org.mentora.logbook.LogEntry;
import org.mentora.platform.web.FacesMessages;

/**
 * Tells a participant, after saving, when nobody holds the part that reviews their entry: it then
 * waits for the course administrator, and the participant should know why no trainer, tutor or
 * mentor answers.
 */
final class RouteNotice {

  private RouteNotice() {}

  static void show(LogEntry saved) {
    if (saved == null || saved.getReviewer() != null || saved.getReviewerRole() == null) {
      return;
    }
    switch (saved.getReviewerRole()) {
      case TRAINER -> {
        if (saved.getModule() == null) {
          FacesMessages.warn("logbook.route.noTrainerWithoutModule");
        } else {
          FacesMessages.warn("logbook.route.noTrainer", saved.getModule().getCode());
        }
      }
      case TUTOR -> FacesMessages.warn("logbook.route.noTutor");
      case MENTOR -> FacesMessages.warn("logbook.route.noMentor");
    }
  }
}
