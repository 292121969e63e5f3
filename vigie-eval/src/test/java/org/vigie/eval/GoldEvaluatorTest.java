package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;

class GoldEvaluatorTest {
  static final String TEXT = "Joe Biden a dit : \u00AB abcdefghij \u00BB. Le pr\u00E9sident am\u00E9ricain a ajout\u00E9 que "
      + "tout irait bien. Le 24 mars, mardi, 3 000 soldats et 320 millions de dollars, puis 5 000 euros.";
  static final String ENTS = """
      [{"name": "Joe Biden", "type": "PER", "wikidata": "Q6279", "aliases": ["le pr\u00E9sident am\u00E9ricain", "Biden"]},
       {"name": "NATO", "type": "ORG", "wikidata": "Q7184", "aliases": ["OTAN"]},
       {"name": "Emmanuel Macron", "type": "PER", "wikidata": "Q3052772", "aliases": ["Macron"]}]""";

  static GoldSet gold(String layersJson, String ents) {
    return GoldSet.parse("t.jsonl", "{\"doc\": \"d\", \"date\": \"2022-03-25\", " + layersJson + "}", ents);
  }

  static EvalReport score(GoldSet g, Preds p) {
    return new GoldEvaluator(g).evaluatePredictions(id -> id.equals("d") ? Optional.of(p.root) : Optional.empty());
  }

  static Preds pred() {
    return new Preds("d", TEXT);
  }

  static double at(EvalReport r, String path) {
    JsonNode n = r.json();
    for (String k : path.split("\\.")) {
      n = n.get(k);
      if (n == null) {
        throw new AssertionError("no key " + path + " in " + r.json());
      }
    }
    return n.asDouble();
  }

  // --- quotes ----------------------------------------------------------------------------------------------

  static final String ONE_QUOTE = "\"quotes\": [{\"speaker\": \"Joe Biden\", \"text\": \"abcdefghij\", \"direct\": true}]";

  @Test
  void quoteOverlapThresholds() {
    // 3 of 10 characters: lenient (0.3) but not strict (0.8).
    EvalReport r = score(gold(ONE_QUOTE, null), pred().add("quotes", "abc", "direct", true));
    assertEquals(1.0, at(r, "quotes.lenient.f1"));
    assertEquals(0.0, at(r, "quotes.strict.f1"));
    assertTrue(r.errors().contains("LOOSE BOUNDS") && r.errors().contains("overlap 0.30"), r.errors());
    // 8 of 10: strict too.
    r = score(gold(ONE_QUOTE, null), pred().add("quotes", "abcdefgh", "direct", true));
    assertEquals(1.0, at(r, "quotes.strict.f1"));
    // 2 of 10: neither.
    r = score(gold(ONE_QUOTE, null), pred().add("quotes", "ab", "direct", true));
    assertEquals(0.0, at(r, "quotes.lenient.f1"));
    // With the quotation marks: 10 of 14 characters, lenient only.
    r = score(gold(ONE_QUOTE, null), pred().add("quotes", "\u00AB abcdefghij \u00BB", "direct", true));
    assertEquals(1.0, at(r, "quotes.lenient.r"));
    assertEquals(0.0, at(r, "quotes.strict.r"));
  }

  @Test
  void scareQuotesCountWhenTheGoldListsSpeakerlessQuotes() {
    // A gold quote with no speaker: this gold lists scare quotes, so the engine's scare quote is a match, and
    // one with no speaker, so its speaker is right.
    String g = "\"quotes\": [{\"speaker\": null, \"text\": \"abcdefghij\", \"direct\": true}]";
    EvalReport r = score(gold(g, null), pred().add("scare_quotes", "abcdefghij", "direct", true));
    assertEquals(1.0, at(r, "quotes.lenient.f1"));
    assertEquals(1.0, at(r, "quotes.speaker_accuracy"));
    assertTrue(r.json().get("quotes").get("scare_quotes_counted").asBoolean());
    assertEquals(0.0, at(r, "quotes.without_scare_quotes.lenient.f1"));
    assertTrue(r.table().contains("- scare quotes"), r.table());
    // Asked not to count them: a miss, and the other row has the match.
    r = new GoldEvaluator(gold(g, null)).withScareQuotes(GoldEvaluator.ScareQuotes.IGNORED)
        .evaluatePredictions(id -> Optional.of(pred().add("scare_quotes", "abcdefghij", "direct", true).root));
    assertEquals(0.0, at(r, "quotes.lenient.r"));
    assertEquals(1.0, at(r, "quotes.with_scare_quotes.lenient.f1"));
  }

