package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentora.platform.persistence.Page;

/** The review queue's model as it travels with a replicated session (issue 17, item 4). */
class ServiceLazyModelTest {

  /** Stands for a view-scoped bean: the model's source is a lambda on it. */
  static final class Rows implements Serializable {
    private static final long serialVersionUID = 1L;
    final ServiceLazyModel<String> model =
        new ServiceLazyModel<>(
            request ->
                new Page<>(
                    IntStream.range(request.first(), request.first() + request.pageSize())
                        .mapToObj(i -> "row " + i + " " + "x".repeat(500))
                        .toList(),
                    1000),
            row -> row.substring(0, row.indexOf(' ', 4)));
  }

  @Test
  void travelsWithoutItsRowsAndReadsThemAgainOnTheOtherSide() throws Exception {
    Rows bean = new Rows();
    List<String> shown = bean.model.load(25, 25, Map.of(), Map.of());
    bean.model.setWrappedData(shown);
    assertEquals("row 25", bean.model.getRowKey(bean.model.getRowData("row 25")));

    byte[] bytes = serialize(bean);
    assertTrue(bytes.length < 5_000, "25 rows of 500 characters went along: " + bytes.length);

    Rows moved = (Rows) new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
    assertEquals(1000, moved.model.getRowCount());
    assertEquals(1000, moved.model.count(Map.of()));
    assertEquals(
        "row 50", moved.model.getRowKey(moved.model.load(50, 25, Map.of(), Map.of()).get(0)));
    assertEquals(
        25, bean.model.load(25, 25, Map.of(), Map.of()).size(), "the original keeps working");
  }

  private static byte[] serialize(Object o) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream stream = new ObjectOutputStream(out)) {
      stream.writeObject(o);
    }
    return out.toByteArray();
  }
}
