package org.mentora.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * GreenMail's SMTP server inside the test server (NotificationIT runs in the container), started
 * once on a free port. {@link #down()} points the application at a port where nothing listens, as a
 * mail server that is away; {@link #up()} back at GreenMail.
 */
public final class TestMailServer {

  private static GreenMail greenMail;
  private static volatile int port;
  private static volatile boolean configured = true;

  private TestMailServer() {}

  public static synchronized GreenMail get() {
    if (greenMail == null) {
      greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      greenMail.start();
      port = greenMail.getSmtp().getPort();
    }
    return greenMail;
  }

  public static int port() {
    get();
    return port;
  }

  /** No mail server answers until {@link #up()}. */
  public static void down() {
    get();
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void up() {
    port = get().getSmtp().getPort();
  }

  /** Whether the application is told of a mail server at all (false: demo mode, mail kept). */
  public static boolean configured() {
    return configured;
  }

  public static void configured(boolean on) {
    configured = on;
  }

  /** The messages GreenMail received for one address. */
  public static List<MimeMessage> to(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : get().getReceivedMessages()) {
      for (Address recipient : message.getAllRecipients()) {
        if (recipient.toString().equalsIgnoreCase(address)) {
          found.add(message);
        }
      }
    }
    return found;
  }
}
