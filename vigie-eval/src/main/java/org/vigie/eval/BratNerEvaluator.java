package org.vigie.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.EntityType;
import org.vigie.core.Span;
import org.vigie.eval.internal.Brat;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Parallel;
import org.vigie.eval.internal.Table;
import org.vigie.eval.internal.Texts;

/**
 * Scores named-entity spans against brat gold such as WiNER ({@code data/winer-fr-dev}): exact span and type,
 * micro and per type, for the engine and optionally a baseline engine, from the {@code mentions} layer of their
 * JSON output.
 *
 * <p>Gold types Person, Organization and Location (or PER, ORG, LOC) map to PER, ORG, LOC; every other type is
 * ignored, and so are discontinuous gold spans (WiNER has none). Nested gold entities are all kept. A document
 * whose id starts with a date ({@code 2016_03_01-001}) gets that date as its publication date.
 *
 * <pre>{@code
 * EvalReport r = new BratNerEvaluator(Path.of("data/winer-fr-dev")).withThreads(2)
 *     .evaluate(vigie::process, baseline::process);   // baseline may be null
 * }</pre>
 */
public final class BratNerEvaluator {
  private static final Map<String, EntityType> TYPES = Map.of(
      "Person", EntityType.PER, "Organization", EntityType.ORG, "Location", EntityType.LOC,
      "PER", EntityType.PER, "ORG", EntityType.ORG, "LOC", EntityType.LOC);
  private static final Pattern DATED_ID = Pattern.compile("(\\d{4})_(\\d{2})_(\\d{2})(?:[-_].*)?");

  private final Path folder;
  private final Set<EntityType> types;
  private final int threads;

  /** Scores PER, ORG and LOC. */
  public BratNerEvaluator(Path folder) {
    this(folder, EnumSet.of(EntityType.PER, EntityType.ORG, EntityType.LOC), 1);
  }

  private BratNerEvaluator(Path folder, Set<EntityType> types, int threads) {
    this.folder = folder;
    this.types = types;
    this.threads = threads;
  }

  /** Only these types (among PER, ORG, LOC). */
  public BratNerEvaluator withTypes(Collection<EntityType> only) {
    EnumSet<EntityType> t = EnumSet.noneOf(EntityType.class);
    for (EntityType e : only) {
      if (e == EntityType.MISC) {
        throw new IllegalArgumentException("the brat gold has no MISC type; choose among PER, ORG, LOC");
      }
      t.add(e);
    }
    if (t.isEmpty()) {
      throw new IllegalArgumentException("no entity type to score");
    }
    return new BratNerEvaluator(folder, t, threads);
  }

