package org.vigie.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.eval.internal.Parallel;

/**
 * Scores the engine against a gold set in the format of {@code data/gold/FORMAT.md}: the one scoring path of
 * the {@code eval} command, the tests and the README's quality table.
 *
 * <p>Predictions are read from the engine's JSON output ({@link DocumentJson#toTree}) by layer key
 * ({@code quotes}, {@code times}, {@code amounts}, {@code quantities}, {@code events}, {@code entities},
 * {@code mentions}), so this module needs no annotator: a layer the engine does not make yet is simply absent
 * and scores 0. Without an {@code entities} layer, the article's entities are derived from {@code mentions}.
 *
 * <pre>{@code
 * GoldSet gold = GoldSet.read(Path.of("data/gold/seeds.gold.jsonl"), Path.of("data/gold/seeds.entities.json"));
 * EvalReport r = new GoldEvaluator(gold).withLayers(List.of("quotes", "times")).withThreads(2)
 *     .evaluate(DocumentLoader.folder(Path.of("examples/seeds")), pipeline::process);
 * System.out.print(r.table());   // --json FILE: Files.writeString(file, r.toJson()); --errors: r.errors()
 * }</pre>
 */
public final class GoldEvaluator {
  /** The layers this evaluator scores, in report order. */
  public static final List<String> LAYERS = List.of("quotes", "times", "amounts", "quantities", "events", "entities");

  /**
   * Whether the words in marks that nobody is said to have said (the engine's {@code scare_quotes}) are scored
   * as quotes without a speaker. FORMAT.md lets a gold set list scare quotes and titles with a null speaker, and
   * the seeds' gold lists none, so the gold says which convention it follows: {@link #AUTO} counts them when the
   * gold set has at least one quote with a null speaker.
   */
  public enum ScareQuotes {
    AUTO, COUNTED, IGNORED
  }

  private final GoldSet gold;
  private final Set<String> layers;
  private final int threads;
  private final ScareQuotes scare;

  public GoldEvaluator(GoldSet gold) {
    this(gold, new LinkedHashSet<>(LAYERS), 1, ScareQuotes.AUTO);
  }

  private GoldEvaluator(GoldSet gold, Set<String> layers, int threads, ScareQuotes scare) {
    this.gold = gold;
    this.layers = layers;
    this.threads = threads;
    this.scare = scare;
  }

