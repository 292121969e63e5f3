package org.vigie.core;

import java.util.Objects;

/**
 * A named-entity mention: a proper name or acronym in the text, with its type. {@code text} is exactly the
 * covered original text (checked when the layer is attached), so articles and quote marks never belong to it.
 */
public record Mention(Span span, String text, EntityType type) implements Annotation {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }
}
