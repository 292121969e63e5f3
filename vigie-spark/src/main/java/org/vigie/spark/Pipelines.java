package org.vigie.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;
import org.vigie.fr.backbone.BackboneConfig;
import org.vigie.fr.quote.QuoteConfig;

/**
 * One French pipeline per executor JVM, loaded on first use (about 20 s and 1 GB of models) and shared by the
 * executor's task threads: the annotators are thread-safe.
 */
final class Pipelines {
  private Pipelines() {}

  private static final Map<String, Pipeline> LOADED = new HashMap<>();
  private static long loadNanos;

  static synchronized Pipeline get(boolean parse, String knowledgeBase, QuoteConfig quotes) {
    return LOADED.computeIfAbsent(parse + "|" + knowledgeBase + "|" + quotes, k -> {
      long start = System.nanoTime();
      Pipeline p = French.pipeline(BackboneConfig.defaults().withParse(parse),
          knowledgeBase == null ? null : Path.of(knowledgeBase), quotes);
      loadNanos += System.nanoTime() - start;
      return p;
    });
  }

  /** Seconds this JVM spent loading models (in local mode, the driver's JVM is the executor's). */
  static synchronized double loadSeconds() {
    return loadNanos / 1e9;
  }
}
