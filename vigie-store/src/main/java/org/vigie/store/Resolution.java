package org.vigie.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Cross-document resolution over the whole store, run in every batch's transaction so that readers always see
 * entities consistent with the articles.
 *
 * <p><b>Entities.</b> Each article's entity has a corpus key: its Wikidata ID, else {@code V:TYPE:name}.
 * Entities with the same key are one. Beyond that, an entity without an ID is merged into another entity of the
 * same type that has an ID or a longer name when it is the only such entity in the store that either has this
 * name among its names and aliases, or (for a person named by one word) ends with it: an article that says only
 * {@code Stoltenberg} means Jens Stoltenberg (Q57311) when the store knows no other Stoltenberg. When two
 * candidates share the name ({@code Biden}: Joe and Hunter), nothing is merged; and a person named by one word
 * is merged only when the articles' context agrees (two other entities named with each), so that "Biden" in one
 * article never becomes "Hunter Biden" of another on the name alone. Role phrases
 * ({@code le président}) never link articles: the office holder changes. Merges are listed in
 * {@code entity_merges} with their reason.
 *
 * <p><b>Events.</b> Tellings of one real-world event in several articles are one corpus event
 * ({@code events.event_id}, view {@code corpus_events}): see {@link EventClusters}.
 */
final class Resolution {
  private Resolution() {}

  /**
   * Roles learned across articles. An apposition ("le secrétaire d'État Antony Blinken", article of 2021-04-16)
   * is evidence that this person held this office then: one {@code learned_roles} row with its article, date
   * and offsets. A bare role of another article whose article does not say who holds it ("le secrétaire d'État
   * américain", 2021-05-20) is resolved to the holder of the evidence nearest in time, within a year, for the
   * same office and an owner that agrees, best first: the same owner (country adjective or name); evidence naming
   * none whose article or holder's other roles use the owner's word ("américain", "américaine"); evidence naming
   * none. Evidence for another owner ("norvégien") never counts. Among the best, evidence from before the
   * article first, then the nearest; when that names two people, nobody. A bare role with no owner ("le
   * président") is too vague to resolve from other articles. A quote whose speaker is such a role goes to the
   * holder.
   */
  private static void learnRoles(Statement s) throws SQLException {
    s.execute("DELETE FROM learned_roles");
    s.execute("INSERT INTO learned_roles SELECT rm.head, rm.owner, de.entity_id, coalesce(e.name, de.name), rm.text,"
        + " rm.doc_id, d.date, rm.start_char, rm.end_char FROM role_mentions rm"
        + " JOIN doc_entities de ON de.doc_id = rm.doc_id AND de.local_id = rm.local_id"
        + " JOIN documents d ON d.doc_id = rm.doc_id LEFT JOIN entities e ON e.entity_id = de.entity_id"
        + " WHERE rm.binding = 'apposition' AND de.type = 'PER' AND (de.proper OR de.qid IS NOT NULL)");
    s.execute("UPDATE role_mentions SET holder_id = NULL, evidence_doc = NULL, evidence_date = NULL"
        + " WHERE holder_id IS NOT NULL");
    s.execute("UPDATE role_mentions SET holder_id = x.holder, evidence_doc = x.ev_doc, evidence_date = x.ev_date"
        + " FROM (WITH c AS (SELECT rm.doc_id, rm.role, lr.entity_id, lr.doc_id AS ev_doc, lr.date AS ev_date,"
        + "   abs(date_diff('day', lr.date, d.date)) AS gap, lr.date <= d.date AS before,"
        // How well the owners agree: the same owner; evidence naming none whose article or holder's other
        // roles use the owner's word ("américain"); evidence naming none.
        + "   CASE WHEN lr.owner IS NOT NULL THEN 2"
        + "    WHEN contains(strip_accents(lower(ed.text)), regexp_replace(rm.owner, 'e?s?$', ''))"
        + "     OR EXISTS (SELECT 1 FROM entity_mentions em JOIN doc_entities de ON de.doc_id = em.doc_id"
        + "      AND de.local_id = em.local_id WHERE de.entity_id = lr.entity_id AND em.role"
        + "      AND contains(em.folded, regexp_replace(rm.owner, 'e?s?$', ''))) THEN 1 ELSE 0 END AS agree"
        + "   FROM role_mentions rm JOIN documents d ON d.doc_id = rm.doc_id"
        + "   JOIN learned_roles lr ON lr.head = rm.head AND lr.doc_id <> rm.doc_id"
        + "   JOIN documents ed ON ed.doc_id = lr.doc_id"
        + "   WHERE rm.binding IS NULL AND rm.owner IS NOT NULL AND d.date IS NOT NULL AND lr.date IS NOT NULL"
        + "    AND (lr.owner IS NULL OR regexp_replace(lr.owner, 'e?s?$', '') = regexp_replace(rm.owner, 'e?s?$', ''))"
        + "    AND abs(date_diff('day', lr.date, d.date)) <= 365),"
        + "  r AS (SELECT *, rank() OVER (PARTITION BY doc_id, role ORDER BY agree DESC, before DESC, gap) AS rk"
        + "   FROM c)"
        + "  SELECT doc_id, role, any_value(entity_id) AS holder, min(ev_doc) AS ev_doc, min(ev_date) AS ev_date"
        + "  FROM r WHERE rk = 1 GROUP BY doc_id, role HAVING count(DISTINCT entity_id) = 1) x"
        + " WHERE role_mentions.doc_id = x.doc_id AND role_mentions.role = x.role");
    // A quote whose speaker is such a role ("..., a déclaré le secrétaire d'État américain"; the article names
    // nobody, so the quotes layer gives no speaker) is the holder's; so is one whose pronoun stands for the role
    // ("a-t-il ajouté": the quotes layer gives the role's mention). The speaker phrase may go on past the role
    // ("le secrétaire d'État américain à Gaza").
    s.execute("UPDATE quotes SET speaker_id = x.holder FROM (SELECT q.doc_id, q.quote, min(rm.holder_id) AS holder"
        + " FROM quotes q JOIN role_mentions rm ON rm.doc_id = q.doc_id AND (rm.start_char <= q.speaker_start"
        + " AND q.speaker_end <= rm.end_char OR rm.start_char = q.speaker_start)"
        + " WHERE q.speaker_local IS NULL AND q.speaker_id IS NULL"
        + " AND rm.holder_id IS NOT NULL GROUP BY q.doc_id, q.quote HAVING count(DISTINCT rm.holder_id) = 1) x"
        + " WHERE quotes.doc_id = x.doc_id AND quotes.quote = x.quote");
  }

