package org.vigie.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Span;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Matcher;
import org.vigie.eval.internal.Parallel;
import org.vigie.eval.internal.Table;
import org.vigie.eval.internal.Texts;

/**
 * Scores the engine on the Microsoft Recognizers-Text French specs ({@code data/recognizers-fr}): each test case
 * is a one-sentence document (dated by {@code Context.ReferenceDateTime} when given) and is scored per spec file.
 *
 * <ul>
 *   <li>DateTime specs against the {@code times} layer: detection at overlap >= 0.5; value correct when the
 *       engine's {@code value} equals the expected timex or one of the resolved values (a resolved
 *       {@code 2016-11-07 00:00:00} also matches {@code 2016-11-07T00:00}).</li>
 *   <li>Number specs against the {@code numbers} layer, or, when the output has none, the {@code amounts} and
 *       {@code quantities} layers; value within 0.5% (ordinal offsets such as {@code end+0} are not checked).</li>
 *   <li>NumberWithUnit/Currency specs against {@code amounts}: value within 0.5% and the same ISO 4217 code
 *       (the spec's currency names are mapped to codes; sub-units such as cents are not value-checked).</li>
 *   <li>Other NumberWithUnit specs (age, dimension, temperature) against {@code quantities}: value only.</li>
 * </ul>
 * A case without results scores its predictions as false alarms.
 */
