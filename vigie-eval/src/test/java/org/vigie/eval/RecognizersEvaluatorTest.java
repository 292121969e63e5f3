package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.Span;
import org.vigie.eval.TestLayers.TAmount;
import org.vigie.eval.TestLayers.TNumber;
import org.vigie.eval.TestLayers.TTime;
import org.vigie.testing.TestPaths;

class RecognizersEvaluatorTest {
  static final String CASES = String.join("\n",
      "{\"Input\": \"Je reviendrai Mercredi\", \"Context\": {\"ReferenceDateTime\": \"2016-09-07T00:00:00\"}, \"Results\": [{\"Text\": \"Mercredi\", \"Type\": \"date\", \"Value\": {\"Timex\": \"XXXX-WXX-3\", \"FutureResolution\": {\"date\": \"2016-09-07\"}, \"PastResolution\": {\"date\": \"2016-08-31\"}}, \"Start\": 14, \"Length\": 8}], \"spec_file\": \"Specs/DateTime/French/DateParser.json\"}",
      "{\"Input\": \"Je vais sortir cette d\u00E9cembre\", \"Context\": {\"ReferenceDateTime\": \"2016-11-07T00:00:00\"}, \"Results\": [{\"Text\": \"cette d\u00E9cembre\", \"TypeName\": \"datetimeV2.daterange\", \"Resolution\": {\"values\": [{\"timex\": \"2016-12\", \"type\": \"daterange\", \"start\": \"2016-12-01\", \"end\": \"2017-01-01\"}]}, \"Start\": 15, \"End\": 28}], \"spec_file\": \"Specs/DateTime/French/DateTimeModel.json\"}",
      "{\"Input\": \"Je reviendrai le 2 d\u00E9cembre\", \"Results\": [{\"Text\": \"2 d\u00E9cembre\", \"Type\": \"date\", \"Start\": 17, \"Length\": 10}], \"spec_file\": \"Specs/DateTime/French/DateExtractor.json\"}",
      "{\"Input\": \"un cinquieme\", \"Results\": [{\"Text\": \"un cinquieme\", \"TypeName\": \"number\", \"Resolution\": {\"subtype\": \"fraction\", \"value\": \"0,2\"}, \"Start\": 0, \"End\": 11}], \"spec_file\": \"Specs/Number/French/NumberModel.json\"}",
      "{\"Input\": \"75 millions de dollar d'obligation\", \"Results\": [{\"Text\": \"75 millions de dollar\", \"TypeName\": \"currency\", \"Resolution\": {\"value\": \"75000000\", \"unit\": \"Dollar\"}, \"Start\": 0, \"End\": 20}], \"spec_file\": \"Specs/NumberWithUnit/French/CurrencyModel.json\"}",
      "{\"Input\": \"Rien ici\", \"Results\": [], \"spec_file\": \"Specs/DateTime/French/DateExtractor.json\"}",
      "{\"Input\": oops}");

  /** Answers by input: a map from input to the layers to add. */
  static Function<Document, AnalyzedDocument> engine(Map<String, Document> seen, boolean numbersLayer) {
    return doc -> {
      seen.put(doc.text(), doc);
      String t = doc.text();
      AnalyzedDocument a = AnalyzedDocument.of(doc);
      List<TTime> times = new ArrayList<>();
      switch (t) {
        case "Je reviendrai Mercredi" -> times.add(new TTime(Span.of(14, 22), "Mercredi", "2016-08-31"));
        case "Je vais sortir cette d\u00E9cembre" -> times.add(new TTime(Span.of(21, 29), "d\u00E9cembre", "2016-12"));
        case "Je reviendrai le 2 d\u00E9cembre" -> times.add(new TTime(Span.of(14, 27), "le 2 d\u00E9cembre",
            "XXXX-12-02"));
        case "Rien ici" -> times.add(new TTime(Span.of(0, 4), "Rien", "2016"));
        case "un cinquieme" -> {
          if (numbersLayer) {
            a = a.with(TestLayers.NUMBERS, List.of(new TNumber(Span.of(0, 12), t, 0.2)));
          } else {
            a = a.with(TestLayers.QUANTITIES, List.of(new TAmount(Span.of(0, 12), t, 0.25, "cinquieme", "=")));
          }
        }
        case "75 millions de dollar d'obligation" -> a = a.with(TestLayers.AMOUNTS,
            List.of(new TAmount(Span.of(0, 21), "75 millions de dollar", 7.5e7, "USD", "=")));
        default -> { }
      }
      return times.isEmpty() ? a : a.with(TestLayers.TIMES, times);
    };
  }

