package org.vigie.eval;

import java.util.List;
import org.vigie.core.Annotation;
import org.vigie.core.Layer;
import org.vigie.core.Span;

/** Stand-ins for the later layers, with the JSON fields the real annotators will have. */
final class TestLayers {
  private TestLayers() {}

  record TQuote(Span span, String text, boolean direct, String speaker, String speaker_qid,
      List<String> speaker_mentions) implements Annotation {}

  record TTime(Span span, String text, String value) implements Annotation {}

  record TAmount(Span span, String text, double value, String unit, String qualifier) implements Annotation {}

  record TNumber(Span span, String text, double value) implements Annotation {}

  record TEntity(Span span, String name, String type, String qid, List<String> mentions, boolean proper)
      implements Annotation {}

  record TEvent(Span span, String type, List<String> participants, String date, String place) implements Annotation {}

  static final Layer<TQuote> QUOTES = Layer.of("quotes", TQuote.class);
  static final Layer<TTime> TIMES = Layer.of("times", TTime.class);
  static final Layer<TAmount> AMOUNTS = Layer.of("amounts", TAmount.class);
  static final Layer<TAmount> QUANTITIES = Layer.of("quantities", TAmount.class);
  static final Layer<TNumber> NUMBERS = Layer.of("numbers", TNumber.class);
  static final Layer<TEntity> ENTITIES = Layer.of("entities", TEntity.class);
  static final Layer<TEvent> EVENTS = Layer.of("events", TEvent.class);
}