  @Test
  void scareQuotesAreLeftOutWhenTheGoldListsNone() {
    // Every gold quote has a speaker, as in the seeds' gold: words in marks nobody said are not false alarms.
    Preds p = pred().add("quotes", "abcdefghij", "direct", true, "speaker", "Joe Biden")
        .add("scare_quotes", "tout irait bien", "direct", true);
    EvalReport r = score(gold(ONE_QUOTE, null), p);
    assertEquals(1.0, at(r, "quotes.lenient.p"));
    assertTrue(!r.json().get("quotes").get("scare_quotes_counted").asBoolean());
    assertEquals(0.5, at(r, "quotes.with_scare_quotes.lenient.p"));
    assertTrue(r.table().contains("+ scare quotes"), r.table());
    // Asked to count them: a false alarm.
    r = new GoldEvaluator(gold(ONE_QUOTE, null)).withScareQuotes(GoldEvaluator.ScareQuotes.COUNTED)
        .evaluatePredictions(id -> Optional.of(p.root));
    assertEquals(0.5, at(r, "quotes.lenient.p"));
    assertTrue(r.errors().contains("FALSE ALARM") && r.errors().contains("tout irait bien"), r.errors());
  }

  @Test
  void twoPredictionsOnOneGoldQuote() {
    EvalReport r = score(gold(ONE_QUOTE, null), pred()
        .add("quotes", "abcdefgh", "direct", true, "speaker", "Joe Biden")
        .add("quotes", "abcdefghij", "direct", true, "speaker", "Joe Biden"));
    assertEquals(1.0, at(r, "quotes.lenient.r"));
    assertEquals(0.5, at(r, "quotes.lenient.p"));
    assertTrue(r.errors().contains("FALSE ALARM") && r.errors().contains("\"abcdefgh\""), r.errors());
  }

  @Test
  void directAndIndirectAreScoredSeparately() {
    String g = "\"quotes\": [{\"speaker\": \"Joe Biden\", \"text\": \"abcdefghij\", \"direct\": true},"
        + " {\"speaker\": \"Joe Biden\", \"text\": \"tout irait bien\", \"direct\": false}]";
    EvalReport r = score(gold(g, null), pred()
        .add("quotes", "abcdefghij", "direct", true)
        .add("quotes", "tout irait bien", "direct", true));
    assertEquals(1.0, at(r, "quotes.lenient.f1"), "together, both match");
    assertEquals(1.0, at(r, "quotes.direct.lenient.r"));
    assertEquals(0.5, at(r, "quotes.direct.lenient.p"));
    assertEquals(0.0, at(r, "quotes.indirect.lenient.r"));
    assertEquals(0.0, at(r, "quotes.indirect.lenient.p"));
  }

  private static double speakerAccuracy(String goldSpeaker, String ents, Object... predFields) {
    String g = "\"quotes\": [{\"speaker\": " + (goldSpeaker == null ? "null" : "\"" + goldSpeaker + "\"")
        + ", \"text\": \"abcdefghij\", \"direct\": true}]";
    List<Object> kv = new ArrayList<>(List.of("direct", true));
    kv.addAll(java.util.Arrays.asList(predFields));
    EvalReport r = score(gold(g, ents), pred().add("quotes", "abcdefghij", kv.toArray()));
    assertEquals(1.0, at(r, "quotes.lenient.f1"));
    return at(r, "quotes.speaker_accuracy");
  }

