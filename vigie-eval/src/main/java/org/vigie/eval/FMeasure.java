package org.vigie.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.eval.internal.Json;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1.
 * A ratio with a zero denominator is 0 (no predictions: precision 0; nothing to find: recall 0).
 */
public record FMeasure(int tp, int fp, int fn) {
  public static final FMeasure ZERO = new FMeasure(0, 0, 0);

  public FMeasure {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count: " + tp + ", " + fp + ", " + fn);
    }
  }

  /** From a number of matches and the sizes of the gold and predicted lists. */
  public static FMeasure of(int matched, int gold, int predicted) {
    return new FMeasure(matched, predicted - matched, gold - matched);
  }

  public FMeasure plus(FMeasure o) {
    return new FMeasure(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public int gold() {
    return tp + fn;
  }

  public int predicted() {
    return tp + fp;
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** {@code {"p": .., "r": .., "f1": ..}}, rounded to four decimals. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("p", Json.round(precision()));
    o.put("r", Json.round(recall()));
    o.put("f1", Json.round(f1()));
    return o;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        precision(), recall(), f1(), tp, fp, fn);
  }
}
