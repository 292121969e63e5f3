package org.vigie.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotation;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Layer;
import org.vigie.core.Pipeline;

/**
 * The base of every annotator test, in the manner of Lucene's {@code BaseTokenStreamTestCase}: subclasses
 * give the pipeline ending in the annotator under test and write their own examples; this class adds the
 * checks every annotator must pass: empty input, seeded random text with offsets in bounds, the same output
 * on several threads, and golden files.
 */
public abstract class AnnotatorTestCase {

  /** The pipeline that ends with the annotator under test (earlier stages make what it requires). */
  protected abstract Pipeline pipeline();

  /** The annotator under test: by default the last of {@link #pipeline()}. */
  protected Annotator annotator() {
    List<Annotator> all = pipeline().annotators();
    return all.get(all.size() - 1);
  }

  /** How many random documents the robustness tests run; heavy annotators may lower it. */
  protected int randomDocuments() {
    return 20;
  }

  protected AnalyzedDocument analyze(String text) {
    return pipeline().process(Document.of("test", text));
  }

  @Test
  void emptyInputGivesEmptyLayers() {
    for (String text : new String[] {"", " ", "\n\n", "\u00A0"}) {
      AnalyzedDocument out = analyze(text);
      for (Layer<?> layer : annotator().produces()) {
        assertTrue(out.has(layer), "layer " + layer + " missing on empty input");
        for (Annotation a : out.get(layer)) {
          assertTrue(a.span().end() <= text.length(), "span out of bounds on blank input: " + a);
        }
      }
    }
  }

  @Test
  void randomTextOffsetsInBoundsAndSameOnThreads() throws Exception {
    int n = randomDocuments();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(Document.of("random-" + i, RandomText.generate(1234L + i, 40 + i * 7)));
    }
    List<String> single = new ArrayList<>();
    for (Document d : docs) {
      AnalyzedDocument out = pipeline().process(d);
      for (Layer<?> layer : annotator().produces()) {
        for (Annotation a : out.get(layer)) {
          assertTrue(a.span().end() <= d.text().length(), "out of bounds in " + d.id() + ": " + a);
        }
      }
      single.add(DocumentJson.toJsonLine(out));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Document d : docs) {
          futures.add(pool.submit(() -> DocumentJson.toJsonLine(pipeline().process(d))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(single.get(i % n), futures.get(i).get(), "different output on threads for random-" + (i % n));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Compares the layers this annotator produces on {@code docs} with {@code src/test/resources/golden/NAME}.
   * Run with {@code -Dvigie.updateGolden=true} to rewrite the file after a deliberate change, then review the
   * diff.
   */
  protected void assertGolden(String name, List<Document> docs) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Document d : docs) {
      AnalyzedDocument out = pipeline().process(d);
      // Layers by name: a Set's iteration order changes from one JVM run to the next.
      List<Layer<?>> layers = new ArrayList<>(annotator().produces());
      layers.sort(java.util.Comparator.comparing(Layer::name));
      for (Layer<?> layer : layers) {
        for (Annotation a : out.get(layer)) {
          sb.append(d.id()).append('\t').append(layer.name()).append('\t')
              .append(a.span().of(d.text()).replace('\n', ' ')).append('\t')
              .append(DocumentJson.annotation(a)).append('\n');
        }
      }
    }
    Path file = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("vigie.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("golden file " + file.toAbsolutePath() + " is missing: run once with -Dvigie.updateGolden=true");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), sb.toString(), "output differs from " + file);
  }
}
