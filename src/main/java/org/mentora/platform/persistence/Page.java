package org.mentora.platform.persistence;

import java.util.List;

/** A page of rows and how many rows match in all. */
public record Page<T>(List<T> rows, long total) {

  public Page {
    rows = List.copyOf(rows);
  }
}
