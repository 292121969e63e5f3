package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.Span;
import org.vigie.eval.TestLayers.TAmount;
import org.vigie.eval.TestLayers.TEntity;
import org.vigie.eval.TestLayers.TEvent;
import org.vigie.eval.TestLayers.TQuote;
import org.vigie.eval.TestLayers.TTime;
import org.vigie.eval.internal.Texts;
import org.vigie.testing.TestPaths;

/** The seed gold scored end to end, through an engine, DocumentJson and the loader, as the CLI will. */
class SeedsEndToEndTest {
  static GoldSet gold;

  @BeforeAll
  static void readGold() throws IOException {
    Path dir = TestPaths.data().resolve("gold");
    gold = GoldSet.read(dir.resolve("seeds.gold.jsonl"), dir.resolve("seeds.entities.json"));
  }

  @Test
  void seedGoldReadsCleanly() {
    assertEquals(List.of(), gold.problems());
    assertEquals(5, gold.size());
  }

  private static Span first(String text, String needle) {
    List<Span> at = Texts.occurrences(text, needle);
    assertTrue(!at.isEmpty(), needle);
    return at.get(0);
  }

  /** An engine that answers what the gold says, through real annotation records and layers. */
  static Function<Document, AnalyzedDocument> perfectEngine() {
    Map<String, GoldDocument> byId = gold.documents().stream()
        .collect(Collectors.toMap(GoldDocument::id, d -> d));
    return doc -> {
      assertEquals(DateSource.METADATA, doc.dateSource());
      GoldDocument g = byId.get(doc.id());
      assertEquals(g.date(), doc.date());
      String text = doc.text();
      List<TQuote> quotes = new ArrayList<>();
      for (GoldDocument.Quote q : g.quotes()) {
        Span s = first(text, q.text());
        quotes.add(new TQuote(s, s.of(text), q.direct(), q.speaker(), null,
            q.speaker() == null ? List.of() : List.of(q.speaker())));
      }
      List<TTime> times = new ArrayList<>();
      for (GoldDocument.Time t : g.times()) {
        Span s = first(text, t.text());
        times.add(new TTime(s, s.of(text), t.value()));
      }
      List<TAmount> amounts = new ArrayList<>();
      for (GoldDocument.Amount a : g.amounts()) {
        Span s = first(text, a.text());
        amounts.add(new TAmount(s, s.of(text), a.value(), a.unit(), a.qualifier()));
      }
      List<TAmount> quantities = new ArrayList<>();
      for (GoldDocument.Amount a : g.quantities()) {
        Span s = first(text, a.text());
        quantities.add(new TAmount(s, s.of(text), a.value(), a.unit(), a.qualifier()));
      }
      List<TEvent> events = new ArrayList<>();
      for (GoldDocument.Event e : g.events()) {
        events.add(new TEvent(Span.of(0, 0), e.type(), e.participants(), e.date(), e.place()));
      }
      List<TEntity> entities = new ArrayList<>();
      for (String name : g.entities()) {
        var ge = gold.entities().byName(name).orElseThrow();
        entities.add(new TEntity(Span.of(0, 0), name, ge.type(), ge.qid(), List.of(name), true));
      }
      return AnalyzedDocument.of(doc)
          .with(TestLayers.QUOTES, quotes)
          .with(TestLayers.TIMES, times)
          .with(TestLayers.AMOUNTS, amounts)
          .with(TestLayers.QUANTITIES, quantities)
          .with(TestLayers.EVENTS, events)
          .with(TestLayers.ENTITIES, entities);
    };
  }

  @Test
  void perfectPredictionsScoreOne() {
    EvalReport r = new GoldEvaluator(gold).withThreads(2)
        .evaluate(DocumentLoader.folder(TestPaths.seeds()), perfectEngine());
    assertEquals(List.of(), r.problems(), String.join("\n", r.problems()));
    assertEquals(5, r.documents());
    JsonNode j = r.json();
    for (String path : List.of("quotes.lenient", "quotes.strict", "quotes.direct.lenient", "quotes.direct.strict",
        "quotes.indirect.lenient", "quotes.indirect.strict", "times", "amounts", "quantities", "events", "entities")) {
      JsonNode n = j;
      for (String k : path.split("\\.")) {
        n = n.get(k);
      }
      for (String k : List.of("p", "r", "f1")) {
        assertEquals(1.0, n.get(k).asDouble(), path + "." + k + " in\n" + r.table());
      }
    }
    assertEquals(1.0, j.get("quotes").get("speaker_accuracy").asDouble());
    assertEquals(1.0, j.get("times").get("value_accuracy").asDouble());
    assertEquals(1.0, j.get("times").get("value_f1").asDouble());
    assertEquals(1.0, j.get("amounts").get("value_f1").asDouble());
    assertEquals(1.0, j.get("quantities").get("value_f1").asDouble());
    String errors = r.errors();
    assertTrue(errors.contains("== quotes (0 errors)") && errors.contains("== entities (0 errors)"), errors);
  }

  @Test
  void emptyPredictionsScoreZeroWithoutProblems() {
    EvalReport r = new GoldEvaluator(gold).evaluate(DocumentLoader.folder(TestPaths.seeds()), AnalyzedDocument::of);
    assertEquals(List.of(), r.problems());
    assertEquals(5, r.documents());
    GoldEvaluatorTest.assertFractions(r.json());
    List<Double> all = new ArrayList<>();
    collect(r.json(), all);
    assertTrue(all.stream().allMatch(d -> d == 0.0), r.toJson());
    assertTrue(r.errors().contains("MISS"), r.errors());
    assertTrue(r.table().contains("5 documents scored"), r.table());
  }

  @Test
  void mentionsAloneAlreadyScoreEntities() {
    // Only the mentions layer, as the engine has today: one PER mention for "Biden" in each article.
    EvalReport r = new GoldEvaluator(gold).withLayers(List.of("entities")).evaluate(
        DocumentLoader.folder(TestPaths.seeds()), doc -> {
          int at = doc.text().indexOf("Biden");
          return at < 0 ? AnalyzedDocument.of(doc) : AnalyzedDocument.of(doc).with(org.vigie.core.Layers.MENTIONS,
              List.of(new org.vigie.core.Mention(Span.of(at, at + 5), "Biden", org.vigie.core.EntityType.PER)));
        });
    // Every seed names Joe Biden, whose alias "Biden" equals the derived entity's name.
    assertEquals(1.0, r.json().get("entities").get("p").asDouble(), r.errors());
    assertTrue(r.json().get("entities").get("r").asDouble() > 0);
  }

  private static void collect(JsonNode n, List<Double> out) {
    if (n.isObject()) {
      n.properties().forEach(e -> {
        if (!e.getKey().equals("documents")) {
          collect(e.getValue(), out);
        }
      });
    } else if (n.isNumber()) {
      out.add(n.asDouble());
    }
  }
}
