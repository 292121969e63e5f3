package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.core.Span;

/**
 * The corpus store, Vigie's entry point for everything that spans many articles: an embedded folder (default
 * {@code ./vigie-data}) holding a DuckDB database of every layer of every article (documents, sentences,
 * mentions, entities and aliases, quotes, times, amounts, quantities, events and their links, plus each
 * layer's raw JSON) and a Lucene full-text index of articles, quotes and events with French analysis.
 *
 * <p><b>Writing</b> ({@link #write}): one writer at a time, guarded by a lock file, so a second writer gets
 * {@link StoreException.Kind#LOCKED} at once. Documents are added in batches; each batch commits atomically
 * (one DuckDB transaction, then the index commit, reconciled on the next open if a crash fell in between), so a
 * killed ingest leaves the store as of its last batch, and a rerun completes it. A document already stored with
 * the same content hash is skipped before analysis ({@link Writer#wanted}); a changed one replaces its old
 * version. After each batch, cross-document resolution runs over the whole store (entities merged across
 * articles, events grouped); stories are clustered when the writer finishes.
 *
 * <p><b>Reading</b> ({@link #open}): a {@code Store} holds nothing open between calls. Each query opens the
 * database read-only and closes it, waiting while a writer commits (DuckDB lets one process write or several
 * read), so readers work during an ingest and never block it for longer than one query.
 *
 * <p>Thread-safe: a {@code Store} may be shared; a {@link Writer} is used from one thread, except
 * {@link Writer#wanted}, which any thread may call.
 */
public final class Store {
  /** The default store folder, relative to the working directory. */
  public static final Path DEFAULT_DIR = Path.of("vigie-data");

  private static final Duration READ_WAIT = Duration.ofSeconds(60);

  private final Path dir;
  private final Database db;

  private Store(Path dir) {
    this.dir = dir;
    this.db = new Database(dir);
  }

