package org.mentora.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends one outbox mail to the configured SMTP server: a plain-text and an HTML alternative. */
@ApplicationScoped
public class MailTransport {

  @Inject MailSettings settings;

  public void send(OutboxMail mail) throws MessagingException {
    Session session = Session.getInstance(settings.sessionProperties());
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getAddress(), true));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("Content-Language", mail.getLanguage());
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getBodyText(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    message.setContent(alternatives);
    message.saveChanges();
    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }
}
