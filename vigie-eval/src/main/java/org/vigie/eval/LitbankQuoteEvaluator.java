package org.vigie.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Span;
import org.vigie.eval.internal.Brat;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Matcher;
import org.vigie.eval.internal.Parallel;
import org.vigie.eval.internal.Table;
import org.vigie.eval.internal.Texts;

/**
 * Scores quotations and their speakers against fr-litbank ({@code data/fr-litbank-dev}, brat): {@code Citation}
 * spans, {@code Entite} speaker mentions, and {@code Source} relations linking them (either argument order).
 *
 * <p>Quote matching follows FORMAT.md (one-to-one, greedy, overlap >= 0.3 lenient, >= 0.8 strict). A
 * discontinuous citation ({@code a b;c d}, a quote cut by {@code dit-il}) counts as its pieces together: overlap =
 * characters the prediction shares with the pieces / the longer of the prediction and the pieces' total length,
 * so the incise between the pieces is neither required nor penalized beyond its length.
 *
 * <p>Speaker accuracy is over the gold citations matched leniently that have a {@code Source} (fiction leaves
 * many speakers to the reader; a citation without a Source is not counted; with several Sources, any of them
 * is right). The speaker is right when the
 * prediction's {@code speaker_start}/{@code speaker_end} span overlaps the gold Entite mention, or, without such
 * a span, when the normalized Entite text equals the predicted {@code speaker} or one of its
 * {@code speaker_mentions}. No coreference: an Entite that is a pronoun ({@code il}) needs the span rule or a
 * mention {@code il} among the predicted speaker mentions.
 *
 * <pre>{@code
 * EvalReport r = new LitbankQuoteEvaluator(Path.of("data/fr-litbank-dev")).evaluate(pipeline::process);
 * }</pre>
 */
public final class LitbankQuoteEvaluator {
  private final Path folder;
  private final int threads;

  public LitbankQuoteEvaluator(Path folder) {
    this(folder, 1);
  }

  private LitbankQuoteEvaluator(Path folder, int threads) {
    this.folder = folder;
    this.threads = threads;
  }

