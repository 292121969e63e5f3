package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.TestPaths;

/**
 * The store commands end to end, through {@link Main#run}: the seeds are ingested for real once, then searched,
 * profiled, put on a timeline, queried and exported; WiNER dev is ingested by a separate JVM that is killed
 * mid-batch while this one reads and tries to write, and a rerun completes it.
 */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  private static Path seeds;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** A command against the seeds store. */
  static Run seeds(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--store");
    all.add(seeds.toString());
    return run(all.toArray(new String[0]));
  }

  static long number(Path store, String sql) {
    Run r = run("sql", sql, "--csv", "--store", store.toString());
    assertEquals(0, r.code(), r.err());
    return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().trim());
  }

  @BeforeAll
  static void ingestTheSeeds() {
    seeds = tmp.resolve("seeds-store");
    Run r = run("ingest", TestPaths.seeds().toString(), "--store", seeds.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("5 articles stored (5 new, 0 replaced), 0 unchanged, 0 failed"), r.err());
    assertTrue(r.err().contains("store " + seeds + ": 5 articles"), r.err());
  }

  @Test
  void helpListsTheStoreCommands() {
    Run r = run("--help");
    for (String c : List.of("ingest", "search", "entity", "timeline", "stories", "sql", "export")) {
      assertTrue(r.out().contains("  " + c + " "), c + " in " + r.out());
      Run help = run(c, "--help");
      assertEquals(0, help.code(), help.err());
      assertTrue(help.out().startsWith("Usage: vigie " + c), help.out());
    }
  }

  @Test
  void reIngestingAddsNothingAndSaysSo() throws IOException {
    long terms = number(seeds, "SELECT count(*) FROM doc_terms");
    Run r = seeds("ingest", TestPaths.seeds().toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("0 articles stored (0 new, 0 replaced), 5 unchanged, 0 failed"), r.err());
    JsonNode summary = JSON.readTree(r.out());
    assertEquals(0, summary.get("added").asInt());
    assertEquals(5, summary.get("unchanged").asInt());
    assertEquals(5, summary.get("totals").get("documents").asInt());
    assertEquals(5, number(seeds, "SELECT count(*) FROM documents"));
    assertEquals(terms, number(seeds, "SELECT count(*) FROM doc_terms"));
    assertEquals(1, number(seeds, "SELECT count(*) FROM batches"));
  }

  @Test
  void searchRanksArticlesWithHighlightedPassages() throws IOException {
    Run r = seeds("search", "OTAN", "--type", "articles");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("#  type     date        document"), r.out());
    assertTrue(r.out().contains("**OTAN**"), r.out());
    assertTrue(r.out().contains("5 results"), r.out());
    JsonNode json = JSON.readTree(seeds("search", "Stoltenberg", "--json", "--type", "articles").out());
    assertEquals(3, json.get("total").asInt());
    JsonNode hit = json.get("hits").get(0);
    assertEquals("article", hit.get("kind").asText());
    JsonNode passage = hit.get("passages").get(0);
    JsonNode hl = passage.get("highlights").get(0);
    String text = passage.get("text").asText();
    int from = hl.get("start").asInt() - passage.get("start").asInt();
    assertEquals("Stoltenberg", text.substring(from, from + hl.get("end").asInt() - hl.get("start").asInt()));
    // Filters: an entity, dates.
    JsonNode blinken = JSON.readTree(seeds("search", "Russie", "--entity", "Blinken", "--json").out());
    assertEquals("Q15042700", blinken.get("entity_id").asText());
    assertEquals(2, blinken.get("total").asInt(), blinken.toString());
    JsonNode recent = JSON.readTree(seeds("search", "Russie", "--from", "2022-01-01", "--type", "articles", "--json")
        .out());
    assertEquals(3, recent.get("total").asInt());
    for (JsonNode h : recent.get("hits")) {
      assertTrue(h.get("date").asText().compareTo("2022-01-01") >= 0, h.toString());
    }
    assertEquals(ExitCodes.USAGE, seeds("search", "le", "la").code(), "only stop words");
    assertEquals(ExitCodes.USAGE, seeds("search", "x", "--type", "tweets").code());
  }

  @Test
  void anEntityProfileHasItsNamesRolesArticlesAndCompany() throws IOException {
    Run r = seeds("entity", "biden");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Joe Biden (PER, Q6279)"), r.out());
    assertTrue(r.out().contains("in 5 articles, 2021-04-16 to 2022-03-25"), r.out());
    for (String section : List.of("Aliases", "Roles", "Articles (5)", "Quotes (", "Events (", "Appears most with")) {
      assertTrue(r.out().contains("\n" + section), section + " in " + r.out());
    }
    JsonNode p = JSON.readTree(seeds("entity", "Joe", "Biden", "--json").out());
    assertEquals("Q6279", p.get("qid").asText());
    assertEquals(5, p.get("articles").size());
    assertTrue(p.get("aliases").toString().contains("\"Biden\""), p.get("aliases").toString());
    assertTrue(p.get("roles").toString().contains("président"), p.get("roles").toString());
    assertTrue(p.get("related").toString().contains("NATO"), p.get("related").toString());
    Run none = seeds("entity", "Zorglub");
    assertEquals(ExitCodes.NO_INPUT, none.code());
    assertTrue(none.err().contains("no entity matches 'Zorglub'"), none.err());
  }

  @Test
  void theTimelineIsInDateOrder() throws IOException {
    JsonNode t = JSON.readTree(seeds("timeline", "--entity", "Biden", "--json").out());
    assertEquals("Q6279", t.get("entity_id").asText());
    List<String> dates = new ArrayList<>();
    t.get("entries").forEach(e -> dates.add(e.get("date").asText()));
    assertFalse(dates.isEmpty(), t.toString());
    List<String> sorted = new ArrayList<>(dates);
    Collections.sort(sorted);
    assertEquals(sorted, dates);
    assertTrue(dates.contains("2022-03-24"), "le 24 mars, in the summit article: " + dates);
    Run text = seeds("timeline", "--from", "2022-03-01", "--to", "2022-03-31");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("date        as written"), text.out());
    assertTrue(text.out().lines().skip(1).allMatch(l -> !l.matches("\\d{4}-.*") || l.startsWith("2022-03")),
        text.out());
    assertEquals(ExitCodes.USAGE, seeds("timeline", "--type", "tweets").code());
  }

  @Test
  void sqlIsReadOnlyWithTablesJsonAndCsv() throws IOException {
    Run r = seeds("sql", "SELECT name, documents FROM entities WHERE qid = 'Q6279'");
    assertEquals(0, r.code(), r.err());
    assertEquals("name       documents\nJoe Biden          5\n1 row\n", r.out());
    JsonNode rows = JSON.readTree(seeds("sql", "SELECT doc_id, date FROM documents ORDER BY date", "--json").out());
    assertEquals(5, rows.size());
    assertEquals("2021-04-16", rows.get(0).get("date").asText());
    Run csv = seeds("sql", "SELECT doc_id FROM documents ORDER BY doc_id", "--csv");
    assertEquals("doc_id", csv.out().lines().findFirst().orElseThrow());
    Run write = seeds("sql", "DELETE FROM documents");
    assertEquals(ExitCodes.USAGE, write.code());
    assertTrue(write.err().contains("read-only"), write.err());
    assertEquals(ExitCodes.USAGE, seeds("sql", "SELEC 1").code());
    assertEquals(5, number(seeds, "SELECT count(*) FROM documents"));
  }

  @Test
  void everyExportFormatWritesItsFiles() throws IOException {
    Path out = tmp.resolve("export");
    for (String format : List.of("jsonl", "csv", "parquet", "gexf", "graphml", "gdelt")) {
      Run r = seeds("export", "--format", format, "--out", out.toString());
      assertEquals(0, r.code(), format + ": " + r.err());
      assertTrue(r.out().contains(" in " + out), r.out());
    }
    List<String> analyses = Files.readAllLines(out.resolve("analyses.jsonl"), StandardCharsets.UTF_8);
    assertEquals(5, analyses.size());
    JsonNode doc = JSON.readTree(analyses.get(0));
    assertTrue(doc.has("tokens") && doc.has("entities") && doc.has("text"), doc.fieldNames().toString());
    assertTrue(Files.readString(out.resolve("entities.csv")).startsWith("entity_id,name,folded,type,qid,"));
    assertTrue(Files.size(out.resolve("documents.parquet")) > 1000);
    assertTrue(Files.readString(out.resolve("entities.gexf")).contains("label=\"Joe Biden\""));
    assertTrue(Files.readString(out.resolve("entities.graphml")).contains("<data key=\"label\">Joe Biden</data>"));
    assertTrue(Files.readString(out.resolve("events.gdelt.tsv")).startsWith("GLOBALEVENTID\tSQLDATE\t"));
    assertEquals(ExitCodes.USAGE, seeds("export", "--format", "xlsx").code());
    assertEquals(ExitCodes.USAGE, seeds("export", "--format", "csv", "--tables", "nope", "--out", out.toString())
        .code());
  }

  @Test
  void storiesListsGroupsOrSaysThereAreNone() {
    Run r = seeds("stories", "--min", "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("story "), r.out());
    assertTrue(r.out().contains("5 stories of at least 1 article"), r.out());
  }

  @Test
  void badInputIsReportedAndSkippedAndNothingStoredIsLost() throws IOException {
    Path store = tmp.resolve("bad-store");
    Path in = Files.createDirectories(tmp.resolve("inbox"));
    Files.writeString(in.resolve("good.txt"), "Emmanuel Macron a reçu Olaf Scholz à Paris.", StandardCharsets.UTF_8);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"a\", \"text\": \"Bonjour de Bruxelles.\"}\n"
        + "{\"id\": \"b\", \"text\": \"tronq", StandardCharsets.UTF_8);
    Run r = run("ingest", in.toString(), "--store", store.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("vigie: skipped " + in.resolve("empty.txt")), r.err());
    assertTrue(r.err().contains("feed.jsonl:2"), r.err());
    assertTrue(r.err().contains("2 articles stored (2 new, 0 replaced), 0 unchanged, 2 failed"), r.err());
    Run nothing = run("ingest", in.resolve("empty.txt").toString(), "--store", store.toString());
    assertEquals(ExitCodes.NO_INPUT, nothing.code(), nothing.err());
    assertEquals(2, number(store, "SELECT count(*) FROM documents"));
  }

  @Test
  void aMissingStoreIsReported() {
    Run r = run("search", "OTAN", "--store", tmp.resolve("nowhere").toString());
    assertEquals(ExitCodes.NO_INPUT, r.code());
    assertTrue(r.err().contains("no store at"), r.err());
  }

  /**
   * WiNER dev (571 articles) is ingested by another JVM, which is killed right after its first batch; meanwhile
   * this JVM searches and queries the store and is refused as a second writer. The store is then consistent,
   * and a rerun completes the ingest with no duplicates; a third run adds nothing.
   */
  @Test
  void aKilledIngestLeavesAConsistentStoreThatARerunCompletes() throws Exception {
    Path store = tmp.resolve("winer-store");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> months = Files.list(TestPaths.data().resolve("winer-fr-dev/2016"))) {
      months.filter(Files::isDirectory).sorted().forEach(p -> inputs.add(p.toString()));
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--store", store.toString(), "--batch", "16", "--threads", "1", "--verbose"));
    command.addAll(inputs);
    Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> childErr = Collections.synchronizedList(new ArrayList<>());
    Object firstBatch = new Object();
    Thread reader = new Thread(() -> {
      try (BufferedReader br = new BufferedReader(new InputStreamReader(child.getErrorStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = br.readLine()) != null) {
          childErr.add(line);
          if (line.contains("batch 1 committed")) {
            synchronized (firstBatch) {
              firstBatch.notifyAll();
            }
          }
        }
      } catch (IOException ignored) {
        // the child was killed
      }
    });
    reader.start();
    long deadline = System.currentTimeMillis() + 120_000;
    synchronized (firstBatch) {
      while (childErr.stream().noneMatch(l -> l.contains("batch 1 committed")) && child.isAlive()
          && System.currentTimeMillis() < deadline) {
        firstBatch.wait(200);
      }
    }
    assertTrue(child.isAlive(), "the child ingest ended early: " + childErr);
    // While it writes: readers work, a second writer is refused.
    Run search = run("search", "Paris", "--store", store.toString(), "--json");
    assertEquals(0, search.code(), search.err());
    Run sql = run("sql", "SELECT count(*) FROM documents", "--store", store.toString());
    assertEquals(0, sql.code(), sql.err());
    Run second = run("ingest", TestPaths.seeds().toString(), "--store", store.toString());
    assertEquals(ExitCodes.STORE_BUSY, second.code(), second.err());
    assertTrue(second.err().contains("being written by another ingest"), second.err());
    // Kill it in the middle of a later batch.
    Thread.sleep(300);
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    reader.join();

    long stored = number(store, "SELECT count(*) FROM documents");
    assertTrue(stored > 0 && stored < 571 && stored % 16 == 0, "whole batches only: " + stored + "\n" + childErr);
    assertEquals(stored, number(store, "SELECT count(DISTINCT doc_id) FROM sentences"));
    assertEquals(stored, number(store, "SELECT count(DISTINCT doc_id) FROM doc_terms"));
    assertEquals(stored, number(store, "SELECT count(DISTINCT doc_id) FROM doc_entities"));
    assertEquals(stored / 16, number(store, "SELECT count(*) FROM batches"));

    Run rerun = run("ingest", "--store", store.toString(), "--threads", "2", inputs.get(0), inputs.get(1),
        inputs.get(2), inputs.get(3), inputs.get(4), inputs.get(5), inputs.get(6), inputs.get(7), inputs.get(8),
        inputs.get(9), inputs.get(10), inputs.get(11));
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.err().contains(", " + stored + " unchanged, 0 failed"), rerun.err());
    assertEquals(571, number(store, "SELECT count(*) FROM documents"));
    assertEquals(571, number(store, "SELECT count(DISTINCT doc_id) FROM documents"), "no duplicates");
    assertEquals(number(store, "SELECT count(*) FROM sentences"),
        number(store, "SELECT count(*) FROM (SELECT DISTINCT doc_id, sentence FROM sentences)"), "no duplicates");
    assertTrue(number(store, "SELECT count(*) FROM entities") > 1000);
    JsonNode hits = JSON.readTree(run("search", "élection présidentielle", "--store", store.toString(), "--json")
        .out());
    assertTrue(hits.get("total").asInt() > 3, hits.toString());

    Run again = run("ingest", "--store", store.toString(), inputs.get(0), inputs.get(5), inputs.get(11));
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("0 articles stored"), again.err());
  }
}
