package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopePruningTest {

  @Test
  void dropsTheBookkeepingOfViewsNoLongerLiveAndKeepsTheLiveOnes() {
    Map<String, Object> views = Collections.synchronizedMap(new LinkedHashMap<>());
    views.put("b", new Object());
    views.put("d", new Object());
    Map<String, Object> contexts = new ConcurrentHashMap<>();
    for (String id : new String[] {"a", "b", "c", "d"}) {
      contexts.put(id, new ConcurrentHashMap<>());
    }

    ViewScopePruning.prune(views, contexts);

    assertEquals(Set.of("b", "d"), contexts.keySet());
    assertEquals(Set.of("b", "d"), views.keySet());
  }

  @Test
  void leavesASessionWithoutViewsAlone() {
    Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", new Object()));
    ViewScopePruning.prune(null, contexts);
    ViewScopePruning.prune(Map.of(), null);
    assertEquals(Set.of("a"), contexts.keySet());
  }
}
