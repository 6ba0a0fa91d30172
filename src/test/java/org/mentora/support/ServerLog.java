package org.mentora.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SEVERE records and stack traces of the Payara Micro that Arquillian starts (recorded by
 * {@link ServerLogRecorder}), read after a browser journey so that a page which fails on the server
 * cannot pass quietly: a SEVERE record or a stack trace fails the test class, quoting the record.
 * Known harmless records are listed in {@link #HARMLESS}, each with the reason it is harmless.
 */
public final class ServerLog {

  /**
   * Written inside the server by {@link ServerLogRecorder}; the server runs in the project folder.
   */
  public static final Path FILE =
      Path.of(System.getProperty("mentora.server.log", "target/server-problems.log"));

  /** Text found in a record (any line of it) → why that record is no failure. */
  static final Map<String, String> HARMLESS = Map.of();

  private static final Pattern SEVERE = Pattern.compile("\\[(SEVERE|levelValue: 1000)\\]");
  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*\\)\\s*$");

  private ServerLog() {}

  /** Where the log ends now; {@link #problemsSince} reads from here. */
  public static long mark() {
    try {
      return Files.exists(FILE) ? Files.size(FILE) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The SEVERE records and records with a stack trace written since {@code mark}, minus the
   * harmless ones. A log that was rotated meanwhile (shorter than the mark) is read whole.
   */
  public static List<String> problemsSince(long mark) {
    if (!Files.exists(FILE)) {
      return List.of();
    }
    String text;
    try (RandomAccessFile file = new RandomAccessFile(FILE.toFile(), "r")) {
      long from = file.length() < mark ? 0 : mark;
      byte[] bytes = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the server log " + FILE.toAbsolutePath(), e);
    }
    return problems(records(text));
  }

  /** Payara's records start with "[" + a date and may span lines (stack traces, "[[ ... ]]"). */
  static List<String> records(String text) {
    List<String> records = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      if (line.startsWith("[20") && current.length() > 0) {
        records.add(current.toString());
        current.setLength(0);
      }
      current.append(line).append('\n');
    }
    if (!current.toString().isBlank()) {
      records.add(current.toString());
    }
    return records;
  }

  static List<String> problems(List<String> records) {
    List<String> problems = new ArrayList<>();
    for (String record : records) {
      boolean severe = SEVERE.matcher(record).find();
      boolean trace = record.lines().anyMatch(line -> STACK_FRAME.matcher(line).matches());
      if ((severe || trace) && HARMLESS.keySet().stream().noneMatch(record::contains)) {
        problems.add(record.strip());
      }
    }
    return problems;
  }
}
