package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Stories: groups of stored articles about the same story (similar words and entities, dates at "
        + "most 4 days apart), largest first, with their articles.")
final class StoriesCommand implements Callable<Integer> {
  @Option(names = "--entity", paramLabel = "NAME", description = "Only stories with an article naming this entity.")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only stories running on or after this date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only stories running on or before this date.")
  LocalDate to;

  @Option(names = "--min", paramLabel = "N", defaultValue = "2", description = "Smallest story shown, in articles "
      + "(default: ${DEFAULT-VALUE}; 1 lists lone articles too).")
  int min;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Stories shown "
      + "(default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the stories as JSON.")
  boolean json;

  @Mixin
  StoreOptions store;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Store.Story> stories = store.open().stories(new Store.StoryQuery(entity, from, to, min, limit));
    if (json) {
      StoreOutput.json(out, stories);
      return ExitCodes.OK;
    }
    StoreOutput.Table t = new StoreOutput.Table("story", "articles", "from", "to", "entities", "label").right(1);
    for (Store.Story s : stories) {
      t.row(s.id(), s.articles(), StoreOutput.orDash(s.firstDate()), StoreOutput.orDash(s.lastDate()),
          StoreOutput.cut(String.join(", ", s.entities()), 50), StoreOutput.cut(s.label(), 90));
    }
    if (!t.isEmpty()) {
      t.print(out, "");
      for (Store.Story s : stories) {
        if (s.members().size() > 1) {
          out.println();
          out.println(s.id() + "  " + StoreOutput.cut(s.label(), 100));
          StoreOutput.Table m = new StoreOutput.Table("date", "document", "similarity", "headline").right(2);
          for (Store.StoryArticle a : s.members()) {
            m.row(StoreOutput.orDash(a.date()), a.doc(), String.format(java.util.Locale.ROOT, "%.2f", a.similarity()),
                StoreOutput.cut(a.title(), 90));
          }
          m.print(out, "  ");
        }
      }
    }
    out.println(stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies") + " of at least " + min + " article"
        + (min == 1 ? "" : "s"));
    return ExitCodes.OK;
  }
}
