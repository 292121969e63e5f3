package org.vigie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FMeasureTest {

  @Test
  void precisionRecallF1() {
    FMeasure f = FMeasure.of(2, 4, 3); // 2 matched, 4 gold, 3 predicted
    assertEquals(new FMeasure(2, 1, 2), f);
    assertEquals(2.0 / 3, f.precision(), 1e-12);
    assertEquals(0.5, f.recall(), 1e-12);
    assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), f.f1(), 1e-12);
    assertEquals(new FMeasure(3, 1, 2), f.plus(new FMeasure(1, 0, 0)));
  }

  @Test
  void emptyDenominatorsGiveZero() {
    assertEquals(0.0, FMeasure.ZERO.precision());
    assertEquals(0.0, FMeasure.ZERO.recall());
    assertEquals(0.0, FMeasure.ZERO.f1());
    assertEquals(0.0, new FMeasure(0, 3, 0).f1());
  }

  @Test
  void jsonHasPRF1() {
    var j = new FMeasure(1, 2, 0).toJson();
    assertEquals(0.333333, j.get("p").asDouble());
    assertEquals(1.0, j.get("r").asDouble());
    assertEquals(0.5, j.get("f1").asDouble());
    assertEquals(3, j.size());
  }

  @Test
  void negativeCountsFail() {
    assertThrows(IllegalArgumentException.class, () -> FMeasure.of(3, 2, 5));
  }
}
