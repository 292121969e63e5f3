package org.vigie.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of a gold JSONL file. A layer list is null when the line has no such key (the layer was not
 * annotated for this article, so it is not scored there); an empty list means "annotated, nothing there".
 */
record GoldDocument(
    String id,
    int line,
    LocalDate date,
    List<Quote> quotes,
    List<Time> times,
    List<Amount> amounts,
    List<Amount> quantities,
    List<Event> events,
    List<String> entities) {

  record Quote(String text, String speaker, boolean direct) {}

  record Time(String text, String value) {}

  /** An amount or a quantity; {@code qualifier} may be null when the gold line does not give it. */
  record Amount(String text, double value, String unit, String qualifier) {}

  record Event(String type, List<String> participants, String date, String place) {}
}
