package org.vigie.spark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;
import org.vigie.fr.backbone.BackboneConfig;

/**
 * One French pipeline per executor JVM, loaded on first use (about 20 s and 1 GB of models) and shared by the
 * executor's task threads: the annotators are thread-safe.
 */
final class Pipelines {
  private Pipelines() {}

  private static final Map<String, Pipeline> LOADED = new HashMap<>();

  static synchronized Pipeline get(boolean parse, String knowledgeBase) {
    return LOADED.computeIfAbsent(parse + "|" + knowledgeBase, k -> French.pipeline(
        BackboneConfig.defaults().withParse(parse), knowledgeBase == null ? null : Path.of(knowledgeBase)));
  }
}
