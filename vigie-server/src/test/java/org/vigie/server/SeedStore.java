package org.vigie.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Real stores for the server's tests, built once per test run with the French pipeline: the five seed articles,
 * and one article whose text holds markup ({@link #SCRIPT_DOC}), to check that pages show it as text.
 */
final class SeedStore {
  static final String SCRIPT_DOC = "script-article";
  static final String SCRIPT_TEXT = "<script>window.vigieHacked = true; alert('xss')</script> Jens Stoltenberg a "
      + "déclaré mardi à Bruxelles : « Les alliés <b>restent</b> unis. »";

  private static Path seeds;
  private static Path markup;

  /** The five seed articles. */
  static synchronized Store seeds() {
    build();
    return Store.open(seeds);
  }

  /** One article whose text holds markup and a script. */
  static synchronized Store markup() {
    build();
    return Store.open(markup);
  }

  private static void build() {
    if (seeds != null) {
      return;
    }
    try {
      Pipeline french = French.pipeline();
      Path s = store(french, TestPaths.seedDocuments());
      markup = store(french, List.of(Document.of(SCRIPT_DOC, SCRIPT_TEXT)
          .withDate(LocalDate.parse("2022-03-22"), DateSource.METADATA, "test")));
      seeds = s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path store(Pipeline pipeline, List<Document> docs) throws IOException {
    Path d = Files.createTempDirectory("vigie-server-store");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
    try (Store.Writer w = Store.write(d, Store.WriteOptions.defaults())) {
      for (Document doc : docs) {
        w.add(pipeline.process(doc));
      }
      w.finish();
    }
    return d;
  }

  private static void delete(Path d) {
    try (Stream<Path> files = Files.walk(d)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
