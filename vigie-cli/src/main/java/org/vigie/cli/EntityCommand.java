package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entity", mixinStandardHelpOptions = true, sortOptions = false,
    description = "The profile of a person, organization or place across the store: canonical name, Wikidata ID, "
        + "aliases, roles with dates, articles, quotes, events, and the entities it appears with most.")
final class EntityCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "A name, alias or Wikidata ID (accents and case "
      + "ignored), e.g. Biden, 'Joe Biden', Q6279.")
  List<String> name;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Articles, quotes and events "
      + "shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the profile as JSON.")
  boolean json;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      throw new ExitCodes.UserError(ExitCodes.USAGE, "--limit must be at least 1");
    }
    Store.EntityProfile p = store.open().entity(String.join(" ", name), limit);
    if (json) {
      StoreOutput.json(out, p);
      return ExitCodes.OK;
    }
    out.println(p.name() + " (" + p.type() + (p.qid() == null ? ", no Wikidata ID" : ", " + p.qid()) + ")");
    out.println("  id " + p.id() + "; " + p.mentions() + " mention" + (p.mentions() == 1 ? "" : "s") + " in "
        + p.documents() + " article" + (p.documents() == 1 ? "" : "s")
        + (p.firstDate() == null ? "" : ", " + p.firstDate() + " to " + p.lastDate()));
    if (!p.mergedKeys().isEmpty()) {
      out.println("  also stands for " + String.join(", ", p.mergedKeys()) + " (merged across articles)");
    }
    if (!p.otherMatches().isEmpty()) {
      out.println("  other matches: " + String.join("; ", p.otherMatches().stream()
          .map(r -> r.name() + " (" + r.id() + ")").toList()));
    }
    section(out, "Aliases", p.aliases().isEmpty() ? null : table(new StoreOutput.Table("alias", "mentions",
        "articles").right(1, 2), t -> p.aliases().forEach(a -> t.row(a.text(), a.mentions(), a.documents()))));
    section(out, "Roles", p.roles().isEmpty() ? null : table(new StoreOutput.Table("role", "first", "last",
        "mentions").right(3), t -> p.roles().forEach(r -> t.row(r.role(), StoreOutput.orDash(r.firstDate()),
            StoreOutput.orDash(r.lastDate()), r.mentions()))));
    section(out, "Roles learned from other articles", p.learnedRoles().isEmpty() ? null : table(
        new StoreOutput.Table("date", "document", "role", "evidence"), t -> p.learnedRoles().forEach(r -> t.row(
            StoreOutput.orDash(r.date()), r.doc(), r.role(), "\"" + r.evidence() + "\" in " + r.evidenceDoc() + " ("
            + StoreOutput.orDash(r.evidenceDate()) + ")"))));
    section(out, "Articles (" + p.documents() + ")", table(new StoreOutput.Table("date", "document", "mentions",
        "headline").right(2), t -> p.articles().forEach(a -> t.row(StoreOutput.orDash(a.date()), a.doc(),
            a.mentions(), StoreOutput.cut(a.title(), 90)))));
    section(out, "Quotes (" + p.quoteCount() + ")", p.quotes().isEmpty() ? null : table(new StoreOutput.Table(
        "date", "document", "quote"), t -> p.quotes().forEach(q -> t.row(StoreOutput.orDash(q.date()), q.doc(),
            (q.direct() ? "« " : "") + StoreOutput.cut(q.text(), 110) + (q.direct() ? " »" : "")))));
    section(out, "Events (" + p.eventCount() + ")", p.events().isEmpty() ? null : table(new StoreOutput.Table(
        "date", "type", "document", "with", "where"), t -> p.events().forEach(e -> t.row(
            StoreOutput.orDash(e.date()), e.type(), e.doc(), String.join(", ", e.participants()),
            StoreOutput.orDash(e.place())))));
    section(out, "Appears most with", p.related().isEmpty() ? null : table(new StoreOutput.Table("entity", "type",
        "qid", "articles").right(3), t -> p.related().forEach(r -> t.row(r.name(), r.type(),
            StoreOutput.orDash(r.qid()), r.documents()))));
    return ExitCodes.OK;
  }

  private static StoreOutput.Table table(StoreOutput.Table t, java.util.function.Consumer<StoreOutput.Table> fill) {
    fill.accept(t);
    return t;
  }

  private static void section(PrintWriter out, String title, StoreOutput.Table t) {
    out.println();
    out.println(title);
    if (t == null || t.isEmpty()) {
      out.println("  none");
    } else {
      t.print(out, "  ");
    }
  }
}
