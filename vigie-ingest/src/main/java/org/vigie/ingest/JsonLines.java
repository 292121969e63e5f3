package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The records of a JSON Lines input, one line at a time, so a file of any size streams through. Blank lines
 * are skipped; a line that is not a JSON object is a failure naming {@code origin:line}, and reading goes on.
 */
final class JsonLines extends Producer {
  private final Source src;
  private final LineReader lines;
  private boolean content;

  JsonLines(Source src, InputStream in) {
    this.src = src;
    this.lines = new LineReader(in, src.config().maxBytes(), src.config().encoding());
  }

  @Override
  protected String origin() {
    return src.origin();
  }

  @Override
  protected ReadResult produce() throws IOException {
    while (true) {
      LineReader.Line line = lines.next();
      if (line == null) {
        if (!content) {
          content = true;
          return new ReadResult.Failure(src.origin(), "empty file (no JSON lines)");
        }
        return null;
      }
      String where = line.number() == 0 ? src.origin() : src.origin() + ":" + line.number();
      if (line.problem() != null) {
        content = true;
        return new ReadResult.Failure(where, line.problem());
      }
      if (line.text().isBlank()) {
        continue;
      }
      content = true;
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(line.text());
      } catch (JsonProcessingException e) {
        return new ReadResult.Failure(where, Json.problem(e, true));
      }
      if (!node.isObject()) {
        return new ReadResult.Failure(where, "expected a JSON object, found " + Json.kind(node));
      }
      try {
        return Json.record(node, src, where, src.stem() + "-" + line.number(),
            line.warning() == null ? List.of() : List.of(line.warning()));
      } catch (ReadProblem p) {
        return new ReadResult.Failure(where, p.getMessage());
      }
    }
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      // best effort
    }
  }
}
