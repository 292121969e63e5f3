package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.Span;

/**
 * The Lucene full-text index in {@code index/}: one entry per article (title and text), per quote (its words and
 * speaker) and per event (its sentence and type), analysed in French ({@link FrenchText}). It is built from the
 * database after each batch commits, and its commit records the batch generation it covers, so that a writer
 * opening after a crash re-indexes what the database holds beyond it.
 *
 * <p>The text field keeps offsets, so highlights come back as offsets into the document text, like every
 * other span in Vigie.
 */
final class SearchIndex {
  static final String DIR = "index";
  private static final String GENERATION = "generation";

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private SearchIndex() {}

  /** The writing side, held by the store writer for a whole ingest. */
  static final class Writer implements AutoCloseable {
    private final IndexWriter writer;

    Writer(Path storeDir) {
      Path dir = storeDir.resolve(DIR);
      try {
        writer = open(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the search index " + dir + ": " + e.getMessage(), e);
      }
    }

    private static IndexWriter open(Path dir) throws IOException {
      IndexWriterConfig config = new IndexWriterConfig(FrenchText.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false);
      try {
        return new IndexWriter(unsynced(dir), config);
      } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooNewException
          | org.apache.lucene.index.IndexFormatTooOldException e) {
        // The index is derived data: start it again, the caller re-indexes from the database.
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        return new IndexWriter(unsynced(dir), new IndexWriterConfig(FrenchText.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false));
      }
    }

    /**
     * The index folder without fsync: the index is derived from the database, whose commits are durable. A killed
     * process loses nothing the system has been given; after a power cut, an index that fails its checksums is
     * rebuilt, and one that lags is caught up by generation. Skipping fsync saves most of a batch's commit time.
     */
    private static org.apache.lucene.store.Directory unsynced(Path dir) throws IOException {
      return new org.apache.lucene.store.FilterDirectory(FSDirectory.open(dir)) {
        @Override
        public void sync(java.util.Collection<String> names) {
          // see above
        }

        @Override
        public void syncMetaData() {
          // see above
        }
      };
    }

    /** The batch generation of the last index commit (0 for a new index). */
    long generation() {
      for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
        if (e.getKey().equals(GENERATION)) {
          return Long.parseLong(e.getValue());
        }
      }
      return 0;
    }

