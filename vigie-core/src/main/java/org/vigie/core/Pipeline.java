package org.vigie.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered chain of annotators, checked when built: each annotator's required layers must be produced by an
 * earlier one. Thread-safe when its annotators are, which they must be.
 */
public final class Pipeline {
  private final List<Annotator> annotators;
  private final Set<Layer<?>> produced;

  private Pipeline(List<Annotator> annotators, Set<Layer<?>> produced) {
    this.annotators = annotators;
    this.produced = produced;
  }

  /** Builds a pipeline, or fails naming the first annotator whose needs come too late. */
  public static Pipeline of(List<? extends Annotator> annotators) {
    Set<Layer<?>> available = new LinkedHashSet<>();
    for (Annotator a : annotators) {
      for (Layer<?> need : a.requires()) {
        if (!available.contains(need)) {
          throw new IllegalArgumentException("annotator " + a.name() + " requires layer '" + need
              + "', which no earlier annotator produces (available: " + available + ")");
        }
      }
      available.addAll(a.produces());
    }
    return new Pipeline(List.copyOf(annotators), Set.copyOf(available));
  }

  public static Pipeline of(Annotator... annotators) {
    return of(List.of(annotators));
  }

  public AnalyzedDocument process(Document document) {
    return process(AnalyzedDocument.of(document));
  }

  public AnalyzedDocument process(AnalyzedDocument doc) {
    AnalyzedDocument current = doc;
    for (Annotator a : annotators) {
      current = a.annotate(current);
    }
    return current;
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  public Set<Layer<?>> produced() {
    return produced;
  }

  /** A pipeline with {@code more} appended, checked again. */
  public Pipeline then(Annotator... more) {
    List<Annotator> all = new ArrayList<>(annotators);
    all.addAll(List.of(more));
    return of(all);
  }
}
