package org.vigie.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;
import org.vigie.store.Store;
import org.vigie.testing.TestPaths;

/**
 * A real store for the server's tests, built once per test run: the five seed articles analysed by the French
 * pipeline, plus one article whose text holds markup ({@link #SCRIPT_DOC}), to check that pages show it as text.
 */
final class SeedStore {
  static final String SCRIPT_DOC = "script-article";
  static final String SCRIPT_TEXT = "<script>window.vigieHacked = true; alert('xss')</script> Jens Stoltenberg a "
      + "déclaré mardi à Bruxelles : « Les alliés <b>restent</b> unis. »";

  private static Path dir;

  private SeedStore() {}

  static synchronized Store open() {
    if (dir == null) {
      try {
        Path d = Files.createTempDirectory("vigie-server-seeds");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
        List<Document> docs = new ArrayList<>(TestPaths.seedDocuments());
        docs.add(Document.of(SCRIPT_DOC, SCRIPT_TEXT).withDate(LocalDate.parse("2022-03-22"), DateSource.METADATA,
            "test"));
        Pipeline french = French.pipeline();
        try (Store.Writer w = Store.write(d, Store.WriteOptions.defaults())) {
          for (Document doc : docs) {
            w.add(french.process(doc));
          }
          w.finish();
        }
        dir = d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Store.open(dir);
  }

  private static void delete(Path d) {
    try (Stream<Path> files = Files.walk(d)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
