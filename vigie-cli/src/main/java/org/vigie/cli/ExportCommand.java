package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write the store out: tables as JSON Lines, CSV or Parquet (jsonl also writes analyses.jsonl, "
        + "every document as analyze prints it); the entity co-occurrence and interaction graph for Gephi (gexf, "
        + "graphml); GDELT-style event rows (gdelt).")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "jsonl, csv, parquet, gexf, graphml or gdelt.")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "vigie-export",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--tables", split = ",", paramLabel = "TABLE",
      description = "Only these tables (jsonl, csv, parquet); default: all but layers and doc_terms.")
  List<String> tables;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  enum Format { jsonl, csv, parquet, gexf, graphml, gdelt }

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    if (tables != null && List.of(Format.gexf, Format.graphml, Format.gdelt).contains(format)) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--tables goes with jsonl, csv or parquet");
    }
    Store s = store.open();
    List<Path> files = s.export(Store.ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), out, tables);
    StoreOutput.Table t = new StoreOutput.Table("file", "size").right(1);
    long total = 0;
    for (Path f : files) {
      long size = Files.size(f);
      total += size;
      t.row(out.resolve(f.getFileName()).toString(), StoreOutput.bytes(size));
    }
    t.print(o, "");
    o.println(files.size() + " file" + (files.size() == 1 ? "" : "s") + ", " + StoreOutput.bytes(total) + " in " + out);
    return ExitCodes.OK;
  }
}
