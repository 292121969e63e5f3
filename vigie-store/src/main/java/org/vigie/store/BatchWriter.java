package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;

/**
 * The implementation of {@link Store.Writer}: the writer lock, the pending batch, and the commit protocol.
 *
 * <p>A batch commits as: open the database read-write (waiting for readers' queries to end); in one
 * transaction delete the old versions of the batch's documents from every per-document table, append the new
 * rows, bump the generation, record the batch and refresh cross-document resolution; commit; close the
 * database; then index the batch's documents and commit the index with that generation. A crash before the
 * database commit loses the batch (the rerun redoes it); a crash between the two commits is repaired when the
 * next writer opens, by re-indexing what the database holds beyond the index's generation.
 */
final class BatchWriter implements AutoCloseable {
  private static final Duration WRITE_WAIT = Duration.ofMinutes(5);

  private final Path dir;
  private final Store.WriteOptions options;
  private final WriterLock lock;
  private final Database db;
  private final SearchIndex.Writer index;
  private final Analyzer analyzer = FrenchText.analyzer();
  /** Content hash of every stored document, and of those added in this run. */
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final Set<String> storedBefore;
  private final Map<String, String> originsThisRun = new HashMap<>();
  private final LinkedHashMap<String, Rows.Doc> pending = new LinkedHashMap<>();
  /** Ids committed by this writer, whose rows a later version must delete. */
  private final Set<String> committedIds = new java.util.HashSet<>();
  private long pendingSince;
  private int pendingAdded;
  private int pendingReplaced;
  private long generation;
  private int added;
  private int replaced;
  private int unchanged;
  private int batches;
  private boolean closed;
  /** Tests interrupt a commit here to check that a failed batch leaves nothing behind. */
  Consumer<String> faultPoint = point -> { };