  @Test
  void nullGoldSpeakerIsRightOnlyWithoutPredictedSpeaker() {
    assertEquals(1.0, speakerAccuracy(null, null));
    assertEquals(1.0, speakerAccuracy(null, null, "speaker", null, "speaker_mentions", List.of()));
    assertEquals(0.0, speakerAccuracy(null, null, "speaker", "Joe Biden"));
    assertEquals(0.0, speakerAccuracy(null, null, "speaker_qid", "Q6279"));
    assertEquals(0.0, speakerAccuracy("Joe Biden", null), "a gold speaker and no prediction");
  }

  @Test
  void speakersMatchByQidNameMentionsOrAlias() {
    assertEquals(1.0, speakerAccuracy("Joe Biden", ENTS, "speaker", "Someone", "speaker_qid", "Q6279"), "QID");
    assertEquals(0.0, speakerAccuracy("Joe Biden", ENTS, "speaker", "Someone", "speaker_qid", "Q1"), "other QID");
    assertEquals(1.0, speakerAccuracy("Joe Biden", null, "speaker", "JOE B\u00CDDEN"), "normalized name");
    assertEquals(1.0, speakerAccuracy("Joe Biden", null, "speaker", "Joseph", "speaker_mentions",
        List.of("Joseph", "Joe Biden")), "a mention of the predicted entity");
    assertEquals(1.0, speakerAccuracy("Joe Biden", ENTS, "speaker", "le pr\u00E9sident am\u00E9ricain"),
        "gold alias = predicted canonical name");
    assertEquals(0.0, speakerAccuracy("Joe Biden", null, "speaker", "le pr\u00E9sident am\u00E9ricain"),
        "no entities file: name alone");
    assertEquals(0.0, speakerAccuracy("Joe Biden", ENTS, "speaker", "Emmanuel Macron"));
  }

  @Test
  void speakerMentionsComeFromTheEntitiesLayerToo() {
    String g = "\"quotes\": [{\"speaker\": \"Joe Biden\", \"text\": \"abcdefghij\", \"direct\": true}]";
    Preds p = pred().add("quotes", "abcdefghij", "direct", true, "speaker", "Joseph Robinette")
        .raw("entities", "start", 0, "end", 9, "name", "Joseph Robinette", "type", "PER",
            "mentions", List.of("Joe Biden"), "proper", true);
    assertEquals(1.0, at(score(gold(g, null), p), "quotes.speaker_accuracy"));
  }

  @Test
  void goldStringThatOccursTwiceMatchesTheOccurrenceThePredictionOverlaps() {
    String text = "Il a dit oui. Puis elle a dit oui.";
    String g = "\"times\": [], \"quotes\": [{\"speaker\": null, \"text\": \"oui\", \"direct\": true}]";
    Preds p = new Preds("d", text).addNth("quotes", "oui", 1, "direct", true);
    EvalReport r = score(gold(g, null), p);
    assertEquals(1.0, at(r, "quotes.strict.f1"));
  }

  @Test
  void goldTextNotInTheArticleIsANamedProblemAndAMiss() {
    String g = "\"quotes\": [{\"speaker\": null, \"text\": \"jamais dit\", \"direct\": true}]";
    EvalReport r = score(gold(g, null), pred());
    assertEquals(0.0, at(r, "quotes.lenient.r"));
    assertTrue(r.problems().stream().anyMatch(s -> s.contains("doc d") && s.contains("\"jamais dit\"")),
        r.problems().toString());
  }

  @Test
  void apostrophesAreFoldedWhenLocatingGoldText() {
    String text = "Selon l\u2019OTAN, tout va bien.";
    String g = "\"times\": [{\"text\": \"l'OTAN\", \"value\": \"2022\"}]";
    EvalReport r = score(gold(g, null), new Preds("d", text).add("times", "l\u2019OTAN", "value", "2022"));
    assertEquals(1.0, at(r, "times.value_f1"));
  }

