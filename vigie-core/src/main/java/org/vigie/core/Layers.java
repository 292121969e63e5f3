package org.vigie.core;

/**
 * The layers of the backbone, which every later annotator may build on. Later layers (times, amounts,
 * quotes, entities, events) are declared next to the annotator that makes them.
 */
public final class Layers {
  private Layers() {}

  public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
  public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
  public static final Layer<Mention> MENTIONS = Layer.of("mentions", Mention.class);
  public static final Layer<Dependency> DEPENDENCIES = Layer.of("dependencies", Dependency.class);
}
