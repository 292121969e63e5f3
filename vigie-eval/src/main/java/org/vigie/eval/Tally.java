package org.vigie.eval;

import java.util.ArrayList;
import java.util.List;

/** Running counts of one layer (or one slice of it) across documents, with its error lines. */
final class Tally {
  FMeasure detection = FMeasure.ZERO;
  /** Matches whose value (or speaker) is also right, as an F-measure over all gold and predicted items. */
  FMeasure value = FMeasure.ZERO;
  int matched;
  int valueCorrect;
  /** Matched items that have a value to check (some gold items have none, e.g. Recognizers extractors). */
  int valueChecked;
  final List<String> errors = new ArrayList<>();

  void add(int matchedHere, int gold, int predicted) {
    detection = detection.plus(FMeasure.of(matchedHere, gold, predicted));
    matched += matchedHere;
  }

  void addValues(int correct, int checked, int gold, int predicted) {
    valueCorrect += correct;
    valueChecked += checked;
    value = value.plus(FMeasure.of(correct, gold, predicted));
  }

  /** Correct values over matched pairs that have one to check; 0 when there are none. */
  double valueAccuracy() {
    return valueChecked == 0 ? 0.0 : (double) valueCorrect / valueChecked;
  }
}
