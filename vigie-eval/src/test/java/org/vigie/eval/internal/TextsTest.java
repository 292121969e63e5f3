package org.vigie.eval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.Span;

class TextsTest {

  @Test
  void namesFoldCaseAccentsApostrophesAndSpaces() {
    assertEquals("l'otan", Texts.normalizeName("L\u2019OTAN"));
    assertEquals("etats-unis", Texts.normalizeName("\u00C9tats-Unis"));
    assertEquals("joe biden", Texts.normalizeName("  Joe\u00A0 BIDEN "));
    assertEquals("coeur", Texts.normalizeName("c\u0153ur"));
    assertEquals("istanbul", Texts.normalizeName("ISTANBUL"), "no Turkish dotless i whatever the locale");
  }

  @Test
  void searchFoldingKeepsOffsets() {
    String text = "Selon l\u2019OTAN, l'OTAN.";
    assertEquals(text.length(), Texts.foldForSearch(text).length());
    assertEquals(List.of(Span.of(6, 12), Span.of(14, 20)), Texts.occurrences(text, "l'OTAN"));
    assertEquals(List.of(Span.of(6, 12), Span.of(14, 20)), Texts.occurrences(text, "l\u2019OTAN"));
    assertEquals(List.of(Span.of(0, 2), Span.of(1, 3)), Texts.occurrences("aaa", "aa"), "overlapping occurrences");
  }

  @Test
  void unitsFoldSingularAndPlural() {
    assertTrue(Texts.unitsEqual("soldats", "soldat"));
    assertTrue(Texts.unitsEqual("Soldats", "soldats"));
    assertTrue(Texts.unitsEqual("chevaux", "cheval"));
    assertTrue(Texts.unitsEqual("entities", "entity"));
    assertTrue(Texts.unitsEqual("s\u00E9ries", "serie"));
    assertTrue(Texts.unitsEqual("tonnes de bl\u00E9", "tonne de ble"));
    assertFalse(Texts.unitsEqual("soldats", "hommes"));
    assertFalse(Texts.unitsEqual("soldats", null));
    assertFalse(Texts.unitsEqual("tonnes", "tonnes de ble"));
  }
}
