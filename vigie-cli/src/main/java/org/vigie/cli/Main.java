package org.vigie.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigie} command: French news in, a traceable reading out. Each subcommand is a thin adapter that
 * parses options, calls a module's entry point and renders the result; exit codes are mapped once, in
 * {@link ExitCodes}.
 */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads French news and extracts who said what, who did what to whom, when, where and for how much.",
    subcommands = {
        AnalyzeCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        IngestCommand.class,
        SearchCommand.class,
        EntityCommand.class,
        TimelineCommand.class,
        StoriesCommand.class,
        SqlCommand.class,
        ExportCommand.class,
        ServeCommand.class,
        SparkJobCommand.class,
        ImportParquetCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. Tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(ExitCodes::handle);
    cli.setParameterExceptionHandler(ExitCodes::handleUsage);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vigie " + (v == null ? "development build" : v)};
    }
  }
}
