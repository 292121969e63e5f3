package org.vigie.fr;

import java.util.ArrayList;
import java.util.List;
import org.vigie.core.Annotator;
import org.vigie.core.Pipeline;
import org.vigie.fr.amount.AmountAnnotator;
import org.vigie.fr.backbone.BackboneAnnotator;
import org.vigie.fr.backbone.BackboneConfig;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.event.EventAnnotator;
import org.vigie.fr.mention.MentionAnnotator;
import org.vigie.fr.quote.QuoteAnnotator;
import org.vigie.fr.quote.QuoteConfig;
import org.vigie.fr.time.TimeAnnotator;

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
    return pipeline(config, null);
  }

  /**
   * The full French pipeline with the user's own knowledge base file added to the bundled one (null for none).
   *
   * @throws IllegalArgumentException naming the file and line when that file cannot be read or is malformed
   */
  public static Pipeline pipeline(BackboneConfig config, java.nio.file.Path knowledgeBase) {
    return pipeline(config, knowledgeBase, QuoteConfig.defaults());
  }

  /**
   * As above, with the quotes layer's choice of reported speech.
   *
   * @throws IllegalArgumentException naming the file and line when the knowledge base cannot be read or is malformed
   */
  public static Pipeline pipeline(BackboneConfig config, java.nio.file.Path knowledgeBase, QuoteConfig quotes) {
    BackboneAnnotator backbone = new BackboneAnnotator(config.withNer(true));
    List<Annotator> annotators = new ArrayList<>();
    annotators.add(backbone);
    annotators.add(new MentionAnnotator());
    annotators.add(new TimeAnnotator());
    annotators.add(new AmountAnnotator());
    EntityAnnotator entities = new EntityAnnotator(knowledgeBase);
    annotators.add(entities);
    annotators.add(new QuoteAnnotator(entities, quotes));
    annotators.add(new EventAnnotator(entities));
    // Later layers: one line each, in the order of their needs.
    return Pipeline.of(annotators);
  }

  /**
   * A plain Stanford CoreNLP French pipeline with the given annotators (for example
   * {@code tokenize,ssplit,mwt,pos,ner,depparse}), without Vigie's normalization or repair: what a user of
   * CoreNLP alone would run. The function annotates a text and returns its token count. For benchmarks.
   */
  public static java.util.function.ToIntFunction<String> plainCoreNlp(String annotators) {
    java.util.Properties props = new java.util.Properties();
    try (var in = French.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
      props.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, "CoreNLP French models"),
          java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    props.setProperty("annotators", annotators);
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    edu.stanford.nlp.pipeline.StanfordCoreNLP corenlp = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);
    return text -> {
      edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(text);
      corenlp.annotate(a);
      var tokens = a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
      return tokens == null ? 0 : tokens.size();
    };
  }

  /**
   * Plain CoreNLP French, for side-by-side comparisons: the backbone with the given configuration and no
   * repair. Its raw NER is in {@link BackboneAnnotator#NER}.
   */
  public static Pipeline corenlpBaseline(BackboneConfig config) {
    return Pipeline.of(new BackboneAnnotator(config));
  }
}
