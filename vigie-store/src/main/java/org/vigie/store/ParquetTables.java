package org.vigie.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The store's tables as Parquet files in a folder, one table per {@code TABLE/} folder of part files (as Spark
 * writes them) or per {@code TABLE.parquet} file (as {@code export --format parquet} writes them), and loading
 * one into the store ({@link Store#importParquet}).
 */
final class ParquetTables {
  private ParquetTables() {}

  /** Tables the cross-document steps fill from the per-document ones. */
  static final List<Schema.Table> DERIVED = List.of(Schema.ENTITY_MERGES, Schema.ENTITIES, Schema.LEARNED_ROLES,
      Schema.ENTITY_ALIASES, Schema.STORIES, Schema.STORY_DOCUMENTS);

  /** The {@code read_parquet(...)} source of a table in {@code dir}, or null when the folder lacks it. */
  static String source(Path dir, Schema.Table t) {
    Path folder = dir.resolve(t.name());
    Path file = dir.resolve(t.name() + ".parquet");
    String glob;
    if (Files.isDirectory(folder)) {
      glob = folder.resolve("*.parquet").toString();
    } else if (Files.isRegularFile(file)) {
      glob = file.toString();
    } else {
      return null;
    }
    return "read_parquet('" + glob.replace("'", "''") + "')";
  }

  private static String columns(Schema.Table t) {
    return t.columns().stream().map(Schema.Column::name).collect(Collectors.joining(", "));
  }

  /** Rows of a table from Parquet, in the table's column order; an empty result when the folder lacks it. */
  private static String select(Path dir, Schema.Table t) {
    String src = source(dir, t);
    if (src == null) {
      return "SELECT " + t.columns().stream().map(c -> "NULL::" + c.type() + " AS " + c.name())
          .collect(Collectors.joining(", ")) + " WHERE false";
    }
    return "SELECT " + columns(t) + " FROM " + src;
  }

  private static void exec(Statement s, String sql, Schema.Table t) throws SQLException {
    try {
      s.execute(sql);
    } catch (SQLException e) {
      throw new SQLException("table " + t.name() + ": " + Database.firstLine(e.getMessage()), e);
    }
  }

  /**
   * Loads the per-document tables of {@code dir} into the store as generation {@code gen}, in the caller's
   * transaction, replacing documents already stored with the same ids.
   *
   * @return documents loaded, of which new, of which replaced
   */
  static int[] load(Connection c, Path dir, long gen) throws SQLException {
    if (source(dir, Schema.DOCUMENTS) == null) {
      throw new StoreException(StoreException.Kind.BAD_REQUEST, "no documents table in " + dir
          + " (expected " + dir.resolve("documents") + "/*.parquet or " + dir.resolve("documents.parquet") + ")");
    }
    int total;
    int replaced;
    try (Statement s = c.createStatement()) {
      exec(s, "CREATE OR REPLACE TEMP TABLE import_ids AS SELECT DISTINCT doc_id FROM "
          + source(dir, Schema.DOCUMENTS), Schema.DOCUMENTS);
      try (ResultSet r = s.executeQuery("SELECT count(*), count(d.doc_id) FROM import_ids i"
          + " LEFT JOIN (SELECT DISTINCT doc_id FROM documents) d ON d.doc_id = i.doc_id")) {
        r.next();
        total = r.getInt(1);
        replaced = r.getInt(2);
      }
      for (Schema.Table t : Schema.PER_DOCUMENT) {
        s.execute("DELETE FROM " + t.name() + " WHERE doc_id IN (SELECT doc_id FROM import_ids)");
      }
      for (Schema.Table t : Schema.PER_DOCUMENT) {
        String sql = select(dir, t);
        if (t == Schema.DOCUMENTS) {
          // Stamped as this batch, so that the index picks them up.
          sql = "SELECT " + t.columns().stream().map(col -> switch (col.name()) {
            case "batch" -> gen + "::BIGINT AS batch";
            case "ingested_at" -> "now()::TIMESTAMP AS ingested_at";
            default -> col.name();
          }).collect(Collectors.joining(", ")) + " FROM (" + sql + ")";
        }
        exec(s, "INSERT INTO " + t.name() + " (" + columns(t) + ") " + sql, t);
      }
      s.execute("DROP TABLE import_ids");
    }
    return new int[] {total, total - replaced, replaced};
  }
}