  public LitbankQuoteEvaluator withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    return new LitbankQuoteEvaluator(folder, n);
  }

  /** A speaker mention of a citation. */
  record Speaker(Span span, String text) {}

  /** A gold citation: its pieces, its text, and its speaker mentions (empty when no Source links it). */
  record Citation(List<Span> pieces, String text, List<Speaker> speakers) {}

  record Gold(Document doc, List<Citation> citations) {}

  /** Reads every document of the folder and scores the engine. Fails only when the folder cannot be listed. */
  public EvalReport evaluate(Function<Document, AnalyzedDocument> engine) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Gold> golds = new ArrayList<>();
    for (Path f : Brat.textFiles(folder)) {
      try {
        Brat.Doc d = Brat.read(folder, f);
        problems.addAll(d.problems());
        golds.add(gold(d, problems));
      } catch (IOException | RuntimeException e) {
        problems.add(folder.relativize(f) + ": cannot be read (" + e + "); not scored");
      }
    }
    List<Parallel.Outcome<ObjectNode>> out = Parallel.map(golds, g -> DocumentJson.toTree(engine.apply(g.doc())),
        threads);
    Scores s = new Scores();
    for (int i = 0; i < golds.size(); i++) {
      ObjectNode pred = out.get(i).value();
      if (out.get(i).error() != null) {
        problems.add(golds.get(i).doc().id() + ": the engine failed (" + out.get(i).error()
            + "); scored as finding nothing");
        pred = JsonNodeFactory.instance.objectNode();
      }
      score(golds.get(i), pred, s);
    }
    return new Report(s, golds.size(), problems);
  }

  static Gold gold(Brat.Doc d, List<String> problems) {
    Map<String, List<Speaker>> speakersOf = new HashMap<>();
    for (Brat.Relation r : d.relations()) {
      if (!r.type().equals("Source")) {
        continue;
      }
      Brat.TextBound a = d.textBounds().get(r.arg1());
      Brat.TextBound b = d.textBounds().get(r.arg2());
      if (a == null || b == null) {
        problems.add(d.id() + ".ann: relation " + r.id() + " names a missing annotation; ignored");
        continue;
      }
      Brat.TextBound cit = a.type().equals("Citation") ? a : b.type().equals("Citation") ? b : null;
      Brat.TextBound ent = cit == a ? b : a;
      if (cit == null || !ent.type().equals("Entite")) {
        problems.add(d.id() + ".ann: relation " + r.id() + " does not link a Citation to an Entite; ignored");
        continue;
      }
      speakersOf.computeIfAbsent(cit.id(), k -> new ArrayList<>()).add(new Speaker(ent.cover(), ent.text()));
    }
    List<Citation> cits = new ArrayList<>();
    for (Brat.TextBound t : d.textBounds().values()) {
      if (t.type().equals("Citation")) {
        cits.add(new Citation(t.pieces(), t.text(), List.copyOf(speakersOf.getOrDefault(t.id(), List.of()))));
      }
    }
    cits.sort((x, y) -> x.pieces().get(0).compareTo(y.pieces().get(0)));
    Document doc = Document.of(d.id(), d.text()).withOrigin(d.txt() == null ? d.id() : d.txt().toString());
    return new Gold(doc, List.copyOf(cits));
  }

  static final class Scores {
    final Tally lenient = new Tally();
    final Tally strict = new Tally();
    int speakerChecked;
    int speakerCorrect;
  }

  static void score(Gold g, ObjectNode pred, Scores s) {
    String text = g.doc().text();
    List<ObjectNode> preds = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (ObjectNode n : Json.items(pred, "quotes")) {
      Span sp = Json.span(n, text.length());
      if (sp != null) {
        preds.add(n);
        spans.add(sp);
      }
    }
    List<Citation> gold = g.citations();
    Matcher.Scorer overlap = (gi, pi) -> Matcher.overlap(spans.get(pi), gold.get(gi).pieces());
    List<Matcher.Pair> lenient = Matcher.greedy(gold.size(), preds.size(), overlap, GoldScorer.QUOTE_LENIENT);
    List<Matcher.Pair> strict = Matcher.greedy(gold.size(), preds.size(), overlap, GoldScorer.QUOTE_STRICT);
    s.lenient.add(lenient.size(), gold.size(), preds.size());
    s.strict.add(strict.size(), gold.size(), preds.size());
    String id = g.doc().id();
    for (Matcher.Pair p : lenient) {
      Citation c = gold.get(p.gold());
      if (c.speakers().isEmpty()) {
        continue;
      }
      s.speakerChecked++;
      ObjectNode n = preds.get(p.pred());
      if (speakerRight(c, n, text.length())) {
        s.speakerCorrect++;
      } else {
        PredEntity ps = PredEntity.speakerOf(n);
        Span pspan = Json.span(n, "speaker_start", "speaker_end", text.length());
        s.lenient.errors.add("WRONG SPEAKER  " + id + " " + spans.get(p.pred()) + " "
            + Texts.quote(spans.get(p.pred()).of(text)) + ": gold " + speakers(c) + ", predicted " + (ps == null ? "none" : ps.label())
            + (pspan == null ? "" : " " + pspan + " " + Texts.quote(pspan.of(text))));
      }
    }
    boolean[] gm = Matcher.goldMatched(lenient, gold.size());
    for (int i = 0; i < gold.size(); i++) {
      if (!gm[i]) {
        Citation c = gold.get(i);
        s.lenient.errors.add("MISS           " + id + " " + c.pieces().get(0) + " " + Texts.quote(c.text())
            + " speaker " + speakers(c));
      }
    }
    boolean[] pm = Matcher.predMatched(lenient, preds.size());
    for (int i = 0; i < preds.size(); i++) {
      if (!pm[i]) {
        PredEntity ps = PredEntity.speakerOf(preds.get(i));
        s.lenient.errors.add("FALSE ALARM    " + id + " " + spans.get(i) + " " + Texts.quote(spans.get(i).of(text))
            + " speaker " + (ps == null ? "none" : ps.label()));
      }
    }
  }

  private static String speakers(Citation c) {
    if (c.speakers().isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (Speaker s : c.speakers()) {
      sb.append(sb.length() == 0 ? "" : " or ").append(Texts.quote(s.text())).append(' ').append(s.span());
    }
    return sb.toString();
  }

  /** Right when it is one of the citation's speakers (several Sources: any of them). */
  static boolean speakerRight(Citation c, ObjectNode pred, int textLength) {
    Span pspan = Json.span(pred, "speaker_start", "speaker_end", textLength);
    PredEntity ps = PredEntity.speakerOf(pred);
    for (Speaker s : c.speakers()) {
      if (pspan != null) {
        if (pspan.overlaps(s.span())) {
          return true;
        }
        continue;
      }
      if (ps == null) {
        return false;
      }
      String g = Texts.normalizeName(s.text());
      if (g.equals(Texts.normalizeName(ps.name())) || ps.mentions().stream().anyMatch(m -> g.equals(Texts.normalizeName(m)))) {
        return true;
      }
    }
    return false;
  }

  /** {@code {"quotes": {"lenient", "strict", "speaker_accuracy"}, "documents": n}}. */
  static final class Report implements EvalReport {
    private final Scores s;
    private final int documents;
    private final List<String> problems;

    Report(Scores s, int documents, List<String> problems) {
      this.s = s;
      this.documents = documents;
      this.problems = List.copyOf(problems);
    }

    double speakerAccuracy() {
      return s.speakerChecked == 0 ? 0.0 : (double) s.speakerCorrect / s.speakerChecked;
    }

    @Override
    public ObjectNode json() {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ObjectNode q = root.putObject("quotes");
      q.set("lenient", s.lenient.detection.toJson());
      q.set("strict", s.strict.detection.toJson());
      q.put("speaker_accuracy", Json.round(speakerAccuracy()));
      root.put("documents", documents);
      var p = root.putArray("problems");
      problems.forEach(p::add);
      return root;
    }

    @Override
    public String table() {
      Table t = new Table("quotes", "P", "R", "F1", "speaker acc", "gold", "pred", "match");
      for (String k : List.of("lenient", "strict")) {
        FMeasure f = (k.equals("lenient") ? s.lenient : s.strict).detection;
        t.row(k, Table.pct(f.precision()), Table.pct(f.recall()), Table.pct(f.f1()),
            k.equals("lenient") ? Table.pct(speakerAccuracy()) : "-", Integer.toString(f.gold()),
            Integer.toString(f.predicted()), Integer.toString(f.tp()));
      }
      StringBuilder sb = new StringBuilder(t.toString());
      sb.append(documents).append(" documents; speaker accuracy over ").append(s.speakerChecked)
          .append(" matched citations that have a Source; figures in %.\n");
      GoldReport.appendProblems(sb, problems);
      return sb.toString();
    }

    @Override
    public String errors() {
      StringBuilder sb = new StringBuilder();
      sb.append("== quotes (").append(s.lenient.errors.size()).append(" errors)\n");
      s.lenient.errors.forEach(l -> sb.append(l).append('\n'));
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
