package org.vigie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoreModelTest {

  @Test
  void spansAreHalfOpenAndChecked() {
    Span s = Span.of(2, 5);
    assertEquals(3, s.length());
    assertEquals("llo", s.of("hello"));
    assertEquals(2, s.shared(Span.of(3, 9)));
    assertFalse(s.overlaps(Span.of(5, 6)));
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(4, 3));
    assertThrows(IllegalArgumentException.class, () -> Span.of(2, 9).of("hello"));
  }

  @Test
  void mentionTextMustFitItsSpan() {
    assertThrows(IllegalArgumentException.class, () -> new Mention(Span.of(0, 3), "OTAN", EntityType.ORG));
    AnalyzedDocument doc = AnalyzedDocument.of(Document.of("d", "l’OTAN"));
    assertThrows(IllegalArgumentException.class,
        () -> doc.with(Layers.MENTIONS, List.of(new Mention(Span.of(1, 5), "OTAN", EntityType.ORG))));
    AnalyzedDocument ok = doc.with(Layers.MENTIONS, List.of(new Mention(Span.of(2, 6), "OTAN", EntityType.ORG)));
    assertEquals("OTAN", ok.get(Layers.MENTIONS).get(0).text());
    assertTrue(doc.get(Layers.MENTIONS).isEmpty(), "the original is unchanged");
  }

  @Test
  void layersRefuseSpansOutsideTheText() {
    AnalyzedDocument doc = AnalyzedDocument.of(Document.of("d", "abc"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> doc.with(Layers.SENTENCES, List.of(new Sentence(Span.of(0, 4), 0))));
    assertTrue(e.getMessage().contains("document d"), e.getMessage());
  }

  @Test
  void documentDateAndSourceAgree() {
    Document d = Document.of("x", "t");
    assertEquals(DateSource.UNKNOWN, d.dateSource());
    Document dated = d.withDate(LocalDate.of(2022, 3, 25), DateSource.COMMAND_LINE, null);
    assertEquals(DateSource.COMMAND_LINE, dated.dateSource());
    assertEquals(DateSource.UNKNOWN, dated.withDate(null, DateSource.METADATA, null).dateSource());
    assertThrows(IllegalArgumentException.class,
        () -> new Document("x", "t", null, null, null, null, DateSource.INFERRED, null, null));
    assertThrows(IllegalArgumentException.class, () -> Document.of(" ", "t"));
  }

  private record Marker(Span span) implements Annotation {}

  private static final Layer<Marker> A = Layer.of("a", Marker.class);
  private static final Layer<Marker> B = Layer.of("b", Marker.class);

  private static Annotator annotator(String name, Set<Layer<?>> requires, Layer<Marker> produces) {
    return new Annotator() {
      public Set<Layer<?>> requires() {
        return requires;
      }

      public Set<Layer<?>> produces() {
        return Set.of(produces);
      }

      public AnalyzedDocument annotate(AnalyzedDocument doc) {
        return doc.with(produces, List.of(new Marker(Span.of(0, doc.text().isEmpty() ? 0 : 1))));
      }

      public String name() {
        return name;
      }
    };
  }

  @Test
  void pipelineRefusesAWrongOrderWhenBuilt() {
    Annotator makesA = annotator("MakesA", Set.of(), A);
    Annotator needsA = annotator("NeedsA", Set.of(A), B);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(needsA, makesA));
    assertTrue(e.getMessage().contains("NeedsA") && e.getMessage().contains("'a'"), e.getMessage());
    AnalyzedDocument out = Pipeline.of(makesA, needsA).process(Document.of("d", "xyz"));
    assertEquals(List.of(A, B), out.layers());
  }

  @Test
  void normalizationKeepsOriginalOffsets() {
    String original = "l’OTAN&nbsp;a dit&#8239;: « e\u0301te\u0301 » &amp; co\u00ADop";
    NormalizedText n = NormalizedText.of(original);
    assertEquals("l'OTAN a dit : « été » & coop", n.text());
    int otan = n.text().indexOf("OTAN");
    assertEquals("OTAN", n.toOriginal(otan, otan + 4).of(original));
    int ete = n.text().indexOf("été");
    assertEquals("e\u0301te\u0301", n.toOriginal(ete, ete + 3).of(original));
    int amp = n.text().indexOf('&');
    assertEquals("&amp;", n.toOriginal(amp, amp + 1).of(original));
    int coop = n.text().indexOf("coop");
    assertEquals("co\u00ADop", n.toOriginal(coop, coop + 4).of(original));
    assertEquals(Span.of(original.length(), original.length()),
        n.toOriginal(n.text().length(), n.text().length()));
    assertTrue(NormalizedText.of("l’OTAN").sameOffsets());
    assertFalse(n.sameOffsets());
  }

  @Test
  void normalizationNeverFailsOnOddInput() {
    for (String s : new String[] {"", "&", "&;", "&#;", "&#xZZ;", "&#0;", "\u0301abc", "😀&#128512;", "&unknown;"}) {
      NormalizedText n = NormalizedText.of(s);
      Span all = n.toOriginal(0, n.text().length());
      assertTrue(all.end() <= s.length());
    }
  }

  @Test
  void jsonFlattensSpans() {
    AnalyzedDocument doc = AnalyzedDocument.of(Document.of("d", "Paris"))
        .with(Layers.MENTIONS, List.of(new Mention(Span.of(0, 5), "Paris", EntityType.LOC)));
    String json = DocumentJson.toJsonLine(doc);
    assertTrue(json.contains("\"mentions\":[{\"start\":0,\"end\":5,\"text\":\"Paris\",\"type\":\"LOC\"}]"), json);
    assertTrue(json.contains("\"date_source\":\"unknown\""), json);
  }
}