  // --- times -----------------------------------------------------------------------------------------------

  @Test
  void timesDetectionAndValues() {
    String g = "\"times\": [{\"text\": \"Le 24 mars\", \"value\": \"2022-03-24\"},"
        + " {\"text\": \"mardi\", \"value\": \"2022-03-22\"}, {\"text\": \"puis\", \"value\": \"2022\"}]";
    EvalReport r = score(gold(g, null), pred()
        .add("times", "24 mars", "value", "2022-03-24")          // 7 of 10: match, right value
        .add("times", "mardi", "value", "2022-03-29")            // match, wrong value
        .add("times", "tout", "value", "2022-03-25"));           // false alarm
    assertEquals(2.0 / 3, at(r, "times.p"), 1e-4);
    assertEquals(2.0 / 3, at(r, "times.r"), 1e-4);
    assertEquals(0.5, at(r, "times.value_accuracy"));
    assertEquals(1.0 / 3, at(r, "times.value_f1"), 1e-4);
    String e = r.errors();
    assertTrue(e.contains("WRONG VALUE") && e.contains("2022-03-29"), e);
    assertTrue(e.contains("MISS") && e.contains("\"puis\""), e);
    assertTrue(e.contains("FALSE ALARM") && e.contains("\"tout\""), e);
  }

  @Test
  void timesMatchAtHalfOverlap() {
    String g = "\"times\": [{\"text\": \"Le 24 mars\", \"value\": \"2022-03-24\"}]";
    assertEquals(1.0, at(score(gold(g, null), pred().add("times", "Le 24", "value", "2022-03-24")), "times.f1"));
    assertEquals(0.0, at(score(gold(g, null), pred().add("times", "Le 2", "value", "2022-03-24")), "times.f1"));
  }

  // --- amounts and quantities ------------------------------------------------------------------------------

  static final String AMOUNT = "\"amounts\": [{\"text\": \"320 millions de dollars\", \"value\": 3.2e8, \"unit\": \"USD\","
      + " \"qualifier\": \"=\"}]";

  private static double amountValueF1(double value, String unit) {
    return at(score(gold(AMOUNT, null), pred().add("amounts", "320 millions de dollars", "value", value, "unit", unit,
        "qualifier", "=")), "amounts.value_f1");
  }

  @Test
  void amountValueWithinHalfAPercentAndSameCurrency() {
    assertEquals(1.0, amountValueF1(3.2e8, "USD"));
    assertEquals(1.0, amountValueF1(3.215e8, "USD"), "0.47% off");
    assertEquals(0.0, amountValueF1(3.22e8, "USD"), "0.63% off");
    assertEquals(1.0, amountValueF1(3.184e8, "USD"), "0.5% under");
    assertEquals(0.0, amountValueF1(3.2e8, "EUR"));
    EvalReport r = score(gold(AMOUNT, null), pred().add("amounts", "320 millions", "value", 3.2e8, "unit", "USD"));
    assertEquals(1.0, at(r, "amounts.f1"), "12 of 23 characters is over half");
    assertEquals(1.0, at(r, "amounts.value_accuracy"));
  }

  @Test
  void quantityUnitsFoldSingularAndPlural() {
    String g = "\"quantities\": [{\"text\": \"3 000 soldats\", \"value\": 3000, \"unit\": \"soldats\", \"qualifier\": \"=\"}]";
    assertEquals(1.0, at(score(gold(g, null), pred().add("quantities", "3 000 soldats", "value", 3000, "unit",
        "soldat")), "quantities.value_f1"));
    assertEquals(0.0, at(score(gold(g, null), pred().add("quantities", "3 000 soldats", "value", 3000, "unit",
        "hommes")), "quantities.value_f1"));
    assertEquals(0.0, at(score(gold(g, null), pred().add("quantities", "3 000 soldats", "value", 300, "unit",
        "soldats")), "quantities.value_f1"));
    assertEquals(1.0, at(score(gold(g, null), pred().add("quantities", "3 000 soldats", "value", 300, "unit",
        "soldats")), "quantities.f1"), "detection does not look at the value");
  }

