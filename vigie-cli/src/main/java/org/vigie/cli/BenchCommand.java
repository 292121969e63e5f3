package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.BatchRunner;
import org.vigie.core.Document;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;
import org.vigie.ingest.IngestConfig;
import org.vigie.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure documents/s, tokens/s and memory of analyze against plain CoreNLP.",
    sortOptions = false)
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpora to measure (default: examples/seeds and "
      + "data/winer-fr-dev). A folder with brat .ann files is read as brat: only .txt files with an .ann.")
  List<Path> corpora;

  @Option(names = "--passes", defaultValue = "1", description = "Measured passes per corpus (default: 1); the "
      + "median is reported.")
  int passes;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads for analyze (default: 1).")
  int threads;

  @Option(names = "--baseline", defaultValue = "tokenize,ssplit,mwt,pos,ner,depparse",
      description = "CoreNLP annotators of the plain baseline; 'none' to skip it (default: ${DEFAULT-VALUE}).")
  String baseline;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> dirs = corpora != null ? corpora
        : List.of(Home.path("examples/seeds"), Home.path("data/winer-fr-dev"));
    List<List<Document>> docs = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.exists(dir)) {
        throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "no such corpus: " + dir);
      }
      docs.add(load(dir, err));
    }
    List<String[]> rows = new ArrayList<>();

    // Each pipeline is built, measured and dropped in turn, so the peaks of one do not include the other's models.
    long[][] perAnnotator = new long[1][];
    List<String> names = new ArrayList<>();
    measure("vigie analyze", () -> {
      Pipeline vigie = French.pipeline();
      vigie.annotators().forEach(a -> names.add(a.name()));
      long[] nanos = new long[names.size()];
      perAnnotator[0] = nanos;
      return text -> {
        AnalyzedDocument doc = AnalyzedDocument.of(Document.of("bench", text));
        for (int i = 0; i < nanos.length; i++) {
          long t = System.nanoTime();
          doc = vigie.annotators().get(i).annotate(doc);
          synchronized (nanos) {
            nanos[i] += System.nanoTime() - t;
          }
        }
        return doc.get(Layers.TOKENS).size();
      };
    }, dirs, docs, rows);
    if (!baseline.equals("none")) {
      measure("corenlp " + baseline.replace("tokenize,ssplit,", "").replace(",", "+"),
          () -> French.plainCoreNlp(baseline), dirs, docs, rows);
    }
    out.println(table(rows));
    out.println();
    long total = java.util.Arrays.stream(perAnnotator[0]).sum();
    for (int i = 0; i < names.size(); i++) {
      out.printf(Locale.ROOT, "%s: %.0f%% of Vigie's analysis time%n", names.get(i),
          total == 0 ? 0.0 : 100.0 * perAnnotator[0][i] / total);
    }
    out.printf(Locale.ROOT, "threads=%d, passes=%d, cores=%d, max heap=%d MB, java %s, peak RSS of the whole run=%s%n",
        threads, passes, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), peakRss());
    return ExitCodes.OK;
  }

  private void measure(String name, java.util.function.Supplier<ToIntFunction<String>> build, List<Path> dirs,
      List<List<Document>> docs, List<String[]> rows) {
    resetPeaks();
    long t0 = System.nanoTime();
    ToIntFunction<String> run = build.get();
    double load = (System.nanoTime() - t0) / 1e9;
    // Warm-up: the JIT and CoreNLP's caches, on the first corpus.
    for (Document d : docs.get(0)) {
      run.applyAsInt(d.text());
    }
    for (int c = 0; c < dirs.size(); c++) {
      List<Document> corpus = docs.get(c);
      List<Double> times = new ArrayList<>();
      long tokens = 0;
      for (int p = 0; p < Math.max(1, passes); p++) {
        long start = System.nanoTime();
        long[] count = {0};
        BatchRunner.<Document, Integer>run(corpus.iterator(), threads, d -> run.applyAsInt(d.text()),
            o -> count[0] += o.result() == null ? 0 : o.result());
        times.add((System.nanoTime() - start) / 1e9);
        tokens = count[0];
      }
      times.sort(null);
      double s = times.get(times.size() / 2);
      rows.add(new String[] {dirs.get(c).getFileName().toString(), name, Integer.toString(corpus.size()),
          String.format(Locale.ROOT, "%,d", tokens), String.format(Locale.ROOT, "%.1f", load),
          String.format(Locale.ROOT, "%.2f", s), String.format(Locale.ROOT, "%.1f", corpus.size() / s),
          String.format(Locale.ROOT, "%,.0f", tokens / s), String.format(Locale.ROOT, "%,d", peakHeapMb())});
    }
  }

  private static List<Document> load(Path dir, PrintWriter err) throws IOException {
    List<String> inputs;
    boolean brat;
    try (Stream<Path> walk = Files.walk(dir)) {
      brat = walk.anyMatch(p -> p.toString().endsWith(".ann"));
    }
    if (brat) {
      try (Stream<Path> walk = Files.walk(dir)) {
        inputs = walk.filter(p -> p.toString().endsWith(".txt"))
            .filter(p -> Files.exists(Path.of(p.toString().replaceAll("\\.txt$", ".ann"))))
            .sorted().map(Path::toString).collect(Collectors.toList());
      }
    } else {
      inputs = List.of(dir.toString());
    }
    List<Document> docs = new ArrayList<>();
    try (Stream<ReadResult> results = Engine.read(inputs, IngestConfig.defaults().withDetectLanguage(false))) {
      results.forEach(r -> {
        if (r instanceof ReadResult.Ok ok) {
          docs.add(ok.document());
        } else {
          err.println("vigie: skipped " + r.message());
        }
      });
    }
    return docs;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return (kb >> 10) + " MB";
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: leave it unknown.
    }
    return "unknown";
  }

  static String table(List<String[]> rows) {
    String[] head = {"corpus", "pipeline", "docs", "tokens", "load s", "run s", "docs/s", "tokens/s",
        "peak heap MB"};
    List<String[]> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      sb.append('|');
      for (String cell : all.get(r)) {
        sb.append(' ').append(cell).append(" |");
      }
      sb.append('\n');
      if (r == 0) {
        sb.append('|');
        for (int i = 0; i < head.length; i++) {
          sb.append(i < 2 ? "---|" : "---:|");
        }
        sb.append('\n');
      }
    }
    return sb.toString().stripTrailing();
  }
}
