package org.vigie.core;

/** One sentence of a document, numbered from 0 in text order. */
public record Sentence(Span span, int index) implements Annotation {
  public Sentence {
    java.util.Objects.requireNonNull(span, "span");
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index " + index);
    }
  }
}
