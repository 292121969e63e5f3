package org.vigie.eval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.Span;

class MatcherTest {

  @Test
  void overlapIsSharedOverTheLongerSpan() {
    assertEquals(1.0, Matcher.overlap(Span.of(0, 10), Span.of(0, 10)));
    assertEquals(0.3, Matcher.overlap(Span.of(0, 10), Span.of(0, 3)));
    assertEquals(0.3, Matcher.overlap(Span.of(0, 3), Span.of(0, 10)), "symmetric");
    assertEquals(0.5, Matcher.overlap(Span.of(0, 10), Span.of(5, 15)));
    assertEquals(0.0, Matcher.overlap(Span.of(0, 5), Span.of(5, 10)));
    assertEquals(0.0, Matcher.overlap(Span.of(0, 0), Span.of(0, 10)));
  }

  @Test
  void discontinuousGoldCountsItsPiecesTogether() {
    List<Span> pieces = List.of(Span.of(0, 10), Span.of(20, 30));
    assertEquals(0.5, Matcher.overlap(Span.of(0, 10), pieces), 1e-12);
    assertEquals(20.0 / 30, Matcher.overlap(Span.of(0, 30), pieces), 1e-12, "the incise counts as extra length");
  }

  @Test
  void thresholdsAreInclusive() {
    Matcher.Scorer s = (g, p) -> Matcher.overlap(Span.of(0, 10), Span.of(0, 3));
    assertEquals(1, Matcher.greedy(1, 1, s, 0.3).size());
    assertEquals(0, Matcher.greedy(1, 1, s, 0.31).size());
    Matcher.Scorer eight = (g, p) -> Matcher.overlap(Span.of(0, 10), Span.of(2, 10));
    assertEquals(1, Matcher.greedy(1, 1, eight, 0.8).size());
  }

  @Test
  void twoPredictionsOnOneGoldMatchOnlyOnce() {
    List<Span> gold = List.of(Span.of(0, 10));
    List<Span> pred = List.of(Span.of(0, 8), Span.of(0, 10));
    List<Matcher.Pair> pairs = Matcher.greedy(1, 2, (g, p) -> Matcher.overlap(gold.get(g), pred.get(p)), 0.3);
    assertEquals(1, pairs.size());
    assertEquals(1, pairs.get(0).pred(), "the better overlap wins");
  }

  @Test
  void bestOverlapFirstNotListOrder() {
    // Gold 0 overlaps pred 0 a little and pred 1 well; gold 1 overlaps only pred 0 well.
    List<Span> gold = List.of(Span.of(0, 10), Span.of(8, 18));
    List<Span> pred = List.of(Span.of(8, 18), Span.of(0, 10));
    List<Matcher.Pair> pairs = Matcher.greedy(2, 2, (g, p) -> Matcher.overlap(gold.get(g), pred.get(p)), 0.1);
    assertEquals(List.of(new Matcher.Pair(0, 1, 1.0), new Matcher.Pair(1, 0, 1.0)), pairs);
  }

  @Test
  void maximumMatchingDoesNotDependOnOrder() {
    // gold 0 is compatible with preds 0 and 1; gold 1 only with pred 0. Greedy in order would match 1 pair.
    boolean[][] ok = {{true, true}, {true, false}};
    List<Matcher.Pair> pairs = Matcher.maximum(2, 2, (g, p) -> ok[g][p]);
    assertEquals(2, pairs.size());
    assertTrue(pairs.contains(new Matcher.Pair(0, 1, 1.0)));
    assertTrue(pairs.contains(new Matcher.Pair(1, 0, 1.0)));
  }
}
