package org.mentora.course;

/**
 * Fired, synchronously and inside the assigning transaction, when a trainer starts teaching a
 * module in an edition: rooms above the course (the logbook's review routing) move to the trainer
 * what waited for nobody, in the same transaction, without the course depending on them.
 */
public record TrainerAssigned(long editionId, long moduleId, long trainerId) {}
