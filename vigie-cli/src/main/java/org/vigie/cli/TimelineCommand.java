package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Events, quotes and dated sentences in date order, for the whole store or one entity. A quote is "
        + "placed on the date its sentence gives, else on its article's date.")
final class TimelineCommand implements Callable<Integer> {
  @Option(names = "--entity", paramLabel = "NAME", description = "Only this entity's events and quotes, and the "
      + "dated sentences naming it.")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this date (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to this date (inclusive).")
  LocalDate to;

  @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "event, quote, dated "
      + "(default: all three).")
  List<String> types;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "Entries shown "
      + "(default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the timeline as JSON.")
  boolean json;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Store.TimelineQuery query;
    try {
      query = new Store.TimelineQuery(entity, from, to, types == null ? null : java.util.Set.copyOf(types), limit);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, e.getMessage());
    }
    Store.Timeline t = store.open().timeline(query);
    if (json) {
      StoreOutput.json(out, t);
      return ExitCodes.OK;
    }
    if (t.entityName() != null) {
      out.println("Timeline of " + t.entityName() + " (" + t.entityId() + ")");
    }
    StoreOutput.Table table = new StoreOutput.Table("date", "as written", "kind", "document", "who", "what");
    for (Store.TimelineEntry e : t.entries()) {
      String what = switch (e.kind()) {
        case "quote" -> "direct".equals(e.detail()) ? "« " + StoreOutput.cut(e.text(), 140) + " »"
            : StoreOutput.cut(e.text(), 140);
        case "event" -> e.detail() + ": " + StoreOutput.cut(e.text(), 120);
        default -> StoreOutput.cut(e.text(), 140);
      };
      String written = e.kind().equals("dated") ? e.detail() : "publication".equals(e.dateSource()) ? "(article)"
          : e.when();
      table.row(e.date(), StoreOutput.cut(written, 32), e.kind(), e.doc(), StoreOutput.cut(StoreOutput.orDash(e.who()),
          40), what);
    }
    if (!table.isEmpty()) {
      table.print(out, "");
    }
    out.println(t.total() + " entr" + (t.total() == 1 ? "y" : "ies")
        + (t.total() > t.entries().size() ? ", showing the first " + t.entries().size() + " (--limit, --from)" : ""));
    return ExitCodes.OK;
  }
}
