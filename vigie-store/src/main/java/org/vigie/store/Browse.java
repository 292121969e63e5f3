package org.vigie.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The browsing side of the store, for the web UI and HTTP API: pages of documents, entities, quotes and events
 * with filters, one document with every layer, and the entity graph. Filters become SQL parameters, never SQL
 * text; an entity named in a filter is found as everywhere else ({@link Profiles#resolve}).
 */
final class Browse {
  private Browse() {}

  /** An SQL condition with its parameters, built up clause by clause. */
  private static final class Where {
    final List<String> clauses = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... values) {
      clauses.add(clause);
      params.addAll(Arrays.asList(values));
      return this;
    }

    String sql() {
      return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    Object[] with(Object... more) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(Arrays.asList(more));
      return all.toArray();
    }
  }

  /** Every word of {@code text} (folded) somewhere in the folded {@code column}, in any order. */
  private static void words(Where w, String column, String text) {
    for (String word : Names.fold(text).split("[\\s'’\\-]+")) {
      if (!word.isEmpty()) {
        w.add(folded(column) + " LIKE ? ESCAPE '\\'", contains(word));
      }
    }
  }

  /** A LIKE pattern matching the folded words anywhere. */
  private static String contains(String text) {
    String f = Names.fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + f + "%";
  }

  /** The folding of {@link Names#fold} in SQL, for columns that do not store it. */
  private static String folded(String column) {
    return "strip_accents(lower(replace(replace(" + column + ", '’', ''''), 'œ', 'oe')))";
  }

  static Store.Page<Store.DocumentSummary> documents(Connection c, Store.DocumentQuery q) throws SQLException {
    Where w = new Where();
    if (q.entity() != null) {
      String id = Profiles.resolve(c, q.entity()).id();
      w.add("d.doc_id IN (SELECT doc_id FROM doc_entities WHERE entity_id = ?)", id);
    }
    if (q.text() != null && !q.text().isBlank()) {
      words(w, "coalesce(d.title, d.headline)", q.text());
    }
    dates(w, "d.date", q.from(), q.to());
    long total = Profiles.count(c, "SELECT count(*) FROM documents d" + w.sql(), w.params.toArray());
    List<Store.DocumentSummary> items = Profiles.list(c, "SELECT d.doc_id, CAST(d.date AS VARCHAR), d.headline,"
        + " d.url, d.language, d.chars,"
        + " (SELECT count(*) FROM doc_entities x WHERE x.doc_id = d.doc_id AND x.proper),"
        + " (SELECT count(*) FROM quotes x WHERE x.doc_id = d.doc_id),"
        + " (SELECT count(*) FROM events x WHERE x.doc_id = d.doc_id) FROM documents d" + w.sql()
        + " ORDER BY d.date DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?",
        r -> new Store.DocumentSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getInt(6), r.getLong(7), r.getLong(8), r.getLong(9)),
        w.with(q.limit(), q.offset()));
    return new Store.Page<>(total, q.offset(), items);
  }

  static Optional<Store.DocumentView> document(Connection c, String id) throws SQLException {
    List<Object[]> meta = Profiles.list(c, "SELECT doc_id, title, headline, url, language, CAST(date AS VARCHAR),"
        + " date_source, date_evidence, origin, text FROM documents WHERE doc_id = ?", r -> {
          Object[] o = new Object[10];
          for (int i = 0; i < o.length; i++) {
            o[i] = r.getString(i + 1);
          }
          return o;
        }, id);
    if (meta.isEmpty()) {
      return Optional.empty();
    }
    Object[] m = meta.get(0);
    List<Store.DocEntity> entities = Profiles.list(c, "SELECT de.local_id, de.entity_id, coalesce(e.name, de.name),"
        + " de.type, de.qid, de.proper, de.mentions FROM doc_entities de LEFT JOIN entities e"
        + " ON e.entity_id = de.entity_id WHERE de.doc_id = ? ORDER BY de.start_char, de.local_id",
        r -> new Store.DocEntity(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getBoolean(6), r.getInt(7)), id);
    List<Store.EntityMention> mentions = Profiles.list(c, "SELECT start_char, end_char, text, local_id, role"
        + " FROM entity_mentions WHERE doc_id = ? ORDER BY start_char, end_char DESC",
        r -> new Store.EntityMention(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getBoolean(5)),
        id);
    List<Store.TimeMention> times = Profiles.list(c, "SELECT start_char, end_char, text, value, kind,"
        + " CAST(date_start AS VARCHAR) FROM times WHERE doc_id = ? ORDER BY start_char",
        r -> new Store.TimeMention(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5),
            r.getString(6)), id);
    List<Store.ValueMention> values = Profiles.list(c, "SELECT 'amount', start_char, end_char, text, value, upper,"
        + " unit, qualifier, object FROM amounts WHERE doc_id = ? UNION ALL SELECT 'quantity', start_char,"
        + " end_char, text, value, upper, unit, qualifier, NULL FROM quantities WHERE doc_id = ? ORDER BY 2",
        r -> new Store.ValueMention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getDouble(5),
            (Double) r.getObject(6), r.getString(7), r.getString(8), r.getString(9)), id, id);
    List<Store.QuoteRow> quotes = quotes(c, new Store.QuoteQuery(null, null, id, null, null, 0, 10_000)).items();
    List<Store.EventRow> events = events(c, new Store.EventQuery(null, null, id, null, null, 0, 10_000)).items();
    List<Store.RawLayer> layers = Profiles.list(c, "SELECT layer, items, json FROM layers WHERE doc_id = ?"
        + " ORDER BY position", r -> new Store.RawLayer(r.getString(1), r.getInt(2), r.getString(3)), id);
    return Optional.of(new Store.DocumentView((String) m[0], (String) m[1], (String) m[2], (String) m[3],
        (String) m[4], (String) m[5], (String) m[6], (String) m[7], (String) m[8], (String) m[9], entities,
        mentions, quotes, times, values, events, layers));
  }

  static Store.Page<Store.EntitySummary> entities(Connection c, Store.EntityQuery q) throws SQLException {
    Where w = new Where();
    if (q.text() != null && !q.text().isBlank()) {
      w.add("(e.folded LIKE ? ESCAPE '\\' OR e.entity_id IN (SELECT entity_id FROM entity_aliases"
          + " WHERE folded LIKE ? ESCAPE '\\' AND NOT role) OR lower(e.qid) = ?)",
          contains(q.text()), contains(q.text()), Names.fold(q.text()));
    }
    if (q.type() != null) {
      w.add("e.type = ?", q.type());
    }
    long total = Profiles.count(c, "SELECT count(*) FROM entities e" + w.sql(), w.params.toArray());
    List<Store.EntitySummary> items = Profiles.list(c, "SELECT e.entity_id, e.name, e.type, e.qid, e.mentions,"
        + " e.documents, CAST(e.first_date AS VARCHAR), CAST(e.last_date AS VARCHAR),"
        + " (SELECT count(*) FROM quotes x WHERE x.speaker_id = e.entity_id) FROM entities e" + w.sql()
        + " ORDER BY e.documents DESC, e.mentions DESC, e.entity_id LIMIT ? OFFSET ?",
        r -> new Store.EntitySummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
            r.getLong(6), r.getString(7), r.getString(8), r.getLong(9)),
        w.with(q.limit(), q.offset()));
    return new Store.Page<>(total, q.offset(), items);
  }

  static Store.Page<Store.QuoteRow> quotes(Connection c, Store.QuoteQuery q) throws SQLException {
    Where w = new Where();
    if (q.speaker() != null) {
      w.add("q.speaker_id = ?", Profiles.resolve(c, q.speaker()).id());
    }
    if (q.text() != null && !q.text().isBlank()) {
      words(w, "q.text", q.text());
    }
    if (q.doc() != null) {
      w.add("q.doc_id = ?", q.doc());
    }
    dates(w, "coalesce(q.date, d.date)", q.from(), q.to());
    String from = " FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"
        + " LEFT JOIN entities e ON e.entity_id = q.speaker_id" + w.sql();
    long total = Profiles.count(c, "SELECT count(*)" + from, w.params.toArray());
    List<Store.QuoteRow> items = Profiles.list(c, "SELECT q.doc_id, q.quote, CAST(coalesce(q.date, d.date) AS"
        + " VARCHAR), q.date_source, q.start_char, q.end_char, q.text, q.direct, q.grp, q.cue, q.cue_start,"
        + " q.cue_end, q.speaker_mention, q.speaker_start, q.speaker_end, q.speaker_id, coalesce(e.name,"
        + " q.speaker), coalesce(q.confidence, 0), d.headline" + from
        + (q.doc() != null ? " ORDER BY q.start_char" : " ORDER BY 3 DESC NULLS LAST, q.doc_id, q.start_char")
        + " LIMIT ? OFFSET ?",
        r -> new Store.QuoteRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getInt(5),
            r.getInt(6), r.getString(7), r.getBoolean(8), r.getInt(9), r.getString(10), (Integer) r.getObject(11),
            (Integer) r.getObject(12), r.getString(13), (Integer) r.getObject(14), (Integer) r.getObject(15),
            r.getString(16), r.getString(17), r.getDouble(18), r.getString(19)),
        w.with(q.limit(), q.offset()));
    return new Store.Page<>(total, q.offset(), items);
  }

  static Store.Page<Store.EventRow> events(Connection c, Store.EventQuery q) throws SQLException {
    Where w = new Where();
    if (q.type() != null) {
      w.add("upper(ev.type) = upper(?)", q.type());
    }
    if (q.actor() != null) {
      w.add("EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = ev.doc_id AND p.event = ev.event"
          + " AND p.entity_id = ?)", Profiles.resolve(c, q.actor()).id());
    }
    if (q.doc() != null) {
      w.add("ev.doc_id = ?", q.doc());
    }
    dates(w, "coalesce(ev.date_start, d.date)", q.from(), q.to());
    String from = " FROM events ev JOIN documents d ON d.doc_id = ev.doc_id"
        + " LEFT JOIN entities pl ON pl.entity_id = ev.place_id" + w.sql();
    long total = Profiles.count(c, "SELECT count(*)" + from, w.params.toArray());
    List<Object[]> rows = Profiles.list(c, "SELECT ev.doc_id, ev.event, ev.event_id,"
        + " CAST(coalesce(ev.date_start, d.date) AS VARCHAR), ev.date, ev.start_char, ev.end_char, ev.text, ev.type,"
        + " coalesce(pl.name, ev.place), ev.place_id, d.headline" + from
        + (q.doc() != null ? " ORDER BY ev.start_char" : " ORDER BY 4 DESC NULLS LAST, ev.doc_id, ev.start_char")
        + " LIMIT ? OFFSET ?", r -> new Object[] {r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
            r.getString(5), r.getInt(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10),
            r.getString(11), r.getString(12)},
        w.with(q.limit(), q.offset()));
    Map<String, List<Store.Participant>> participants = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      Where pw = new Where();
      List<String> keys = new ArrayList<>();
      for (Object[] o : rows) {
        keys.add(o[0] + "\u0000" + o[1]);
      }
      String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
      pw.add("p.doc_id || chr(0) || CAST(p.event AS VARCHAR) IN (" + marks + ")", keys.toArray());
      for (Object[] p : Profiles.list(c, "SELECT p.doc_id || chr(0) || CAST(p.event AS VARCHAR),"
          + " coalesce(e.name, p.name), p.role, p.entity_id FROM event_participants p LEFT JOIN entities e"
          + " ON e.entity_id = p.entity_id" + pw.sql() + " ORDER BY p.doc_id, p.event, p.position",
          r -> new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)},
          pw.params.toArray())) {
        participants.computeIfAbsent((String) p[0], k -> new ArrayList<>())
            .add(new Store.Participant((String) p[1], (String) p[2], (String) p[3]));
      }
    }
    List<Store.EventRow> items = new ArrayList<>();
    for (Object[] o : rows) {
      items.add(new Store.EventRow((String) o[0], (Integer) o[1], (String) o[2], (String) o[3], (String) o[4],
          (Integer) o[5], (Integer) o[6], (String) o[7], (String) o[8], (String) o[9], (String) o[10],
          List.copyOf(participants.getOrDefault(o[0] + "\u0000" + o[1], List.of())), (String) o[11]));
    }
    return new Store.Page<>(total, q.offset(), List.copyOf(items));
  }

  /** Edges of the entity graph: articles shared, quotes (one speaks, the other is named), events shared. */
  private static final String EDGES = "SELECT s, t, sum(a)::BIGINT AS a, sum(q)::BIGINT AS q, sum(e)::BIGINT AS e"
      + " FROM (SELECT source AS s, target AS t, documents AS a, 0 AS q, 0 AS e FROM cooccurrences"
      + " UNION ALL SELECT least(speaker_id, entity_id), greatest(speaker_id, entity_id), 0, count(*), 0"
      + "  FROM quote_mentions WHERE speaker_id IS NOT NULL AND entity_id IS NOT NULL GROUP BY 1, 2"
      + " UNION ALL SELECT a.entity_id, b.entity_id, 0, 0, count(*) FROM event_participants a"
      + "  JOIN event_participants b ON a.doc_id = b.doc_id AND a.event = b.event AND a.entity_id < b.entity_id"
      + "  GROUP BY 1, 2) GROUP BY s, t";

  static Store.Graph graph(Connection c, Store.GraphQuery q) throws SQLException {
    String centre = q.entity() == null ? null : Profiles.resolve(c, q.entity()).id();
    String nodeSql = "SELECT e.entity_id, e.name, e.type, e.qid, e.mentions, e.documents FROM entities e";
    List<Store.GraphNode> nodes;
    if (centre == null) {
      // The entities named by most articles, proper names only: role phrases alone make poor nodes.
      nodes = Profiles.list(c, nodeSql + " WHERE e.proper ORDER BY e.documents DESC, e.mentions DESC, e.entity_id"
          + " LIMIT ?", Browse::node, q.maxNodes());
    } else {
      nodes = Profiles.list(c, "WITH g AS (" + EDGES + "), n AS (SELECT CASE WHEN s = ? THEN t ELSE s END AS id,"
          + " a + q + e AS w FROM g WHERE s = ? OR t = ?) " + nodeSql + " LEFT JOIN n ON n.id = e.entity_id"
          + " WHERE e.entity_id = ? OR (n.w >= ? AND e.proper)"
          + " ORDER BY e.entity_id = ? DESC, n.w DESC NULLS LAST, e.mentions DESC, e.entity_id LIMIT ?",
          Browse::node, centre, centre, centre, centre, q.minWeight(), centre, q.maxNodes());
    }
    if (nodes.isEmpty()) {
      return new Store.Graph(centre, List.of(), List.of());
    }
    List<Object> ids = new ArrayList<>();
    for (Store.GraphNode n : nodes) {
      ids.add(n.id());
    }
    String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    List<Object> params = new ArrayList<>(ids);
    params.addAll(ids);
    params.add(q.minWeight());
    List<Store.GraphEdge> edges = Profiles.list(c, "SELECT s, t, a, q, e, a + q + e AS w FROM (" + EDGES + ")"
        + " WHERE s IN (" + marks + ") AND t IN (" + marks + ") AND a + q + e >= ? ORDER BY w DESC, s, t",
        r -> new Store.GraphEdge(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
            r.getLong(6)), params.toArray());
    return new Store.Graph(centre, nodes, edges);
  }

  private static Store.GraphNode node(ResultSet r) throws SQLException {
    return new Store.GraphNode(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
        r.getLong(6));
  }

  private static void dates(Where w, String column, java.time.LocalDate from, java.time.LocalDate to) {
    if (from != null) {
      w.add(column + " >= ?", Date.valueOf(from));
    }
    if (to != null) {
      w.add(column + " <= ?", Date.valueOf(to));
    }
  }
}
