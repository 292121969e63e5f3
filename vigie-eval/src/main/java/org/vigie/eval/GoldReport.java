package org.vigie.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Table;

/** The report of {@link GoldEvaluator}: FORMAT.md's JSON keys, a table, and the error listing. */
final class GoldReport implements EvalReport {
  private final GoldScorer s;
  private final Set<String> layers;
  private final List<String> problems;

  GoldReport(GoldScorer scorer, Set<String> layers, List<String> problems) {
    this.s = scorer;
    this.layers = layers;
    this.problems = List.copyOf(problems);
  }

  @Override
  public ObjectNode json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (layers.contains("quotes")) {
      ObjectNode q = root.putObject("quotes");
      q.set("lenient", s.quotesLenient.detection.toJson());
      q.set("strict", s.quotesStrict.detection.toJson());
      ObjectNode d = q.putObject("direct");
      d.set("lenient", s.directLenient.detection.toJson());
      d.set("strict", s.directStrict.detection.toJson());
      ObjectNode i = q.putObject("indirect");
      i.set("lenient", s.indirectLenient.detection.toJson());
      i.set("strict", s.indirectStrict.detection.toJson());
      q.put("speaker_accuracy", Json.round(s.quotesLenient.valueAccuracy()));
      q.put("scare_quotes_counted", s.scareQuotes);
      ObjectNode o = q.putObject(s.scareQuotes ? "without_scare_quotes" : "with_scare_quotes");
      o.set("lenient", s.otherConvention.detection.toJson());
    }
    if (layers.contains("times")) {
      ObjectNode t = s.times.detection.toJson();
      root.set("times", t);
      t.put("value_accuracy", Json.round(s.times.valueAccuracy()));
      t.put("value_f1", Json.round(s.times.value.f1()));
    }
    for (String k : List.of("amounts", "quantities")) {
      if (layers.contains(k)) {
        Tally t = k.equals("amounts") ? s.amounts : s.quantities;
        ObjectNode a = t.detection.toJson();
        root.set(k, a);
        a.put("value_f1", Json.round(t.value.f1()));
        a.put("value_accuracy", Json.round(t.valueAccuracy()));
      }
    }
    if (layers.contains("events")) {
      root.set("events", s.events.detection.toJson());
    }
    if (layers.contains("entities")) {
      root.set("entities", s.entities.detection.toJson());
    }
    root.put("documents", s.documents);
    var p = root.putArray("problems");
    problems.forEach(p::add);
    return root;
  }

  @Override
  public String table() {
    Table t = new Table("layer", "P", "R", "F1", "value acc", "value F1", "speaker acc", "gold", "pred", "match");
    if (layers.contains("quotes")) {
      String sp = Table.pct(s.quotesLenient.valueAccuracy());
      row(t, "quotes (lenient)", s.quotesLenient, null, null, sp);
      row(t, "quotes (strict)", s.quotesStrict, null, null, null);
      row(t, "  direct (lenient)", s.directLenient, null, null, null);
      row(t, "  direct (strict)", s.directStrict, null, null, null);
      row(t, "  indirect (lenient)", s.indirectLenient, null, null, null);
      row(t, "  indirect (strict)", s.indirectStrict, null, null, null);
      row(t, s.scareQuotes ? "  - scare quotes (lenient)" : "  + scare quotes (lenient)", s.otherConvention, null,
          null, null);
    }
    if (layers.contains("times")) {
      row(t, "times", s.times, s.times.valueAccuracy(), s.times.value.f1(), null);
    }
    if (layers.contains("amounts")) {
      row(t, "amounts", s.amounts, s.amounts.valueAccuracy(), s.amounts.value.f1(), null);
    }
    if (layers.contains("quantities")) {
      row(t, "quantities", s.quantities, s.quantities.valueAccuracy(), s.quantities.value.f1(), null);
    }
    if (layers.contains("events")) {
      row(t, "events", s.events, null, null, null);
    }
    if (layers.contains("entities")) {
      row(t, "entities", s.entities, null, null, null);
    }
    StringBuilder sb = new StringBuilder(t.toString());
    sb.append(s.documents).append(" documents scored; figures in %.");
    if (layers.contains("quotes")) {
      sb.append(" Speaker accuracy is over the gold quotes matched leniently.");
      sb.append(s.scareQuotes
          ? " The words in marks nobody is said to have said (scare_quotes) are scored as quotes without a speaker,"
              + " as this gold lists quotes with a null speaker; '- scare quotes' leaves them out."
          : " The words in marks nobody is said to have said (scare_quotes) are not scored, as this gold lists no"
              + " quote with a null speaker; '+ scare quotes' counts them as quotes without a speaker.");
    }
    sb.append('\n');
    appendProblems(sb, problems);
    return sb.toString();
  }

  private static void row(Table t, String name, Tally x, Double valueAcc, Double valueF1, String speaker) {
    FMeasure f = x.detection;
    t.row(name, Table.pct(f.precision()), Table.pct(f.recall()), Table.pct(f.f1()), Table.pct(valueAcc),
        Table.pct(valueF1), speaker == null ? "-" : speaker, Integer.toString(f.gold()),
        Integer.toString(f.predicted()), Integer.toString(f.tp()));
  }

  static void appendProblems(StringBuilder sb, List<String> problems) {
    if (!problems.isEmpty()) {
      sb.append(problems.size()).append(problems.size() == 1 ? " problem:\n" : " problems:\n");
      for (String p : problems) {
        sb.append("  ").append(p).append('\n');
      }
    }
  }

  @Override
  public String errors() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Tally> e : s.errorSections().entrySet()) {
      List<String> lines = e.getValue().errors;
      sb.append("== ").append(e.getKey()).append(" (").append(lines.size()).append(lines.size() == 1 ? " error" : " errors")
          .append(")\n");
      for (String l : lines) {
        sb.append(l).append('\n');
      }
    }
    appendProblems(sb, problems);
    return sb.toString();
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  @Override
  public int documents() {
    return s.documents;
  }
}
