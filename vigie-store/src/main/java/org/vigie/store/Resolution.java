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
 * candidates share the name ({@code Biden}: Joe and Hunter), nothing is merged. Role phrases
 * ({@code le président}) never link articles: the office holder changes. Merges are listed in
 * {@code entity_merges} with their reason.
 *
 * <p><b>Events.</b> Tellings of one real-world event in several articles are one corpus event
 * ({@code events.event_id}, view {@code corpus_events}): see {@link EventClusters}.
 */
final class Resolution {
  private Resolution() {}

  static void refresh(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE res_keys AS SELECT key, any_value(type) AS type, max(qid) AS qid,"
          + " arg_max(folded, mentions) AS folded FROM doc_entities GROUP BY key");
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
      s.execute("INSERT INTO entity_merges SELECT v.key, any_value(o.key), CASE WHEN bool_or(a.exact)"
          + " THEN 'name of one other entity' ELSE 'surname of one other person' END"
          + " FROM res_keys v JOIN res_aliases a ON a.name = v.folded AND a.type = v.type AND a.key <> v.key"
          + "  AND (a.exact OR NOT contains(v.folded, ' '))"
          + " JOIN res_keys o ON o.key = a.key"
          + " WHERE v.qid IS NULL AND (o.qid IS NOT NULL OR len(string_split_regex(o.folded, '[ ''-]+'))"
          + "   > len(string_split_regex(v.folded, '[ ''-]+')))"
          + " GROUP BY v.key HAVING count(DISTINCT o.key) = 1");
      // A merge target may itself be merged (a longer name with an ID): follow the chain. Names get strictly
      // longer or gain an ID along it, so it ends.
      for (int i = 0; i < 8; i++) {
        int changed = s.executeUpdate("UPDATE entity_merges SET entity_id = m2.entity_id FROM entity_merges m2"
            + " WHERE entity_merges.entity_id = m2.key");
        if (changed == 0) {
          break;
        }
      }
      s.execute("UPDATE doc_entities SET entity_id = coalesce((SELECT m.entity_id FROM entity_merges m"
          + " WHERE m.key = doc_entities.key), key) WHERE entity_id IS DISTINCT FROM coalesce((SELECT m.entity_id"
          + " FROM entity_merges m WHERE m.key = doc_entities.key), key)");
      s.execute("DELETE FROM entities");
      s.execute("INSERT INTO entities SELECT de.entity_id,"
          + " arg_max(de.name, (de.key = de.entity_id)::INTEGER * 1000000 + de.mentions),"
          + " arg_max(de.folded, (de.key = de.entity_id)::INTEGER * 1000000 + de.mentions),"
          + " arg_max(de.type, (de.key = de.entity_id)::INTEGER * 1000000 + de.mentions),"
          + " max(de.qid), bool_or(de.proper), sum(de.mentions)::INTEGER, count(DISTINCT de.doc_id)::INTEGER,"
          + " min(d.date), max(d.date) FROM doc_entities de JOIN documents d ON d.doc_id = de.doc_id"
          + " GROUP BY de.entity_id");
      s.execute("DELETE FROM entity_aliases");
      s.execute("INSERT INTO entity_aliases SELECT de.entity_id, replace(em.text, '’', '''') AS alias,"
          + " any_value(em.folded), bool_or(em.role), count(*)::INTEGER, count(DISTINCT em.doc_id)::INTEGER"
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
      s.execute("DROP TABLE res_keys");
      s.execute("DROP TABLE res_aliases");
    }
  }
}