    /** Re-indexes the documents of batches after {@code sinceGeneration}, from the database. */
    int indexSince(Connection c, long sinceGeneration) throws SQLException, IOException {
      if (sinceGeneration == 0) {
        writer.deleteAll();
      }
      Map<String, List<Document>> byDoc = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, title, headline, url, date, text FROM documents"
          + " WHERE batch > ?")) {
        ps.setLong(1, sinceGeneration);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            Document d = base("a:" + r.getString(1), r.getString(1), Store.Kind.ARTICLE, r.getString(3),
                r.getString(4), date(r, 5), 0, r.getString(6).length());
            d.add(new TextField("title", r.getString(3), Field.Store.NO));
            d.add(new Field("text", r.getString(6), TEXT_WITH_OFFSETS));
            byDoc.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(d);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT q.doc_id, q.quote, d.headline, d.url,"
          + " coalesce(q.date, d.date), q.start_char, q.end_char, q.text, coalesce(e.name, q.speaker)"
          + " FROM quotes q JOIN documents d ON d.doc_id = q.doc_id LEFT JOIN entities e ON e.entity_id = q.speaker_id"
          + " WHERE d.batch > ?")) {
        ps.setLong(1, sinceGeneration);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            Document d = base("q:" + r.getString(1) + ":" + r.getInt(2), r.getString(1), Store.Kind.QUOTE,
                r.getString(3), r.getString(4), date(r, 5), r.getInt(6), r.getInt(7));
            d.add(new Field("text", r.getString(8), TEXT_WITH_OFFSETS));
            if (r.getString(9) != null) {
              d.add(new TextField("speaker", r.getString(9), Field.Store.YES));
            }
            byDoc.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(d);
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT e.doc_id, e.event, d.headline, d.url,"
          + " coalesce(e.date_start, d.date), e.start_char, e.end_char, e.text, e.type,"
          + " (SELECT string_agg(coalesce(en.name, p.name), ', ' ORDER BY p.position) FROM event_participants p"
          + "  LEFT JOIN entities en ON en.entity_id = p.entity_id WHERE p.doc_id = e.doc_id AND p.event = e.event)"
          + " FROM events e JOIN documents d ON d.doc_id = e.doc_id WHERE d.batch > ?")) {
        ps.setLong(1, sinceGeneration);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            Document d = base("e:" + r.getString(1) + ":" + r.getInt(2), r.getString(1), Store.Kind.EVENT,
                r.getString(3), r.getString(4), date(r, 5), r.getInt(6), r.getInt(7));
            d.add(new Field("text", r.getString(8), TEXT_WITH_OFFSETS));
            d.add(new StringField("type", r.getString(9), Field.Store.YES));
            if (r.getString(10) != null) {
              d.add(new TextField("speaker", r.getString(10), Field.Store.YES));
            }
            byDoc.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(d);
          }
        }
      }
      for (Map.Entry<String, List<Document>> e : byDoc.entrySet()) {
        writer.deleteDocuments(new Term("doc", e.getKey()));
        writer.addDocuments(e.getValue());
      }
      return byDoc.size();
    }

    /** Makes everything indexed so far visible to readers, recording the batch generation it covers. */
    void commit(long generation) throws IOException {
      writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
      writer.commit();
    }

    /** Drops what was not committed. */
    @Override
    public void close() {
      try {
        writer.rollback();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
      }
    }
  }

  private static LocalDate date(ResultSet r, int column) throws SQLException {
    java.sql.Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Document base(String uid, String doc, Store.Kind kind, String title, String url, LocalDate date,
      int start, int end) {
    Document d = new Document();
    d.add(new StringField("uid", uid, Field.Store.YES));
    d.add(new StringField("doc", doc, Field.Store.YES));
    d.add(new StringField("kind", kind.label(), Field.Store.YES));
    d.add(new StoredField("headline", title == null ? "" : title));
    if (url != null) {
      d.add(new StoredField("url", url));
    }
    if (date != null) {
      d.add(new IntPoint("day", (int) date.toEpochDay()));
      d.add(new StoredField("date", date.toString()));
    }
    d.add(new StoredField("start", start));
    d.add(new StoredField("end", end));
    return d;
  }

  /** A passage as the highlighter gives it, in field offsets. */
  private record RawPassage(int start, int end, int[] starts, int[] ends) {}

  /** Runs a query; {@code uids} (null for no filter) restricts hits to an entity's articles, quotes, events. */
  static Store.SearchResult search(Path storeDir, Store.SearchQuery q, Profiles.Match entity, List<String> uids) {
    Path dir = storeDir.resolve(DIR);
    Analyzer analyzer = FrenchText.analyzer();
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f, "speaker", 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query text = parser.parse(q.text());
    if (text == null || text instanceof org.apache.lucene.search.MatchNoDocsQuery
        || text instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
      throw new StoreException(StoreException.Kind.BAD_REQUEST, "nothing to search for in '" + q.text()
          + "' (only stop words or punctuation)");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    b.add(new TermInSetQuery("kind", q.kinds().stream().map(k -> new BytesRef(k.label())).toList()),
        BooleanClause.Occur.FILTER);
    if (q.from() != null || q.to() != null) {
      int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
      int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
      b.add(IntPoint.newRangeQuery("day", from, to), BooleanClause.Occur.FILTER);
    }
    if (uids != null) {
      b.add(new TermInSetQuery("uid", uids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    String entityId = entity == null ? null : entity.id();
    String entityName = entity == null ? null : entity.name();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(query, q.limit());
      long total = searcher.count(query);
      int[] ids = new int[top.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = top.scoreDocs[i].doc;
      }
      Object[] passages = highlight(searcher, analyzer, text, ids);
      List<Store.Hit> hits = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = searcher.storedFields().document(sd.doc);
        Store.Kind kind = Store.Kind.valueOf(d.get("kind").toUpperCase(Locale.ROOT));
        int start = d.getField("start").numericValue().intValue();
        int end = d.getField("end").numericValue().intValue();
        int shift = kind == Store.Kind.ARTICLE ? 0 : start;
        String content = d.get("text");
        List<Store.Passage> ps = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<RawPassage> raw = passages[i] == null ? List.of() : (List<RawPassage>) passages[i];
        for (RawPassage p : raw) {
          List<Span> hl = new ArrayList<>();
          for (int m = 0; m < p.starts().length; m++) {
            int s = withoutElision(content, p.starts()[m], p.ends()[m]) + shift;
            int e = p.ends()[m] + shift;
            if (!hl.isEmpty() && hl.get(hl.size() - 1).end() >= s) {
              Span last = hl.remove(hl.size() - 1);
              hl.add(Span.of(last.start(), Math.max(e, last.end())));
            } else {
              hl.add(Span.of(s, e));
            }
          }
          ps.add(new Store.Passage(p.start() + shift, p.end() + shift, content.substring(p.start(), p.end()),
              List.copyOf(hl)));
        }
        if (ps.isEmpty() && content != null) {
          int cut = Math.min(content.length(), 200);
          ps.add(new Store.Passage(shift, shift + cut, content.substring(0, cut), List.of()));
        }
        hits.add(new Store.Hit(kind, d.get("doc"), d.get("headline"), d.get("date"), d.get("url"), sd.score, start,
            end, d.get("speaker"), d.get("type"), List.copyOf(ps)));
      }
      return new Store.SearchResult(q.text(), entityId, entityName, total, List.copyOf(hits));
    } catch (IndexNotFoundException e) {
      return new Store.SearchResult(q.text(), entityId, entityName, 0, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Where a match starts once an elided article is cut off: {@code l’Élysée} is highlighted as {@code Élysée}. */
  static int withoutElision(String content, int start, int end) {
    for (int i = start; i < Math.min(end - 1, start + 8); i++) {
      char ch = content.charAt(i);
      if (ch == '\'' || ch == '’') {
        String article = content.substring(start, i).toLowerCase(Locale.ROOT);
        return org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES.contains(article) ? i + 1 : start;
      }
    }
    return start;
  }

  private static Object[] highlight(IndexSearcher searcher, Analyzer analyzer, Query text, int[] ids)
      throws IOException {
    if (ids.length == 0) {
      return new Object[0];
    }
    UnifiedHighlighter.Builder builder = new UnifiedHighlighter.Builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.FRENCH), 160, 0.5f))
        .withMaxNoHighlightPassages(1)
        .withFormatter(new PassageFormatter() {
          @Override
          public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            List<RawPassage> out = new ArrayList<>();
            for (org.apache.lucene.search.uhighlight.Passage p : passages) {
              int n = p.getNumMatches();
              out.add(new RawPassage(p.getStartOffset(), p.getEndOffset(),
                  java.util.Arrays.copyOf(p.getMatchStarts(), n), java.util.Arrays.copyOf(p.getMatchEnds(), n)));
            }
            out.sort(Comparator.comparingInt(RawPassage::start));
            return out;
          }
        });
    Highlighter h = new Highlighter(builder);
    int[] max = {2};
    return h.objects(new String[] {"text"}, text, ids, max).get("text");
  }

  /** Opens up the highlighter's structured results (our formatter returns passages, not strings). */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }
}
