package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.BatchRunner;
import org.vigie.core.Document;
import org.vigie.core.Layers;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;
import org.vigie.fr.backbone.BackboneConfig;
import org.vigie.fr.quote.QuoteConfig;
import org.vigie.ingest.Ingest;
import org.vigie.ingest.IngestConfig;
import org.vigie.ingest.ReadResult;

/**
 * Reading, analysing and reporting, shared by the commands that run the engine over inputs: every input
 * problem becomes one stderr line and the batch goes on.
 */
final class Engine {
  private Engine() {}

  record Summary(int documents, long tokens, int failures, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "vigie: %,d document%s, %,d tokens in %.1f s (%,.0f tokens/s), %d failed",
          documents, documents == 1 ? "" : "s", tokens, seconds, seconds > 0 ? tokens / seconds : 0.0, failures);
    }
  }

  private static final java.util.Map<String, Pipeline> PIPELINES = new java.util.HashMap<>();

  /**
   * The French pipeline for these options, loaded once per process (several seconds) and shared by every
   * command and thread.
   */
  static synchronized Pipeline pipeline(PrintWriter err, EngineOptions options) {
    EngineOptions o = options != null ? options : new EngineOptions();
    if (o.knowledgeBase != null && !java.nio.file.Files.isRegularFile(o.knowledgeBase)) {
      throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "no such knowledge base file: " + o.knowledgeBase);
    }
    String key = o.parse + "|" + o.knowledgeBase + "|" + contentHash(o.knowledgeBase) + "|" + o.reportedSpeech;
    Pipeline p = PIPELINES.get(key);
    if (p == null) {
      if (System.console() != null) {
        err.println("vigie: loading French models...");
      }
      try {
        p = French.pipeline(BackboneConfig.defaults().withParse(o.parse), o.knowledgeBase,
            QuoteConfig.defaults().withReportedSpeech(o.reportedSpeech));
      } catch (IllegalArgumentException e) {
        throw new ExitCodes.UserError(ExitCodes.USAGE, e.getMessage());
      }
      PIPELINES.put(key, p);
    }
    return p;
  }

  /** The knowledge base file's content, so that an edited file is read again by a long-lived process. */
  private static int contentHash(Path file) {
    try {
      return file == null ? 0 : java.util.Arrays.hashCode(java.nio.file.Files.readAllBytes(file));
    } catch (java.io.IOException e) {
      throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
  }

  static Stream<ReadResult> read(List<String> inputs, IngestConfig config) {
    List<Stream<ReadResult>> parts = new ArrayList<>();
    List<Path> batch = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals("-")) {
        if (!batch.isEmpty()) {
          parts.add(Ingest.read(List.copyOf(batch), config));
          batch.clear();
        }
        parts.add(Ingest.readStdin(System.in, config));
      } else {
        batch.add(Path.of(in));
      }
    }
    if (!batch.isEmpty()) {
      parts.add(Ingest.read(batch, config));
    }
    return parts.stream().flatMap(s -> s);
  }

  static Summary analyze(List<String> inputs, IngestConfig config, Pipeline pipeline, int threads, PrintWriter err,
      Consumer<AnalyzedDocument> sink) {
    return analyze(inputs, config, pipeline::process, d -> true, "analyze", threads, err, sink);
  }

  /**
   * As above, with the analysis given as a function (so that a command can load the models only once a document
   * needs them), and only the documents that {@code wanted} accepts analysed: the others are neither analysed nor
   * counted (the caller counts them). {@code wanted} runs on the worker threads.
   */
  static Summary analyze(List<String> inputs, IngestConfig config, Function<Document, AnalyzedDocument> analysis,
      Predicate<Document> wanted, String task, int threads, PrintWriter err, Consumer<AnalyzedDocument> sink) {
    long start = System.nanoTime();
    int[] docs = {0};
    int[] failures = {0};
    long[] tokens = {0};
    ProgressBar bar = System.console() != null ? new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUnit(" docs", 1).build() : null;
    try (Stream<ReadResult> results = read(inputs, config)) {
      BatchRunner.<ReadResult, AnalyzedDocument>run(results.iterator(), threads,
          r -> r instanceof ReadResult.Ok ok && wanted.test(ok.document()) ? analysis.apply(ok.document()) : null,
          outcome -> {
            ReadResult r = outcome.item();
            if (r instanceof ReadResult.Failure f) {
              err.println("vigie: skipped " + f.message());
              failures[0]++;
            } else if (outcome.error() != null) {
              err.println("vigie: skipped " + r.origin() + ": analysis failed: " + outcome.error());
              failures[0]++;
            } else if (outcome.result() != null) {
              if (r.message() != null) {
                err.println("vigie: warning: " + r.message());
              }
              AnalyzedDocument doc = outcome.result();
              sink.accept(doc);
              docs[0]++;
              tokens[0] += doc.get(Layers.TOKENS).size();
            }
            if (bar != null) {
              bar.step();
            }
          });
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    return new Summary(docs[0], tokens[0], failures[0], (System.nanoTime() - start) / 1e9);
  }
}
