package org.vigie.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.vigie.core.Span;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Matcher;
import org.vigie.eval.internal.Texts;

/** Scores documents of a gold set against the engine's JSON output, one document at a time, and sums up. */
final class GoldScorer {
  static final double QUOTE_LENIENT = 0.3;
  static final double QUOTE_STRICT = 0.8;
  static final double SPAN_MATCH = 0.5;
  static final double VALUE_TOLERANCE = 0.005;

  private final GoldEntities ents;
  private final Set<String> layers;
  final List<String> problems = new ArrayList<>();
  int documents;

  /** Also holds speaker accuracy: valueCorrect / valueChecked over the gold quotes matched leniently. */
  final Tally quotesLenient = new Tally();
  final Tally quotesStrict = new Tally();
  /**
   * Whether the words in marks that nobody is said to have said ({@code scare_quotes}) are scored as quotes
   * without a speaker: for gold that lists scare quotes and titles with a null speaker, as FORMAT.md says.
   */
  final boolean scareQuotes;
  /** Lenient quote detection under the other convention than {@link #scareQuotes}: both are reported. */
  final Tally otherConvention = new Tally();
  final Tally directLenient = new Tally();
  final Tally directStrict = new Tally();
  final Tally indirectLenient = new Tally();
  final Tally indirectStrict = new Tally();
  final Tally times = new Tally();
  final Tally amounts = new Tally();
  final Tally quantities = new Tally();
  final Tally events = new Tally();
  final Tally entities = new Tally();

  GoldScorer(GoldEntities ents, Set<String> layers, boolean scareQuotes) {
    this.ents = ents;
    this.layers = layers;
    this.scareQuotes = scareQuotes;
  }

  Map<String, Tally> errorSections() {
    Map<String, Tally> m = new LinkedHashMap<>();
    m.put("quotes", quotesLenient);
    m.put("times", times);
    m.put("amounts", amounts);
    m.put("quantities", quantities);
    m.put("events", events);
    m.put("entities", entities);
    m.keySet().retainAll(layers);
    return m;
  }

  /** A gold string with every place it occurs in the article (empty when it does not occur). */
  private record Located(String text, List<Span> at) {}

  private Located locate(GoldDocument g, String layer, String text, String articleText) {
    List<Span> at = Texts.occurrences(articleText, text);
    if (at.isEmpty()) {
      problems.add("doc " + g.id() + " (gold line " + g.line() + "): " + layer + " text " + Texts.quote(text)
          + " does not occur in the article; counted as a miss");
    }
    return new Located(text, at);
  }

  private static String where(Located l) {
    return l.at().isEmpty() ? "[not in text]" : l.at().get(0).toString();
  }

  private record PredSpan(ObjectNode node, Span span, String text) {}

  private List<PredSpan> spans(ObjectNode root, String key, String articleText, String docId) {
    List<PredSpan> out = new ArrayList<>();
    for (ObjectNode n : Json.items(root, key)) {
      Span s = Json.span(n, articleText.length());
      if (s == null) {
        problems.add("doc " + docId + ": predicted " + key + " item without valid start/end ignored: " + n);
        continue;
      }
      out.add(new PredSpan(n, s, s.of(articleText)));
    }
    return out;
  }

  void score(GoldDocument g, ObjectNode pred) {
    documents++;
    String text = Json.str(pred, "text");
    if (text == null) {
      text = "";
    }
    List<PredEntity> articleEntities = PredEntity.ofArticle(pred, text.length(), false);
    if (layers.contains("quotes") && g.quotes() != null) {
      scoreQuotes(g, pred, text, articleEntities);
    }
    if (layers.contains("times") && g.times() != null) {
      scoreTimes(g, pred, text);
    }
    if (layers.contains("amounts") && g.amounts() != null) {
      scoreAmounts(g, g.amounts(), spans(pred, "amounts", text, g.id()), text, true, amounts);
    }
    if (layers.contains("quantities") && g.quantities() != null) {
      scoreAmounts(g, g.quantities(), spans(pred, "quantities", text, g.id()), text, false, quantities);
    }
    if (layers.contains("events") && g.events() != null) {
      scoreEvents(g, pred, text, articleEntities);
    }
    if (layers.contains("entities") && g.entities() != null) {
      scoreEntities(g, PredEntity.ofArticle(pred, text.length(), true));
    }
  }

  // --- quotes ----------------------------------------------------------------------------------------------