  static void refresh(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // Ties broken by value, so that every engine (the Spark job's too) picks the same name.
      s.execute("CREATE OR REPLACE TEMP TABLE res_keys AS SELECT key, min(type) AS type, max(qid) AS qid,"
          + " first(folded ORDER BY mentions DESC, folded) AS folded FROM doc_entities GROUP BY key");
      // Every name an entity goes by, and for persons the last word of each (a surname), as join keys.
      s.execute("CREATE OR REPLACE TEMP TABLE res_aliases AS SELECT key, type, alias AS name, true AS exact FROM ("
          + " SELECT de.key, de.type, em.folded AS alias FROM entity_mentions em JOIN doc_entities de"
          + " ON de.doc_id = em.doc_id AND de.local_id = em.local_id WHERE NOT em.role"
          + " UNION SELECT key, type, folded FROM res_keys)"
          + " UNION SELECT de.key, de.type, regexp_extract(em.folded, '[^ ]+$'), false FROM entity_mentions em"
          + " JOIN doc_entities de ON de.doc_id = em.doc_id AND de.local_id = em.local_id"
          + " WHERE de.type = 'PER' AND NOT em.role AND contains(em.folded, ' ')"
          + " UNION SELECT key, type, regexp_extract(folded, '[^ ]+$'), false FROM res_keys"
          + " WHERE type = 'PER' AND contains(folded, ' ')");
      s.execute("DELETE FROM entity_merges");
      // Candidates: the other entities of the type that carry this entity's name, or (for a one-word person
      // name) end with it.
      s.execute("CREATE OR REPLACE TEMP TABLE res_cand AS SELECT v.key AS v, o.key AS o, bool_or(a.exact) AS exact,"
          + " (v.type = 'PER' AND NOT contains(v.folded, ' ')) AS lone"
          + " FROM res_keys v JOIN res_aliases a ON a.name = v.folded AND a.type = v.type AND a.key <> v.key"
          + "  AND (a.exact OR NOT contains(v.folded, ' '))"
          + " JOIN res_keys o ON o.key = a.key"
          + " WHERE v.qid IS NULL AND (o.qid IS NOT NULL OR len(string_split_regex(o.folded, '[ ''-]+'))"
          + "   > len(string_split_regex(v.folded, '[ ''-]+')))"
          + " GROUP BY v.key, o.key, v.type, v.folded");
      // Two candidates for a name ("Biden": Joe and Hunter) and nothing is merged on the name alone.
      s.execute("DELETE FROM res_cand WHERE NOT lone AND v IN (SELECT v FROM res_cand GROUP BY v HAVING count(*) > 1)");
      // A person named by one word ("Biden") may be anyone of that name, in each article anew: only that
      // article's context can say it is the one other person the store knows by it. Evidence: two named
      // entities that the article and an article of the other person both name ("Stoltenberg" beside NATO and
      // Brussels, as "Jens Stoltenberg" elsewhere); when the context points at two people, nobody. Such a merge
      // holds for that article only (its doc_id).
      s.execute("CREATE OR REPLACE TEMP TABLE res_context AS SELECT c.v, c.o, dv.doc_id,"
          + " string_agg(DISTINCT x.name, ', ' ORDER BY x.name) AS shared, count(DISTINCT x.key) AS n"
          + " FROM res_cand c JOIN doc_entities dv ON dv.key = c.v"
          + " JOIN doc_entities x ON x.doc_id = dv.doc_id AND x.key <> c.v AND x.key <> c.o AND x.proper"
          + " JOIN doc_entities y ON y.key = x.key AND y.doc_id <> dv.doc_id"
          + " JOIN doc_entities dox ON dox.doc_id = y.doc_id AND dox.key = c.o"
          + " WHERE c.lone GROUP BY c.v, c.o, dv.doc_id");
      s.execute("INSERT INTO entity_merges SELECT v, o, CASE WHEN exact THEN 'name of one other entity'"
          + " ELSE 'surname of one other person' END, NULL FROM res_cand WHERE NOT lone");
      s.execute("INSERT INTO entity_merges SELECT c.v, c.o, CASE WHEN c.exact THEN 'name of one other entity'"
          + " ELSE 'surname of one other person' END || '; both articles also name ' || x.shared, x.doc_id"
          + " FROM res_cand c JOIN res_context x ON x.v = c.v AND x.o = c.o WHERE c.lone AND x.n >= 2"
          + " QUALIFY count(*) OVER (PARTITION BY x.v, x.doc_id) = 1");
      // A merge target may itself be merged (a longer name with an ID): follow the chain. Names get strictly
      // longer or gain an ID along it, so it ends.
      for (int i = 0; i < 8; i++) {
        int changed = s.executeUpdate("UPDATE entity_merges SET entity_id = m2.entity_id FROM entity_merges m2"
            + " WHERE entity_merges.entity_id = m2.key AND m2.doc_id IS NULL");
        if (changed == 0) {
          break;
        }
      }
      s.execute("UPDATE doc_entities SET entity_id = x.id FROM (SELECT de.doc_id, de.local_id, coalesce("
          + " (SELECT any_value(m.entity_id) FROM entity_merges m WHERE m.key = de.key AND m.doc_id = de.doc_id),"
          + " (SELECT any_value(m.entity_id) FROM entity_merges m WHERE m.key = de.key AND m.doc_id IS NULL),"
          + " de.key) AS id FROM doc_entities de) x WHERE doc_entities.doc_id = x.doc_id"
          + " AND doc_entities.local_id = x.local_id AND doc_entities.entity_id IS DISTINCT FROM x.id");
      s.execute("DELETE FROM entities");
      // Named after its own key's most mentioned row (ties broken by value).
      s.execute("INSERT INTO entities SELECT entity_id, pick.n, pick.f, pick.t, qid, proper, mentions, documents,"
          + " first_date, last_date FROM (SELECT de.entity_id, first({'n': de.name, 'f': de.folded, 't': de.type}"
          + " ORDER BY de.key = de.entity_id DESC, de.mentions DESC, de.name, de.folded, de.type) AS pick,"
          + " max(de.qid) AS qid, bool_or(de.proper) AS proper, sum(de.mentions)::INTEGER AS mentions,"
          + " count(DISTINCT de.doc_id)::INTEGER AS documents, min(d.date) AS first_date, max(d.date) AS last_date"
          + " FROM doc_entities de JOIN documents d ON d.doc_id = de.doc_id GROUP BY de.entity_id)");
      s.execute("DELETE FROM entity_aliases");
      s.execute("INSERT INTO entity_aliases SELECT de.entity_id, replace(em.text, '’', '''') AS alias,"
          + " min(em.folded), bool_or(em.role), count(*)::INTEGER, count(DISTINCT em.doc_id)::INTEGER"
          + " FROM entity_mentions em JOIN doc_entities de ON de.doc_id = em.doc_id AND de.local_id = em.local_id"
          + " GROUP BY de.entity_id, replace(em.text, '’', '''')");
      s.execute("UPDATE quotes SET speaker_id = x.id FROM (SELECT q.doc_id, q.quote,"
          + " coalesce(de.entity_id, q.speaker_qid) AS id FROM quotes q LEFT JOIN doc_entities de"
          + " ON de.doc_id = q.doc_id AND de.local_id = q.speaker_local) x"
          + " WHERE quotes.doc_id = x.doc_id AND quotes.quote = x.quote AND quotes.speaker_id IS DISTINCT FROM x.id");
      s.execute("UPDATE event_participants SET entity_id = x.id FROM (SELECT p.doc_id, p.event, p.position,"
          + " coalesce(de.entity_id, p.qid) AS id FROM event_participants p LEFT JOIN doc_entities de"
          + " ON de.doc_id = p.doc_id AND de.local_id = p.local_id) x WHERE event_participants.doc_id = x.doc_id"
          + " AND event_participants.event = x.event AND event_participants.position = x.position"
          + " AND event_participants.entity_id IS DISTINCT FROM x.id");
      s.execute("UPDATE events SET place_id = de.entity_id FROM doc_entities de WHERE de.doc_id = events.doc_id"
          + " AND de.local_id = events.place_local AND events.place_id IS DISTINCT FROM de.entity_id");
      EventClusters.assign(c);
      learnRoles(s);
      s.execute("DROP TABLE res_cand");
      s.execute("DROP TABLE res_context");
      s.execute("DROP TABLE res_keys");
      s.execute("DROP TABLE res_aliases");
    }
  }
}
