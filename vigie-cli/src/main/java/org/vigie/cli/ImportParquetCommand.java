package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-parquet", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Load Parquet tables into the corpus store: the output of 'vigie spark-job' (one folder per "
        + "table) or of 'vigie export --format parquet' (one file per table). Documents with the same ids are "
        + "replaced; entities, the search index and stories are brought up to date as 'ingest' does.")
final class ImportParquetCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder of Parquet tables.")
  Path dir;

  @Mixin
  StoreOptions store;

  @Option(names = "--json", description = "Print the summary as JSON on stdout.")
  boolean json;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      throw new ExitCodes.UserError(ExitCodes.NO_INPUT, "no such folder: " + dir);
    }
    for (org.vigie.store.TableRows.Table t : org.vigie.store.TableRows.perDocument()) {
      boolean documents = Files.isDirectory(dir.resolve("documents"))
          || Files.isRegularFile(dir.resolve("documents.parquet"));
      if (documents && !Files.isDirectory(dir.resolve(t.name()))
          && !Files.isRegularFile(dir.resolve(t.name() + ".parquet"))) {
        err.println("vigie: warning: " + dir + " has no " + t.name() + " table: imported without it"
            + (t.name().equals("doc_terms") ? " (stories then rest on entities alone)" : ""));
      }
    }
    long start = System.nanoTime();
    Store.IngestReport report = Store.importParquet(store.dir(), dir);
    double seconds = (System.nanoTime() - start) / 1e9;
    Store.Stats s = report.store();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("store", store.dir().toString());
      m.put("added", report.added());
      m.put("replaced", report.replaced());
      m.put("seconds", Math.round(seconds * 100) / 100.0);
      m.put("totals", s);
      StoreOutput.json(out, m);
    }
    err.printf(Locale.ROOT, "vigie: %,d articles imported from %s (%,d new, %,d replaced) in %.1f s%n",
        report.added() + report.replaced(), dir, report.added(), report.replaced(), seconds);
    err.printf(Locale.ROOT, "vigie: store %s: %,d articles, %,d entities, %,d quotes, %,d events, %,d stories,"
        + " %s%n", store.dir(), s.documents(), s.entities(), s.quotes(), s.events(), s.stories(),
        StoreOutput.bytes(s.bytes()));
    return ExitCodes.OK;
  }
}