  private void scoreQuotes(GoldDocument g, ObjectNode root, String text, List<PredEntity> articleEntities) {
    List<GoldDocument.Quote> gold = g.quotes();
    List<Located> loc = new ArrayList<>();
    for (GoldDocument.Quote q : gold) {
      loc.add(locate(g, "quote", q.text(), text));
    }
    List<PredSpan> said = spans(root, "quotes", text, g.id());
    List<PredSpan> withScare = new ArrayList<>(said);
    withScare.addAll(spans(root, "scare_quotes", text, g.id()));
    List<PredSpan> pred = scareQuotes ? withScare : said;
    List<PredSpan> other = scareQuotes ? said : withScare;
    List<Integer> allG = range(gold.size());
    List<Integer> allP = range(pred.size());
    List<Matcher.Pair> lenient = match(loc, pred, allG, allP, QUOTE_LENIENT);
    quotesLenient.add(lenient.size(), gold.size(), pred.size());
    quotesStrict.add(match(loc, pred, allG, allP, QUOTE_STRICT).size(), gold.size(), pred.size());
    otherConvention.add(match(loc, other, allG, range(other.size()), QUOTE_LENIENT).size(), gold.size(),
        other.size());
    for (boolean direct : new boolean[] {true, false}) {
      List<Integer> gs = filter(gold.size(), i -> gold.get(i).direct() == direct);
      List<Integer> ps = filter(pred.size(), i -> Json.bool(pred.get(i).node(), "direct", true) == direct);
      (direct ? directLenient : indirectLenient).add(match(loc, pred, gs, ps, QUOTE_LENIENT).size(), gs.size(),
          ps.size());
      (direct ? directStrict : indirectStrict).add(match(loc, pred, gs, ps, QUOTE_STRICT).size(), gs.size(),
          ps.size());
    }
    int correct = 0;
    for (Matcher.Pair p : lenient) {
      GoldDocument.Quote gq = gold.get(p.gold());
      PredSpan pq = pred.get(p.pred());
      PredEntity speaker = PredEntity.speakerOf(pq.node());
      boolean ok = gq.speaker() == null ? speaker == null
          : PredEntity.matches(gq.speaker(), speaker == null ? null : speaker.withMentionsFrom(articleEntities), ents);
      if (p.score() + 1e-9 < QUOTE_STRICT) {
        quotesLenient.errors.add("LOOSE BOUNDS   " + g.id() + " " + pq.span() + " " + Texts.quote(pq.text())
            + String.format(java.util.Locale.ROOT, ": overlap %.2f with gold ", p.score())
            + Texts.quote(gq.text()));
      }
      if (ok) {
        correct++;
      } else {
        quotesLenient.errors.add("WRONG SPEAKER  " + g.id() + " " + pq.span() + " " + Texts.quote(pq.text())
            + ": gold " + gq.speaker() + ", predicted " + (speaker == null ? "none" : speaker.label()));
      }
    }
    quotesLenient.addValues(correct, lenient.size(), gold.size(), pred.size());
    boolean[] gm = Matcher.goldMatched(lenient, gold.size());
    for (int i = 0; i < gold.size(); i++) {
      if (!gm[i]) {
        GoldDocument.Quote q = gold.get(i);
        quotesLenient.errors.add("MISS           " + g.id() + " " + where(loc.get(i)) + " "
            + (q.direct() ? "direct " : "indirect ") + Texts.quote(q.text()) + " speaker " + q.speaker());
      }
    }
    boolean[] pm = Matcher.predMatched(lenient, pred.size());
    for (int i = 0; i < pred.size(); i++) {
      if (!pm[i]) {
        PredSpan p = pred.get(i);
        PredEntity s = PredEntity.speakerOf(p.node());
        quotesLenient.errors.add("FALSE ALARM    " + g.id() + " " + p.span() + " "
            + (Json.bool(p.node(), "direct", true) ? "direct " : "indirect ") + Texts.quote(p.text())
            + " speaker " + (s == null ? "none" : s.label()));
      }
    }
  }

  /** Greedy matching restricted to some gold and predicted indices; pairs use the original indices. */
  private static List<Matcher.Pair> match(List<Located> gold, List<PredSpan> pred, List<Integer> gs, List<Integer> ps,
      double threshold) {
    List<Matcher.Pair> sub = Matcher.greedy(gs.size(), ps.size(),
        (a, b) -> Matcher.bestOverlap(pred.get(ps.get(b)).span(), gold.get(gs.get(a)).at()), threshold);
    List<Matcher.Pair> out = new ArrayList<>();
    for (Matcher.Pair p : sub) {
      out.add(new Matcher.Pair(gs.get(p.gold()), ps.get(p.pred()), p.score()));
    }
    return out;
  }

