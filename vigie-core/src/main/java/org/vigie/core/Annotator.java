package org.vigie.core;

import java.util.Set;

/**
 * One stage of analysis: reads some layers and adds others.
 *
 * <p>Implementations are final and thread-safe after construction: one instance serves every worker thread.
 * They declare what they need and what they make, so a {@link Pipeline} can refuse a wrong order when it is
 * built rather than fail in the middle of a corpus.
 */
public interface Annotator {

  /** Layers that must exist before this annotator runs. */
  Set<Layer<?>> requires();

  /** Layers this annotator adds. */
  Set<Layer<?>> produces();

  /** Returns {@code doc} with the produced layers added. Must not fail on empty text. */
  AnalyzedDocument annotate(AnalyzedDocument doc);

  /** A short name for messages and benchmarks. */
  default String name() {
    return getClass().getSimpleName();
  }
}