  /**
   * Opens an existing store for reading.
   *
   * @throws StoreException NOT_FOUND when {@code dir} holds no store, INCOMPATIBLE when a newer Vigie wrote it
   */
  public static Store open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Store s = new Store(dir);
    if (!s.db.exists()) {
      throw new StoreException(StoreException.Kind.NOT_FOUND, "no store at " + dir
          + " (create one with 'vigie ingest FILES --store " + dir + "')");
    }
    return s;
  }

  /**
   * Opens the store for writing, creating it when missing, and takes the writer lock until {@link Writer#close}.
   *
   * @throws StoreException LOCKED when another writer holds it
   */
  public static Writer write(Path dir, WriteOptions options) {
    Objects.requireNonNull(dir, "dir");
    return new Writer(new BatchWriter(dir, options == null ? WriteOptions.defaults() : options));
  }

  public Path dir() {
    return dir;
  }

  /** Counts and size of the whole store. */
  public Stats stats() {
    return read(c -> Queries.stats(c, dir));
  }

  /** Ranked articles, quotes and events matching a query, with highlighted passages. */
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.entity() == null) {
      return SearchIndex.search(dir, query, null, null);
    }
    Profiles.Match[] entity = {null};
    List<String> uids = read(c -> {
      entity[0] = Profiles.resolve(c, query.entity());
      return Queries.uidsOf(c, entity[0].id());
    });
    return SearchIndex.search(dir, query, entity[0], uids);
  }

  /**
   * The profile of the entity that best matches a name, alias or Wikidata ID (accents and case ignored).
   *
   * @throws StoreException NO_MATCH when nothing matches, with the closest names in the message
   */
  public EntityProfile entity(String name, int limit) {
    Objects.requireNonNull(name, "name");
    return read(c -> Profiles.profile(c, name, limit));
  }

  /** Events, quotes and dated sentences in date order. */
  public Timeline timeline(TimelineQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Timelines.timeline(c, query));
  }

  /** Stories: groups of articles about the same story, largest and latest first. */
  public List<Story> stories(StoryQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Stories.list(c, query));
  }

  // Browsing, for the web UI and HTTP API (implemented in Browse).

  /** Articles, latest first, optionally naming an entity, with all the words given in the headline, in a date range. */
  public Page<DocumentSummary> documents(DocumentQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Browse.documents(c, query));
  }

  /** One article with its text and every layer, or empty when no article has this id. */
  public java.util.Optional<DocumentView> document(String id) {
    Objects.requireNonNull(id, "id");
    return read(c -> Browse.document(c, id));
  }

  /** Corpus entities, most widely named first, optionally matching words of a name or alias, and a type. */
  public Page<EntitySummary> entities(EntityQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Browse.entities(c, query));
  }

  /**
   * Quotes filtered by speaker, words (all of them, accents and case ignored), article and date (the statement's,
   * else the article's), latest first.
   */
  public Page<QuoteRow> quotes(QuoteQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Browse.quotes(c, query));
  }

  /** Events filtered by type, participant, article and date, latest first. */
  public Page<EventRow> events(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Browse.events(c, query));
  }

  /**
   * The entity graph: the most widely named entities (or one entity and its neighbours), and the edges among
   * them of at least {@code minWeight} shared articles, quotes and events.
   */
  public Graph graph(GraphQuery query) {
    Objects.requireNonNull(query, "query");
    return read(c -> Browse.graph(c, query));
  }

  /**
   * Runs one read-only SQL query. Statements that would change the store, and file access from SQL, are
   * refused.
   *
   * @param maxRows rows kept (0 for all); {@link Table#truncated} tells when more were there
   * @throws StoreException BAD_REQUEST for an SQL error, with DuckDB's message
   */
  public Table sql(String sql, int maxRows) {
    Objects.requireNonNull(sql, "sql");
    return db.withSandbox(READ_WAIT, c -> Queries.sql(c, sql, maxRows));
  }

  /**
   * Writes the store out to {@code outDir}: tables (all exportable ones, or {@code tables}) as JSON Lines, CSV
   * or Parquet, one file per table, plus {@code analyses.jsonl} (every document as {@code analyze} prints it) in
   * JSON Lines; the entity graph as GEXF or GraphML; or GDELT-style event rows.
   *
   * @return the files written
   */
  public List<Path> export(ExportFormat format, Path outDir, List<String> tables) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outDir, "outDir");
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + outDir + ": " + e.getMessage(), e);
    }
    return read(c -> Exporter.export(c, format, outDir.toAbsolutePath(), tables));
  }

  /** The tables and views that {@link #export} and {@link #sql} know, in schema order. */
  public static List<String> tables() {
    return Schema.exportable();
  }

  /**
   * The content hash that decides whether a document is already stored: its id, text and the metadata it was
   * read with (a date inferred by the analysis is left out, so a document as read and as analysed hash alike).
   */
  public static String contentHash(Document d) {
    return Rows.contentHash(d);
  }

  private <T> T read(Database.Work<T> work) {
    return db.withReader(READ_WAIT, work);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Writing

  /**
   * How a writer batches. {@code onCommit} hears about each committed batch (for progress reports); it runs on
   * the writing thread.
   *
   * @param batchSize documents per transaction
   * @param maxBatchAge a batch older than this commits with the next document, whatever its size
   * @param force re-analyse and replace documents even when their content hash is unchanged
   */
  public record WriteOptions(int batchSize, Duration maxBatchAge, boolean force, Consumer<Batch> onCommit) {
    public WriteOptions {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
      }
      Objects.requireNonNull(maxBatchAge, "maxBatchAge");
      onCommit = onCommit == null ? b -> { } : onCommit;
    }

    public static WriteOptions defaults() {
      return new WriteOptions(64, Duration.ofSeconds(30), false, null);
    }

    public WriteOptions withBatchSize(int n) {
      return new WriteOptions(n, maxBatchAge, force, onCommit);
    }

    public WriteOptions withForce(boolean f) {
      return new WriteOptions(batchSize, maxBatchAge, f, onCommit);
    }

    public WriteOptions withOnCommit(Consumer<Batch> listener) {
      return new WriteOptions(batchSize, maxBatchAge, force, listener);
    }
  }

  /** One committed batch: its generation number (batches are numbered from 1), documents, time. */
  public record Batch(long generation, int documents, int added, int replaced, double seconds) {}

  /** What {@link Writer#add} did with a document. */
  public enum Added { NEW, REPLACED, UNCHANGED }

  /**
   * The outcome of {@link Writer#add}: {@code sameIdEarlier} names the origin of a different document with the
   * same id read earlier in this ingest, which this one replaced (null otherwise).
   */
  public record AddResult(Added status, String sameIdEarlier) {}

  /** The end of an ingest: what changed, and the whole store after it. */
  public record IngestReport(int added, int replaced, int unchanged, int batches, Stats store) {}

  /**
   * The writing side of a store. Add analysed documents; every {@code batchSize} documents (or
   * {@code maxBatchAge}) a batch commits; {@link #finish} commits the rest and clusters stories. Closing without
   * finishing drops the uncommitted batch, as a crash would, and releases the lock.
   */
  public static final class Writer implements AutoCloseable {
    private final BatchWriter impl;

    private Writer(BatchWriter impl) {
      this.impl = impl;
    }

    /**
     * False when the store already holds this document with the same content hash (and force is off), so it
     * need not be analysed. Thread-safe.
     */
    public boolean wanted(Document document) {
      return impl.wanted(document);
    }

    /**
     * Adds an analysed document to the current batch, committing the batch when it is full.
     *
     * @throws IllegalArgumentException when a layer of the document cannot be stored (the document is skipped;
     *     the batch goes on)
     */
    public AddResult add(AnalyzedDocument doc) {
      return impl.add(doc);
    }

    /** Commits the current batch now (nothing when it is empty). */
    public void commit() {
      impl.commit();
    }

    /** Commits the last batch, brings stories up to date, and reports. */
    public IngestReport finish() {
      return impl.finish();
    }

    /** The store folder. */
    public Path dir() {
      return impl.dir();
    }

    @Override
    public void close() {
      impl.close();
    }
  }

  /**
   * Imports per-document tables written as Parquet (by the Spark job, or by {@code export --format parquet}) into
   * the store at {@code dir}, creating it when missing: one transaction, documents with the same ids replaced,
   * then entities resolved, the search index and stories brought up to date, as {@code ingest} does.
   *
   * @throws StoreException LOCKED when another writer holds the store, BAD_REQUEST when the folder holds no
   *     documents table
   */
  public static IngestReport importParquet(Path dir, Path parquetDir) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(parquetDir, "parquetDir");
    try (BatchWriter w = new BatchWriter(dir, WriteOptions.defaults())) {
      w.importParquet(parquetDir.toAbsolutePath());
      return w.finish();
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Results

  /**
   * Counts and size of a store: documents, corpus entities, quotes, events, stories of at least two articles,
   * bytes on disk, the date range of articles, and the number of committed batches.
   */
  public record Stats(long documents, long entities, long quotes, long events, long stories, long bytes,
      String firstDate, String lastDate, long generation) {}

  /** What a search hit is. */
  public enum Kind {
    ARTICLE, QUOTE, EVENT;

    /** The lower-case name used on the command line and in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A full-text query: words (all must match; {@code "a phrase"}, {@code a | b}, {@code -not}, {@code pref*}),
   * optionally restricted to an entity (articles naming it, its quotes, events it takes part in), to dates
   * (inclusive; the article's date, a quote's statement date, an event's date) and to kinds.
   */
  public record SearchQuery(String text, String entity, LocalDate from, LocalDate to, Set<Kind> kinds, int limit) {
    public SearchQuery {
      Objects.requireNonNull(text, "text");
      kinds = kinds == null || kinds.isEmpty() ? Set.of(Kind.values()) : Set.copyOf(kinds);
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1: " + limit);
      }
    }

    public static SearchQuery of(String text) {
      return new SearchQuery(text, null, null, null, null, 20);
    }

    public SearchQuery withEntity(String e) {
      return new SearchQuery(text, e, from, to, kinds, limit);
    }

    public SearchQuery withDates(LocalDate f, LocalDate t) {
      return new SearchQuery(text, entity, f, t, kinds, limit);
    }

    public SearchQuery withKinds(Set<Kind> k) {
      return new SearchQuery(text, entity, from, to, k, limit);
    }

    public SearchQuery withLimit(int n) {
      return new SearchQuery(text, entity, from, to, kinds, n);
    }
  }

  /** A stretch of the document around matches: offsets into the document text, and the matches in it. */
  public record Passage(int start, int end, String text, List<Span> highlights) {}

  /**
   * One hit: its kind, document, headline (the article's title, else its first line), date, URL, score, the span
   * of the quote or event in the document (the whole text for an article), the quote's speaker or the event's
   * participants, the event's type, and the best passages with their highlights.
   */
  public record Hit(Kind kind, String doc, String title, String date, String url, float score, int start, int end,
      String speaker, String eventType, List<Passage> passages) {}

  /** Search results: the total count of matches, the best {@code limit}, and the entity filtered on. */
  public record SearchResult(String query, String entityId, String entityName, long total, List<Hit> hits) {}

  /** A surface form of an entity and how often it occurs. */
  public record Alias(String text, long mentions, long documents) {}

  /** A role phrase naming the entity, with the dates of the articles that use it. */
  public record Role(String role, String firstDate, String lastDate, long mentions) {}

  /**
   * A bare role of an article ("le secrétaire d'État américain") resolved to the entity through a role learned
   * from another article (the evidence: "le secrétaire d'État Antony Blinken" there, on that date).
   */
  public record LearnedRole(String role, String doc, String date, int start, int end, String evidenceDoc,
      String evidenceDate, String evidence) {}

  /** An article naming the entity. */
  public record ArticleRef(String doc, String date, String title, long mentions) {}

  /** A quote of the entity. */
  public record QuoteRef(String doc, String date, int start, int end, String text, boolean direct, String cue,
      double confidence) {}

  /** An event the entity takes part in. */
  public record EventRef(String doc, String date, int start, int end, String type, String text,
      List<String> participants, String place) {}

  /** Another entity, with the number of articles shared. */
  public record Related(String id, String name, String type, String qid, long documents) {}

  /**
   * An entity's profile: canonical name, type, QID, counts and dates; aliases; roles with dates; articles,
   * quotes and events (latest first, at most the limit asked); the entities it appears with most; the corpus
   * keys merged into it; and other entities that matched the name asked (for disambiguation).
   */
  public record EntityProfile(String id, String name, String type, String qid, long mentions, long documents,
      String firstDate, String lastDate, List<Alias> aliases, List<Role> roles, List<ArticleRef> articles,
      long quoteCount, List<QuoteRef> quotes, long eventCount, List<EventRef> events, List<Related> related,
      List<String> mergedKeys, List<Related> otherMatches, List<LearnedRole> learnedRoles) {}

  /** Which entries a timeline holds: events, quotes, and sentences that carry a date. */
  public static final Set<String> TIMELINE_KINDS = Set.of("event", "quote", "dated");

  /** A timeline query: optional entity and dates (inclusive), kinds among {@link #TIMELINE_KINDS}, a limit. */
  public record TimelineQuery(String entity, LocalDate from, LocalDate to, Set<String> kinds, int limit) {
    public TimelineQuery {
      kinds = kinds == null || kinds.isEmpty() ? TIMELINE_KINDS : Set.copyOf(kinds);
      for (String k : kinds) {
        if (!TIMELINE_KINDS.contains(k)) {
          throw new IllegalArgumentException("unknown timeline kind '" + k + "' (use event, quote, dated)");
        }
      }
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1: " + limit);
      }
    }

    public static TimelineQuery all() {
      return new TimelineQuery(null, null, null, null, 200);
    }
  }

  /**
   * One timeline entry: the day it is placed on, what the text said of the date ({@code 2022-03}, a value at its
   * precision), where that date came from ({@code text}: a date in the same sentence or the event's date;
   * {@code publication}: the article's date), the kind, the document and span, the text, who (speaker or
   * participants) and a detail: the event type, the time expression of a dated sentence, or whether a quote is
   * {@code direct} or {@code reported}.
   */
  public record TimelineEntry(String date, String when, String dateSource, String kind, String doc, int start,
      int end, String text, String who, String detail) {}

  /** A timeline: its entity (or null), how many entries matched, and the first {@code limit} in date order. */
  public record Timeline(String entityId, String entityName, long total, List<TimelineEntry> entries) {}

  /** A stories query: optional entity and dates (articles in range), minimum size, limit. */
  public record StoryQuery(String entity, LocalDate from, LocalDate to, int minArticles, int limit) {
    public static StoryQuery all() {
      return new StoryQuery(null, null, null, 2, 100);
    }
  }

  /** An article of a story, with its similarity to the story's centre. */
  public record StoryArticle(String doc, String date, String title, double similarity) {}

  /** A story: id, label (the most central article's headline), size, dates, main entities, articles. */
  public record Story(String id, String label, int articles, String firstDate, String lastDate,
      List<String> entities, List<StoryArticle> members) {}

  /** A query result: column names, rows (values as JDBC gives them, dates as ISO strings). */
  public record Table(List<String> columns, List<List<Object>> rows, boolean truncated) {}

  /** Export formats. */
  public enum ExportFormat { JSONL, CSV, PARQUET, GEXF, GRAPHML, GDELT }

  // ---------------------------------------------------------------------------------------------------------
  // Browsing

  /** One page of a longer list: how many items match in all, where the page starts, and its items. */
  public record Page<T>(long total, int offset, List<T> items) {}

  private static void checkPage(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0: " + offset);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  /** Articles: naming an entity, with words in the headline, dated within a range; each may be null. */
  public record DocumentQuery(String entity, String text, LocalDate from, LocalDate to, int offset, int limit) {
    public DocumentQuery {
      checkPage(offset, limit);
    }
  }

  /** An article in a list, with its counts of proper-named entities, quotes and events. */
  public record DocumentSummary(String doc, String date, String headline, String url, String language, int chars,
      long entities, long quotes, long events) {}

  /** An article's entity, with its corpus entity (after cross-article resolution). */
  public record DocEntity(String localId, String entityId, String name, String type, String qid, boolean proper,
      int mentions) {}

  /** A mention of an article's entity ({@code localId}): a name, or a role phrase when {@code role}. */
  public record EntityMention(int start, int end, String text, String localId, boolean role) {}

  /** A mention of a temporal expression, with its value and the first day it covers (when it has one). */
  public record TimeMention(int start, int end, String text, String value, String kind, String dateStart) {}

  /** A sum of money ({@code layer} {@code amount}) or a count or measure ({@code quantity}). */
  public record ValueMention(String layer, int start, int end, String text, double value, Double upper, String unit,
      String qualifier, String object) {}

  /** A layer exactly as the analysis gave it, as JSON. */
  public record RawLayer(String layer, int items, String json) {}

  /**
   * One article with everything known about it: metadata, text, entities with their mentions, quotes, times,
   * amounts and quantities, events, and every layer as raw JSON. Offsets index {@code text}.
   */
  public record DocumentView(String doc, String title, String headline, String url, String language, String date,
      String dateSource, String dateEvidence, String origin, String text, List<DocEntity> entities,
      List<EntityMention> mentions, List<QuoteRow> quotes, List<TimeMention> times, List<ValueMention> values,
      List<EventRow> events, List<RawLayer> layers) {}

  /** Entities: matching words of a name or alias (or a QID), of a type ({@code PER}, {@code ORG}...). */
  public record EntityQuery(String text, String type, int offset, int limit) {
    public EntityQuery {
      checkPage(offset, limit);
    }
  }

  /** A corpus entity in a list. */
  public record EntitySummary(String id, String name, String type, String qid, long mentions, long documents,
      String firstDate, String lastDate, long quotes) {}

  /** Quotes: by a speaker (a name as {@link #entity} takes it), with words, in an article, in a date range. */
  public record QuoteQuery(String speaker, String text, String doc, LocalDate from, LocalDate to, int offset,
      int limit) {
    public QuoteQuery {
      checkPage(offset, limit);
    }
  }

  /**
   * A quote: its article and number there, date (the statement's, else the article's) and where it came from,
   * span and words, direct or reported, group, cue, the speaker's mention and span, the speaker's corpus entity
   * and name, the confidence, and the article's headline.
   */
  public record QuoteRow(String doc, int quote, String date, String dateSource, int start, int end, String text,
      boolean direct, int group, String cue, Integer cueStart, Integer cueEnd, String speakerMention,
      Integer speakerStart, Integer speakerEnd, String speakerId, String speakerName, double confidence,
      String title) {}

  /** Events: of a type, with a participant (a name as {@link #entity} takes it), in an article, in a date range. */
  public record EventQuery(String type, String actor, String doc, LocalDate from, LocalDate to, int offset,
      int limit) {
    public EventQuery {
      checkPage(offset, limit);
    }
  }

  /** A participant of an event: as named, its role, its corpus entity (or null). */
  public record Participant(String name, String role, String entityId) {}

  /**
   * An event: its article and number there, corpus event, day (its own, else the article's) and date as given,
   * span and sentence, type, place, participants, and the article's headline.
   */
  public record EventRow(String doc, int event, String eventId, String date, String dateAsGiven, int start, int end,
      String text, String type, String place, String placeId, List<Participant> participants, String title) {}

  /** The entity graph around an entity (or of the whole store when null), with limits. */
  public record GraphQuery(String entity, int minWeight, int maxNodes) {
    public GraphQuery {
      if (minWeight < 1) {
        throw new IllegalArgumentException("minimum weight must be at least 1: " + minWeight);
      }
      if (maxNodes < 1) {
        throw new IllegalArgumentException("maximum nodes must be at least 1: " + maxNodes);
      }
    }
  }

  /** A node of the graph: a corpus entity. */
  public record GraphNode(String id, String name, String type, String qid, long mentions, long documents) {}

  /** An undirected edge: articles shared, quotes where one speaks of the other, events shared, and their sum. */
  public record GraphEdge(String source, String target, long articles, long quotes, long events, long weight) {}

  /** The graph: the entity it is centred on (or null), nodes, and edges among them, heaviest first. */
  public record Graph(String centre, List<GraphNode> nodes, List<GraphEdge> edges) {}
}
