package org.vigie.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigie.core.DocumentJson;

/** What every evaluator yields: a table for people, a JSON report for scripts, and the errors to look at. */
public interface EvalReport {

  /** The score table (precision, recall, F1, and value or speaker accuracy where the layer has them). */
  String table();

  /** The machine-readable report; its keys are those fixed by {@code data/gold/FORMAT.md}. */
  ObjectNode json();

  /** The misses and false alarms of each layer (and wrong values or speakers of matched items), with text. */
  String errors();

  /** Problems met on the way (bad gold lines, missing documents, engine failures), each naming where. */
  List<String> problems();

  /** How many documents were scored. */
  int documents();

  /** {@link #json()} as indented text. */
  default String toJson() {
    try {
      return DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