  BatchWriter(Path dir, Store.WriteOptions options) {
    this.dir = dir;
    this.options = options;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    this.lock = WriterLock.acquire(dir);
    SearchIndex.Writer idx = null;
    try {
      this.db = new Database(dir);
      try (Connection c = db.openWriter(WRITE_WAIT)) {
        createSchema(c);
        generation = Long.parseLong(meta(c, "generation", "0"));
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT doc_id, content_hash FROM documents")) {
          while (r.next()) {
            hashes.put(r.getString(1), r.getString(2));
          }
        }
        idx = new SearchIndex.Writer(dir);
        long indexed = idx.generation();
        if (indexed != generation) {
          // A crash fell between a batch's database commit and its index commit (or the index was lost).
          idx.indexSince(c, indexed > generation ? 0 : indexed);
          idx.commit(generation);
        }
      }
      this.index = idx;
      this.storedBefore = Set.copyOf(hashes.keySet());
    } catch (SQLException e) {
      closeQuietly(idx);
      lock.close();
      throw new IllegalStateException("cannot prepare the store " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(idx);
      lock.close();
      throw new UncheckedIOException("cannot prepare the store index " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(idx);
      lock.close();
      throw e;
    }
  }

  private static void closeQuietly(SearchIndex.Writer idx) {
    if (idx != null) {
      try {
        idx.close();
      } catch (RuntimeException ignored) {
        // already failing
      }
    }
  }

  Path dir() {
    return dir;
  }

  private static void createSchema(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Schema.Table t : Schema.ALL) {
        s.execute(t.ddl());
        // A store from an earlier Vigie gains the columns added at the end of a table since.
        for (Schema.Column col : t.columns()) {
          if (col.type().contains("PRIMARY KEY")) {
            continue;
          }
          s.execute("ALTER TABLE " + t.name() + " ADD COLUMN IF NOT EXISTS " + col.name() + " " + col.type());
        }
      }
      for (String v : Schema.VIEWS) {
        s.execute(v);
      }
      String version = null;
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
        if (r.next()) {
          version = r.getString(1);
        }
      }
      if (version == null) {
        s.execute("INSERT INTO meta VALUES ('schema_version', '" + Schema.VERSION + "'), ('generation', '0'),"
            + " ('stories_generation', '0'), ('created_at', '" + LocalDateTime.now(ZoneOffset.UTC) + "Z')");
      } else if (Integer.parseInt(version) > Schema.VERSION) {
        throw new StoreException(StoreException.Kind.INCOMPATIBLE, "the store was written by a newer Vigie (schema "
            + version + ", this one writes " + Schema.VERSION + ")");
      }
    }
  }

  static String meta(Connection c, String key, String fallback) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getString(1) : fallback;
      }
    }
  }

  private static void setMeta(Statement s, String key, String value) throws SQLException {
    s.execute("INSERT OR REPLACE INTO meta VALUES ('" + key + "', '" + value + "')");
  }

  boolean wanted(Document d) {
    if (options.force()) {
      return true;
    }
    String stored = hashes.get(d.id());
    return stored == null || !stored.equals(Rows.contentHash(d));
  }

  Store.AddResult add(AnalyzedDocument doc) {
    checkOpen();
    Document d = doc.document();
    String hash = Rows.contentHash(d);
    String earlier = originsThisRun.get(d.id());
    boolean sameAsStored = hash.equals(hashes.get(d.id()));
    if (sameAsStored && (!options.force() || earlier != null)) {
      unchanged++;
      return new Store.AddResult(Store.Added.UNCHANGED, null);
    }
    Rows.Doc rows = Rows.of(doc, hash, analyzer);
    Store.Added status = storedBefore.contains(d.id()) ? Store.Added.REPLACED : Store.Added.NEW;
    if (earlier == null) {
      if (status == Store.Added.NEW) {
        added++;
        pendingAdded++;
      } else {
        replaced++;
        pendingReplaced++;
      }
    }
    if (pending.isEmpty()) {
      pendingSince = System.nanoTime();
    }
    pending.put(d.id(), rows);
    hashes.put(d.id(), hash);
    originsThisRun.put(d.id(), String.valueOf(d.origin()));
    if (pending.size() >= options.batchSize()
        || System.nanoTime() - pendingSince > options.maxBatchAge().toNanos()) {
      commit();
    }
    return new Store.AddResult(status, earlier != null && !earlier.equals(String.valueOf(d.origin())) ? earlier
        : null);
  }

  void commit() {
    checkOpen();
    if (pending.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    long gen = generation + 1;
    try (Connection c = db.openWriter(WRITE_WAIT)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // A statement first: DuckDB's appenders join the transaction only once one has begun it.
        setMeta(s, "generation", Long.toString(gen));
        s.execute("INSERT INTO batches VALUES (" + gen + ", now()::TIMESTAMP, " + pending.size() + ", "
            + pendingAdded + ", " + pendingReplaced + ")");
        // Only a document stored before has old rows to delete: new ones need no scan of every table.
        List<String> old = pending.keySet().stream()
            .filter(id -> storedBefore.contains(id) || committedIds.contains(id)).toList();
        if (!old.isEmpty()) {
          s.execute("CREATE OR REPLACE TEMP TABLE batch_ids (doc_id VARCHAR)");
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_ids VALUES (?)")) {
            for (String id : old) {
              ps.setString(1, id);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          for (Schema.Table t : Schema.PER_DOCUMENT) {
            s.execute("DELETE FROM " + t.name() + " WHERE doc_id IN (SELECT doc_id FROM batch_ids)");
          }
          s.execute("DROP TABLE batch_ids");
        }
        faultPoint.accept("deleted");
        Map<Schema.Table, DuckDBAppender> appenders = new LinkedHashMap<>();
        try {
          for (Schema.Table t : Schema.PER_DOCUMENT) {
            appenders.put(t, c.unwrap(DuckDBConnection.class).createAppender("main", t.name()));
          }
          LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
          for (Rows.Doc doc : pending.values()) {
            Rows.append(doc, appenders, gen, now);
          }
        } finally {
          for (DuckDBAppender a : appenders.values()) {
            a.close();
          }
        }
        faultPoint.accept("appended");
        Resolution.refresh(c);
        faultPoint.accept("resolved");
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      generation = gen;
      c.setAutoCommit(true);
      index.indexSince(c, gen - 1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write batch " + gen + " to the store " + dir + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index batch " + gen + ": " + e.getMessage(), e);
    }
    try {
      index.commit(gen);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
    batches++;
    committedIds.addAll(pending.keySet());
    Store.Batch b = new Store.Batch(gen, pending.size(), pendingAdded, pendingReplaced,
        (System.nanoTime() - start) / 1e9);
    pending.clear();
    pendingAdded = 0;
    pendingReplaced = 0;
    options.onCommit().accept(b);
  }

  /**
   * Loads the per-document tables of a Parquet folder ({@link ParquetTables}) as one batch, committed like
   * {@link #commit}: one transaction replacing documents with the same ids and refreshing resolution, then the
   * index.
   */
  void importParquet(Path src) {
    checkOpen();
    commit();
    long start = System.nanoTime();
    long gen = generation + 1;
    int[] counts;
    try (Connection c = db.openWriter(WRITE_WAIT)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        setMeta(s, "generation", Long.toString(gen));
        counts = ParquetTables.load(c, src, gen);
        s.execute("INSERT INTO batches VALUES (" + gen + ", now()::TIMESTAMP, " + counts[0] + ", " + counts[1]
            + ", " + counts[2] + ")");
        Resolution.refresh(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      generation = gen;
      c.setAutoCommit(true);
      index.indexSince(c, gen - 1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot import " + src + " into the store " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the imported documents: " + e.getMessage(), e);
    }
    try {
      index.commit(gen);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
    batches++;
    added += counts[1];
    replaced += counts[2];
    options.onCommit().accept(new Store.Batch(gen, counts[0], counts[1], counts[2],
        (System.nanoTime() - start) / 1e9));
  }

  Store.IngestReport finish() {
    commit();
    Store.Stats stats;
    try (Connection c = db.openWriter(WRITE_WAIT)) {
      if (!meta(c, "stories_generation", "0").equals(Long.toString(generation))) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          setMeta(s, "stories_generation", Long.toString(generation));
          Stories.rebuild(c);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
        c.setAutoCommit(true);
      }
      stats = Queries.stats(c, dir);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot finish the ingest into " + dir + ": " + e.getMessage(), e);
    }
    // Measured once the database is closed, its log folded into the file.
    stats = new Store.Stats(stats.documents(), stats.entities(), stats.quotes(), stats.events(), stats.stories(),
        Queries.size(dir), stats.firstDate(), stats.lastDate(), stats.generation());
    return new Store.IngestReport(added, replaced, unchanged, batches, stats);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store writer is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pending.clear();
    try {
      index.close();
    } finally {
      lock.close();
    }
  }
}