public final class RecognizersEvaluator {
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("dollar etats-unis", "USD"), Map.entry("dollar americain", "USD"),
      Map.entry("euro", "EUR"), Map.entry("livre", "GBP"), Map.entry("livre sterling", "GBP"),
      Map.entry("yen japonais", "JPY"), Map.entry("yen", "JPY"), Map.entry("dollar canadien", "CAD"),
      Map.entry("franc", "FRF"), Map.entry("franc francais", "FRF"), Map.entry("franc suisse", "CHF"),
      Map.entry("mark finlandais", "FIM"), Map.entry("dollar de hong kong", "HKD"),
      Map.entry("dollar australien", "AUD"), Map.entry("florins neerlandais", "NLG"),
      Map.entry("florin neerlandais", "NLG"), Map.entry("yuan chinois", "CNY"), Map.entry("yuan", "CNY"),
      Map.entry("roupie indienne", "INR"), Map.entry("roupie", "INR"), Map.entry("mexican peso", "MXN"),
      Map.entry("peso mexicain", "MXN"), Map.entry("dollar neo-zelandais", "NZD"));

  /** Fields of a DateTime result that hold a timex or a resolved value (range starts and ends do not count). */
  private static final Set<String> TIME_KEYS = Set.of("timex", "value", "date", "datetime", "time", "set");

  private final Path jsonl;
  private final List<String> specFilters;
  private final int threads;
  private final boolean datedOnly;

  public RecognizersEvaluator(Path jsonl) {
    this(jsonl, List.of(), 1, false);
  }

  private RecognizersEvaluator(Path jsonl, List<String> specFilters, int threads, boolean datedOnly) {
    this.jsonl = jsonl;
    this.specFilters = specFilters;
    this.threads = threads;
    this.datedOnly = datedOnly;
  }

  /** Only the spec files whose path contains one of these strings ({@code "DateTime"}, {@code "Currency"}...). */
  public RecognizersEvaluator withSpecs(Collection<String> contains) {
    return new RecognizersEvaluator(jsonl, List.copyOf(contains), threads, datedOnly);
  }

  /**
   * Only the cases that give a reference date ({@code Context.ReferenceDateTime}): relative expressions of the
   * others cannot be resolved, by any engine.
   */
  public RecognizersEvaluator withReferenceDateOnly(boolean only) {
    return new RecognizersEvaluator(jsonl, specFilters, threads, only);
  }

  public RecognizersEvaluator withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    return new RecognizersEvaluator(jsonl, specFilters, n, datedOnly);
  }

  /** What a spec family is scored against. */
  enum Kind { TIME, NUMBER, CURRENCY, UNIT }

  /** An expected result: span, text, and the values that count as right (none: value not checked). */
  record Expected(Span span, String text, Set<String> timexes, Double number, String currency) {
    boolean checked(Kind kind) {
      return switch (kind) {
        case TIME -> !timexes.isEmpty();
        case CURRENCY -> number != null && currency != null;
        default -> number != null;
      };
    }
  }

  /** One test case as a document. */
  record Case(String spec, Kind kind, int line, Document doc, List<Expected> expected) {}

  /** Reads and scores every case. Fails only when the file cannot be read; bad lines are problems. */
  public EvalReport evaluate(Function<Document, AnalyzedDocument> engine) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Case> cases = read(Files.readAllLines(jsonl, StandardCharsets.UTF_8), jsonl.getFileName().toString(),
        problems);
    List<Parallel.Outcome<ObjectNode>> out = Parallel.map(cases, c -> DocumentJson.toTree(engine.apply(c.doc())),
        threads);
    Map<String, Tally> bySpec = new TreeMap<>();
    Map<String, Tally> byFamily = new TreeMap<>();
    Map<String, Kind> kinds = new TreeMap<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      ObjectNode pred = out.get(i).value();
      if (out.get(i).error() != null) {
        problems.add(c.doc().id() + ": the engine failed (" + out.get(i).error() + "); scored as finding nothing");
        pred = JsonNodeFactory.instance.objectNode();
      }
      Tally t = bySpec.computeIfAbsent(c.spec(), k -> new Tally());
      kinds.put(c.spec(), c.kind());
      Tally f = byFamily.computeIfAbsent(family(c.spec()), k -> new Tally());
      score(c, pred, t, f);
    }
    return new Report(bySpec, byFamily, kinds, cases.size(), problems);
  }

  List<Case> read(List<String> lines, String source, List<String> problems) {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = source + " line " + (i + 1);
      JsonNode n;
      try {
        n = DocumentJson.mapper().readTree(line);
      } catch (JsonProcessingException e) {
        problems.add(where + ": not valid JSON (" + e.getOriginalMessage() + "); skipped");
        continue;
      }
      String spec = Json.str(n, "spec_file");
      String input = Json.str(n, "Input");
      if (spec == null || input == null) {
        problems.add(where + ": no spec_file or Input; skipped");
        continue;
      }
      if (!specFilters.isEmpty() && specFilters.stream().noneMatch(spec::contains)) {
        continue;
      }
      Kind kind = kindOf(spec);
      if (kind == null) {
        problems.add(where + ": spec family of " + spec + " is not scored; skipped");
        continue;
      }
      String id = shortName(spec) + "#" + (i + 1);
      Document doc = Document.of(id, input).withOrigin(where);
      String ref = Json.str(n.path("Context"), "ReferenceDateTime");
      if (datedOnly && (ref == null || ref.isBlank())) {
        continue;
      }
      if (ref != null && ref.length() >= 10) {
        try {
          doc = doc.withDate(LocalDate.parse(ref.substring(0, 10)), DateSource.METADATA,
              "Context.ReferenceDateTime " + ref);
        } catch (DateTimeParseException e) {
          problems.add(where + ": ReferenceDateTime " + ref + " is not a date; case scored without a date");
        }
      }
      List<Expected> expected = new ArrayList<>();
      for (JsonNode r : n.path("Results")) {
        Expected e = expected(r, input, kind);
        if (e == null) {
          problems.add(where + ": result " + Texts.quote(Json.str(r, "Text")) + " not found in the input; ignored");
        } else {
          expected.add(e);
        }
      }
      cases.add(new Case(spec, kind, i + 1, doc, List.copyOf(expected)));
    }
    return cases;
  }

  static Kind kindOf(String spec) {
    if (spec.contains("/DateTime/")) {
      return Kind.TIME;
    }
    if (spec.contains("/NumberWithUnit/")) {
      return spec.contains("Currency") ? Kind.CURRENCY : Kind.UNIT;
    }
    if (spec.contains("/Number/")) {
      return Kind.NUMBER;
    }
    return null;
  }

  static String family(String spec) {
    String[] p = spec.split("/");
    return p.length >= 2 ? p[1] : spec;
  }

  static String shortName(String spec) {
    String s = spec.startsWith("Specs/") ? spec.substring(6) : spec;
    return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
  }

  private static Expected expected(JsonNode r, String input, Kind kind) {
    String text = Json.str(r, "Text");
    if (text == null || text.isEmpty()) {
      return null;
    }
    Double start = Json.num(r, "Start");
    if (start == null) {
      start = Json.num(r, "start");
    }
    int s;
    if (start != null && start >= 0 && input.regionMatches(true, start.intValue(), text, 0, text.length())) {
      s = start.intValue();
    } else {
      s = input.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
      if (s < 0) {
        return null;
      }
    }
    Span span = new Span(s, s + text.length());
    Set<String> timexes = new LinkedHashSet<>();
    Double number = null;
    String currency = null;
    if (kind == Kind.TIME) {
      JsonNode v = r.has("Value") ? r.get("Value") : r.get("Resolution");
      collectTimes(v, timexes);
    } else {
      JsonNode res = r.path("Resolution");
      number = Json.parseNumber(Json.str(res, "value"));
      if (kind == Kind.CURRENCY) {
        String iso = Json.str(res, "isoCurrency");
        currency = iso != null ? iso : CURRENCIES.get(Texts.normalizeName(Json.str(res, "unit")));
      }
    }
    return new Expected(span, text, timexes, number, currency);
  }

  /** Every timex and resolved value under a DateTime result's Value or Resolution. */
  private static void collectTimes(JsonNode v, Set<String> out) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isObject()) {
      var it = v.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        JsonNode c = v.get(k);
        if (c.isTextual()) {
          if (TIME_KEYS.contains(k.toLowerCase(Locale.ROOT))) {
            String s = c.asText().startsWith("Set: ") ? c.asText().substring(5) : c.asText();
            out.add(normalizeTime(s));
          }
        } else {
          collectTimes(c, out);
        }
      }
    } else if (v.isArray()) {
      for (JsonNode c : v) {
        collectTimes(c, out);
      }
    }
  }

  /** {@code 2016-11-07 00:00:00} and {@code 2016-11-07T00:00} compare equal; so do {@code 07:30:00} and {@code T07:30}. */
  static String normalizeTime(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim().replace(' ', 'T');
    t = t.replaceAll("(T?\\d{2}:\\d{2}):00$", "$1");
    if (t.matches("\\d{2}:\\d{2}(:\\d{2})?")) {
      t = "T" + t;
    }
    return t;
  }

  private static void score(Case c, ObjectNode pred, Tally spec, Tally family) {
    String text = c.doc().text();
    List<ObjectNode> items = new ArrayList<>();
    switch (c.kind()) {
      case TIME -> items.addAll(Json.items(pred, "times"));
      case NUMBER -> {
        if (Json.hasLayer(pred, "numbers")) {
          items.addAll(Json.items(pred, "numbers"));
        } else {
          items.addAll(Json.items(pred, "amounts"));
          items.addAll(Json.items(pred, "quantities"));
        }
      }
      case CURRENCY -> items.addAll(Json.items(pred, "amounts"));
      case UNIT -> items.addAll(Json.items(pred, "quantities"));
      default -> throw new IllegalStateException();
    }
    List<ObjectNode> preds = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (ObjectNode n : items) {
      Span s = Json.span(n, text.length());
      if (s != null) {
        preds.add(n);
        spans.add(s);
      }
    }
    List<Expected> gold = c.expected();
    List<Matcher.Pair> pairs = Matcher.greedy(gold.size(), preds.size(),
        (g, p) -> Matcher.overlap(spans.get(p), gold.get(g).span()), GoldScorer.SPAN_MATCH);
    int checked = 0;
    int correct = 0;
    for (Matcher.Pair p : pairs) {
      Expected e = gold.get(p.gold());
      if (!e.checked(c.kind())) {
        continue;
      }
      checked++;
      ObjectNode n = preds.get(p.pred());
      boolean ok = switch (c.kind()) {
        case TIME -> {
          String v = normalizeTime(Json.str(n, "value"));
          yield v != null && e.timexes().contains(v);
        }
        case CURRENCY -> GoldScorer.closeEnough(e.number(), Json.num(n, "value"))
            && GoldScorer.sameUnit(e.currency(), Json.str(n, "unit"), true);
        default -> GoldScorer.closeEnough(e.number(), Json.num(n, "value"));
      };
      if (ok) {
        correct++;
      } else {
        spec.errors.add("WRONG VALUE  " + c.doc().id() + " " + Texts.quote(e.text()) + ": expected "
            + (c.kind() == Kind.TIME ? e.timexes() : GoldScorer.show(e.number())
                + (e.currency() == null ? "" : " " + e.currency()))
            + ", predicted " + Json.str(n, "value") + (c.kind() == Kind.CURRENCY ? " " + Json.str(n, "unit") : "")
            + " in " + Texts.quote(text));
      }
    }
    for (Tally t : List.of(spec, family)) {
      t.add(pairs.size(), gold.size(), preds.size());
      t.addValues(correct, checked, gold.size(), preds.size());
    }
    boolean[] gm = Matcher.goldMatched(pairs, gold.size());
    for (int i = 0; i < gold.size(); i++) {
      if (!gm[i]) {
        spec.errors.add("MISS         " + c.doc().id() + " " + Texts.quote(gold.get(i).text()) + " in " + Texts.quote(text));
      }
    }
    boolean[] pm = Matcher.predMatched(pairs, preds.size());
    for (int i = 0; i < preds.size(); i++) {
      if (!pm[i]) {
        spec.errors.add("FALSE ALARM  " + c.doc().id() + " " + Texts.quote(spans.get(i).of(text)) + " value "
            + Json.str(preds.get(i), "value") + " in " + Texts.quote(text));
      }
    }
  }

  private static ObjectNode scores(Tally t) {
    ObjectNode o = t.detection.toJson();
    o.put("value_accuracy", Json.round(t.valueAccuracy()));
    o.put("value_f1", Json.round(t.value.f1()));
    return o;
  }

  /** Per spec file and per family (DateTime, Number, NumberWithUnit). */
  static final class Report implements EvalReport {
    private final Map<String, Tally> bySpec;
    private final Map<String, Tally> byFamily;
    private final Map<String, Kind> kinds;
    private final int documents;
    private final List<String> problems;

    Report(Map<String, Tally> bySpec, Map<String, Tally> byFamily, Map<String, Kind> kinds, int documents,
        List<String> problems) {
      this.bySpec = bySpec;
      this.byFamily = byFamily;
      this.kinds = kinds;
      this.documents = documents;
      this.problems = List.copyOf(problems);
    }

    private static String layerOf(Kind k) {
      return switch (k) {
        case TIME -> "times";
        case NUMBER -> "numbers";
        case CURRENCY -> "amounts";
        case UNIT -> "quantities";
      };
    }

    @Override
    public ObjectNode json() {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ObjectNode specs = root.putObject("spec_files");
      bySpec.forEach((k, t) -> {
        ObjectNode o = scores(t);
        o.put("layer", layerOf(kinds.get(k)));
        specs.set(k, o);
      });
      ObjectNode fam = root.putObject("families");
      byFamily.forEach((k, t) -> fam.set(k, scores(t)));
      root.put("documents", documents);
      var p = root.putArray("problems");
      problems.forEach(p::add);
      return root;
    }

    @Override
    public String table() {
      Table t = new Table("spec", "layer", "P", "R", "F1", "value acc", "value F1", "gold", "pred", "match");
      bySpec.forEach((k, x) -> row(t, shortName(k), layerOf(kinds.get(k)), x));
      byFamily.forEach((k, x) -> row(t, k + " (all)", "", x));
      StringBuilder sb = new StringBuilder(t.toString());
      sb.append(documents).append(" cases; match at overlap >= 0.5; value accuracy over matched results that have "
          + "an expected value; figures in %.\n");
      GoldReport.appendProblems(sb, problems);
      return sb.toString();
    }

    private static void row(Table t, String name, String layer, Tally x) {
      FMeasure f = x.detection;
      t.row(name, layer, Table.pct(f.precision()), Table.pct(f.recall()), Table.pct(f.f1()),
          x.valueChecked == 0 ? "-" : Table.pct(x.valueAccuracy()), x.valueChecked == 0 ? "-" : Table.pct(x.value.f1()),
          Integer.toString(f.gold()), Integer.toString(f.predicted()), Integer.toString(f.tp()));
    }

    @Override
    public String errors() {
      StringBuilder sb = new StringBuilder();
      bySpec.forEach((k, t) -> {
        sb.append("== ").append(shortName(k)).append(" (").append(t.errors.size()).append(" errors)\n");
        t.errors.forEach(l -> sb.append(l).append('\n'));
      });
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
