package org.vigie.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vigie.core.Document;

/** Finds the document a gold line names. Empty when there is no such document (a problem, not a crash). */
@FunctionalInterface
public interface DocumentLoader {

  Optional<Document> load(String id) throws IOException;

  /**
   * The plain loader: {@code folder/<id>.txt} read as UTF-8 (a leading byte order mark dropped). The CLI may
   * give its own loader (one that reads HTML or JSON articles); the evaluator sets the gold date either way.
   */
  static DocumentLoader folder(Path folder) {
    return id -> {
      Path p = folder.resolve(id + ".txt");
      if (!Files.isRegularFile(p)) {
        return Optional.empty();
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return Optional.of(Document.of(id, text).withOrigin(p.toString()));
    };
  }
}
