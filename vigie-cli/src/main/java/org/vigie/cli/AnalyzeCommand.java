package org.vigie.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DocumentJson;
import org.vigie.core.Pipeline;
import org.vigie.fr.entity.CorpusEntities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyze articles and print one JSON object per document.",
    sortOptions = false)
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILES|DIRS",
      description = "Files or folders (read recursively) of .txt, .html, .json, .jsonl, .rss, .atom; '-' reads stdin.")
  List<String> inputs;

  @Mixin
  InputOptions input;

  @Mixin
  EngineOptions engine;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl: one compact object per line; json: indented objects (an array on stdout or in a file, "
          + "one file per document in a folder). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE|DIR",
      description = "Write here instead of stdout. An existing folder, or a path ending in '/', gets one "
          + "<id>.json per document.")
  String out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--entities", paramLabel = "FILE", description = "Also write the corpus entity table here "
      + "(JSON Lines: one entity per real-world referent across all the documents).")
  Path entities;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  enum Format { json, jsonl }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Engine.pipeline(err, engine);
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    boolean perFile = out != null && (out.endsWith("/") || Files.isDirectory(Path.of(out)));
    Sink sink = perFile ? new DirectorySink(Path.of(out)) : new StreamSink(out, format, spec.commandLine().getOut());
    Engine.Summary summary;
    CorpusEntities corpus = new CorpusEntities();
    try (sink) {
      summary = Engine.analyze(inputs, input.config(), pipeline, workers, err, doc -> {
        sink.write(doc);
        corpus.add(doc);
      });
    }
    if (entities != null) {
      if (entities.getParent() != null) {
        Files.createDirectories(entities.getParent());
      }
      try (BufferedWriter w = Files.newBufferedWriter(entities, StandardCharsets.UTF_8)) {
        for (CorpusEntities.Row row : corpus.rows()) {
          w.write(DocumentJson.mapper().writeValueAsString(row));
          w.write('\n');
        }
      }
    }
    err.println(summary.line());
    if (summary.documents() == 0 && summary.failures() > 0) {
      return ExitCodes.NO_INPUT;
    }
    return summary.failures() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }

  private interface Sink extends AutoCloseable {
    void write(AnalyzedDocument doc);

    @Override
    void close() throws IOException;
  }

  /** One stream: stdout or a file, as JSON Lines or as a JSON array of indented objects. */
  private static final class StreamSink implements Sink {
    private final Writer writer;
    private final Format format;
    private final boolean ownsWriter;
    private boolean first = true;

    StreamSink(String path, Format format, PrintWriter stdout) throws IOException {
      this.format = format;
      if (path == null) {
        this.writer = stdout;
        this.ownsWriter = false;
      } else {
        Path p = Path.of(path);
        if (p.getParent() != null) {
          Files.createDirectories(p.getParent());
        }
        this.writer = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        this.ownsWriter = true;
      }
    }

    @Override
    public void write(AnalyzedDocument doc) {
      try {
        if (format == Format.jsonl) {
          writer.write(DocumentJson.toJsonLine(doc));
          writer.write('\n');
        } else {
          writer.write(first ? "[\n" : ",\n");
          writer.write(DocumentJson.toPrettyJson(doc));
        }
        first = false;
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (format == Format.json) {
        writer.write(first ? "[]\n" : "\n]\n");
      }
      writer.flush();
      if (ownsWriter) {
        writer.close();
      }
    }
  }

  /** One indented {@code <id>.json} per document in a folder. */
  private static final class DirectorySink implements Sink {
    private final Path dir;

    DirectorySink(Path dir) throws IOException {
      this.dir = Files.createDirectories(dir);
    }

    @Override
    public void write(AnalyzedDocument doc) {
      String name = doc.document().id().replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".json";
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
        w.write(DocumentJson.toPrettyJson(doc));
        w.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {}
  }

}
