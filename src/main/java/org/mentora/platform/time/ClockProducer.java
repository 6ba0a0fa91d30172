package org.mentora.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every rule about dates reads ("not in the future", "30 days after the edition"), so
 * tests can fix the day. The zone is the programme's, set by {@code mentora.time-zone}.
 */
@ApplicationScoped
public class ClockProducer {

  @Inject
  @ConfigProperty(name = "mentora.time-zone", defaultValue = "Europe/Riga")
  String zone;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(ZoneId.of(zone));
  }
}
