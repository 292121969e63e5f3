package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the entity a user means and gathers its profile. A name matches, best first: the entity id or QID; the
 * canonical name; an alias; a word sequence of the canonical name ({@code Biden} in {@code Joe Biden}); a role
 * phrase. Accents, case and apostrophes are ignored; among equal matches the most mentioned wins, and the others
 * are reported so the user can be more precise.
 */
final class Profiles {
  private Profiles() {}

  /** The entity chosen for a name, and the other candidates. */
  record Match(String id, String name, String type, String qid, long mentions, long documents,
      String firstDate, String lastDate, List<Store.Related> others) {}

  static Match resolve(Connection c, String name) throws SQLException {
    String f = Names.fold(name);
    List<Object[]> found = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("WITH cand AS ("
        + " SELECT entity_id, 0 AS rank FROM entities WHERE lower(entity_id) = ? OR lower(qid) = ?"
        + " UNION ALL SELECT entity_id, 1 FROM entities WHERE folded = ?"
        + " UNION ALL SELECT entity_id, 2 FROM entity_aliases WHERE folded = ? AND NOT role"
        + " UNION ALL SELECT entity_id, 3 FROM entities WHERE contains(' ' || folded || ' ', ' ' || ? || ' ')"
        + " UNION ALL SELECT entity_id, 4 FROM entity_aliases WHERE folded = ? AND role)"
        + " SELECT e.entity_id, e.name, e.type, e.qid, e.mentions, e.documents, CAST(e.first_date AS VARCHAR),"
        + " CAST(e.last_date AS VARCHAR), min(c.rank) AS r FROM cand c JOIN entities e ON e.entity_id = c.entity_id"
        + " GROUP BY ALL ORDER BY r, e.mentions DESC, e.entity_id LIMIT 8")) {
      for (int i = 1; i <= 6; i++) {
        ps.setString(i, f);
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          found.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
              r.getLong(6), r.getString(7), r.getString(8), r.getInt(9)});
        }
      }
    }
    if (found.isEmpty()) {
      List<String> close = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.name, max(jaro_winkler_similarity(a.folded, ?)) AS sim"
          + " FROM entity_aliases a JOIN entities e ON e.entity_id = a.entity_id WHERE NOT a.role"
          + " GROUP BY e.name, e.mentions HAVING sim >= 0.85 ORDER BY sim DESC, e.mentions DESC LIMIT 5")) {
        ps.setString(1, f);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            close.add(r.getString(1));
          }
        }
      }
      throw new StoreException(StoreException.Kind.NO_MATCH, "no entity matches '" + name + "' in the store"
          + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
    }
    Object[] best = found.get(0);
    List<Store.Related> others = new ArrayList<>();
    for (Object[] o : found.subList(1, found.size())) {
      others.add(new Store.Related((String) o[0], (String) o[1], (String) o[2], (String) o[3], (Long) o[5]));
    }
    return new Match((String) best[0], (String) best[1], (String) best[2], (String) best[3], (Long) best[4],
        (Long) best[5], (String) best[6], (String) best[7], List.copyOf(others));
  }

  static Store.EntityProfile profile(Connection c, String name, int limit) throws SQLException {
    Match m = resolve(c, name);
    String id = m.id();
    List<Store.Alias> aliases = list(c, "SELECT alias, mentions, documents FROM entity_aliases"
        + " WHERE entity_id = ? AND NOT role ORDER BY mentions DESC, alias LIMIT 50",
        r -> new Store.Alias(r.getString(1), r.getLong(2), r.getLong(3)), id);
    // "Le secrétaire général" opening a sentence is the same role as "le secrétaire général".
    List<Store.Role> roles = list(c, "SELECT lower(substr(r, 1, 1)) || substr(r, 2) AS role,"
        + " CAST(min(date) AS VARCHAR), CAST(max(date) AS VARCHAR), count(*) FROM (SELECT replace(role, '’', '''')"
        + " AS r, date FROM entity_roles WHERE entity_id = ?) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 50",
        r -> new Store.Role(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)), id);
    List<Store.LearnedRole> learned = list(c, "SELECT rm.text, rm.doc_id, CAST(d.date AS VARCHAR), rm.start_char,"
        + " rm.end_char, rm.evidence_doc, CAST(rm.evidence_date AS VARCHAR), (SELECT any_value(lr.role) FROM"
        + " learned_roles lr WHERE lr.doc_id = rm.evidence_doc AND lr.entity_id = rm.holder_id)"
        + " FROM role_mentions rm JOIN documents d ON d.doc_id = rm.doc_id WHERE rm.holder_id = ?"
        + " ORDER BY d.date DESC NULLS LAST, rm.doc_id, rm.start_char LIMIT " + limit,
        r -> new Store.LearnedRole(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
            r.getString(6), r.getString(7), r.getString(8)), id);
    List<Store.ArticleRef> articles = list(c, "SELECT de.doc_id, CAST(d.date AS VARCHAR), d.headline,"
        + " sum(de.mentions) FROM doc_entities de JOIN documents d ON d.doc_id = de.doc_id WHERE de.entity_id = ?"
        + " GROUP BY de.doc_id, d.date, d.headline ORDER BY d.date DESC NULLS LAST, de.doc_id LIMIT " + limit,
        r -> new Store.ArticleRef(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)), id);
    long quoteCount = count(c, "SELECT count(*) FROM quotes WHERE speaker_id = ?", id);
    List<Store.QuoteRef> quotes = list(c, "SELECT doc_id, CAST(date AS VARCHAR), start_char, end_char, text,"
        + " direct, cue, coalesce(confidence, 0) FROM quotes WHERE speaker_id = ?"
        + " ORDER BY date DESC NULLS LAST, doc_id, start_char LIMIT " + limit,
        r -> new Store.QuoteRef(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5),
            r.getBoolean(6), r.getString(7), r.getDouble(8)), id);
    long eventCount = count(c, "SELECT count(*) FROM (SELECT DISTINCT doc_id, event FROM event_participants"
        + " WHERE entity_id = ?)",
        id);
    List<Store.EventRef> events = list(c, "SELECT e.doc_id, CAST(coalesce(e.date_start, d.date) AS VARCHAR),"
        + " e.start_char, e.end_char, e.type, e.text, (SELECT string_agg(coalesce(en.name, p.name), '|'"
        + " ORDER BY p.position) FROM event_participants p LEFT JOIN entities en ON en.entity_id = p.entity_id"
        + " WHERE p.doc_id = e.doc_id AND p.event = e.event), coalesce(pl.name, e.place) FROM events e"
        + " JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN entities pl ON pl.entity_id = e.place_id"
        + " WHERE EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = e.doc_id AND p.event = e.event"
        + " AND p.entity_id = ?) ORDER BY 2 DESC NULLS LAST, e.doc_id, e.start_char LIMIT " + limit,
        r -> new Store.EventRef(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getString(5),
            r.getString(6), r.getString(7) == null ? List.of() : Arrays.asList(r.getString(7).split("\\|")),
            r.getString(8)), id);
    List<Store.Related> related = list(c, "SELECT b.entity_id, e.name, e.type, e.qid, count(DISTINCT a.doc_id) AS n"
        + " FROM doc_entities a JOIN doc_entities b ON a.doc_id = b.doc_id AND b.entity_id <> a.entity_id"
        + " JOIN entities e ON e.entity_id = b.entity_id WHERE a.entity_id = ?"
        + " GROUP BY b.entity_id, e.name, e.type, e.qid, e.mentions ORDER BY n DESC, e.mentions DESC, b.entity_id"
        + " LIMIT 10",
        r -> new Store.Related(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)), id);
    List<String> merged = list(c, "SELECT DISTINCT key FROM doc_entities WHERE entity_id = ? AND key <> entity_id"
        + " ORDER BY key", r -> r.getString(1), id);
    return new Store.EntityProfile(id, m.name(), m.type(), m.qid(), m.mentions(), m.documents(), m.firstDate(),
        m.lastDate(), aliases, roles, articles, quoteCount, quotes, eventCount, events, related, merged, m.others(),
        learned);
  }

  interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.add(mapper.map(r));
        }
      }
      return List.copyOf(out);
    }
  }

  static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
