package org.mentora.competence;

/**
 * One competence of a participant's profile as a certificate states it: the level that counts (with
 * its framework's name for it) against the target.
 */
public record AchievedCompetence(
    String framework,
    String code,
    String name,
    Integer level,
    String levelName,
    int target,
    boolean reached) {}
