package org.vigie.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Timelines: what happened when, in date order. Three kinds of entries:
 * <ul>
 *   <li>{@code event}: an event, on its own date, else its article's;</li>
 *   <li>{@code quote}: a statement, on the date its sentence gives ("a déclaré mardi"), else its article's; its
 *       detail says whether it is {@code direct} (in quote marks) or {@code reported};</li>
 *   <li>{@code dated}: a sentence that places something on the calendar ("Le 24 février 2022, la Russie
 *       envahit..."), on that date, at the precision the text gives (a day, a month, a year). A sentence holding
 *       a quote is left to the quote.</li>
 * </ul>
 * With an entity: its events, its quotes, and the dated sentences that name it.
 */
final class Timelines {
  private Timelines() {}

  static Store.Timeline timeline(Connection c, Store.TimelineQuery q) throws SQLException {
    Profiles.Match m = q.entity() == null ? null : Profiles.resolve(c, q.entity());
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.kinds().contains("event")) {
      parts.add("SELECT coalesce(e.date_start, d.date) AS day, coalesce(e.date, CAST(d.date AS VARCHAR)) AS whn,"
          + " e.date_source AS src, 'event' AS kind, e.doc_id, e.start_char, e.end_char, e.text,"
          + " (SELECT string_agg(coalesce(en.name, p.name), ', ' ORDER BY p.position) FROM event_participants p"
          + "  LEFT JOIN entities en ON en.entity_id = p.entity_id WHERE p.doc_id = e.doc_id AND p.event = e.event)"
          + " AS who, e.type AS detail FROM events e JOIN documents d ON d.doc_id = e.doc_id"
          + (m == null ? "" : " WHERE EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = e.doc_id"
              + " AND p.event = e.event AND p.entity_id = ?)"));
      if (m != null) {
        params.add(m.id());
      }
    }
    if (q.kinds().contains("quote")) {
      // Every part names its columns: the first part of the union names them for all.
      parts.add("SELECT q.date AS day, CAST(q.date AS VARCHAR) AS whn, q.date_source AS src, 'quote' AS kind,"
          + " q.doc_id, q.start_char, q.end_char, q.text, coalesce(en.name, q.speaker) AS who,"
          + " CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS detail"
          + " FROM quotes q"
          + " LEFT JOIN entities en ON en.entity_id = q.speaker_id" + (m == null ? "" : " WHERE q.speaker_id = ?"));
      if (m != null) {
        params.add(m.id());
      }
    }
    if (q.kinds().contains("dated")) {
      parts.add("SELECT t.date_start AS day, t.value AS whn, 'text' AS src, 'dated' AS kind, t.doc_id,"
          + " s.start_char, s.end_char, s.text,"
          + " (SELECT string_agg(DISTINCT en.name, ', ') FROM entity_mentions em JOIN doc_entities de"
          + "  ON de.doc_id = em.doc_id AND de.local_id = em.local_id JOIN entities en ON en.entity_id = de.entity_id"
          + "  WHERE em.doc_id = t.doc_id AND em.sentence = t.sentence AND NOT em.role) AS who, t.text AS detail"
          + " FROM times t JOIN sentences s ON s.doc_id = t.doc_id AND s.sentence = t.sentence"
          + " WHERE t.date_start IS NOT NULL"
          + (q.kinds().contains("quote") ? " AND NOT EXISTS (SELECT 1 FROM quotes x WHERE x.doc_id = t.doc_id"
              + " AND x.sentence = t.sentence)" : "")
          + (m == null ? "" : " AND EXISTS (SELECT 1 FROM entity_mentions em JOIN doc_entities de"
              + " ON de.doc_id = em.doc_id AND de.local_id = em.local_id WHERE em.doc_id = t.doc_id"
              + " AND em.sentence = t.sentence AND de.entity_id = ?)"));
      if (m != null) {
        params.add(m.id());
      }
    }
    String where = " WHERE day IS NOT NULL" + (q.from() != null ? " AND day >= ?" : "")
        + (q.to() != null ? " AND day <= ?" : "");
    if (q.from() != null) {
      params.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      params.add(Date.valueOf(q.to()));
    }
    String union = "(" + String.join(" UNION ALL ", parts) + ") AS tl" + where;
    long total = Profiles.count(c, "SELECT count(*) FROM " + union, params.toArray());
    List<Store.TimelineEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT CAST(day AS VARCHAR), whn, src, kind, doc_id,"
        + " start_char, end_char, text, who, detail FROM " + union
        + " ORDER BY day, doc_id, start_char, kind LIMIT " + q.limit())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          entries.add(new Store.TimelineEntry(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), r.getInt(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10)));
        }
      }
    }
    return new Store.Timeline(m == null ? null : m.id(), m == null ? null : m.name(), total, List.copyOf(entries));
  }
}
