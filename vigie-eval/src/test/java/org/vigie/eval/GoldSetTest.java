package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldSetTest {
  static final String GOOD = """
      {"doc": "a", "date": "2022-03-25", "quotes": [{"speaker": null, "text": "x", "direct": true}], "times": [{"text": "mardi", "value": "2022-W04"}], "amounts": [{"text": "1 $", "value": 1, "unit": "USD", "qualifier": "~"}], "quantities": [], "events": [{"type": "CALL", "participants": ["A"], "date": null, "place": null}], "entities": ["A"]}""";

  @Test
  void readsAGoodLine() {
    GoldSet g = GoldSet.parse("t.jsonl", GOOD, null);
    assertEquals(List.of(), g.problems());
    assertEquals(List.of("a"), g.documentIds());
    assertEquals(LocalDate.of(2022, 3, 25), g.date("a").orElseThrow());
    GoldDocument d = g.documents().get(0);
    assertNull(d.quotes().get(0).speaker());
    assertEquals("~", d.amounts().get(0).qualifier());
    assertEquals(List.of(), d.quantities());
  }

  @Test
  void absentKeyMeansLayerNotAnnotated() {
    GoldSet g = GoldSet.parse("t.jsonl", "{\"doc\": \"a\", \"date\": \"2022-01-01\", \"times\": []}", null);
    GoldDocument d = g.documents().get(0);
    assertEquals(List.of(), d.times());
    assertNull(d.quotes());
    assertNull(d.entities());
  }

  @Test
  void badLinesAreNamedProblemsAndOtherDocumentsStay() {
    String jsonl = String.join("\n",
        GOOD,
        "{\"doc\": \"broken\", ",
        "{\"doc\": \"c\", \"date\": \"2022-01-01\", \"events\": [{\"type\": \"DANCE\", \"participants\": [\"A\"]}]}",
        "{\"doc\": \"d\", \"date\": \"2022-01-01\", \"amounts\": [{\"text\": \"t\", \"value\": 1, \"unit\": \"USD\", \"qualifier\": \"about\"}]}",
        "{\"doc\": \"e\", \"date\": \"2022-02-30\"}",
        "{\"doc\": \"f\", \"date\": \"2022-01-01\", \"times\": [{\"text\": \"t\", \"value\": \"2022-13\"}]}",
        "{\"doc\": \"g\", \"date\": \"2022-01-01\", \"amounts\": [{\"text\": \"t\", \"value\": 1, \"unit\": \"dollars\"}]}",
        "{\"doc\": \"h\", \"date\": \"2022-01-01\", \"events\": [{\"type\": \"CALL\", \"participants\": [\"A\"], \"date\": \"mardi\"}]}",
        "{\"doc\": \"a\", \"date\": \"2022-01-01\"}",
        "[1, 2]",
        "",
        "{\"doc\": \"z\", \"date\": \"2022-01-01\", \"quotes\": [{\"text\": \"q\", \"speaker\": \"B\", \"direct\": false}]}");
    GoldSet g = GoldSet.parse("t.jsonl", jsonl, null);
    assertEquals(List.of("a", "z"), g.documentIds());
    List<String> p = g.problems();
    assertEquals(9, p.size(), String.join("\n", p));
    assertTrue(p.get(0).startsWith("t.jsonl line 2: not valid JSON"), p.get(0));
    assertTrue(p.get(1).startsWith("t.jsonl line 3 (doc c): events[0].type \"DANCE\""), p.get(1));
    assertTrue(p.get(2).startsWith("t.jsonl line 4 (doc d): amounts[0].qualifier"), p.get(2));
    assertTrue(p.get(3).startsWith("t.jsonl line 5 (doc e): \"date\" is not a date"), p.get(3));
    assertTrue(p.get(4).startsWith("t.jsonl line 6 (doc f): times[0].value"), p.get(4));
    assertTrue(p.get(5).startsWith("t.jsonl line 7 (doc g): amounts[0].unit is not an ISO 4217"), p.get(5));
    assertTrue(p.get(6).startsWith("t.jsonl line 8 (doc h): events[0].date"), p.get(6));
    assertTrue(p.get(7).startsWith("t.jsonl line 9 (doc a): doc already given"), p.get(7));
    assertTrue(p.get(8).startsWith("t.jsonl line 10: not a JSON object"), p.get(8));
    assertTrue(p.get(1).endsWith("document not scored"), p.get(1));
  }

  @Test
  void timeValuesAtEveryPrecision() {
    for (String ok : List.of("2022-03-24", "2021-12", "2014", "2022-W04", "2022-W04-2", "2022-Q1", "2022-SU",
        "2022-03-24T10:30", "P3D", "PT2H", "XXXX-07-22", "2022-03-24/2022-03-26", "PRESENT_REF", "201X")) {
      assertTrue(GoldSet.isTimeValue(ok), ok);
    }
    for (String bad : List.of("", "mardi", "2022-13", "2022-02-30", "2022-W54", "24/03/2022", "2022-03-24T25:00")) {
      assertFalse(GoldSet.isTimeValue(bad), bad);
    }
  }

  @Test
  void entitiesFileGivesQidsAndAliases() {
    String ents = """
        [{"name": "Joe Biden", "type": "PER", "wikidata": "Q6279", "aliases": ["M. Biden", "le pr\u00E9sident am\u00E9ricain"]},
         {"name": "Nobody", "type": "XYZ", "wikidata": null, "aliases": []},
         {"type": "PER"}]""";
    GoldSet g = GoldSet.parse("t.jsonl", GOOD.replace("\"A\"]}", "\"Joe Biden\"]}"), ents);
    GoldEntities e = g.entities();
    assertEquals(2, e.size());
    assertEquals("Q6279", e.byName("joe BIDEN").orElseThrow().qid());
    assertTrue(e.byName("Joe Biden").orElseThrow().aliases().contains("le president americain"));
    assertEquals(2, g.problems().size(), String.join("\n", g.problems()));
    assertTrue(g.problems().get(0).contains("Nobody") && g.problems().get(0).contains("XYZ"), g.problems().get(0));
    assertTrue(g.problems().get(1).contains("no \"name\""), g.problems().get(1));
  }

  @Test
  void extraEventTypesCanBeAccepted() {
    String line = "{\"doc\": \"c\", \"date\": \"2022-01-01\", \"events\": [{\"type\": \"DANCE\", \"participants\": [\"A\"]}]}";
    var types = new java.util.HashSet<>(GoldSet.EVENT_TYPES);
    types.add("DANCE");
    assertEquals(List.of("c"), GoldSet.parse("t", line, null, types).documentIds());
  }
}