  /** Only these layers (names of {@link #LAYERS}); an unknown name fails, listing the known ones. */
  public GoldEvaluator withLayers(Collection<String> names) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String l : LAYERS) {
      if (names.contains(l)) {
        chosen.add(l);
      }
    }
    for (String n : names) {
      if (!LAYERS.contains(n)) {
        throw new IllegalArgumentException("unknown layer '" + n + "'; known layers: " + String.join(", ", LAYERS));
      }
    }
    return new GoldEvaluator(gold, chosen, threads, scare);
  }

  /** Runs the engine on this many documents at once (annotators are thread-safe); default 1. */
  public GoldEvaluator withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    return new GoldEvaluator(gold, layers, n, scare);
  }

  /** How scare quotes are scored; default {@link ScareQuotes#AUTO}. */
  public GoldEvaluator withScareQuotes(ScareQuotes s) {
    return new GoldEvaluator(gold, layers, threads, java.util.Objects.requireNonNull(s, "scare quotes"));
  }

  /** Whether this evaluator scores scare quotes as quotes without a speaker, once {@link ScareQuotes#AUTO} is read. */
  public boolean countsScareQuotes() {
    return switch (scare) {
      case COUNTED -> true;
      case IGNORED -> false;
      case AUTO -> gold.listsSpeakerlessQuotes();
    };
  }

  /** The layers scored. */
  public Set<String> layers() {
    return Set.copyOf(layers);
  }

  /**
   * Loads each gold article, gives it the gold publication date (source {@link DateSource#METADATA}), runs the
   * engine and scores its JSON output. An article the loader cannot find is a problem and is not scored; an
   * engine failure is a problem and the article is scored as if the engine had found nothing.
   */
  public EvalReport evaluate(DocumentLoader loader, Function<Document, AnalyzedDocument> engine) {
    List<GoldDocument> docs = gold.documents();
    List<Parallel.Outcome<Result>> outcomes = Parallel.map(docs, g -> run(g, loader, engine), threads);
    List<String> problems = new ArrayList<>();
    Map<String, ObjectNode> predictions = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Parallel.Outcome<Result> o = outcomes.get(i);
      String id = docs.get(i).id();
      if (o.error() != null) {
        problems.add("doc " + id + ": " + o.error());
      } else {
        if (o.value().problem() != null) {
          problems.add(o.value().problem());
        }
        if (o.value().json() != null) {
          predictions.put(id, o.value().json());
        }
      }
    }
    return score(id -> Optional.ofNullable(predictions.get(id)), problems);
  }

  private record Result(ObjectNode json, String problem) {}

  private static Result run(GoldDocument g, DocumentLoader loader, Function<Document, AnalyzedDocument> engine) {
    Optional<Document> found;
    try {
      found = loader.load(g.id());
    } catch (IOException | RuntimeException e) {
      return new Result(null, "doc " + g.id() + " (gold line " + g.line() + "): cannot be read (" + e
          + "); not scored");
    }
    if (found.isEmpty()) {
      return new Result(null, "doc " + g.id() + " (gold line " + g.line() + "): no such document; not scored");
    }
    Document doc = found.get().withDate(g.date(), DateSource.METADATA, "gold file");
    try {
      return new Result(DocumentJson.toTree(engine.apply(doc)), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(DocumentJson.toTree(AnalyzedDocument.of(doc)),
          "doc " + g.id() + ": the engine failed (" + e + "); scored as finding nothing");
    }
  }

  /**
   * Scores ready-made predictions: {@code predictions} gives the JSON tree of the analysed article with that id
   * (as {@link DocumentJson#toTree} makes it), or empty when there is none (a problem; the article is not
   * scored).
   */
  public EvalReport evaluatePredictions(Function<String, Optional<ObjectNode>> predictions) {
    return score(predictions, List.of());
  }

  /**
   * Scores a JSONL file of {@code analyze} output (one analysed document per line, matched to the gold by
   * {@code id}; an id with a file extension also matches). Bad lines are problems.
   */
  public EvalReport evaluateJsonl(Path analyzeOutput) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, ObjectNode> byId = new HashMap<>();
    List<String> lines = Files.readAllLines(analyzeOutput, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = analyzeOutput.getFileName() + " line " + (i + 1);
      try {
        JsonNode n = DocumentJson.mapper().readTree(line);
        if (!(n instanceof ObjectNode o) || !o.hasNonNull("id")) {
          problems.add(where + ": not an analysed document (no \"id\"); skipped");
          continue;
        }
        String id = o.get("id").asText();
        byId.putIfAbsent(id, o);
        int dot = id.lastIndexOf('.');
        if (dot > 0) {
          byId.putIfAbsent(id.substring(0, dot), o);
        }
      } catch (JsonProcessingException e) {
        problems.add(where + ": not valid JSON (" + e.getOriginalMessage() + "); skipped");
      }
    }
    return score(id -> Optional.ofNullable(byId.get(id)), problems);
  }

  private EvalReport score(Function<String, Optional<ObjectNode>> predictions, List<String> runProblems) {
    GoldScorer scorer = new GoldScorer(gold.entities(), layers, countsScareQuotes());
    List<String> problems = new ArrayList<>(gold.problems());
    problems.addAll(runProblems);
    Set<String> reported = new LinkedHashSet<>(runProblems);
    for (GoldDocument g : gold.documents()) {
      Optional<ObjectNode> p;
      try {
        p = predictions.apply(g.id());
      } catch (RuntimeException e) {
        problems.add("doc " + g.id() + ": predictions cannot be had (" + e + "); not scored");
        continue;
      }
      if (p == null || p.isEmpty()) {
        if (reported.stream().noneMatch(r -> r.startsWith("doc " + g.id() + " ") || r.startsWith("doc " + g.id() + ":"))) {
          problems.add("doc " + g.id() + " (gold line " + g.line() + "): no prediction for it; not scored");
        }
        continue;
      }
      if (!p.get().hasNonNull("text")) {
        problems.add("doc " + g.id() + ": the prediction has no \"text\"; not scored");
        continue;
      }
      scorer.score(g, p.get());
    }
    problems.addAll(scorer.problems);
    return new GoldReport(scorer, layers, problems);
  }
}