  // --- events ----------------------------------------------------------------------------------------------

  private static double eventF1(String goldDate, String predType, String predDate, List<?> participants) {
    String g = "\"events\": [{\"type\": \"CALL\", \"participants\": [\"Joe Biden\", \"Emmanuel Macron\"], \"date\": "
        + (goldDate == null ? "null" : "\"" + goldDate + "\"") + ", \"place\": null}]";
    Preds p = pred().raw("events", "start", 0, "end", 9, "type", predType, "participants", participants,
        "date", predDate, "place", null);
    return at(score(gold(g, ENTS), p), "events.f1");
  }

  @Test
  void eventsNeedTypeASharedParticipantAndTheGoldDate() {
    assertEquals(1.0, eventF1(null, "CALL", "2022-03-01", List.of("Macron")), "alias, any date when gold has none");
    assertEquals(1.0, eventF1(null, "CALL", null, List.of("Vladimir Putin", "Emmanuel Macron")));
    assertEquals(0.0, eventF1(null, "MEET", null, List.of("Emmanuel Macron")), "type");
    assertEquals(0.0, eventF1(null, "CALL", null, List.of("Vladimir Putin")), "no shared participant");
    assertEquals(1.0, eventF1("2022-03-24", "CALL", "2022-03-24", List.of("Joe Biden")));
    assertEquals(0.0, eventF1("2022-03-24", "CALL", "2022-03-23", List.of("Joe Biden")), "other date");
    assertEquals(0.0, eventF1("2022-03-24", "CALL", null, List.of("Joe Biden")), "no date");
    var obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    obj.put("name", "Joseph R. Biden");
    obj.put("qid", "Q6279");
    assertEquals(1.0, eventF1(null, "CALL", null, List.of(obj)), "participant object with QID");
  }

  // --- entities --------------------------------------------------------------------------------------------

  @Test
  void entitiesDerivedFromMentionsWhenTheLayerIsAbsent() {
    String text = "Joe Biden et l'OTAN. Biden, Joe Biden et No\u00EBl.";
    Preds p = new Preds("d", text)
        .addNth("mentions", "Joe Biden", 0, "type", "PER")
        .addNth("mentions", "OTAN", 0, "type", "ORG")
        .addNth("mentions", "Biden", 1, "type", "PER")
        .addNth("mentions", "Joe Biden", 1, "type", "PER")
        .addNth("mentions", "No\u00EBl", 0, "type", "MISC");
    String g = "\"entities\": [\"Joe Biden\", \"NATO\", \"Emmanuel Macron\"]";
    EvalReport r = score(gold(g, ENTS), p);
    // Predicted entities: "Joe Biden", "OTAN" (alias of NATO), "Biden" (alias of Joe Biden, already taken).
    assertEquals(2.0 / 3, at(r, "entities.p"), 1e-4);
    assertEquals(2.0 / 3, at(r, "entities.r"), 1e-4);
    assertTrue(r.errors().contains("MISS           d Emmanuel Macron"), r.errors());
  }

  @Test
  void entitiesLayerCountsProperNamedEntitiesOnly() {
    Preds p = pred()
        .raw("entities", "start", 0, "end", 9, "name", "Joe Biden", "type", "PER", "qid", "Q6279", "proper", true)
        .raw("entities", "start", 0, "end", 9, "name", "le pr\u00E9sident fran\u00E7ais", "type", "PER",
            "proper", false)
        .raw("entities", "start", 0, "end", 9, "name", "No\u00EBl", "type", "MISC", "proper", true)
        .add("mentions", "Joe Biden", "type", "PER")
        .add("mentions", "mardi", "type", "LOC");
    EvalReport r = score(gold("\"entities\": [\"Joe Biden\"]", ENTS), p);
    assertEquals(1.0, at(r, "entities.f1"), "mentions are not used when the entities layer exists");
  }