  private static List<Integer> range(int n) {
    return filter(n, i -> true);
  }

  private static List<Integer> filter(int n, Predicate<Integer> keep) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (keep.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  // --- times -----------------------------------------------------------------------------------------------

  private void scoreTimes(GoldDocument g, ObjectNode root, String text) {
    List<GoldDocument.Time> gold = g.times();
    List<Located> loc = new ArrayList<>();
    for (GoldDocument.Time t : gold) {
      loc.add(locate(g, "time", t.text(), text));
    }
    List<PredSpan> pred = spans(root, "times", text, g.id());
    List<Matcher.Pair> pairs = match(loc, pred, range(gold.size()), range(pred.size()), SPAN_MATCH);
    times.add(pairs.size(), gold.size(), pred.size());
    int correct = 0;
    for (Matcher.Pair p : pairs) {
      String gv = gold.get(p.gold()).value();
      String pv = Json.str(pred.get(p.pred()).node(), "value");
      if (pv != null && pv.trim().equals(gv)) {
        correct++;
      } else {
        times.errors.add("WRONG VALUE    " + g.id() + " " + pred.get(p.pred()).span() + " "
            + Texts.quote(pred.get(p.pred()).text()) + ": gold " + gv + ", predicted " + pv);
      }
    }
    times.addValues(correct, pairs.size(), gold.size(), pred.size());
    listMisses(g, times, pairs, loc, i -> "value " + gold.get(i).value());
    listFalseAlarms(g, times, pairs, pred, p -> "value " + Json.str(p.node(), "value"));
  }

  private void listMisses(GoldDocument g, Tally t, List<Matcher.Pair> pairs, List<Located> loc,
      java.util.function.IntFunction<String> detail) {
    boolean[] gm = Matcher.goldMatched(pairs, loc.size());
    for (int i = 0; i < loc.size(); i++) {
      if (!gm[i]) {
        t.errors.add("MISS           " + g.id() + " " + where(loc.get(i)) + " " + Texts.quote(loc.get(i).text())
            + " " + detail.apply(i));
      }
    }
  }

  private void listFalseAlarms(GoldDocument g, Tally t, List<Matcher.Pair> pairs, List<PredSpan> pred,
      java.util.function.Function<PredSpan, String> detail) {
    boolean[] pm = Matcher.predMatched(pairs, pred.size());
    for (int i = 0; i < pred.size(); i++) {
      if (!pm[i]) {
        PredSpan p = pred.get(i);
        t.errors.add("FALSE ALARM    " + g.id() + " " + p.span() + " " + Texts.quote(p.text()) + " "
            + detail.apply(p));
      }
    }
  }

  // --- amounts and quantities ------------------------------------------------------------------------------

  /** Whether a predicted number is within 0.5% of the gold one (exactly 0 when the gold is 0). */
  static boolean closeEnough(double gold, Double pred) {
    if (pred == null) {
      return false;
    }
    return Math.abs(pred - gold) <= VALUE_TOLERANCE * Math.abs(gold) + 1e-9 * Math.max(1.0, Math.abs(gold));
  }

  static boolean sameUnit(String gold, String pred, boolean currency) {
    if (pred == null) {
      return false;
    }
    return currency ? gold.trim().equalsIgnoreCase(pred.trim()) : Texts.unitsEqual(gold, pred);
  }

  private void scoreAmounts(GoldDocument g, List<GoldDocument.Amount> gold, List<PredSpan> pred, String text,
      boolean currency, Tally t) {
    String layer = currency ? "amount" : "quantity";
    List<Located> loc = new ArrayList<>();
    for (GoldDocument.Amount a : gold) {
      loc.add(locate(g, layer, a.text(), text));
    }
    List<Matcher.Pair> pairs = match(loc, pred, range(gold.size()), range(pred.size()), SPAN_MATCH);
    t.add(pairs.size(), gold.size(), pred.size());
    int correct = 0;
    for (Matcher.Pair p : pairs) {
      GoldDocument.Amount ga = gold.get(p.gold());
      ObjectNode pn = pred.get(p.pred()).node();
      Double pv = Json.num(pn, "value");
      String pu = Json.str(pn, "unit");
      if (closeEnough(ga.value(), pv) && sameUnit(ga.unit(), pu, currency)) {
        correct++;
      } else {
        t.errors.add("WRONG VALUE    " + g.id() + " " + pred.get(p.pred()).span() + " "
            + Texts.quote(pred.get(p.pred()).text()) + ": gold " + show(ga.value()) + " " + ga.unit()
            + ", predicted " + (pv == null ? "null" : show(pv)) + " " + pu);
      }
    }
    t.addValues(correct, pairs.size(), gold.size(), pred.size());
    listMisses(g, t, pairs, loc, i -> show(gold.get(i).value()) + " " + gold.get(i).unit()
        + (gold.get(i).qualifier() == null ? "" : " " + gold.get(i).qualifier()));
    listFalseAlarms(g, t, pairs, pred, p -> {
      Double v = Json.num(p.node(), "value");
      return (v == null ? "null" : show(v)) + " " + Json.str(p.node(), "unit");
    });
  }

  static String show(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  // --- events ----------------------------------------------------------------------------------------------

  private record PredEvent(String type, List<PredEntity> participants, String date, Span span, String text) {
    String label() {
      return type + " " + participants.stream().map(PredEntity::label).toList() + " date " + date
          + (span == null ? "" : " " + span + " " + Texts.quote(text));
    }
  }

  private void scoreEvents(GoldDocument g, ObjectNode root, String text, List<PredEntity> articleEntities) {
    List<GoldDocument.Event> gold = g.events();
    List<PredEvent> pred = new ArrayList<>();
    for (ObjectNode n : Json.items(root, "events")) {
      List<PredEntity> parts = new ArrayList<>();
      var arr = n.get("participants");
      if (arr != null && arr.isArray()) {
        for (var p : arr) {
          PredEntity e = PredEntity.of(p);
          if (e != null && !e.isEmpty()) {
            parts.add(e.withMentionsFrom(articleEntities));
          }
        }
      }
      Span s = Json.span(n, text.length());
      pred.add(new PredEvent(Json.str(n, "type"), parts, Json.str(n, "date"), s, s == null ? null : s.of(text)));
    }
    List<Matcher.Pair> pairs = Matcher.maximum(gold.size(), pred.size(), (gi, pi) -> {
      GoldDocument.Event ge = gold.get(gi);
      PredEvent pe = pred.get(pi);
      if (pe.type() == null || !ge.type().equalsIgnoreCase(pe.type().trim())) {
        return false;
      }
      if (ge.date() != null && (pe.date() == null || !ge.date().equals(pe.date().trim()))) {
        return false;
      }
      for (String gp : ge.participants()) {
        for (PredEntity pp : pe.participants()) {
          if (PredEntity.matches(gp, pp, ents)) {
            return true;
          }
        }
      }
      return false;
    });
    events.add(pairs.size(), gold.size(), pred.size());
    boolean[] gm = Matcher.goldMatched(pairs, gold.size());
    for (int i = 0; i < gold.size(); i++) {
      if (!gm[i]) {
        GoldDocument.Event e = gold.get(i);
        events.errors.add("MISS           " + g.id() + " " + e.type() + " " + e.participants() + " date " + e.date()
            + (e.place() == null ? "" : " place " + e.place()));
      }
    }
    boolean[] pm = Matcher.predMatched(pairs, pred.size());
    for (int i = 0; i < pred.size(); i++) {
      if (!pm[i]) {
        events.errors.add("FALSE ALARM    " + g.id() + " " + pred.get(i).label());
      }
    }
  }

  // --- entities --------------------------------------------------------------------------------------------

  private void scoreEntities(GoldDocument g, List<PredEntity> pred) {
    List<String> gold = g.entities();
    List<Matcher.Pair> pairs = Matcher.maximum(gold.size(), pred.size(),
        (gi, pi) -> PredEntity.matches(gold.get(gi), pred.get(pi), ents));
    entities.add(pairs.size(), gold.size(), pred.size());
    boolean[] gm = Matcher.goldMatched(pairs, gold.size());
    for (int i = 0; i < gold.size(); i++) {
      if (!gm[i]) {
        entities.errors.add("MISS           " + g.id() + " " + gold.get(i));
      }
    }
    boolean[] pm = Matcher.predMatched(pairs, pred.size());
    for (int i = 0; i < pred.size(); i++) {
      if (!pm[i]) {
        PredEntity p = pred.get(i);
        entities.errors.add("FALSE ALARM    " + g.id() + " " + p.label() + (p.type() == null ? "" : " " + p.type()));
      }
    }
  }
}
