package org.mentora.support;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Inside every test deployment (the support package is added to it): copies each SEVERE record and
 * each record with a stack trace the server logs to {@link ServerLog#FILE}, which the browser
 * journeys check. The Arquillian adapter reads the server's console to find the deployment, so the
 * console itself cannot be redirected to a file.
 */
@WebListener
public class ServerLogRecorder implements ServletContextListener {

  private final Handler handler =
      new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
          if (record.getLevel().intValue() < Level.SEVERE.intValue()
              && record.getThrown() == null) {
            return;
          }
          StringWriter text = new StringWriter();
          text.append('[')
              .append(Instant.ofEpochMilli(record.getMillis()).toString())
              .append("] [")
              .append(record.getLevel().getName())
              .append("] [")
              .append(String.valueOf(record.getLoggerName()))
              .append("] ")
              .append(message(record))
              .append('\n');
          if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
          }
          try {
            Files.createDirectories(ServerLog.FILE.toAbsolutePath().getParent());
            Files.writeString(
                ServerLog.FILE,
                text.toString() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          } catch (IOException e) {
            // The check then sees nothing; the server's own log still has the record.
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private static String message(LogRecord record) {
    String message = String.valueOf(record.getMessage());
    Object[] parameters = record.getParameters();
    if (parameters != null && parameters.length > 0 && message.contains("{0")) {
      try {
        return java.text.MessageFormat.format(message, parameters);
      } catch (IllegalArgumentException e) {
        return message;
      }
    }
    return message;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Logger.getLogger("").addHandler(handler);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    Logger.getLogger("").removeHandler(handler);
  }
}