  // --- report ----------------------------------------------------------------------------------------------

  private static Set<String> keys(JsonNode n) {
    Set<String> out = new TreeSet<>();
    Iterator<String> it = n.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void jsonReportKeysAreThoseOfFormatMd() {
    EvalReport r = score(gold(ONE_QUOTE, null), pred());
    ObjectNode j = r.json();
    assertTrue(keys(j).containsAll(Set.of("quotes", "times", "amounts", "quantities", "events", "entities",
        "documents")), keys(j).toString());
    Set<String> prf = Set.of("p", "r", "f1");
    JsonNode q = j.get("quotes");
    assertTrue(keys(q).containsAll(Set.of("lenient", "strict", "direct", "indirect", "speaker_accuracy")));
    assertEquals(prf, keys(q.get("lenient")));
    assertEquals(prf, keys(q.get("strict")));
    assertEquals(prf, keys(q.get("direct").get("lenient")));
    assertEquals(prf, keys(q.get("indirect").get("lenient")));
    assertTrue(keys(j.get("times")).containsAll(Set.of("p", "r", "f1", "value_accuracy", "value_f1")));
    assertTrue(keys(j.get("amounts")).containsAll(Set.of("p", "r", "f1", "value_f1")));
    assertTrue(keys(j.get("quantities")).containsAll(Set.of("p", "r", "f1", "value_f1")));
    assertEquals(prf, keys(j.get("events")));
    assertEquals(prf, keys(j.get("entities")));
    assertEquals(1, j.get("documents").asInt());
    assertTrue(j.get("documents").isInt());
    assertFractions(j);
  }

  static void assertFractions(JsonNode n) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!e.getKey().equals("documents")) {
          assertFractions(e.getValue());
        }
      }
    } else if (n.isNumber()) {
      assertTrue(n.asDouble() >= 0 && n.asDouble() <= 1, n.toString());
    }
  }

  @Test
  void layersCanBeChosen() {
    GoldEvaluator ev = new GoldEvaluator(gold(ONE_QUOTE, null)).withLayers(List.of("times", "quotes"));
    EvalReport r = ev.evaluatePredictions(id -> Optional.of(pred().root));
    assertEquals(Set.of("quotes", "times", "documents", "problems"), keys(r.json()));
    assertTrue(r.table().contains("quotes (lenient)") && !r.table().contains("amounts"), r.table());
    assertThrows(IllegalArgumentException.class, () -> ev.withLayers(List.of("quote")));
  }

  @Test
  void tableAndErrorsNameEveryLayer() {
    EvalReport r = score(gold(ONE_QUOTE + ", \"times\": [], \"entities\": [\"NATO\"]", null), pred());
    String t = r.table();
    for (String s : List.of("P", "R", "F1", "speaker acc", "value acc", "quotes (lenient)", "quotes (strict)",
        "times", "amounts", "quantities", "events", "entities", "1 documents")) {
      assertTrue(t.contains(s), s + " in\n" + t);
    }
    String e = r.errors();
    assertTrue(e.contains("== quotes (1 error)") && e.contains("MISS") && e.contains("\"abcdefghij\""), e);
    assertTrue(e.contains("== entities (1 error)") && e.contains("NATO"), e);
  }

  // --- robustness ------------------------------------------------------------------------------------------

  @Test
  void absentLayersScoreZeroWithoutProblems() {
    EvalReport r = score(gold(ONE_QUOTE + ", \"times\": [{\"text\": \"mardi\", \"value\": \"2022-03-22\"}]", null),
        pred());
    assertEquals(0.0, at(r, "quotes.lenient.f1"));
    assertEquals(0.0, at(r, "times.f1"));
    assertEquals(List.of(), r.problems());
  }

  @Test
  void badGoldLinesAndMissingPredictionsAreProblemsWhileOtherDocumentsScore() {
    String jsonl = String.join("\n",
        "{\"doc\": \"d\", \"date\": \"2022-03-25\", " + ONE_QUOTE + "}",
        "not json",
        "{\"doc\": \"bad\", \"date\": \"2022-03-25\", \"amounts\": [{\"text\": \"x\", \"value\": 1, \"unit\": \"USD\", \"qualifier\": \"!\"}]}",
        "{\"doc\": \"gone\", \"date\": \"2022-03-25\", " + ONE_QUOTE + "}");
    GoldSet g = GoldSet.parse("t.jsonl", jsonl, null);
    Preds p = pred().add("quotes", "abcdefghij", "direct", true, "speaker", "Joe Biden");
    EvalReport r = new GoldEvaluator(g).evaluatePredictions(id -> id.equals("d") ? Optional.of(p.root)
        : Optional.empty());
    assertEquals(1, r.documents());
    assertEquals(1.0, at(r, "quotes.lenient.f1"));
    assertEquals(1.0, at(r, "quotes.speaker_accuracy"));
    List<String> pr = r.problems();
    assertEquals(3, pr.size(), pr.toString());
    assertTrue(pr.get(0).contains("line 2"), pr.get(0));
    assertTrue(pr.get(1).contains("line 3 (doc bad)") && pr.get(1).contains("qualifier"), pr.get(1));
    assertTrue(pr.get(2).contains("doc gone") && pr.get(2).contains("no prediction"), pr.get(2));
    assertEquals(3, r.json().get("problems").size());
    assertTrue(r.table().contains("3 problems"), r.table());
  }

  @Test
  void engineRunsOnLoadedDocumentsDatedByTheGold() {
    String jsonl = String.join("\n",
        "{\"doc\": \"d\", \"date\": \"2022-03-25\", " + ONE_QUOTE + "}",
        "{\"doc\": \"missing\", \"date\": \"2022-03-25\", " + ONE_QUOTE + "}",
        "{\"doc\": \"crash\", \"date\": \"2022-03-25\", " + ONE_QUOTE + "}");
    DocumentLoader loader = id -> id.equals("missing") ? Optional.empty() : Optional.of(Document.of(id, TEXT));
    List<Document> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    EvalReport r = new GoldEvaluator(GoldSet.parse("t.jsonl", jsonl, null)).withThreads(2).evaluate(loader, doc -> {
      seen.add(doc);
      if (doc.id().equals("crash")) {
        throw new IllegalStateException("boom");
      }
      return AnalyzedDocument.of(doc);
    });
    assertEquals(2, seen.size());
    for (Document d : seen) {
      assertEquals(java.time.LocalDate.of(2022, 3, 25), d.date());
      assertEquals(DateSource.METADATA, d.dateSource());
    }
    assertEquals(2, r.documents(), "a crashing engine scores as finding nothing");
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).contains("doc missing") && r.problems().get(0).contains("no such document"));
    assertTrue(r.problems().get(1).contains("doc crash") && r.problems().get(1).contains("boom"));
    assertEquals(0.0, at(r, "quotes.lenient.r"));
  }

  @Test
  void scoresAJsonlFileOfAnalyzeOutput(@TempDir Path dir) throws Exception {
    Preds p = pred().add("quotes", "abcdefghij", "direct", true, "speaker", "Joe Biden");
    p.root.put("id", "d.txt");
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, DocumentJson.mapper().writeValueAsString(p.root) + "\n{oops\n");
    EvalReport r = new GoldEvaluator(gold(ONE_QUOTE, null)).evaluateJsonl(f);
    assertEquals(1, r.documents());
    assertEquals(1.0, at(r, "quotes.strict.f1"));
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).contains("out.jsonl line 2"), r.problems().get(0));
  }
}
