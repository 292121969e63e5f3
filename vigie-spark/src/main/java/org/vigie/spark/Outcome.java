package org.vigie.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What became of one input record: the rows of its document table by table, or an error (where it happened:
 * {@code read}, {@code analyze} or {@code store}; and why), never both.
 */
record Outcome(String docId, String origin, Map<String, List<Object[]>> rows, String stage, String reason)
    implements Serializable {

  static Outcome ok(String docId, String origin, Map<String, List<Object[]>> rows) {
    return new Outcome(docId, origin, rows, null, null);
  }

  static Outcome error(String docId, String origin, String stage, String reason) {
    return new Outcome(docId, origin, null, stage, reason);
  }

  boolean failed() {
    return stage != null;
  }
}
