package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Full-text search of the stored articles, quotes and events, ranked, with highlighted passages. "
        + "All words must match; \"a phrase\", a | b, -word and pref* work; accents and plurals are folded.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to find.")
  List<String> words;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only the articles naming this entity, its "
      + "quotes and the events it takes part in.")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only from this date (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only up to this date (inclusive).")
  LocalDate to;

  @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "articles, quotes, events "
      + "(default: all three).")
  List<Type> types;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results shown "
      + "(default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  enum Type {
    articles(Store.Kind.ARTICLE), quotes(Store.Kind.QUOTE), events(Store.Kind.EVENT);

    final Store.Kind kind;

    Type(Store.Kind kind) {
      this.kind = kind;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--limit must be at least 1");
    }
    Set<Store.Kind> kinds = EnumSet.noneOf(Store.Kind.class);
    if (types != null) {
      types.forEach(t -> kinds.add(t.kind));
    }
    long t0 = System.nanoTime();
    Store.SearchResult r = store.open().search(Store.SearchQuery.of(String.join(" ", words)).withEntity(entity)
        .withDates(from, to).withKinds(kinds).withLimit(limit));
    double ms = (System.nanoTime() - t0) / 1e6;
    if (json) {
      StoreOutput.json(out, r);
      return ExitCodes.OK;
    }
    StoreOutput.Table table = new StoreOutput.Table("#", "type", "date", "document", "title / who", "score",
        "passage").right(0, 5);
    int i = 0;
    for (Store.Hit h : r.hits()) {
      String who = switch (h.kind()) {
        case QUOTE -> StoreOutput.orDash(h.speaker()) + " (quote)";
        case EVENT -> h.eventType() + (h.speaker() == null ? "" : ": " + h.speaker());
        default -> StoreOutput.cut(h.title(), 50);
      };
      StringBuilder passages = new StringBuilder();
      for (Store.Passage p : h.passages()) {
        String shown = StoreOutput.passage(p, p.start() <= h.start(), p.end() >= h.end());
        // Two passages share the ellipsis between them.
        passages.append(passages.length() > 0 && shown.startsWith("…") ? " " + shown.substring(1) : shown);
      }
      table.row(++i, h.kind().label(), StoreOutput.orDash(h.date()), h.doc(), StoreOutput.cut(who, 50),
          String.format(Locale.ROOT, "%.2f", h.score()), passages);
    }
    if (!table.isEmpty()) {
      table.print(out, "");
    }
    out.printf(Locale.ROOT, "%,d result%s%s%s (%.0f ms)%n", r.total(), r.total() == 1 ? "" : "s",
        r.entityName() == null ? "" : " for " + r.entityName() + " (" + r.entityId() + ")",
        r.total() > r.hits().size() ? ", showing " + r.hits().size() + " (--limit)" : "", ms);
    return ExitCodes.OK;
  }
}
