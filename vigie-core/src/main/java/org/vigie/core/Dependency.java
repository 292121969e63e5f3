package org.vigie.core;

import java.util.Objects;

/**
 * A dependency arc: token {@code dependent} attaches to token {@code head} (indices into the tokens layer;
 * {@code -1} for the root) with a Universal Dependencies relation. The span is the dependent's.
 */
public record Dependency(Span span, int dependent, int head, String relation) implements Annotation {
  public Dependency {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
  }
}
