package org.vigie.fr;

import org.vigie.core.Pipeline;
import org.vigie.fr.backbone.BackboneAnnotator;
import org.vigie.fr.backbone.BackboneConfig;
import org.vigie.fr.mention.MentionAnnotator;

/**
 * The entry point of Vigie's French analysis: builds the pipeline of French annotators in their one valid
 * order. Building loads the CoreNLP models (seconds, about a gigabyte), so build once per process and share
 * the pipeline between threads.
 */
public final class French {
  private French() {}

  /** The full French pipeline with the default backbone (no dependency parsing). */
  public static Pipeline pipeline() {
    return pipeline(BackboneConfig.defaults());
  }

  public static Pipeline pipeline(BackboneConfig config) {
    BackboneAnnotator backbone = new BackboneAnnotator(config.withNer(true));
    return Pipeline.of(backbone, new MentionAnnotator());
  }

  /**
   * Plain CoreNLP French, for side-by-side comparisons: the backbone with the given configuration and no
   * repair. Its raw NER is in {@link BackboneAnnotator#NER}.
   */
  public static Pipeline corenlpBaseline(BackboneConfig config) {
    return Pipeline.of(new BackboneAnnotator(config));
  }
}
