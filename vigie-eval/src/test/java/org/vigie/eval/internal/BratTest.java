package org.vigie.eval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.Span;

class BratTest {

  @Test
  void readsTextBoundsRelationsAndDiscontinuousSpans() {
    String text = "\u2014 Oui, dit-il, demain.";
    Brat.Doc d = Brat.parse("x", null, text, List.of(
        "T1\tCitation 0 5;14 22\t\u2014 Oui demain.",
        "T2\tEntite 11 13\til\t",
        "R1\tSource Arg1:T2 Arg2:T1",
        "#1\tAnnotatorNotes T1\tnote",
        ""));
    assertEquals(List.of(), d.problems());
    Brat.TextBound c = d.textBounds().get("T1");
    assertEquals(List.of(Span.of(0, 5), Span.of(14, 22)), c.pieces());
    assertTrue(c.discontinuous());
    assertEquals(Span.of(0, 22), c.cover());
    assertEquals("il", d.textBounds().get("T2").text());
    assertEquals(new Brat.Relation("R1", "Source", "T2", "T1"), d.relations().get(0));
  }

  @Test
  void codePointOffsetsBecomeJavaOffsets() {
    String text = "\uD83D\uDE00 Paris"; // an emoji (two UTF-16 units, one code point) then Paris
    Brat.Doc d = Brat.parse("x", null, text, List.of("T1\tLocation 2 7\tParis"));
    Span s = d.textBounds().get("T1").pieces().get(0);
    assertEquals("Paris", s.of(text));
  }

  @Test
  void malformedLinesAreProblemsNamingTheLine() {
    Brat.Doc d = Brat.parse("doc1", null, "abc", List.of("T1\tPerson 0 x\tabc", "T2\tPerson 0 99\tabc",
        "T3\tPerson 0 3\tabc"));
    assertEquals(2, d.problems().size());
    assertTrue(d.problems().get(0).startsWith("doc1.ann line 1"), d.problems().get(0));
    assertTrue(d.problems().get(1).startsWith("doc1.ann line 2"), d.problems().get(1));
    assertEquals(1, d.textBounds().size());
  }
}