  /** Runs the engines on this many documents at once; default 1. */
  public BratNerEvaluator withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    return new BratNerEvaluator(folder, types, n);
  }

  /** Scores {@code engine} alone. */
  public EvalReport evaluate(Function<Document, AnalyzedDocument> engine) throws IOException {
    return evaluate(engine, null);
  }

  /**
   * Scores {@code engine} and, when not null, {@code baseline} on every document of the folder. Fails only when
   * the folder cannot be listed; an unreadable document or an engine failure is a problem (a failing engine
   * is scored as finding nothing in that document).
   */
  public EvalReport evaluate(Function<Document, AnalyzedDocument> engine,
      Function<Document, AnalyzedDocument> baseline) throws IOException {
    List<Path> files = Brat.textFiles(folder);
    List<String> problems = new ArrayList<>();
    List<Gold> golds = new ArrayList<>();
    for (Path f : files) {
      try {
        Brat.Doc d = Brat.read(folder, f);
        problems.addAll(d.problems());
        golds.add(gold(d));
      } catch (IOException | RuntimeException e) {
        problems.add(folder.relativize(f) + ": cannot be read (" + e + "); not scored");
      }
    }
    NerScore main = run("engine", golds, engine, problems);
    NerScore base = baseline == null ? null : run("baseline", golds, baseline, problems);
    return new NerReport(types, main, base, golds.size(), problems);
  }

  /** The gold of one document: its document (with date) and its entity spans of the chosen types. */
  record Gold(Document doc, List<Ent> entities) {}

  /** An entity span with its type and text. */
  record Ent(Span span, EntityType type, String text) {}

  Gold gold(Brat.Doc d) {
    Document doc = Document.of(baseName(d.id()), d.text())
        .withOrigin(d.txt() == null ? d.id() : d.txt().toString());
    LocalDate date = dateOf(baseName(d.id()));
    if (date != null) {
      doc = doc.withDate(date, DateSource.METADATA, "document id");
    }
    Map<String, Ent> unique = new LinkedHashMap<>();
    for (Brat.TextBound t : d.textBounds().values()) {
      EntityType type = TYPES.get(t.type());
      if (type == null || !types.contains(type) || t.discontinuous()) {
        continue;
      }
      Span s = t.pieces().get(0);
      unique.putIfAbsent(s.start() + ":" + s.end() + ":" + type, new Ent(s, type, s.of(d.text())));
    }
    return new Gold(doc, List.copyOf(unique.values()));
  }

  private static String baseName(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  /** {@code 2016_03_01-001} gives 2016-03-01; null when the id does not start with a date. */
  static LocalDate dateOf(String id) {
    Matcher m = DATED_ID.matcher(id);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Micro and per-type counts of one engine, and its errors. */
  static final class NerScore {
    FMeasure micro = FMeasure.ZERO;
    final Map<EntityType, FMeasure> perType = new EnumMap<>(EntityType.class);
    final List<String> errors = new ArrayList<>();
    final String name;

    NerScore(String name, Set<EntityType> types) {
      this.name = name;
      for (EntityType t : types) {
        perType.put(t, FMeasure.ZERO);
      }
    }

    ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.set("micro", micro.toJson());
      ObjectNode pt = o.putObject("per_type");
      perType.forEach((t, f) -> pt.set(t.name(), f.toJson()));
      return o;
    }
  }

  private NerScore run(String name, List<Gold> golds, Function<Document, AnalyzedDocument> engine,
      List<String> problems) {
    List<Parallel.Outcome<ObjectNode>> out = Parallel.map(golds,
        g -> DocumentJson.toTree(engine.apply(g.doc())), threads);
    NerScore score = new NerScore(name, types);
    for (int i = 0; i < golds.size(); i++) {
      Gold g = golds.get(i);
      ObjectNode pred = out.get(i).value();
      if (out.get(i).error() != null) {
        problems.add(name + " failed on " + g.doc().id() + " (" + out.get(i).error() + "); scored as finding nothing");
        pred = JsonNodeFactory.instance.objectNode();
      }
      score(g, pred, score);
    }
    return score;
  }

  /** Exact span-and-type scoring of one document. */
  void score(Gold g, ObjectNode pred, NerScore score) {
    String text = g.doc().text();
    Map<String, Ent> gold = new HashMap<>();
    Map<String, EntityType> goldTypeBySpan = new HashMap<>();
    for (Ent e : g.entities()) {
      gold.put(key(e.span(), e.type()), e);
      goldTypeBySpan.putIfAbsent(e.span().toString(), e.type());
    }
    Map<String, Ent> unmatched = new LinkedHashMap<>();
    for (Ent e : g.entities()) {
      unmatched.put(key(e.span(), e.type()), e);
    }
    for (ObjectNode m : Json.items(pred, "mentions")) {
      EntityType type;
      try {
        type = EntityType.valueOf(String.valueOf(Json.str(m, "type")));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!types.contains(type)) {
        continue;
      }
      Span s = Json.span(m, text.length());
      if (s == null) {
        continue;
      }
      String k = key(s, type);
      if (unmatched.remove(k) != null) {
        score.micro = score.micro.plus(new FMeasure(1, 0, 0));
        score.perType.merge(type, new FMeasure(1, 0, 0), FMeasure::plus);
      } else {
        score.micro = score.micro.plus(new FMeasure(0, 1, 0));
        score.perType.merge(type, new FMeasure(0, 1, 0), FMeasure::plus);
        EntityType other = goldTypeBySpan.get(s.toString());
        String why = gold.containsKey(k) ? " (predicted twice)"
            : other != null ? " (gold type " + other + ")" : "";
        score.errors.add("FALSE ALARM  " + g.doc().id() + " " + s + " " + type + " " + Texts.quote(s.of(text)) + why);
      }
    }
    for (Ent e : unmatched.values()) {
      score.micro = score.micro.plus(new FMeasure(0, 0, 1));
      score.perType.merge(e.type(), new FMeasure(0, 0, 1), FMeasure::plus);
      score.errors.add("MISS         " + g.doc().id() + " " + e.span() + " " + e.type() + " " + Texts.quote(e.text()));
    }
  }

  private static String key(Span s, EntityType t) {
    return s.start() + ":" + s.end() + ":" + t;
  }

  /** The report: {@code {"ner": {"micro", "per_type"}, "baseline": {...}, "documents": n}}. */
  static final class NerReport implements EvalReport {
    private final Set<EntityType> types;
    private final NerScore main;
    private final NerScore baseline;
    private final int documents;
    private final List<String> problems;

    NerReport(Set<EntityType> types, NerScore main, NerScore baseline, int documents, List<String> problems) {
      this.types = types;
      this.main = main;
      this.baseline = baseline;
      this.documents = documents;
      this.problems = List.copyOf(problems);
    }

    @Override
    public ObjectNode json() {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.set("ner", main.toJson());
      if (baseline != null) {
        root.set("baseline", baseline.toJson());
      }
      root.put("documents", documents);
      var p = root.putArray("problems");
      problems.forEach(p::add);
      return root;
    }

    @Override
    public String table() {
      Table t = new Table("system", "type", "P", "R", "F1", "gold", "pred", "match");
      for (NerScore s : baseline == null ? List.of(main) : List.of(main, baseline)) {
        String label = s == main ? "vigie" : "baseline";
        row(t, label, "all", s.micro);
        for (EntityType type : types) {
          row(t, "", type.name(), s.perType.get(type));
        }
      }
      StringBuilder sb = new StringBuilder(t.toString());
      sb.append(documents).append(" documents; exact span and type; figures in %.\n");
      GoldReport.appendProblems(sb, problems);
      return sb.toString();
    }

    private static void row(Table t, String system, String type, FMeasure f) {
      t.row(system, type, Table.pct(f.precision()), Table.pct(f.recall()), Table.pct(f.f1()),
          Integer.toString(f.gold()), Integer.toString(f.predicted()), Integer.toString(f.tp()));
    }

    @Override
    public String errors() {
      StringBuilder sb = new StringBuilder();
      for (NerScore s : baseline == null ? List.of(main) : List.of(main, baseline)) {
        sb.append("== ner ").append(s == main ? "(vigie)" : "(baseline)").append(" (").append(s.errors.size())
            .append(" errors)\n");
        s.errors.forEach(l -> sb.append(l).append('\n'));
      }
      GoldReport.appendProblems(sb, problems);
      return sb.toString();
    }

    @Override
    public List<String> problems() {
      return problems;
    }

    @Override
    public int documents() {
      return documents;
    }
  }
}
