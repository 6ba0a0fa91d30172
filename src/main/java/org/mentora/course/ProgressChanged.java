package org.mentora.course;

/**
 * Something that counts toward completing the course changed for an enrolment: hours approved or
 * recognised, a project completed, a module passed, a competence rated. Fired by the room that made
 * the change, in its transaction and as its caller, for the rooms above that act on completion (the
 * certificate room tells the administrators that a participant can receive a certificate) without
 * the lower rooms knowing them.
 */
public record ProgressChanged(long enrolmentId) {}
