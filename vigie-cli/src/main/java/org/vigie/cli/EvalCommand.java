package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.EntityType;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.eval.BratNerEvaluator;
import org.vigie.eval.DocumentLoader;
import org.vigie.eval.EvalReport;
import org.vigie.eval.GoldEvaluator;
import org.vigie.eval.GoldSet;
import org.vigie.eval.LitbankQuoteEvaluator;
import org.vigie.eval.RecognizersEvaluator;
import org.vigie.fr.backbone.BackboneAnnotator;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.mention.MentionAnnotator;
import org.vigie.fr.quote.QuoteAnnotator;
import org.vigie.fr.quote.QuoteConfig;
import org.vigie.ingest.IngestConfig;
import org.vigie.ingest.ReadResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the engine against gold: the shared gold format, brat NER, "
    + "Recognizers-Text or fr-litbank quotes.", sortOptions = false)
final class EvalCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Gold gold;

  static final class Gold {
    @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "Gold in the shared format (data/gold/FORMAT.md).")
    Path goldFile;

    @Option(names = "--brat", paramLabel = "DIR", description = "Brat NER gold, e.g. data/winer-fr-dev.")
    Path brat;

    @Option(names = "--recognizers", paramLabel = "FILE.jsonl", description = "Recognizers-Text French cases, "
        + "e.g. data/recognizers-fr/recognizers_fr_dotnet_supported.jsonl.")
    Path recognizers;

    @Option(names = "--litbank", paramLabel = "DIR", description = "fr-litbank quotations, e.g. data/fr-litbank-dev.")
    Path litbank;

    @Option(names = "--quality", description = "Print the README's quality table: the seeds gold, the three "
        + "winer-quotes sets, WiNER dev (with and without gazetteers, and CoreNLP alone), Recognizers-Text and fr-litbank.")
    boolean quality;
  }

  @picocli.CommandLine.Mixin
  EngineOptions engineOptions;

  @Option(names = "--docs", paramLabel = "DIR", description = "Documents named by the gold (with --gold): "
      + "<id>.txt, .html, .json...")
  Path docs;

  @Option(names = "--pred", paramLabel = "FILE.jsonl", description = "Score this analyze output instead of running "
      + "the engine (with --gold).")
  Path pred;

  @Option(names = "--entities", paramLabel = "FILE.json", description = "Canonical entities with aliases (--gold).")
  Path entities;

  @Option(names = "--layers", split = ",", paramLabel = "LAYER",
      description = "Layers to score (--gold): quotes,times,amounts,quantities,events,entities (default: all).")
  List<String> layers;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Entity types to score (--brat): Person,Organization,Location (default: all three).")
  List<String> types;

  @Option(names = "--specs", split = ",", paramLabel = "TEXT",
      description = "Only spec files whose name contains one of these (--recognizers), e.g. DateTime,Number.")
  List<String> specs;

  @Option(names = "--dated-only", description = "Only the cases that give a reference date (--recognizers).")
  boolean datedOnly;

  @Option(names = "--baseline", paramLabel = "corenlp", description = "Also score plain CoreNLP NER (--brat).")
  String baseline;

  @Option(names = "--without-gazetteers", description = "Score the mention rules without the bundled gazetteers "
      + "and name lists (--brat): the difference is what the knowledge base brings.")
  boolean withoutGazetteers;

  @Option(names = "--scare-quotes", paramLabel = "auto|counted|ignored", defaultValue = "auto",
      converter = ScareQuotesConverter.class, description = "Score the words in marks nobody is said to have said "
      + "(scare_quotes) as quotes without a speaker (--gold): 'auto' (default) when the gold lists quotes with a "
      + "null speaker.")
  GoldEvaluator.ScareQuotes scareQuotes;

  @Option(names = "--errors", description = "List misses and false alarms with their text.")
  boolean errors;

  @Option(names = "--json", paramLabel = "REPORT", description = "Write the machine-readable report here.")
  Path json;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    if (gold.quality) {
      out.println(quality(n, err));
      return ExitCodes.OK;
    }
    if (baseline != null && !baseline.equalsIgnoreCase("corenlp")) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--baseline takes 'corenlp', not '" + baseline + "'");
    }
    EvalReport report;
    if (gold.goldFile != null) {
      GoldEvaluator evaluator = goldEvaluator(gold.goldFile, entities, n);
      if (pred != null) {
        report = evaluator.evaluateJsonl(requireExists(pred));
      } else {
        if (docs == null) {
          throw new ExitCodes.UserError(ExitCodes.USAGE, "--gold needs --docs DIR (or --pred FILE.jsonl)");
        }
        report = evaluator.evaluate(loader(requireExists(docs)), engine(err));
      }
    } else if (gold.brat != null) {
      Pipeline p = Engine.pipeline(err, engineOptions);
      BratNerEvaluator evaluator = new BratNerEvaluator(requireExists(gold.brat)).withThreads(n);
      if (types != null) {
        evaluator = evaluator.withTypes(types.stream().map(EvalCommand::type).toList());
      }
      Function<Document, AnalyzedDocument> system = p::process;
      if (withoutGazetteers) {
        Annotator backbone = p.annotators().get(0);
        MentionAnnotator rules = new MentionAnnotator(false);
        system = d -> rules.annotate(backbone.annotate(AnalyzedDocument.of(d)));
      }
      report = evaluator.evaluate(system, baseline != null ? corenlp(p) : null);
    } else if (gold.recognizers != null) {
      RecognizersEvaluator evaluator = new RecognizersEvaluator(requireExists(gold.recognizers)).withThreads(n)
          .withReferenceDateOnly(datedOnly);
      if (specs != null) {
        evaluator = evaluator.withSpecs(specs);
      }
      report = evaluator.evaluate(engine(err));
    } else {
      report = new LitbankQuoteEvaluator(requireExists(gold.litbank)).withThreads(n).evaluate(engine(err));
    }
    out.println(report.table());
    if (errors) {
      out.println();
      out.println(report.errors());
    }
    for (String problem : report.problems()) {
      err.println("vigie: " + problem);
    }
    if (json != null) {
      if (json.getParent() != null) {
        Files.createDirectories(json.getParent());
      }
      Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
    }
    return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private GoldEvaluator goldEvaluator(Path goldFile, Path entitiesFile, int n) throws IOException {
    GoldSet set = GoldSet.read(requireExists(goldFile), entitiesFile == null ? null : requireExists(entitiesFile));
    GoldEvaluator evaluator = new GoldEvaluator(set).withThreads(n)
        .withScareQuotes(scareQuotes);
    if (layers != null) {
      try {
        evaluator = evaluator.withLayers(layers);
      } catch (IllegalArgumentException e) {
        throw new ExitCodes.UserError(ExitCodes.USAGE, e.getMessage());
      }
    }
    return evaluator;
  }

  /** {@code auto|counted|ignored}, in any case. */
  static final class ScareQuotesConverter implements picocli.CommandLine.ITypeConverter<GoldEvaluator.ScareQuotes> {
    @Override
    public GoldEvaluator.ScareQuotes convert(String value) {
      for (GoldEvaluator.ScareQuotes s : GoldEvaluator.ScareQuotes.values()) {
        if (s.name().equalsIgnoreCase(value)) {
          return s;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not auto, counted or ignored");
    }
  }

  private Function<Document, AnalyzedDocument> engine(PrintWriter err) {
    Pipeline p = Engine.pipeline(err, engineOptions);
    return p::process;
  }

  /** Plain CoreNLP French NER as the mentions: the backbone alone, its raw NER renamed. */
  private static Function<Document, AnalyzedDocument> corenlp(Pipeline vigie) {
    Pipeline backbone = Pipeline.of(vigie.annotators().get(0));
    return d -> {
      AnalyzedDocument a = backbone.process(d);
      return a.with(Layers.MENTIONS, a.get(BackboneAnnotator.NER));
    };
  }

  private static EntityType type(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "person", "per" -> EntityType.PER;
      case "organization", "organisation", "org" -> EntityType.ORG;
      case "location", "loc" -> EntityType.LOC;
      default -> throw new ExitCodes.UserError(ExitCodes.USAGE,
          "unknown entity type '" + name + "' (use Person, Organization, Location)");
    };
  }

  private static Path requireExists(Path p) {
    if (!Files.exists(p)) {
      throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "no such file or folder: " + p);
    }
    return p;
  }

  /** Finds {@code <id>.<any supported extension>} in the folder and reads it as analyze would. */
  static DocumentLoader loader(Path dir) {
    IngestConfig config = IngestConfig.defaults().withDetectLanguage(false);
    return id -> {
      List<Path> candidates = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> {
          String name = f.getFileName().toString();
          int dot = name.lastIndexOf('.');
          return dot > 0 && name.substring(0, dot).equals(id) && !name.endsWith(".ann");
        }).sorted().forEach(candidates::add);
      }
      for (Path c : candidates) {
        try (Stream<ReadResult> read = Engine.read(List.of(c.toString()), config)) {
          Optional<Document> doc = read.filter(r -> r instanceof ReadResult.Ok)
              .map(r -> ((ReadResult.Ok) r).document().withId(id)).findFirst();
          if (doc.isPresent()) {
            return doc;
          }
        }
      }
      return Optional.empty();
    };
  }

  /** The README's quality table: what the current engine scores on the bundled gold sets. */
  private String quality(int n, PrintWriter err) throws IOException {
    Pipeline loaded = Engine.pipeline(err, engineOptions);
    // The table is the default engine's; the quote rows also say what keeping all reported speech gives.
    Pipeline p = withReportedSpeech(loaded, QuoteConfig.ReportedSpeech.PEOPLE);
    Pipeline all = withReportedSpeech(loaded, QuoteConfig.ReportedSpeech.ALL);
    GoldEvaluator seeds = goldEvaluator(Home.path("data/gold/seeds.gold.jsonl"),
        Home.path("data/gold/seeds.entities.json"), n);
    EvalReport s = seeds.evaluate(loader(Home.path("examples/seeds")), p::process);
    EvalReport sAll = goldEvaluator(Home.path("data/gold/seeds.gold.jsonl"),
        Home.path("data/gold/seeds.entities.json"), n).withLayers(List.of("quotes"))
        .evaluate(loader(Home.path("examples/seeds")), all::process);
    // The three WiNER systems share one backbone run per article: CoreNLP is most of the time.
    SharedBackbone shared = new SharedBackbone(p.annotators().get(0));
    EvalReport w = new BratNerEvaluator(Home.path("data/winer-fr-dev")).withThreads(n)
        .evaluate(shared.then(p.annotators().subList(1, p.annotators().size())),
            d -> shared.of(d).with(Layers.MENTIONS, shared.of(d).get(BackboneAnnotator.NER)));
    StringBuilder sb = new StringBuilder();
    sb.append("| gold set | layer | P | R | F1 | other |\n|---|---|---:|---:|---:|---|\n");
    var sj = s.json();
    for (String layer : GoldEvaluator.LAYERS) {
      var node = layer.equals("quotes") ? sj.path(layer).path("lenient") : sj.path(layer);
      String other = switch (layer) {
        case "quotes" -> "speaker accuracy " + pct(sj.path("quotes").path("speaker_accuracy").asDouble())
            + "; " + allReportedSpeech(sAll.json().path("quotes"));
        case "times" -> "value F1 " + pct(sj.path(layer).path("value_f1").asDouble());
        case "amounts", "quantities" -> "value F1 " + pct(sj.path(layer).path("value_f1").asDouble());
        default -> "";
      };
      sb.append(String.format(Locale.ROOT, "| seeds (%d articles) | %s%s | %s | %s | %s | %s |%n", s.documents(), layer,
          layer.equals("quotes") ? " (lenient)" : "", pct(node.path("p").asDouble()), pct(node.path("r").asDouble()),
          pct(node.path("f1").asDouble()), other));
    }
    // Quotes on news nobody tuned the engine on before it was written (see the README's Quotations section).
    for (String set : List.of("winer-quotes", "winer-quotes-2", "winer-quotes-3")) {
      GoldEvaluator scorer = new GoldEvaluator(GoldSet.read(requireExists(Home.path("data/gold/" + set
          + ".gold.jsonl")), null)).withThreads(n).withLayers(List.of("quotes"));
      EvalReport wq = scorer.evaluate(loader(Home.path("data/gold/" + set)), p::process);
      EvalReport wqAll = scorer.evaluate(loader(Home.path("data/gold/" + set)), all::process);
      var qj = wq.json().path("quotes");
      var qs = qj.path("without_scare_quotes").path("lenient");
      sb.append(String.format(Locale.ROOT, "| %s (%d WiNER articles) | quotes (lenient) | %s | %s | %s | speaker"
          + " accuracy %s; without `scare_quotes`: P %s, R %s, F1 %s; %s |%n", set,
          wq.documents(), pct(qj.path("lenient").path("p").asDouble()), pct(qj.path("lenient").path("r").asDouble()),
          pct(qj.path("lenient").path("f1").asDouble()), pct(qj.path("speaker_accuracy").asDouble()),
          pct(qs.path("p").asDouble()), pct(qs.path("r").asDouble()), pct(qs.path("f1").asDouble()),
          allReportedSpeech(wqAll.json().path("quotes"))));
    }
    var wj = w.json();
    EvalReport rules = new BratNerEvaluator(Home.path("data/winer-fr-dev")).withThreads(n)
        .evaluate(shared.then(List.of(new MentionAnnotator(false))));
    var rj = rules.json();
    String[][] systems = {{"Vigie", "ner"}, {"Vigie without gazetteers", "rules"}, {"CoreNLP alone", "baseline"}};
    for (String[] system : systems) {
      var node = system[1].equals("rules") ? rj.path("ner") : wj.path(system[1]);
      var micro = node.path("micro");
      sb.append(String.format(Locale.ROOT, "| WiNER dev (%d articles) | NER, %s | %s | %s | %s | %s |%n",
          w.documents(), system[0], pct(micro.path("p").asDouble()), pct(micro.path("r").asDouble()),
          pct(micro.path("f1").asDouble()), perType(node.path("per_type"))));
    }
    Path recognizers = Home.path("data/recognizers-fr/recognizers_fr_dotnet_supported.jsonl");
    var families = new RecognizersEvaluator(recognizers).withThreads(n).evaluate(p::process).json().path("families");
    var currency = new RecognizersEvaluator(recognizers).withSpecs(List.of("Currency")).withThreads(n)
        .evaluate(p::process).json().path("families").path("NumberWithUnit");
    var dated = new RecognizersEvaluator(recognizers).withSpecs(List.of("/DateTime/")).withReferenceDateOnly(true)
        .withThreads(n).evaluate(p::process).json().path("families").path("DateTime");
    var datedParsers = new RecognizersEvaluator(recognizers).withSpecs(List.of("DateParser", "DateTimeParser"))
        .withReferenceDateOnly(true).withThreads(n).evaluate(p::process).json().path("families").path("DateTime");
    String[][] rows = {{"DateTime", "times"}, {"DateTime, cases with a reference date", "times"},
        {"Date and DateTime parsers, with a reference date", "times"}, {"Number", "numbers"},
        {"Currency", "amounts"}};
    for (String[] row : rows) {
      var node = switch (row[0]) {
        case "Currency" -> currency;
        case "DateTime, cases with a reference date" -> dated;
        case "Date and DateTime parsers, with a reference date" -> datedParsers;
        default -> families.path(row[0]);
      };
      sb.append(String.format(Locale.ROOT, "| Recognizers-Text fr | %s (%s) | %s | %s | %s | value accuracy %s |%n",
          row[0], row[1], pct(node.path("p").asDouble()), pct(node.path("r").asDouble()),
          pct(node.path("f1").asDouble()), pct(node.path("value_accuracy").asDouble())));
    }
    EvalReport lit = new LitbankQuoteEvaluator(Home.path("data/fr-litbank-dev")).withThreads(n).evaluate(p::process);
    var lq = lit.json().path("quotes");
    sb.append(String.format(Locale.ROOT, "| fr-litbank dev (%d texts) | quotes (lenient) | %s | %s | %s | speaker "
        + "accuracy %s |%n", lit.documents(), pct(lq.path("lenient").path("p").asDouble()),
        pct(lq.path("lenient").path("r").asDouble()), pct(lq.path("lenient").path("f1").asDouble()),
        pct(lq.path("speaker_accuracy").asDouble())));
    return sb.toString().stripTrailing();
  }

  private static String allReportedSpeech(com.fasterxml.jackson.databind.JsonNode quotes) {
    var l = quotes.path("lenient");
    return String.format(Locale.ROOT, "`--reported-speech all`: P %s, R %s, F1 %s, speaker accuracy %s",
        pct(l.path("p").asDouble()), pct(l.path("r").asDouble()), pct(l.path("f1").asDouble()),
        pct(quotes.path("speaker_accuracy").asDouble()));
  }

  /** The same loaded pipeline, its quotes annotator keeping the reported speech asked for. */
  private static Pipeline withReportedSpeech(Pipeline p, QuoteConfig.ReportedSpeech whose) {
    List<Annotator> annotators = new ArrayList<>(p.annotators());
    EntityAnnotator entities = null;
    for (int i = 0; i < annotators.size(); i++) {
      if (annotators.get(i) instanceof EntityAnnotator e) {
        entities = e;
      } else if (annotators.get(i) instanceof QuoteAnnotator) {
        annotators.set(i, new QuoteAnnotator(entities, QuoteConfig.defaults().withReportedSpeech(whose)));
      }
    }
    return Pipeline.of(annotators);
  }

  /**
   * The backbone's analysis of each document, made once and shared by several systems that differ only in
   * what follows it (Vigie, Vigie without gazetteers, CoreNLP's raw NER).
   */
  private static final class SharedBackbone {
    private final Annotator backbone;
    private final Map<String, AnalyzedDocument> done = new ConcurrentHashMap<>();

    SharedBackbone(Annotator backbone) {
      this.backbone = backbone;
    }

    AnalyzedDocument of(Document d) {
      return done.computeIfAbsent(d.id(), k -> backbone.annotate(AnalyzedDocument.of(d)));
    }

    /** The backbone's analysis, then these annotators (which must come after it in a valid pipeline). */
    Function<Document, AnalyzedDocument> then(List<Annotator> rest) {
      return d -> {
        AnalyzedDocument a = of(d);
        for (Annotator annotator : rest) {
          a = annotator.annotate(a);
        }
        return a;
      };
    }
  }

  private static String perType(com.fasterxml.jackson.databind.JsonNode perType) {
    List<String> parts = new ArrayList<>();
    for (String t : new String[] {"PER", "ORG", "LOC"}) {
      parts.add(t + " F1 " + pct(perType.path(t).path("f1").asDouble()));
    }
    return String.join(", ", parts);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f", v * 100);
  }
}
