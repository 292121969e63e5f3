package org.vigie.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyze articles and store them in the corpus store (default ./vigie-data), for search, "
        + "entity, timeline, stories, sql and export. Documents already stored unchanged are skipped.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILES|DIRS",
      description = "Files or folders (read recursively) of .txt, .html, .json, .jsonl, .rss, .atom; '-' reads stdin.")
  List<String> inputs;

  @Mixin
  StoreOptions store;

  @Mixin
  InputOptions input;

  @Mixin
  EngineOptions engine;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
      description = "Documents per transaction: a killed ingest loses at most the batch in progress "
          + "(default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--force", description = "Analyze and replace every document, even those stored unchanged "
      + "(after changing --kb or upgrading Vigie).")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "Print a line per committed batch.")
  boolean verbose;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--batch must be at least 1");
    }
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    AtomicInteger unchanged = new AtomicInteger();
    int[] storeFailures = {0};
    long start = System.nanoTime();
    Store.WriteOptions options = Store.WriteOptions.defaults().withBatchSize(batch).withForce(force)
        .withOnCommit(b -> {
          if (verbose) {
            err.printf(Locale.ROOT, "vigie: batch %d committed: %d documents (%d new, %d replaced) in %.2f s%n",
                b.generation(), b.documents(), b.added(), b.replaced(), b.seconds());
          }
        });
    Engine.Summary summary;
    Store.IngestReport report;
    try (Store.Writer writer = Store.write(store.dir(), options)) {
      Pipeline[] pipeline = {null};
      summary = Engine.analyze(inputs, input.config(), d -> {
        synchronized (pipeline) {
          if (pipeline[0] == null) {
            pipeline[0] = Engine.pipeline(err, engine);
          }
        }
        return pipeline[0].process(d);
      }, (Document d) -> {
        boolean wanted = writer.wanted(d);
        if (!wanted) {
          unchanged.incrementAndGet();
        }
        return wanted;
      }, "ingest", workers, err, (AnalyzedDocument doc) -> {
        try {
          Store.AddResult r = writer.add(doc);
          if (r.sameIdEarlier() != null) {
            err.println("vigie: warning: " + doc.document().origin() + " has the id '" + doc.document().id()
                + "' of " + r.sameIdEarlier() + ", read earlier: this one is kept");
          }
        } catch (IllegalArgumentException e) {
          err.println("vigie: skipped " + doc.document().origin() + ": cannot store: " + e.getMessage());
          storeFailures[0]++;
        }
      });
      long finishing = System.nanoTime();
      report = writer.finish();
      if (verbose) {
        err.printf(Locale.ROOT, "vigie: last batch, stories and statistics in %.2f s%n",
            (System.nanoTime() - finishing) / 1e9);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int failures = summary.failures() + storeFailures[0];
    int skipped = unchanged.get() + report.unchanged();
    Store.Stats s = report.store();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("store", store.dir().toString());
      m.put("added", report.added());
      m.put("replaced", report.replaced());
      m.put("unchanged", skipped);
      m.put("failed", failures);
      m.put("batches", report.batches());
      m.put("seconds", Math.round(seconds * 100) / 100.0);
      m.put("totals", s);
      StoreOutput.json(out, m);
    }
    int stored = report.added() + report.replaced();
    err.printf(Locale.ROOT, "vigie: %,d article%s stored (%,d new, %,d replaced), %,d unchanged, %d failed in %.1f s"
        + "%s%n", stored, stored == 1 ? "" : "s", report.added(), report.replaced(), skipped, failures, seconds,
        stored > 0 ? String.format(Locale.ROOT, " (%.1f articles/s)", stored / seconds) : "");
    err.printf(Locale.ROOT, "vigie: store %s: %,d articles, %,d entities, %,d quotes, %,d events, %,d stories,"
        + " %s%n", store.dir(), s.documents(), s.entities(), s.quotes(), s.events(), s.stories(),
        StoreOutput.bytes(s.bytes()));
    if (stored == 0 && skipped == 0 && failures > 0) {
      return ExitCodes.NO_INPUT;
    }
    return failures > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }
}