  static double at(JsonNode j, String spec, String key) {
    return j.get("spec_files").get(spec).get(key).asDouble();
  }

  @Test
  void scoresEachSpecFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cases.jsonl");
    Files.writeString(f, CASES);
    Map<String, Document> seen = new ConcurrentHashMap<>();
    EvalReport r = new RecognizersEvaluator(f).evaluate(engine(seen, true));
    assertEquals(6, r.documents());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).startsWith("cases.jsonl line 7"), r.problems().get(0));
    Document wed = seen.get("Je reviendrai Mercredi");
    assertEquals(LocalDate.of(2016, 9, 7), wed.date());
    assertEquals(DateSource.METADATA, wed.dateSource());
    JsonNode j = r.json();
    assertEquals(1.0, at(j, "Specs/DateTime/French/DateParser.json", "f1"));
    assertEquals(1.0, at(j, "Specs/DateTime/French/DateParser.json", "value_accuracy"), "a resolved value counts");
    assertEquals(1.0, at(j, "Specs/DateTime/French/DateTimeModel.json", "f1"), "8 of 14 characters");
    assertEquals(1.0, at(j, "Specs/DateTime/French/DateTimeModel.json", "value_accuracy"));
    // DateExtractor: one match (10 of 13 characters) and one false alarm in the case without results.
    assertEquals(0.5, at(j, "Specs/DateTime/French/DateExtractor.json", "p"));
    assertEquals(1.0, at(j, "Specs/DateTime/French/DateExtractor.json", "r"));
    assertEquals(1.0, at(j, "Specs/Number/French/NumberModel.json", "value_accuracy"));
    assertEquals(1.0, at(j, "Specs/NumberWithUnit/French/CurrencyModel.json", "value_accuracy"));
    assertEquals("amounts", j.get("spec_files").get("Specs/NumberWithUnit/French/CurrencyModel.json").get("layer")
        .asText());
    assertEquals(0.75, j.get("families").get("DateTime").get("p").asDouble(), 1e-4);
    assertTrue(r.table().contains("DateTime/French/DateParser"), r.table());
    assertTrue(r.errors().contains("FALSE ALARM") && r.errors().contains("\"Rien\""), r.errors());
  }

  @Test
  void numbersFallBackToQuantitiesAndValuesAreChecked(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cases.jsonl");
    Files.writeString(f, CASES);
    EvalReport r = new RecognizersEvaluator(f).withSpecs(List.of("/Number/"))
        .evaluate(engine(new ConcurrentHashMap<>(), false));
    assertEquals(1, r.documents());
    assertEquals(1.0, at(r.json(), "Specs/Number/French/NumberModel.json", "f1"));
    assertEquals(0.0, at(r.json(), "Specs/Number/French/NumberModel.json", "value_accuracy"), "0.25 is not 0.2");
    assertTrue(r.errors().contains("WRONG VALUE"), r.errors());
  }

  @Test
  void casesWithoutAReferenceDateCanBeLeftOut(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cases.jsonl");
    Files.writeString(f, CASES);
    Map<String, Document> seen = new ConcurrentHashMap<>();
    EvalReport r = new RecognizersEvaluator(f).withReferenceDateOnly(true).evaluate(engine(seen, true));
    assertEquals(2, r.documents(), "only the two cases with Context.ReferenceDateTime");
    assertTrue(seen.values().stream().allMatch(d -> d.date() != null), seen.toString());
  }

  @Test
  void timeValuesCompareAcrossSpellings() {
    assertEquals("2016-11-07T00:00", RecognizersEvaluator.normalizeTime("2016-11-07 00:00:00"));
    assertEquals("T07:30", RecognizersEvaluator.normalizeTime("07:30:00"));
    assertEquals("T07:30", RecognizersEvaluator.normalizeTime("T07:30"));
  }

  @Test
  void wholeDevFileReadsWithAnEmptyEngine() throws IOException {
    Path f = TestPaths.data().resolve("recognizers-fr/recognizers_fr_dotnet_supported.jsonl");
    EvalReport r = new RecognizersEvaluator(f).evaluate(AnalyzedDocument::of);
    assertEquals(1868, r.documents());
    assertTrue(r.problems().size() < 20, String.join("\n", r.problems()));
    assertEquals(30, r.json().get("spec_files").size());
    assertEquals(0.0, r.json().get("families").get("DateTime").get("r").asDouble());
  }
}
