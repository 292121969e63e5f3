package org.vigie.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The store's tables, in one place: the DDL, the column order that rows are appended in, and which tables
 * hold one document's rows (replaced together when the document changes). The README's schema section
 * describes the same tables for users; {@code StoreTest} checks that the two agree.
 *
 * <p>Offsets ({@code start_char}, {@code end_char}) are half-open offsets into {@code documents.text} in Java
 * {@code char}s (UTF-16 code units), as in the JSON output; each row also keeps its covered {@code text}, since
 * SQL string functions count code points.
 */
final class Schema {
  private Schema() {}

  /** Bumped when a table changes incompatibly; a store with a higher version is refused. */
  static final int VERSION = 2;

  record Column(String name, String type) {}

  /** A table: per-document ones are rewritten with their document; derived ones are rebuilt from those. */
  record Table(String name, boolean perDocument, List<Column> columns) {
    String ddl() {
      return "CREATE TABLE IF NOT EXISTS " + name + " ("
          + columns.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", ")) + ")";
    }

    int width() {
      return columns.size();
    }
  }

  private static Table table(String name, boolean perDocument, String... pairs) {
    List<Column> cols = new ArrayList<>();
    for (String p : pairs) {
      int sp = p.indexOf(' ');
      cols.add(new Column(p.substring(0, sp), p.substring(sp + 1)));
    }
    return new Table(name, perDocument, List.copyOf(cols));
  }

  static final Table DOCUMENTS = table("documents", true,
      "doc_id VARCHAR", "content_hash VARCHAR", "title VARCHAR", "headline VARCHAR", "url VARCHAR",
      "language VARCHAR", "date DATE", "date_source VARCHAR", "date_evidence VARCHAR", "origin VARCHAR",
      "text VARCHAR", "chars INTEGER", "sentences INTEGER", "tokens INTEGER", "layers VARCHAR", "batch BIGINT",
      "ingested_at TIMESTAMP");
  static final Table LAYERS = table("layers", true,
      "doc_id VARCHAR", "position INTEGER", "layer VARCHAR", "items INTEGER", "json VARCHAR");
  static final Table SENTENCES = table("sentences", true,
      "doc_id VARCHAR", "sentence INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR");
  static final Table MENTIONS = table("mentions", true,
      "doc_id VARCHAR", "mention INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR", "type VARCHAR",
      "sentence INTEGER", "local_id VARCHAR");
  static final Table DOC_ENTITIES = table("doc_entities", true,
      "doc_id VARCHAR", "local_id VARCHAR", "key VARCHAR", "entity_id VARCHAR", "name VARCHAR", "folded VARCHAR",
      "type VARCHAR", "qid VARCHAR", "proper BOOLEAN", "mentions INTEGER", "start_char INTEGER", "end_char INTEGER");
  static final Table ENTITY_MENTIONS = table("entity_mentions", true,
      "doc_id VARCHAR", "local_id VARCHAR", "mention INTEGER", "start_char INTEGER", "end_char INTEGER",
      "text VARCHAR", "folded VARCHAR", "role BOOLEAN", "sentence INTEGER");
  static final Table ROLE_MENTIONS = table("role_mentions", true,
      "doc_id VARCHAR", "role INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR", "head VARCHAR",
      "owner VARCHAR", "local_id VARCHAR", "binding VARCHAR", "sentence INTEGER", "holder_id VARCHAR",
      "evidence_doc VARCHAR", "evidence_date DATE");
  static final Table QUOTES = table("quotes", true,
      "doc_id VARCHAR", "quote INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR", "direct BOOLEAN",
      "grp INTEGER", "cue VARCHAR", "cue_start INTEGER", "cue_end INTEGER", "speaker_mention VARCHAR",
      "speaker_start INTEGER", "speaker_end INTEGER", "speaker VARCHAR", "speaker_qid VARCHAR",
      "speaker_local VARCHAR", "speaker_id VARCHAR", "confidence DOUBLE", "sentence INTEGER", "date DATE",
      "date_source VARCHAR");
  static final Table TIMES = table("times", true,
      "doc_id VARCHAR", "time INTEGER", "repeat INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR",
      "value VARCHAR",
      "kind VARCHAR", "anchor VARCHAR", "mod VARCHAR", "date_start DATE", "date_end DATE", "precision VARCHAR",
      "sentence INTEGER");
  static final Table AMOUNTS = table("amounts", true,
      "doc_id VARCHAR", "amount INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR", "value DOUBLE",
      "upper DOUBLE", "unit VARCHAR", "qualifier VARCHAR", "object VARCHAR", "sentence INTEGER");
  static final Table QUANTITIES = table("quantities", true,
      "doc_id VARCHAR", "quantity INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR",
      "value DOUBLE", "upper DOUBLE", "unit VARCHAR", "qualifier VARCHAR", "sentence INTEGER");
  static final Table EVENTS = table("events", true,
      "doc_id VARCHAR", "event INTEGER", "start_char INTEGER", "end_char INTEGER", "text VARCHAR", "type VARCHAR",
      "date VARCHAR", "date_start DATE", "date_source VARCHAR", "place VARCHAR", "place_local VARCHAR",
      "place_id VARCHAR", "sentence INTEGER", "event_id VARCHAR", "json VARCHAR", "cameo VARCHAR",
      "quad_class INTEGER", "modality VARCHAR", "confidence DOUBLE", "mentions INTEGER");
  static final Table EVENT_PARTICIPANTS = table("event_participants", true,
      "doc_id VARCHAR", "event INTEGER", "position INTEGER", "name VARCHAR", "role VARCHAR", "local_id VARCHAR",
      "qid VARCHAR", "entity_id VARCHAR");
  static final Table DOC_TERMS = table("doc_terms", true,
      "doc_id VARCHAR", "term VARCHAR", "tf INTEGER");

  static final Table META = table("meta", false, "key VARCHAR PRIMARY KEY", "value VARCHAR");
  static final Table BATCHES = table("batches", false,
      "batch BIGINT", "committed_at TIMESTAMP", "documents INTEGER", "added INTEGER", "replaced INTEGER");
  static final Table ENTITY_MERGES = table("entity_merges", false,
      "key VARCHAR", "entity_id VARCHAR", "reason VARCHAR", "doc_id VARCHAR");
  static final Table ENTITIES = table("entities", false,
      "entity_id VARCHAR", "name VARCHAR", "folded VARCHAR", "type VARCHAR", "qid VARCHAR", "proper BOOLEAN",
      "mentions INTEGER", "documents INTEGER", "first_date DATE", "last_date DATE");
  static final Table LEARNED_ROLES = table("learned_roles", false,
      "head VARCHAR", "owner VARCHAR", "entity_id VARCHAR", "holder VARCHAR", "role VARCHAR", "doc_id VARCHAR",
      "date DATE", "start_char INTEGER", "end_char INTEGER");
  static final Table ENTITY_ALIASES = table("entity_aliases", false,
      "entity_id VARCHAR", "alias VARCHAR", "folded VARCHAR", "role BOOLEAN", "mentions INTEGER",
      "documents INTEGER");
  static final Table STORIES = table("stories", false,
      "story_id VARCHAR", "label VARCHAR", "documents INTEGER", "first_date DATE", "last_date DATE",
      "entities VARCHAR");
  static final Table STORY_DOCUMENTS = table("story_documents", false,
      "story_id VARCHAR", "doc_id VARCHAR", "similarity DOUBLE");

  /** Tables holding one document's rows, deleted and rewritten together when the document changes. */
  static final List<Table> PER_DOCUMENT = List.of(DOCUMENTS, LAYERS, SENTENCES, MENTIONS, DOC_ENTITIES,
      ENTITY_MENTIONS, ROLE_MENTIONS, QUOTES, TIMES, AMOUNTS, QUANTITIES, EVENTS, EVENT_PARTICIPANTS, DOC_TERMS);

  static final List<Table> ALL = List.of(DOCUMENTS, LAYERS, SENTENCES, MENTIONS, DOC_ENTITIES, ENTITY_MENTIONS,
      ROLE_MENTIONS, QUOTES, TIMES, AMOUNTS, QUANTITIES, EVENTS, EVENT_PARTICIPANTS, DOC_TERMS, META, BATCHES,
      ENTITY_MERGES, ENTITIES, LEARNED_ROLES, ENTITY_ALIASES, STORIES, STORY_DOCUMENTS);

  /** Views over the tables, always current. */
  static final List<String> VIEWS = List.of(
      // A role phrase naming an entity ("le président américain"), with the article's date: named so in its
      // article, or resolved through a role learned from another article (evidence_doc says which).
      "CREATE OR REPLACE VIEW entity_roles AS SELECT de.entity_id, em.text AS role, em.doc_id, d.date,"
          + " em.start_char, em.end_char, NULL::VARCHAR AS evidence_doc FROM entity_mentions em"
          + " JOIN doc_entities de ON de.doc_id = em.doc_id AND de.local_id = em.local_id"
          + " JOIN documents d ON d.doc_id = em.doc_id WHERE em.role"
          + " UNION ALL SELECT rm.holder_id, rm.text, rm.doc_id, d.date, rm.start_char, rm.end_char, rm.evidence_doc"
          + " FROM role_mentions rm JOIN documents d ON d.doc_id = rm.doc_id"
          + " WHERE rm.binding IS NULL AND rm.holder_id IS NOT NULL",
      // Two entities named in the same article: one row per pair (source < target) and article count.
      "CREATE OR REPLACE VIEW cooccurrences AS SELECT a.entity_id AS source, b.entity_id AS target,"
          + " count(DISTINCT a.doc_id) AS documents FROM doc_entities a JOIN doc_entities b"
          + " ON a.doc_id = b.doc_id AND a.entity_id < b.entity_id GROUP BY 1, 2",
      // An entity named inside a quote (the speaker excluded): who talks about whom.
      "CREATE OR REPLACE VIEW quote_mentions AS SELECT q.doc_id, q.quote, q.speaker_id, de.entity_id"
          + " FROM quotes q JOIN entity_mentions em ON em.doc_id = q.doc_id AND em.start_char >= q.start_char"
          + " AND em.end_char <= q.end_char JOIN doc_entities de ON de.doc_id = em.doc_id"
          + " AND de.local_id = em.local_id WHERE q.speaker_id IS DISTINCT FROM de.entity_id"
          + " GROUP BY ALL",
      // One row per real-world event across articles (same type, date and participants).
      "CREATE OR REPLACE VIEW corpus_events AS WITH p AS (SELECT e.event_id,"
          + " string_agg(DISTINCT p.entity_id, '|' ORDER BY p.entity_id) AS participants FROM events e"
          + " JOIN event_participants p ON p.doc_id = e.doc_id AND p.event = e.event GROUP BY e.event_id)"
          + " SELECT e.event_id, mode(e.type) AS type, mode(e.cameo) AS cameo, min(coalesce(e.date_start, d.date))"
          + " AS date, any_value(e.place) AS place, sum(coalesce(e.mentions, 1))::INTEGER AS mentions,"
          + " count(DISTINCT e.doc_id) AS documents,"
          + " count(DISTINCT coalesce(regexp_extract(d.url, '^[a-z]+://([^/]+)', 1), e.doc_id)) AS sources,"
          + " any_value(p.participants) AS participants FROM events e JOIN documents d ON d.doc_id = e.doc_id"
          + " LEFT JOIN p ON p.event_id = e.event_id GROUP BY e.event_id");

  /** The names users may export or query, tables then views. */
  static List<String> exportable() {
    List<String> names = new ArrayList<>();
    for (Table t : ALL) {
      if (t != META && t != BATCHES) {
        names.add(t.name());
      }
    }
    names.addAll(List.of("entity_roles", "cooccurrences", "quote_mentions", "corpus_events"));
    return names;
  }
}
