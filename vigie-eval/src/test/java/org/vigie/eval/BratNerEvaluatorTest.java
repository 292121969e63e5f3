package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.EntityType;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.eval.internal.Brat;
import org.vigie.testing.TestPaths;

class BratNerEvaluatorTest {
  static final Path WINER = TestPaths.data().resolve("winer-fr-dev");
  /** Two real WiNER articles; the first has an Organization with a Location nested in it. */
  static final List<String> DOCS = List.of("2016/01/2016_01_01-001", "2016/03/2016_03_01-001");

  static Path copyTwo(Path dir) throws IOException {
    for (String d : DOCS) {
      for (String ext : List.of(".txt", ".ann")) {
        Path to = dir.resolve(d + ext);
        Files.createDirectories(to.getParent());
        Files.copy(WINER.resolve(d + ext), to);
      }
    }
    Files.writeString(dir.resolve("2016/2016-01-urls.txt"), "not an article: no .ann beside it\n");
    return dir;
  }

  /** An engine that returns the gold PER/ORG/LOC spans of each article as mentions. */
  static Function<Document, AnalyzedDocument> perfect(Path folder, Map<String, Document> seen) {
    return doc -> {
      seen.put(doc.id(), doc);
      try {
        Path txt = Files.walk(folder).filter(p -> p.getFileName().toString().equals(doc.id() + ".txt")).findFirst()
            .orElseThrow();
        Brat.Doc b = Brat.read(folder, txt);
        List<Mention> ms = new ArrayList<>();
        for (Brat.TextBound t : b.textBounds().values()) {
          EntityType type = switch (t.type()) {
            case "Person" -> EntityType.PER;
            case "Organization" -> EntityType.ORG;
            case "Location" -> EntityType.LOC;
            default -> null;
          };
          if (type != null) {
            ms.add(new Mention(t.pieces().get(0), t.pieces().get(0).of(doc.text()), type));
          }
        }
        return AnalyzedDocument.of(doc).with(Layers.MENTIONS, ms);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static Set<String> keys(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void perfectEngineOnRealWinerFiles(@TempDir Path dir) throws IOException {
    Path folder = copyTwo(dir);
    Map<String, Document> seen = new ConcurrentHashMap<>();
    EvalReport r = new BratNerEvaluator(folder).withThreads(2).evaluate(perfect(folder, seen));
    assertEquals(List.of(), r.problems());
    assertEquals(2, r.documents());
    Document d = seen.get("2016_03_01-001");
    assertEquals(LocalDate.of(2016, 3, 1), d.date());
    assertEquals(DateSource.METADATA, d.dateSource());
    JsonNode j = r.json();
    assertEquals(Set.of("ner", "documents", "problems"), keys(j));
    assertEquals(Set.of("micro", "per_type"), keys(j.get("ner")));
    assertEquals(Set.of("PER", "ORG", "LOC"), keys(j.get("ner").get("per_type")));
    assertEquals(1.0, j.get("ner").get("micro").get("f1").asDouble());
    assertEquals(1.0, j.get("ner").get("per_type").get("LOC").get("r").asDouble());
    assertTrue(r.table().contains("vigie") && r.table().contains("17"), r.table()); // 7 + 10 gold entities
  }

  @Test
  void baselineTypeErrorsAndMisses(@TempDir Path dir) throws IOException {
    Path folder = copyTwo(dir);
    Function<Document, AnalyzedDocument> perfect = perfect(folder, new ConcurrentHashMap<>());
    // The engine says every gold span is a PER: right for persons, wrong type for the others.
    Function<Document, AnalyzedDocument> allPer = doc -> {
      AnalyzedDocument a = perfect.apply(doc);
      List<Mention> ms = a.get(Layers.MENTIONS).stream()
          .map(m -> new Mention(m.span(), m.text(), EntityType.PER)).distinct().toList();
      return a.with(Layers.MENTIONS, ms);
    };
    EvalReport r = new BratNerEvaluator(folder).evaluate(allPer, perfect);
    JsonNode j = r.json();
    assertEquals(Set.of("ner", "baseline", "documents", "problems"), keys(j));
    assertEquals(1.0, j.get("baseline").get("micro").get("f1").asDouble());
    assertEquals(1.0, j.get("ner").get("per_type").get("PER").get("r").asDouble());
    assertEquals(0.0, j.get("ner").get("per_type").get("LOC").get("r").asDouble());
    assertTrue(j.get("ner").get("per_type").get("PER").get("p").asDouble() < 1.0);
    assertTrue(r.errors().contains("(gold type LOC)"), r.errors());
    assertTrue(r.errors().contains("MISS") && r.errors().contains("== ner (baseline) (0 errors)"), r.errors());
    assertTrue(r.table().contains("baseline"), r.table());
  }

  @Test
  void typesCanBeRestricted(@TempDir Path dir) throws IOException {
    Path folder = copyTwo(dir);
    EvalReport r = new BratNerEvaluator(folder).withTypes(List.of(EntityType.LOC))
        .evaluate(perfect(folder, new ConcurrentHashMap<>()));
    assertEquals(Set.of("LOC"), keys(r.json().get("ner").get("per_type")));
    assertEquals(1.0, r.json().get("ner").get("micro").get("p").asDouble(), "other types' mentions are ignored");
    assertThrows(IllegalArgumentException.class, () -> new BratNerEvaluator(folder).withTypes(List.of(EntityType.MISC)));
  }

  @Test
  void emptyEngineOnTheWholeDevSet() throws IOException {
    EvalReport r = new BratNerEvaluator(WINER).withThreads(2).evaluate(AnalyzedDocument::of);
    assertEquals(571, r.documents());
    assertEquals(List.of(), r.problems());
    JsonNode micro = r.json().get("ner").get("micro");
    assertEquals(0.0, micro.get("r").asDouble());
    assertTrue(r.table().contains("571 documents"), r.table());
  }

  @Test
  void documentDateFromId() {
    assertEquals(LocalDate.of(2016, 3, 1), BratNerEvaluator.dateOf("2016_03_01-001"));
    assertEquals(null, BratNerEvaluator.dateOf("export"));
    assertEquals(null, BratNerEvaluator.dateOf("2016_13_01-001"));
  }
}
