package org.vigie.fr.backbone;

import java.util.Objects;

/**
 * What the CoreNLP backbone runs. Dependency parsing costs about 80% of CoreNLP's French time, so it is off by
 * default: layers that need parses ask for them.
 *
 * @param ner run CoreNLP's 4-class French NER (needed for mentions)
 * @param parse run the dependency parser
 * @param maxSentenceTokens sentences longer than this are not parsed (parsing cost grows fast with length)
 */
public record BackboneConfig(boolean ner, boolean parse, int maxSentenceTokens) {
  public BackboneConfig {
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens must be positive: " + maxSentenceTokens);
    }
  }

  public static BackboneConfig defaults() {
    return new BackboneConfig(true, false, 150);
  }

  public BackboneConfig withParse(boolean p) {
    return new BackboneConfig(ner, p, maxSentenceTokens);
  }

  public BackboneConfig withNer(boolean n) {
    return new BackboneConfig(n, parse, maxSentenceTokens);
  }

  /** The CoreNLP annotator list this configuration runs. */
  public String annotators() {
    StringBuilder sb = new StringBuilder("tokenize,ssplit,mwt,pos");
    if (ner) {
      sb.append(",ner");
    }
    if (parse) {
      sb.append(",depparse");
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return Objects.toString(annotators());
  }
}
