package org.vigie.core;

/**
 * Anything an annotator says about a stretch of text. Implementations are immutable records whose span is
 * checked against the document text when the layer is attached to an {@link AnalyzedDocument}.
 */
public interface Annotation {
  Span span();
}
