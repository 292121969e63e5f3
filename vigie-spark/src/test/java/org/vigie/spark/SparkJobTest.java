package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.Ingest;
import org.vigie.ingest.IngestConfig;
import org.vigie.ingest.ReadResult;
import org.vigie.store.Store;
import org.vigie.store.TableRows;

/**
 * The Spark job in {@code local[2]} against {@code vigie ingest} on the same input: the five seeds (with their
 * sidecar dates), the first 40 articles of WiNER dev (a subset, to keep the build short), a JSON Lines file
 * with two bad records and four articles written to set off every cross-document rule. Every table, per-document and cross-document (computed by the job's distributed stages
 * and by the store's SQL), must hold the same rows; the bad records
 * go to the errors table with their reasons; the Parquet output imports into a store equal to the ingested one.
 */
class SparkJobTest {
  private static final Path ROOT = Path.of(System.getProperty("vigie.root", ".."));

  /** WiNER articles in the comparison: 40 in the build; {@code -Dvigie.spark.winer=1000} for all of them. */
  private static final int WINER = Integer.getInteger("vigie.spark.winer", 40);

  /** 5 seeds, the WiNER articles, 1 good wire record, 4 cross-document cases. */
  private static int documents;

  @TempDir
  static Path tmp;

  private static SparkSession spark;
  private static Path store;
  private static Path out;
  private static SparkJob.Report report;

