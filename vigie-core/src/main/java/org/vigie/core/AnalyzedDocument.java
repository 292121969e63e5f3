package org.vigie.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document with the annotation layers made so far. Immutable: adding a layer returns a new instance, and
 * every span of an added layer is checked to lie within the text, so a bad offset fails where it is made.
 */
public final class AnalyzedDocument {
  private final Document document;
  private final Map<Layer<?>, List<?>> layers;

  private AnalyzedDocument(Document document, Map<Layer<?>, List<?>> layers) {
    this.document = document;
    this.layers = layers;
  }

  public static AnalyzedDocument of(Document document) {
    return new AnalyzedDocument(Objects.requireNonNull(document, "document"), Map.of());
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The annotations of a layer in the order the annotator gave them; empty when the layer was not made. */
  @SuppressWarnings("unchecked")
  public <T extends Annotation> List<T> get(Layer<T> layer) {
    return (List<T>) layers.getOrDefault(layer, List.of());
  }

  /** The layers present, in the order they were added. */
  public List<Layer<?>> layers() {
    return List.copyOf(layers.keySet());
  }

  /**
   * A copy whose document metadata is replaced, for annotators that learn about the document itself (a
   * publication date inferred from a dateline). The text and id cannot change, so every layer stays valid.
   */
  public AnalyzedDocument withDocument(Document replacement) {
    Objects.requireNonNull(replacement, "replacement");
    if (!replacement.text().equals(document.text()) || !replacement.id().equals(document.id())) {
      throw new IllegalArgumentException("withDocument may change metadata only, not the id or the text");
    }
    return new AnalyzedDocument(replacement, layers);
  }

  /** A copy with {@code layer} set to {@code annotations} (replacing any previous value). */
  public <T extends Annotation> AnalyzedDocument with(Layer<T> layer, List<? extends T> annotations) {
    Objects.requireNonNull(layer, "layer");
    int length = document.text().length();
    for (T a : annotations) {
      if (!layer.type().isInstance(a)) {
        throw new IllegalArgumentException("layer " + layer + " holds " + layer.type().getSimpleName()
            + ", not " + a.getClass().getSimpleName());
      }
      try {
        a.span().checkWithin(length);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("layer " + layer + " in document " + document.id() + ": "
            + e.getMessage(), e);
      }
      if (a instanceof Mention m && !m.span().of(document.text()).equals(m.text())) {
        throw new IllegalArgumentException("mention text '" + m.text() + "' is not the text at " + m.span());
      }
    }
    Map<Layer<?>, List<?>> copy = new LinkedHashMap<>(layers);
    copy.put(layer, List.copyOf(annotations));
    return new AnalyzedDocument(document, Collections.unmodifiableMap(copy));
  }

  @Override
  public String toString() {
    return "AnalyzedDocument[" + document.id() + ", layers=" + layers.keySet() + "]";
  }
}
