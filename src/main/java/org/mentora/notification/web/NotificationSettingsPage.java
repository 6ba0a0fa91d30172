package org.mentora.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentora.notification.Frequency;
import org.mentora.notification.NotificationKind;
import org.mentora.notification.NotificationService;
import org.mentora.platform.web.FacesMessages;

/** {@code notification/settings.xhtml}: for each kind the person can receive, how to mail it. */
@Named
@RequestScoped
public class NotificationSettingsPage {

  @Inject NotificationService notifications;

  private List<NotificationKind> kinds;
  private final Map<String, String> choices = new HashMap<>();
  private String address;

  @PostConstruct
  void read() {
    Map<NotificationKind, Frequency> mine = notifications.mySettings();
    kinds = new ArrayList<>(mine.keySet());
    mine.forEach((kind, frequency) -> choices.put(kind.name(), frequency.name()));
    address = notifications.myAddress();
  }

  public String save() {
    Map<NotificationKind, Frequency> chosen = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : kinds) {
      String value = choices.get(kind.name());
      if (value != null) {
        chosen.put(kind, Frequency.valueOf(value));
      }
    }
    notifications.saveMySettings(chosen);
    FacesMessages.info("notification.settings.saved");
    FacesMessages.keepForRedirect();
    return "/notification/settings?faces-redirect=true";
  }

  public List<NotificationKind> getKinds() {
    return kinds;
  }

  public Frequency[] getFrequencies() {
    return Frequency.values();
  }

  public Map<String, String> getChoices() {
    return choices;
  }

  public String getAddress() {
    return address;
  }
}