  @BeforeAll
  static void runBoth() throws IOException {
    Path winer = Files.createDirectories(tmp.resolve("winer"));
    List<Path> articles;
    try (Stream<Path> s = Files.walk(ROOT.resolve("data/winer-fr-dev/2016"))) {
      articles = s.filter(p -> p.getFileName().toString().matches("\\d{4}_\\d\\d_\\d\\d-\\d+\\.txt")).sorted()
          .limit(WINER).toList();
    }
    for (Path a : articles) {
      Files.copy(a, winer.resolve(a.getFileName()));
    }
    documents = 5 + articles.size() + 1 + 4;
    Path bad = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(bad.resolve("wire.jsonl"), String.join("\n",
        "{\"id\": \"wire-1\", \"text\": \"Emmanuel Macron a déclaré mardi à Paris, en évoquant la bataille de"
            + " Bouvines du 27 juillet 1214 : « Nous tiendrons. »\", \"date\": \"2023-05-02\"}",
        "{\"id\": \"wire-2\", \"text\": \"truncated",
        "{\"id\": \"wire-3\", \"text\": \"\"}") + "\n", StandardCharsets.UTF_8);
    // Four short articles written so that every cross-document rule fires: a name merged into another entity's,
    // a surname merged on shared context, a role learned in one article and resolved in another, one meeting told
    // by two articles, a two-article story.
    Path cross = Files.createDirectories(tmp.resolve("cross"));
    try (var in = SparkJobTest.class.getResourceAsStream("/cross-documents.jsonl")) {
      Files.copy(in, cross.resolve("cross-documents.jsonl"));
    }
    List<String> inputs = List.of(ROOT.resolve("examples/seeds").toString(), winer.toString(), bad.toString(),
        cross.toString());

    // The embedded store, as vigie ingest builds it.
    store = tmp.resolve("store");
    try (Store.Writer w = Store.write(store, Store.WriteOptions.defaults());
        Stream<ReadResult> read = Ingest.read(inputs.stream().map(Path::of).toList(), IngestConfig.defaults())) {
      read.forEach(r -> {
        if (r instanceof ReadResult.Ok ok) {
          w.add(Pipelines.get(false, null, org.vigie.fr.quote.QuoteConfig.defaults()).process(ok.document()));
        }
      });
      w.finish();
    }

    spark = SparkSession.builder().master("local[2]").appName("vigie-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    out = tmp.resolve("out");
    report = SparkJob.run(spark, SparkJobConfig.of(inputs, out.toString()).withPartitions(4));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyTableEqualsTheIngestedStore() throws SQLException {
    assertEquals(documents, report.documents(), "5 seeds, the WiNER articles, 1 good wire record, 4 cross-document"
        + " cases");
    assertTrue(report.resolved(), "the cross-document steps ran");
    List<String> tables = new ArrayList<>();
    TableRows.perDocument().forEach(t -> tables.add(t.name()));
    TableRows.derived().forEach(t -> tables.add(t.name()));
    try (Connection c = duck()) {
      Map<String, Long> sizes = new TreeMap<>();
      List<String> differences = new ArrayList<>();
      for (String t : tables) {
        String cols = columns(c, "s." + t);
        String parquet = "read_parquet('" + out.resolve(t) + "/*.parquet')";
        long onlyStore = count(c, "SELECT " + cols + " FROM s." + t + " EXCEPT ALL SELECT " + cols + " FROM " + parquet);
        long onlySpark = count(c, "SELECT " + cols + " FROM " + parquet + " EXCEPT ALL SELECT " + cols + " FROM s." + t);
        if (onlyStore + onlySpark > 0) {
          differences.add(t + ": " + onlyStore + " rows only in the store, " + onlySpark + " only in the Spark output,"
              + " e.g. " + first(c, "SELECT " + cols + " FROM s." + t + " EXCEPT ALL SELECT " + cols + " FROM " + parquet)
              + " / " + first(c, "SELECT " + cols + " FROM " + parquet + " EXCEPT ALL SELECT " + cols + " FROM s." + t));
        }
        sizes.put(t, count(c, "SELECT * FROM s." + t));
      }
      assertEquals(List.of(), differences);
      assertTrue(Files.notExists(out.resolve("_per_document")), "the staging folder is removed");
      // The comparison is about real rows: the layers that the French pipeline fills are there.
      for (String t : List.of("documents", "mentions", "doc_entities", "quotes", "times", "amounts", "entities",
          "stories", "story_documents")) {
        assertTrue(sizes.get(t) > 0, t + " is empty: " + sizes);
      }
      assertEquals(documents, sizes.get("documents"));
      // The rows compared include every kind of cross-document decision.
      assertTrue(count(c, "SELECT * FROM s.entity_merges WHERE doc_id IS NULL") > 0, "a merge on a name");
      assertTrue(count(c, "SELECT * FROM s.entity_merges WHERE doc_id IS NOT NULL") > 0, "a merge on context");
      assertTrue(count(c, "SELECT * FROM s.role_mentions WHERE holder_id IS NOT NULL") > 0, "a learned role used");
      assertTrue(count(c, "SELECT * FROM s.quotes WHERE speaker_local IS NULL AND speaker_id IS NOT NULL") > 0,
          "a quote of a role resolved through another article");
      assertTrue(count(c, "SELECT event_id FROM s.events GROUP BY 1 HAVING count(DISTINCT doc_id) > 1") > 0,
          "an event told by two articles");
      assertTrue(count(c, "SELECT * FROM s.stories WHERE documents > 1") > 0, "a story of several articles");
      // Speakers resolved across articles, as in the store.
      assertTrue(count(c, "SELECT * FROM s.quotes WHERE speaker_id IS NOT NULL") > 0);
      // A date before the Gregorian reform is written as it is (Spark would rebase or refuse it).
      assertEquals(1, count(c, "SELECT * FROM read_parquet('" + out.resolve("times")
          + "/*.parquet') WHERE date_start = DATE '1214-07-27'"));
    }
  }

  @Test
  void badRecordsGoToTheErrorsTableWithTheirReason() throws SQLException {
    assertEquals(2, report.errors(), String.valueOf(report.firstErrors()));
    try (Connection c = duck(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT origin, stage, reason FROM read_parquet('" + out.resolve("errors")
            + "/*.parquet') ORDER BY origin")) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        rows.add(r.getString(1).replace(tmp.toString(), "TMP") + " | " + r.getString(2) + " | " + r.getString(3));
      }
      assertEquals(2, rows.size(), rows.toString());
      assertTrue(rows.get(0).startsWith("TMP/bad/wire.jsonl:2 | read | "), rows.get(0));
      assertTrue(rows.get(0).contains("JSON"), rows.get(0));
      assertTrue(rows.get(1).startsWith("TMP/bad/wire.jsonl:3 | read | "), rows.get(1));
      assertTrue(rows.get(1).contains("text"), rows.get(1));
    }
  }

  @Test
  void theParquetOutputImportsIntoAStoreEqualToTheIngestedOne() throws SQLException {
    Path imported = tmp.resolve("imported");
    Store.IngestReport r = Store.importParquet(imported, out);
    assertEquals(documents, r.added());
    Store a = Store.open(store);
    Store b = Store.open(imported);
    assertEquals(a.stats().entities(), b.stats().entities());
    assertEquals(a.stats().quotes(), b.stats().quotes());
    assertEquals(a.stats().stories(), b.stats().stories());
    Store.SearchQuery q = Store.SearchQuery.of("militaires");
    assertEquals(a.search(q).total(), b.search(q).total());
    assertTrue(b.search(q).total() > 0);
    String quotes = "SELECT doc_id, quote, speaker_id, text FROM quotes ORDER BY ALL";
    assertEquals(a.sql(quotes, 0).rows(), b.sql(quotes, 0).rows());
    String entities = "SELECT entity_id, name, mentions, documents FROM entities ORDER BY ALL";
    assertEquals(a.sql(entities, 0).rows(), b.sql(entities, 0).rows());
    // Importing again replaces the same documents rather than adding them twice.
    Store.IngestReport again = Store.importParquet(imported, out);
    assertEquals(documents, again.replaced());
    assertEquals(documents, Store.open(imported).stats().documents());
  }

  @Test
  void readsArticlesFromParquet() throws IOException {
    Path in = tmp.resolve("articles-parquet");
    spark.createDataFrame(List.of(
            RowFactory.create("p-1", "Le ministre Bruno Le Maire a annoncé lundi 3 milliards d'euros d'aides.",
                "2024-02-05"),
            RowFactory.create("p-2", null, "2024-02-05")),
        DataTypes.createStructType(List.of(DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true))))
        .write().parquet(in.toString());
    Path o = tmp.resolve("out-parquet");
    SparkJob.Report r = SparkJob.run(spark, SparkJobConfig.of(List.of(in.toString()), o.toString()).withPartitions(2));
    assertEquals(1, r.documents());
    assertEquals(1, r.errors());
    assertTrue(r.firstErrors().get(0).contains("record without text"), r.firstErrors().toString());
    try (Connection c = duck()) {
      assertEquals(1, count(c, "SELECT * FROM read_parquet('" + o.resolve("documents")
          + "/*.parquet') WHERE doc_id = 'p-1' AND date = DATE '2024-02-05'"));
      assertTrue(count(c, "SELECT * FROM read_parquet('" + o.resolve("amounts") + "/*.parquet')") > 0);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static Connection duck() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      s.execute("ATTACH '" + store.resolve("store.duckdb") + "' AS s (READ_ONLY)");
    }
    return c;
  }

  /** The columns of a table but the batch stamps, doubles rounded (sums may add up in another order). */
  private static String columns(Connection c, String table) throws SQLException {
    List<String> cols = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE " + table)) {
      while (r.next()) {
        String name = r.getString(1);
        if (name.equals("batch") || name.equals("ingested_at")) {
          continue;
        }
        cols.add(r.getString(2).equals("DOUBLE") ? "round(" + name + ", 6) AS " + name : name);
      }
    }
    return cols.stream().collect(Collectors.joining(", "));
  }

  /** The first row of a query, for a readable failure. */
  private static String first(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql + " LIMIT 1")) {
      if (!r.next()) {
        return "-";
      }
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        values.add(String.valueOf(r.getObject(i)));
      }
      return String.join(" | ", values);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
      r.next();
      return r.getLong(1);
    }
  }
}
