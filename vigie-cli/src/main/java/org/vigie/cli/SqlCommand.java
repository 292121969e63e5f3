package org.vigie.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run a read-only SQL query (DuckDB dialect) over the store; the tables are described in the "
        + "README (or: vigie sql \"SHOW TABLES\", vigie sql \"DESCRIBE quotes\").")
final class SqlCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SQL", description = "The query, e.g. \"SELECT name, documents FROM "
      + "entities ORDER BY documents DESC LIMIT 10\".")
  List<String> sql;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Rows printed, 0 for all "
      + "(default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the rows as a JSON array of objects.")
  boolean json;

  @Option(names = "--csv", description = "Print the rows as CSV.")
  boolean csv;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (json && csv) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--json and --csv exclude each other");
    }
    Store.Table t = store.open().sql(String.join(" ", sql), Math.max(0, limit));
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (List<Object> r : t.rows()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
          m.put(t.columns().get(i), r.get(i));
        }
        rows.add(m);
      }
      StoreOutput.json(out, rows);
    } else if (csv) {
      out.println(String.join(",", t.columns().stream().map(SqlCommand::csvCell).toList()));
      for (List<Object> r : t.rows()) {
        out.println(String.join(",", r.stream().map(v -> v == null ? "" : csvCell(String.valueOf(v))).toList()));
      }
    } else {
      StoreOutput.Table table = new StoreOutput.Table(t.columns().toArray(new String[0]));
      int[] numeric = new int[t.columns().size()];
      int n = 0;
      for (int i = 0; i < t.columns().size(); i++) {
        final int col = i;
        if (!t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(col) == null || r.get(col) instanceof Number)) {
          numeric[n++] = i;
        }
      }
      table.right(java.util.Arrays.copyOf(numeric, n));
      for (List<Object> r : t.rows()) {
        table.row(r.stream().map(v -> v == null ? "NULL" : (Object) StoreOutput.cut(String.valueOf(v), 120))
            .toArray());
      }
      table.print(out, "");
      out.println(t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s"));
    }
    if (t.truncated()) {
      err.println("vigie: only the first " + t.rows().size() + " rows are shown (--limit N, 0 for all)");
    }
    return ExitCodes.OK;
  }

  private static String csvCell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
