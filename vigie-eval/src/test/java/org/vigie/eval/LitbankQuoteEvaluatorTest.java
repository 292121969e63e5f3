package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotation;
import org.vigie.core.Document;
import org.vigie.core.Layer;
import org.vigie.core.Span;
import org.vigie.eval.TestLayers.TQuote;
import org.vigie.eval.internal.Brat;
import org.vigie.testing.TestPaths;

class LitbankQuoteEvaluatorTest {
  static final String TEXT = "\u2014 Oui, dit-il, je viendrai demain. Marie r\u00E9pondit : \u00AB Non. \u00BB Puis : \u00AB Bon. \u00BB";
  static final String ANN = String.join("\n",
      "T1\tCitation 0 5;14 34\t\u2014 Oui je viendrai demain.",
      "T2\tEntite 11 13\til",
      "T3\tCitation 52 60\t\u00AB Non. \u00BB",
      "T4\tEntite 35 40\tMarie",
      "T5\tCitation 68 76\t\u00AB Bon. \u00BB",
      "R1\tSource Arg1:T2 Arg2:T1",
      "R2\tSource Arg1:T3 Arg2:T4",
      "");

  record SpeakerSpanQuote(Span span, String text, boolean direct, String speaker, int speaker_start, int speaker_end)
      implements Annotation {}

  static final Layer<SpeakerSpanQuote> SPAN_QUOTES = Layer.of("quotes", SpeakerSpanQuote.class);

  static Path folder(Path dir) throws IOException {
    Files.writeString(dir.resolve("conte.txt"), TEXT);
    Files.writeString(dir.resolve("conte.ann"), ANN);
    return dir;
  }

  private static Set<String> keys(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void textOffsetsInTheHandMadeFileAreRight() {
    assertEquals("il", TEXT.substring(11, 13));
    assertEquals("Marie", TEXT.substring(35, 40));
    assertEquals("\u00AB Non. \u00BB", TEXT.substring(52, 60));
    assertEquals("\u00AB Bon. \u00BB", TEXT.substring(68, 76));
  }

  @Test
  void discontinuousCitationsAndSpeakersByName(@TempDir Path dir) throws IOException {
    Function<Document, AnalyzedDocument> engine = doc -> AnalyzedDocument.of(doc).with(TestLayers.QUOTES, List.of(
        // Covers the first piece and the incise: shares 5 of the 25 characters of the pieces, no match.
        new TQuote(Span.of(0, 14), TEXT.substring(0, 14), true, "Pierre", null, List.of("il", "Pierre")),
        // Covers both pieces and the incise: 25 of 34 characters, lenient only.
        new TQuote(Span.of(0, 34), TEXT.substring(0, 34), true, "Pierre", null, List.of("Pierre", "il")),
        new TQuote(Span.of(52, 60), TEXT.substring(52, 60), true, "marie", null, List.of()),
        new TQuote(Span.of(68, 76), TEXT.substring(68, 76), true, "Jean", null, List.of())));
    EvalReport r = new LitbankQuoteEvaluator(folder(dir)).evaluate(engine);
    assertEquals(List.of(), r.problems());
    JsonNode q = r.json().get("quotes");
    assertEquals(Set.of("lenient", "strict", "speaker_accuracy"), keys(q));
    assertEquals(Set.of("quotes", "documents", "problems"), keys(r.json()));
    assertEquals(1.0, q.get("lenient").get("r").asDouble());
    assertEquals(0.75, q.get("lenient").get("p").asDouble());
    assertEquals(2.0 / 3, q.get("strict").get("r").asDouble(), 1e-4);
    // Two citations have a Source (the third is not counted); "il" is among the mentions, "marie" is the name.
    assertEquals(1.0, q.get("speaker_accuracy").asDouble());
    assertTrue(r.table().contains("over 2 matched citations"), r.table());
    assertTrue(r.errors().contains("FALSE ALARM"), r.errors());
  }

  @Test
  void speakerBySpanWhenThePredictionGivesOne(@TempDir Path dir) throws IOException {
    Function<Document, AnalyzedDocument> engine = doc -> AnalyzedDocument.of(doc).with(SPAN_QUOTES, List.of(
        new SpeakerSpanQuote(Span.of(0, 34), TEXT.substring(0, 34), true, "Pierre", 11, 13),
        new SpeakerSpanQuote(Span.of(52, 60), TEXT.substring(52, 60), true, "Marie", 0, 1)));
    EvalReport r = new LitbankQuoteEvaluator(folder(dir)).evaluate(engine);
    assertEquals(0.5, r.json().get("quotes").get("speaker_accuracy").asDouble(), "the span rule wins over the name");
    assertTrue(r.errors().contains("WRONG SPEAKER"), r.errors());
  }

  @Test
  void perfectEngineOnTheRealDevSet() throws IOException {
    Path dev = TestPaths.data().resolve("fr-litbank-dev");
    Function<Document, AnalyzedDocument> perfect = doc -> {
      try {
        Brat.Doc b = Brat.read(dev, dev.resolve(doc.id() + ".txt"));
        List<SpeakerSpanQuote> qs = new ArrayList<>();
        for (var c : LitbankQuoteEvaluator.gold(b, new ArrayList<>()).citations()) {
          Span cover = new Span(c.pieces().get(0).start(), c.pieces().get(c.pieces().size() - 1).end());
          Span sp = c.speakers().isEmpty() ? Span.of(0, 0) : c.speakers().get(0).span();
          qs.add(new SpeakerSpanQuote(cover, "", true, null, sp.start(), sp.end()));
        }
        return AnalyzedDocument.of(doc).with(SPAN_QUOTES, qs);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    EvalReport r = new LitbankQuoteEvaluator(dev).withThreads(2).evaluate(perfect);
    assertEquals(8, r.documents());
    JsonNode q = r.json().get("quotes");
    assertEquals(1.0, q.get("speaker_accuracy").asDouble(), r.errors());
    assertEquals(1.0, q.get("lenient").get("f1").asDouble(), r.table());
    // A prediction covering a cut citation with its incise (dit-il, ...) is longer than the pieces: some of those
    // fall under the strict threshold, as the pieces-together rule intends.
    assertTrue(q.get("strict").get("f1").asDouble() > 0.85, r.table());
    assertEquals(List.of(), r.problems());
  }
}
