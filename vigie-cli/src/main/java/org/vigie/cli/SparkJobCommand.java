package org.vigie.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the Spark job ({@code vigie-spark}) in local mode, to try it before a cluster. The job runs in a JVM of
 * its own, on vigie-spark's classpath, so that the command line does not carry Spark's 216 MB of jars and the
 * JVM gets the {@code --add-opens} options Spark needs on Java 17.
 */
@Command(name = "spark-job", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the Apache Spark job in local mode: analyze articles in parallel partitions and write "
        + "Parquet tables with the store's schema (plus an 'errors' table), then resolve entities and stories. "
        + "Load the result with 'vigie import-parquet DIR'; on a cluster, use spark-submit (see README).")
final class SparkJobCommand implements Callable<Integer> {
  /** Spark's own list (spark-launcher's JavaModuleOptions): what Spark needs opened on Java 17. */
  static final List<String> JAVA_OPENS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
      description = "Files or folders as 'ingest' reads them (.txt, .html, .json, .jsonl, .rss...), or Parquet "
          + "files or folders of articles (columns id, text, title, url, date, lang).")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder: one Parquet folder "
      + "per table.")
  Path out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[N], N the threads).")
  String master;

  @Option(names = "--threads", paramLabel = "N", description = "Executor threads in local mode (default: the "
      + "number of cores).")
  Integer threads;

  @Option(names = "--partitions", paramLabel = "N", description = "Analysis partitions (default: 4 per thread).")
  Integer partitions;

  @Option(names = "--no-resolve", description = "Skip the cross-document steps (import-parquet runs them anyway).")
  boolean noResolve;

  @Mixin
  InputOptions input;

  @Mixin
  EngineOptions engine;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path target = sparkModule().resolve("target");
    Path jar = target.resolve("vigie-spark.jar");
    Path runtime = target.resolve("classpath-runtime.txt");
    Path provided = target.resolve("classpath-spark.txt");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(runtime) || !Files.isRegularFile(provided)) {
      throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "the Spark module is not built (no " + jar + "): run "
          + "'mvn -pl vigie-spark -am package -DskipTests'");
    }
    int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    String opts = System.getenv("VIGIE_SPARK_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) {
      cmd.addAll(List.of(opts.trim().split("\\s+")));
    } else {
      cmd.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
    }
    cmd.addAll(JAVA_OPENS);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(jar + java.io.File.pathSeparator + Files.readString(runtime, StandardCharsets.UTF_8).trim()
        + java.io.File.pathSeparator + Files.readString(provided, StandardCharsets.UTF_8).trim());
    cmd.add("org.vigie.spark.SparkJob");
    cmd.add("--input");
    cmd.addAll(inputs);
    cmd.addAll(List.of("--out", out.toString(), "--master", master != null ? master : "local[" + n + "]"));
    if (partitions != null) {
      cmd.addAll(List.of("--partitions", partitions.toString()));
    }
    if (noResolve) {
      cmd.add("--no-resolve");
    }
    addIf(cmd, "--date", input.date);
    addIf(cmd, "--meta", input.meta);
    addIf(cmd, "--encoding", input.encoding);
    addIf(cmd, "--max-bytes", input.maxBytes);
    addIf(cmd, "--text-field", input.textField);
    addIf(cmd, "--date-field", input.dateField);
    addIf(cmd, "--id-field", input.idField);
    addIf(cmd, "--kb", engine.knowledgeBase);
    if (engine.reportedSpeech != org.vigie.fr.quote.QuoteConfig.ReportedSpeech.PEOPLE) {
      cmd.add("--reported-speech");
      cmd.add(engine.reportedSpeech.toString());
    }
    if (engine.parse) {
      cmd.add("--parse");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (cmd.contains("local[" + n + "]") && System.getenv("SPARK_LOCAL_IP") == null) {
      // Local mode talks to itself: the loopback address, without Spark's warning about the host name.
      pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    }
    Process p = pb.start();
    // The job dies with the command (Ctrl-C), rather than running on unseen.
    Thread reaper = new Thread(p::destroy);
    Runtime.getRuntime().addShutdownHook(reaper);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        err.println(line);
      }
    }
    int code = p.waitFor();
    Runtime.getRuntime().removeShutdownHook(reaper);
    return switch (code) {
      case 0 -> ExitCodes.OK;
      case 1 -> ExitCodes.SOME_INPUTS_FAILED;
      case 2 -> ExitCodes.USAGE;
      default -> ExitCodes.INTERNAL;
    };
  }

  private static void addIf(List<String> cmd, String option, Object value) {
    if (value != null) {
      cmd.add(option);
      cmd.add(value.toString());
    }
  }

  /** vigie-spark beside vigie-cli: under {@code vigie.home} (set by the launcher), else next to this jar. */
  private static Path sparkModule() {
    String home = System.getProperty("vigie.home");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "vigie-spark");
    }
    try {
      // vigie-cli/target/vigie-cli.jar or vigie-cli/target/classes: the repository is three levels up.
      Path here = Path.of(SparkJobCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = here.getParent().getParent().getParent();
      return root.resolve("vigie-spark");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("vigie-spark");
    }
  }
}
