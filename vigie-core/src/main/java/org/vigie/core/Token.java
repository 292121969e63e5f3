package org.vigie.core;

import java.util.Objects;

/**
 * One token. {@code form} is the word as the analyser saw it: usually the covered text, but French
 * contractions are split into their syntactic words ({@code du} gives {@code de} and {@code le}), which then
 * share the span of the written word. {@code pos} is a Universal Dependencies tag; {@code lemma} may equal
 * the form when no dictionary knows the word.
 */
public record Token(Span span, String form, String pos, String lemma, int sentence) implements Annotation {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
  }
}
