package org.mentora.platform.demo;

/**
 * Fired once, on the first start in demo mode, so that each capability adds its part of the demo
 * world. Observers run in package order (use {@code @Priority}: directory 100, course 200, project
 * 300, logbook 400, competence 500, certificate 600, report 700), each in its own transaction.
 */
public record SeedDemoWorld(String password) {

  public static final int DIRECTORY = 100;
  public static final int COURSE = 200;
  public static final int PROJECT = 300;
  public static final int LOGBOOK = 400;
  public static final int COMPETENCE = 500;
  public static final int CERTIFICATE = 600;
  public static final int REPORT = 700;
}
