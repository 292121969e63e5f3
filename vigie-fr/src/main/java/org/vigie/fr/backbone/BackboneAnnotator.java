package org.vigie.fr.backbone;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Dependency;
import org.vigie.core.EntityType;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.NormalizedText;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;

/**
 * The French NLP backbone: Stanford CoreNLP's French models for sentences, tokens (with multi-word tokens
 * split), Universal Dependencies part-of-speech tags, 4-class NER and, when configured, dependency parses.
 *
 * <p>CoreNLP reads a {@link NormalizedText} (one apostrophe, plain spaces, composed accents), which removes
 * its worst errors on French news (the typographic apostrophe makes {@code l’OTAN} one entity); every offset
 * is mapped back to the original text. CoreNLP's raw NER chunks are kept as the {@link #NER} layer, which the
 * mention annotator repairs. Models load once, in the constructor (several seconds); afterwards one instance
 * serves all threads.
 */
public final class BackboneAnnotator implements Annotator {
  /** CoreNLP's NER as it comes out, before repair: the baseline that mentions improve on. */
  public static final Layer<Mention> NER = Layer.of("ner", Mention.class);

  private final BackboneConfig config;
  private final StanfordCoreNLP corenlp;
  private final FrenchLemmatizer lemmatizer;

  public BackboneAnnotator(BackboneConfig config) {
    this.config = config;
    Properties props = new Properties();
    try (var in = BackboneAnnotator.class.getClassLoader()
        .getResourceAsStream("StanfordCoreNLP-french.properties")) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP French models are not on the classpath "
            + "(edu.stanford.nlp:stanford-corenlp:models-french)");
      }
      props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read CoreNLP French properties", e);
    }
    props.setProperty("annotators", config.annotators());
    props.setProperty("depparse.maxSentenceLength", Integer.toString(config.maxSentenceTokens()));
    props.setProperty("pos.maxlen", "300");
    // Titles, datelines, list items and paragraphs end at a line break in news text.
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.maxLength", "0");
    this.corenlp = quietly(() -> new StanfordCoreNLP(props));
    this.lemmatizer = FrenchLemmatizer.load();
  }

  public BackboneAnnotator() {
    this(BackboneConfig.defaults());
  }

  public BackboneConfig config() {
    return config;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return config.parse()
        ? Set.of(Layers.SENTENCES, Layers.TOKENS, NER, Layers.DEPENDENCIES)
        : config.ner() ? Set.of(Layers.SENTENCES, Layers.TOKENS, NER) : Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    NormalizedText norm = NormalizedText.of(doc.text());
    Annotation ann = new Annotation(norm.text());
    corenlp.annotate(ann);

    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Mention> ner = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    String text = doc.text();
    for (CoreMap s : coreSentences == null ? List.<CoreMap>of() : coreSentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      int index = sentences.size();
      Span sentenceSpan = norm.toOriginal(labels.get(0).beginPosition(),
          labels.get(labels.size() - 1).endPosition());
      sentences.add(new Sentence(sentenceSpan, index));
      Map<CoreLabel, Integer> tokenIndex = new IdentityHashMap<>();
      String openTag = null;
      int openStart = -1;
      int openEnd = -1;
      for (CoreLabel l : labels) {
        Span span = norm.toOriginal(l.beginPosition(), l.endPosition());
        String form = l.word();
        String pos = l.tag() == null ? "X" : l.tag();
        tokenIndex.put(l, tokens.size());
        tokens.add(new Token(span, form, pos, lemmatizer.lemma(form, pos), index));
        if (!config.ner()) {
          continue;
        }
        String tag = l.ner();
        tag = tag == null || tag.equals("O") ? null : tag;
        boolean continues = tag != null && tag.equals(openTag);
        if (!continues && openTag != null) {
          addNer(ner, text, norm, openStart, openEnd, openTag);
          openTag = null;
        }
        if (tag != null) {
          if (openTag == null) {
            openTag = tag;
            openStart = l.beginPosition();
          }
          openEnd = Math.max(openEnd, l.endPosition());
          if (openStart > l.beginPosition()) {
            openStart = l.beginPosition();
          }
        }
      }
      if (openTag != null) {
        addNer(ner, text, norm, openStart, openEnd, openTag);
      }
      if (config.parse()) {
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
          for (var root : graph.getRoots()) {
            Integer d = tokenIndex.get(root.backingLabel());
            if (d != null) {
              deps.add(new Dependency(tokens.get(d).span(), d, -1, "root"));
            }
          }
          for (SemanticGraphEdge e : graph.edgeIterable()) {
            Integer d = tokenIndex.get(e.getDependent().backingLabel());
            Integer h = tokenIndex.get(e.getGovernor().backingLabel());
            if (d != null && h != null) {
              deps.add(new Dependency(tokens.get(d).span(), d, h, e.getRelation().toString()));
            }
          }
          deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        }
      }
    }
    AnalyzedDocument out = doc.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
    if (config.ner()) {
      out = out.with(NER, ner);
    }
    if (config.parse()) {
      out = out.with(Layers.DEPENDENCIES, deps);
    }
    return out;
  }

  private static void addNer(List<Mention> out, String text, NormalizedText norm, int start, int end, String tag) {
    Span span = norm.toOriginal(start, end);
    EntityType type = switch (tag.toUpperCase(Locale.ROOT)) {
      case "PER", "PERS", "I-PER", "PERSON" -> EntityType.PER;
      case "LOC", "I-LOC", "LOCATION" -> EntityType.LOC;
      case "ORG", "I-ORG", "ORGANIZATION" -> EntityType.ORG;
      default -> EntityType.MISC;
    };
    if (!span.isEmpty()) {
      // Two adjacent multi-word tokens can repeat a span; keep one mention per span.
      if (!out.isEmpty() && out.get(out.size() - 1).span().equals(span)) {
        return;
      }
      out.add(new Mention(span, span.of(text), type));
    }
  }

  /** CoreNLP prints model loading to stderr; Vigie's own output stays clean. */
  private static <T> T quietly(java.util.function.Supplier<T> s) {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    return s.get();
  }
}
