package org.vigie.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.vigie.core.AnalyzedDocument;

/**
 * The store's per-document tables as plain rows, for engines other than the embedded store (the Spark job):
 * the table definitions and one analysed document's rows exactly as {@code ingest} stores them. One definition
 * of every table and one way to fill it, so a cluster and a laptop compute the same tables.
 *
 * <p>Values in rows are {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate}, {@code LocalDateTime} or null, in the table's column order. Thread-safe.
 */
public final class TableRows {
  private TableRows() {}

  private static final Analyzer ANALYZER = FrenchText.analyzer();

  /** A column: its name and DuckDB type ({@code VARCHAR}, {@code INTEGER}, {@code BIGINT}, {@code DOUBLE},
   * {@code BOOLEAN}, {@code DATE}, {@code TIMESTAMP}). */
  public record Column(String name, String type) {}

  /** A table and its columns, in order. */
  public record Table(String name, List<Column> columns) {}

  /** The tables that hold one document's rows, in the store's order ({@code documents} first). */
  public static List<Table> perDocument() {
    return Schema.PER_DOCUMENT.stream().map(TableRows::table).toList();
  }

  /** The tables the cross-document steps derive from the per-document ones. */
  public static List<Table> derived() {
    return ParquetTables.DERIVED.stream().map(TableRows::table).toList();
  }

  private static Table table(Schema.Table t) {
    return new Table(t.name(), t.columns().stream().map(c -> new Column(c.name(), c.type())).toList());
  }

  /**
   * The rows of one analysed document, table by table (tables without rows are left out). The
   * {@code documents} row's {@code batch} and {@code ingested_at} are null: the writer stamps them.
   *
   * @throws IllegalArgumentException when a layer item lacks its offsets or lies outside the text
   */
  public static Map<String, List<Object[]>> rows(AnalyzedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    Rows.Doc d = Rows.of(doc, Rows.contentHash(doc.document()), ANALYZER);
    Map<String, List<Object[]>> out = new LinkedHashMap<>();
    d.rows().forEach((t, rows) -> out.put(t.name(), new ArrayList<>(rows)));
    return out;
  }
}
