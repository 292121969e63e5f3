package org.vigie.spark;

import static org.apache.spark.sql.functions.col;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.vigie.store.TableRows;

/**
 * The cross-document steps as distributed Spark stages over the per-document tables: entities resolved across
 * articles (and the speakers, participants and places that point at them), roles learned from one article and
 * applied to another, tellings of one event grouped into corpus events, and articles clustered into stories. The
 * rules are those of the embedded store (its {@code Resolution}, {@code EventClusters} and {@code Stories}),
 * written as joins, aggregations and window functions so that no step gathers the corpus on one machine; groups
 * (corpus events, stories) are the connected components of their pairwise links, found by label propagation.
 * {@code SparkJobTest} checks that the tables equal those {@code vigie ingest} computes for the same input.
 *
 * <p>Spark SQL escapes a quote in a string literal with a backslash ({@code '\\''}), where DuckDB doubles it.
 */
final class CrossDocument {
  private final SparkSession spark;
  /** Views kept in memory while the steps run, released at the end. */
  private final List<String> cached = new ArrayList<>();

  private CrossDocument(SparkSession spark) {
    this.spark = spark;
  }

  /** Per-document tables whose cross-document columns these steps fill. */
  static final List<String> UPDATED = List.of("doc_entities", "role_mentions", "quotes", "events",
      "event_participants");

  /** Per-document tables the steps only read. */
  private static final List<String> READ = List.of("documents", "entity_mentions", "doc_terms");

  /** The store's story rules: a link at this cosine, within these days, entities weighted up. */
  private static final double STORY_THRESHOLD = 0.30;
  private static final int STORY_WINDOW_DAYS = 4;
  private static final double STORY_ENTITY_WEIGHT = 1.5;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Lower case without accents, as DuckDB's {@code lower(strip_accents(x))}; in the root locale, since Spark's
   * own {@code lower} follows the JVM's (a Turkish JVM would lower {@code I} to a dotless i).
   */
  static String fold(String s) {
    if (s == null) {
      return null;
    }
    return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Runs the steps: reads the {@link #UPDATED} tables from {@code staging} and the others from {@code out},
   * writes the updated tables and the derived ones ({@link TableRows#derived}) to {@code out}.
   */
  static void run(SparkSession spark, String staging, String out) {
    new CrossDocument(spark).steps(staging, out);
  }

  private void steps(String staging, String out) {
    if (!spark.catalog().functionExists("vigie_fold")) {
      spark.udf().register("vigie_fold", (UDF1<String, String>) CrossDocument::fold, DataTypes.StringType);
    }
    for (String t : UPDATED) {
      spark.read().parquet(SparkJob.path(staging, t)).createOrReplaceTempView("in_" + t);
    }
    for (String t : READ) {
      spark.read().parquet(SparkJob.path(out, t)).createOrReplaceTempView(t);
    }
    resolveEntities();
    linkToEntities();
    groupEvents();
    learnRoles();
    stories();
    for (String t : UPDATED) {
      write(spark.table(t), out, t);
    }
    for (TableRows.Table t : TableRows.derived()) {
      write(spark.table(t.name()), out, t.name());
    }
    for (String v : cached) {
      spark.catalog().uncacheTable(v);
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Entities

  /**
   * Corpus keys (Wikidata ID, else type and name) are one entity; an entity without ID is merged into the one
   * other entity of its type that bears its name or, for a one-word person name, ends with it (then only in
   * the articles whose context two other named entities confirm).
   */
  private void resolveEntities() {
    // One row per key: its type, ID and most used name (ties: the first name in order, as the store).
    view("res_keys", "SELECT key, type, qid, folded FROM (SELECT key, min(type) OVER (PARTITION BY key) AS type,"
        + " max(qid) OVER (PARTITION BY key) AS qid, folded, row_number() OVER (PARTITION BY key"
        + " ORDER BY mentions DESC, folded) AS rn FROM in_doc_entities) WHERE rn = 1");
    cache("res_keys");
    // Every name an entity goes by, and for persons the last word of each (a surname).
    view("res_aliases", "SELECT key, type, alias AS name, true AS exact FROM ("
        + " SELECT de.key, de.type, em.folded AS alias FROM entity_mentions em JOIN in_doc_entities de"
        + " ON de.doc_id = em.doc_id AND de.local_id = em.local_id WHERE NOT em.role"
        + " UNION SELECT key, type, folded FROM res_keys)"
        + " UNION SELECT de.key, de.type, regexp_extract(em.folded, '[^ ]+$', 0), false FROM entity_mentions em"
        + " JOIN in_doc_entities de ON de.doc_id = em.doc_id AND de.local_id = em.local_id"
        + " WHERE de.type = 'PER' AND NOT em.role AND instr(em.folded, ' ') > 0"
        + " UNION SELECT key, type, regexp_extract(folded, '[^ ]+$', 0), false FROM res_keys"
        + " WHERE type = 'PER' AND instr(folded, ' ') > 0");
    view("res_cand_all", "SELECT v.key AS v, o.key AS o, bool_or(a.exact) AS exact,"
        + " (v.type = 'PER' AND instr(v.folded, ' ') = 0) AS lone"
        + " FROM res_keys v JOIN res_aliases a ON a.name = v.folded AND a.type = v.type AND a.key <> v.key"
        + "  AND (a.exact OR instr(v.folded, ' ') = 0)"
        + " JOIN res_keys o ON o.key = a.key"
        + " WHERE v.qid IS NULL AND (o.qid IS NOT NULL OR size(split(o.folded, '[ \\'-]+'))"
        + "   > size(split(v.folded, '[ \\'-]+')))"
        + " GROUP BY v.key, o.key, v.type, v.folded");
    // Two candidates for a name and nothing is merged on the name alone.
    view("res_cand", "SELECT * FROM res_cand_all c WHERE c.lone OR c.v NOT IN"
        + " (SELECT v FROM res_cand_all GROUP BY v HAVING count(*) > 1)");
    cache("res_cand");
    // The entities named beside each candidate in its articles, reached from the candidate's few articles rather
    // than from the shared entity's many (the United States are in most of them).
    view("res_beside", "SELECT DISTINCT c.o, y.key, y.doc_id FROM (SELECT DISTINCT o FROM res_cand"
        + " WHERE lone) c JOIN in_doc_entities dox ON dox.key = c.o JOIN in_doc_entities y ON y.doc_id = dox.doc_id");
    view("res_context", "SELECT c.v, c.o, dv.doc_id,"
        + " array_join(array_sort(collect_set(x.name)), ', ') AS shared, count(DISTINCT x.key) AS n"
        + " FROM res_cand c JOIN in_doc_entities dv ON dv.key = c.v"
        + " JOIN in_doc_entities x ON x.doc_id = dv.doc_id AND x.key <> c.v AND x.key <> c.o AND x.proper"
        + " JOIN res_beside y ON y.o = c.o AND y.key = x.key AND y.doc_id <> dv.doc_id"
        + " WHERE c.lone GROUP BY c.v, c.o, dv.doc_id");
    view("merges_0", "SELECT v AS key, o AS entity_id, CASE WHEN exact THEN 'name of one other entity'"
        + " ELSE 'surname of one other person' END AS reason, CAST(NULL AS STRING) AS doc_id FROM res_cand"
        + " WHERE NOT lone"
        + " UNION ALL SELECT v, o, reason, doc_id FROM (SELECT c.v, c.o, CASE WHEN c.exact"
        + " THEN 'name of one other entity' ELSE 'surname of one other person' END || '; both articles also name '"
        + " || x.shared AS reason, x.doc_id, count(*) OVER (PARTITION BY x.v, x.doc_id) AS k"
        + " FROM res_cand c JOIN res_context x ON x.v = c.v AND x.o = c.o WHERE c.lone AND x.n >= 2) WHERE k = 1");
    // A merge target may itself be merged: follow the chain (names get longer or gain an ID along it).
    Dataset<Row> merges = spark.table("merges_0").localCheckpoint();
    for (int i = 0; i < 8; i++) {
      merges.createOrReplaceTempView("merges_prev");
      Dataset<Row> next = spark.sql("SELECT m.key, coalesce(m2.entity_id, m.entity_id) AS entity_id, m.reason,"
          + " m.doc_id, m2.key IS NOT NULL AS moved FROM merges_prev m LEFT JOIN"
          + " (SELECT key, entity_id FROM merges_prev WHERE doc_id IS NULL) m2 ON m.entity_id = m2.key")
          .localCheckpoint();
      boolean moved = !next.where("moved").isEmpty();
      merges = next.drop("moved");
      if (!moved) {
        break;
      }
    }
    merges.createOrReplaceTempView("entity_merges");
    view("doc_entities", "SELECT de.doc_id, de.local_id, de.key, coalesce(md.entity_id, mg.entity_id, de.key)"
        + " AS entity_id, de.name, de.folded, de.type, de.qid, de.proper, de.mentions, de.start_char, de.end_char"
        + " FROM in_doc_entities de"
        + " LEFT JOIN entity_merges md ON md.key = de.key AND md.doc_id = de.doc_id"
        + " LEFT JOIN (SELECT * FROM entity_merges WHERE doc_id IS NULL) mg ON mg.key = de.key");
    cache("doc_entities");
    view("entities", "SELECT p.entity_id, p.name, p.folded, p.type, a.qid, a.proper, a.mentions,"
        + " a.documents, a.first_date, a.last_date FROM (SELECT entity_id, name, folded, type, row_number() OVER"
        + " (PARTITION BY entity_id ORDER BY (key = entity_id) DESC, mentions DESC, name, folded, type) AS rn"
        + " FROM doc_entities) p JOIN (SELECT de.entity_id, max(de.qid) AS qid, bool_or(de.proper) AS proper,"
        + " CAST(sum(de.mentions) AS INT) AS mentions, CAST(count(DISTINCT de.doc_id) AS INT) AS documents,"
        + " min(d.date) AS first_date, max(d.date) AS last_date FROM doc_entities de JOIN documents d"
        + " ON d.doc_id = de.doc_id GROUP BY de.entity_id) a ON a.entity_id = p.entity_id WHERE p.rn = 1");
    cache("entities");
    view("entity_aliases", "SELECT de.entity_id, replace(em.text, '’', '\\'') AS alias,"
        + " min(em.folded) AS folded, bool_or(em.role) AS role, CAST(count(*) AS INT) AS mentions,"
        + " CAST(count(DISTINCT em.doc_id) AS INT) AS documents"
        + " FROM entity_mentions em JOIN doc_entities de ON de.doc_id = em.doc_id AND de.local_id = em.local_id"
        + " GROUP BY de.entity_id, replace(em.text, '’', '\\'')");
  }

  /** Speakers, participants and places point at the resolved entities. */
  private void linkToEntities() {
    view("linked_quotes", "SELECT " + columns("in_quotes", "q", Map.of("speaker_id",
        "coalesce(de.entity_id, q.speaker_qid)")) + " FROM in_quotes q LEFT JOIN doc_entities de"
        + " ON de.doc_id = q.doc_id AND de.local_id = q.speaker_local");
    view("event_participants", "SELECT " + columns("in_event_participants", "p", Map.of("entity_id",
        "coalesce(de.entity_id, p.qid)")) + " FROM in_event_participants p LEFT JOIN doc_entities de"
        + " ON de.doc_id = p.doc_id AND de.local_id = p.local_id");
    cache("event_participants");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Events

  /**
   * Tellings of one event in several articles: the same kind of event, shared actors, compatible dates (see
   * the store's {@code EventClusters}); a corpus event is a connected group, named after its earliest telling.
   */
  private void groupEvents() {
    view("ev_rows", "SELECT e.doc_id, e.event, CASE WHEN e.type IN ('MEET', 'CALL', 'CONSULT', 'NEGOTIATE')"
        + " THEN 'TALK' ELSE coalesce(e.type, 'null') END AS family, coalesce(e.date_start, d.date) AS day,"
        + " coalesce(e.date, '') AS value, coalesce(e.date_source = 'text', false) AS text_date,"
        + " collect_set(coalesce(p.entity_id, 'N:' || vigie_fold(p.name))) AS actors"
        + " FROM in_events e JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN event_participants p"
        + " ON p.doc_id = e.doc_id AND p.event = e.event"
        + " GROUP BY e.doc_id, e.event, e.type, e.date_start, d.date, e.date, e.date_source");
    cache("ev_rows");
    // Candidates within 31 days: the same family and the same or the next 32-day bucket.
    view("ev_near", "SELECT *, named_struct('day', day, 'doc', doc_id, 'event', event) AS node,"
        + " CAST(floor(datediff(day, DATE '1970-01-01') / 32) AS BIGINT) AS bucket FROM ev_rows"
        + " WHERE day IS NOT NULL");
    view("ev_links", "SELECT a.node AS a, b.node AS b FROM (SELECT *, explode(array(bucket, bucket + 1))"
        + " AS probe FROM ev_near) a JOIN ev_near b ON b.family = a.family AND b.bucket = a.probe"
        + " WHERE a.node < b.node AND datediff(b.day, a.day) <= 31 AND a.doc_id <> b.doc_id"
        + " AND size(a.actors) > 0"
        + " AND CASE WHEN a.text_date AND b.text_date THEN CASE WHEN length(a.value) <> length(b.value)"
        + "   THEN substring(a.value, 1, length(b.value)) = b.value OR substring(b.value, 1, length(a.value)) = a.value"
        + "   ELSE abs(datediff(a.day, b.day)) <= 1 END"
        + "  ELSE abs(datediff(a.day, b.day)) <= 3 END"
        + " AND size(array_intersect(a.actors, b.actors)) > 0"
        + " AND size(array_intersect(a.actors, b.actors)) >= least(2, size(a.actors), size(b.actors))");
    Components.of(spark.table("ev_near").select(col("node")), spark.table("ev_links"))
        .createOrReplaceTempView("ev_roots");
    view("events", "SELECT " + columns("in_events", "e", Map.of("event_id",
        "'EV' || substring(md5(coalesce(r.root.doc, e.doc_id) || '#' || coalesce(r.root.event, e.event)), 1, 12)",
        "place_id", "coalesce(de.entity_id, e.place_id)"))
        + " FROM in_events e LEFT JOIN ev_roots r ON r.node.doc = e.doc_id AND r.node.event = e.event"
        + " LEFT JOIN doc_entities de ON de.doc_id = e.doc_id AND de.local_id = e.place_local");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Roles

  /**
   * An apposition ("le secrétaire d'État Antony Blinken") is evidence of who held an office when; a bare role of
   * another article with an owner goes to the holder of the best evidence within a year (see the store's
   * {@code Resolution}), and so does a quote whose speaker is that role.
   */
  private void learnRoles() {
    view("learned_roles", "SELECT rm.head, rm.owner, de.entity_id, coalesce(e.name, de.name) AS holder,"
        + " rm.text AS role, rm.doc_id, d.date, rm.start_char, rm.end_char FROM in_role_mentions rm"
        + " JOIN doc_entities de ON de.doc_id = rm.doc_id AND de.local_id = rm.local_id"
        + " JOIN documents d ON d.doc_id = rm.doc_id LEFT JOIN entities e ON e.entity_id = de.entity_id"
        + " WHERE rm.binding = 'apposition' AND de.type = 'PER' AND (de.proper OR de.qid IS NOT NULL)");
    cache("learned_roles");
    view("role_cand", "SELECT rm.doc_id, rm.role, lr.entity_id, lr.doc_id AS ev_doc, lr.date AS ev_date,"
        + " abs(datediff(d.date, lr.date)) AS gap, lr.date <= d.date AS before, lr.owner AS ev_owner,"
        + " regexp_replace(rm.owner, 'e?s?$', '') AS stem, ed.doc_id AS ed_doc"
        + " FROM in_role_mentions rm JOIN documents d ON d.doc_id = rm.doc_id"
        + " JOIN learned_roles lr ON lr.head = rm.head AND lr.doc_id <> rm.doc_id"
        + " JOIN documents ed ON ed.doc_id = lr.doc_id"
        + " WHERE rm.binding IS NULL AND rm.owner IS NOT NULL AND d.date IS NOT NULL AND lr.date IS NOT NULL"
        + "  AND (lr.owner IS NULL OR regexp_replace(lr.owner, 'e?s?$', '') = regexp_replace(rm.owner, 'e?s?$', ''))"
        + "  AND abs(datediff(d.date, lr.date)) <= 365");
    cache("role_cand");
    // How well the owners agree: the same owner (2); evidence naming none whose article or holder's other roles
    // use the owner's word (1); evidence naming none (0).
    view("role_word_docs", "SELECT DISTINCT c.ed_doc, c.stem FROM role_cand c JOIN documents ed"
        + " ON ed.doc_id = c.ed_doc WHERE c.ev_owner IS NULL AND instr(vigie_fold(ed.text), c.stem) > 0");
    view("role_word_holders", "SELECT DISTINCT c.entity_id, c.stem FROM role_cand c"
        + " JOIN doc_entities de ON de.entity_id = c.entity_id JOIN entity_mentions em ON em.doc_id = de.doc_id"
        + " AND em.local_id = de.local_id WHERE c.ev_owner IS NULL AND em.role AND instr(em.folded, c.stem) > 0");
    view("role_best", "SELECT doc_id, role, min(entity_id) AS holder, min(ev_doc) AS ev_doc,"
        + " min(ev_date) AS ev_date FROM (SELECT c.*, rank() OVER (PARTITION BY c.doc_id, c.role"
        + " ORDER BY CASE WHEN c.ev_owner IS NOT NULL THEN 2 WHEN w.stem IS NOT NULL OR h.stem IS NOT NULL THEN 1"
        + " ELSE 0 END DESC, c.before DESC, c.gap) AS rk FROM role_cand c"
        + " LEFT JOIN role_word_docs w ON w.ed_doc = c.ed_doc AND w.stem = c.stem"
        + " LEFT JOIN role_word_holders h ON h.entity_id = c.entity_id AND h.stem = c.stem)"
        + " WHERE rk = 1 GROUP BY doc_id, role HAVING count(DISTINCT entity_id) = 1");
    view("role_mentions", "SELECT " + columns("in_role_mentions", "rm", Map.of("holder_id",
        "b.holder", "evidence_doc", "b.ev_doc", "evidence_date", "b.ev_date"))
        + " FROM in_role_mentions rm LEFT JOIN role_best b ON b.doc_id = rm.doc_id AND b.role = rm.role");
    cache("role_mentions");
    // A quote whose speaker is such a role ("..., a déclaré le secrétaire d'État américain"; the article names
    // nobody, so the quotes layer gives no speaker) is the holder's; so is one whose pronoun stands for the role
    // ("a-t-il ajouté": the quotes layer gives the role's mention). The speaker phrase may go on past the role
    // ("le secrétaire d'État américain à Gaza").
    view("quote_roles", "SELECT q.doc_id, q.quote, min(rm.holder_id) AS holder FROM linked_quotes q"
        + " JOIN role_mentions rm ON rm.doc_id = q.doc_id AND (rm.start_char <= q.speaker_start"
        + " AND q.speaker_end <= rm.end_char OR rm.start_char = q.speaker_start)"
        + " WHERE q.speaker_local IS NULL AND q.speaker_id IS NULL"
        + " AND rm.holder_id IS NOT NULL GROUP BY q.doc_id, q.quote HAVING count(DISTINCT rm.holder_id) = 1");
    view("quotes", "SELECT " + columns("linked_quotes", "q", Map.of("speaker_id",
        "coalesce(q.speaker_id, r.holder)")) + " FROM linked_quotes q LEFT JOIN quote_roles r"
        + " ON r.doc_id = q.doc_id AND r.quote = q.quote");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Stories

  /**
   * Articles as TF-IDF vectors of their terms and named entities; two articles within four days whose cosine
   * reaches the store's threshold are linked, and a story is a connected group (see the store's
   * {@code Stories}): its id comes from its earliest article, its label is its most central article's headline.
   */
  private void stories() {
    if (!spark.catalog().functionExists("vigie_round3")) {
      // Rounded as the store rounds (Math.round), not as SQL's round on decimals.
      spark.udf().register("vigie_round3", (UDF1<Double, Double>) x -> Math.round(x * 1000) / 1000.0,
          DataTypes.DoubleType);
    }
    view("st_docs", "SELECT doc_id, date, headline,"
        + " named_struct('undated', date IS NULL, 'date', date, 'doc', doc_id) AS node FROM documents");
    cache("st_docs");
    long n = spark.table("st_docs").count();
    long maxDf = Math.max(10, Math.min(1000, n / 10));
    view("st_raw", "SELECT doc_id, feature, sum(tf) AS tf FROM (SELECT doc_id, term AS feature,"
        + " CAST(tf AS DOUBLE) AS tf FROM doc_terms UNION ALL SELECT doc_id, 'E:' || entity_id,"
        + " CAST(sum(mentions) AS DOUBLE) FROM doc_entities WHERE proper GROUP BY doc_id, entity_id)"
        + " GROUP BY doc_id, feature");
    cache("st_raw");
    view("st_weights", "SELECT r.doc_id, r.feature, f.df, (1 + ln(r.tf)) * ln(CAST(" + (n + 1)
        + " AS DOUBLE) / f.df) * CASE WHEN r.feature LIKE 'E:%' THEN " + STORY_ENTITY_WEIGHT + " ELSE 1 END AS w"
        + " FROM st_raw r JOIN (SELECT feature, count(*) AS df FROM st_raw GROUP BY feature) f"
        + " ON f.feature = r.feature");
    view("st_vec", "SELECT doc_id, feature, df, CASE WHEN norm = 0 THEN 0D ELSE w / norm END AS weight"
        + " FROM (SELECT *, sqrt(sum(w * w) OVER (PARTITION BY doc_id)) AS norm FROM st_weights)");
    cache("st_vec");
    // Pairs through the features that few enough articles share, dot products summed per pair.
    view("st_post", "SELECT v.feature, v.weight, d.node, d.date FROM st_vec v JOIN st_docs d"
        + " ON d.doc_id = v.doc_id WHERE v.df >= 2 AND v.df <= " + maxDf);
    view("st_links", "SELECT a.node AS a, b.node AS b, sum(a.weight * b.weight) AS dot FROM st_post a"
        + " JOIN st_post b ON b.feature = a.feature AND a.node < b.node"
        + " WHERE a.date IS NULL OR b.date IS NULL OR abs(datediff(a.date, b.date)) <= " + STORY_WINDOW_DAYS
        + " GROUP BY a.node, b.node HAVING sum(a.weight * b.weight) >= " + STORY_THRESHOLD);
    cache("st_links");
    Components.of(spark.table("st_docs").select(col("node")), spark.table("st_links").select("a", "b"))
        .createOrReplaceTempView("st_roots");
    view("st_members", "SELECT d.doc_id, d.date, d.headline, d.node, r.root,"
        + " 'S-' || substring(sha1(r.root.doc), 1, 8) AS story_id, coalesce(c.centrality, 0D) AS centrality"
        + " FROM st_docs d JOIN st_roots r ON r.node = d.node LEFT JOIN (SELECT node, sum(dot) AS centrality FROM"
        + " (SELECT a AS node, dot FROM st_links UNION ALL SELECT b, dot FROM st_links) GROUP BY node) c"
        + " ON c.node = d.node");
    cache("st_members");
    view("st_central", "SELECT story_id, doc_id AS central, headline AS label FROM (SELECT *,"
        + " row_number() OVER (PARTITION BY story_id ORDER BY centrality DESC, node) AS rn FROM st_members)"
        + " WHERE rn = 1");
    // The entities most articles of the story name (all of them for a one-article story), three at most.
    view("st_entities", "SELECT story_id, array_join(transform(array_sort(collect_list(named_struct("
        + " 'rk', rk, 'name', name))), x -> x.name), '|') AS entities FROM (SELECT e.story_id,"
        + " coalesce(en.name, e.entity) AS name, row_number() OVER (PARTITION BY e.story_id ORDER BY e.docs DESC,"
        + " coalesce(cr.tf, 0D) DESC, e.entity) AS rk FROM (SELECT m.story_id, substring(r.feature, 3) AS entity,"
        + " r.feature, count(*) AS docs, max(s.size) AS size FROM st_members m JOIN st_raw r ON r.doc_id = m.doc_id"
        + " JOIN (SELECT story_id, count(*) AS size FROM st_members GROUP BY story_id) s ON s.story_id = m.story_id"
        + " WHERE r.feature LIKE 'E:%' GROUP BY m.story_id, r.feature) e JOIN st_central c ON c.story_id = e.story_id"
        + " LEFT JOIN st_raw cr ON cr.doc_id = c.central AND cr.feature = e.feature"
        + " LEFT JOIN entities en ON en.entity_id = e.entity WHERE e.size = 1 OR e.docs > 1) WHERE rk <= 3"
        + " GROUP BY story_id");
    view("st_centroid", "SELECT m.story_id, v.feature, sum(v.weight) AS weight FROM st_members m"
        + " JOIN st_vec v ON v.doc_id = m.doc_id GROUP BY m.story_id, v.feature");
    cache("st_centroid");
    view("story_documents", "SELECT m.story_id, m.doc_id, CASE WHEN n.cnorm = 0 THEN 0D"
        + " ELSE vigie_round3(coalesce(s.dot, 0D) / n.cnorm) END AS similarity FROM st_members m"
        + " JOIN (SELECT story_id, sqrt(sum(weight * weight)) AS cnorm FROM st_centroid GROUP BY story_id) n"
        + " ON n.story_id = m.story_id LEFT JOIN (SELECT m.doc_id, sum(v.weight * c.weight) AS dot"
        + " FROM st_members m JOIN st_vec v ON v.doc_id = m.doc_id JOIN st_centroid c ON c.story_id = m.story_id"
        + " AND c.feature = v.feature GROUP BY m.doc_id) s ON s.doc_id = m.doc_id");
    view("stories", "SELECT m.story_id, c.label, CAST(count(*) AS INT) AS documents, min(m.date) AS first_date,"
        + " max(m.date) AS last_date, coalesce(first(e.entities), '') AS entities FROM st_members m"
        + " JOIN st_central c ON c.story_id = m.story_id LEFT JOIN st_entities e ON e.story_id = m.story_id"
        + " GROUP BY m.story_id, c.label");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Plumbing

  private void view(String name, String sql) {
    spark.sql(sql).createOrReplaceTempView(name);
  }

  /** Keeps a view once computed: later steps read it several times. Lazy, so that it costs no job of its own. */
  private void cache(String name) {
    spark.table(name).persist(StorageLevel.MEMORY_AND_DISK()).createOrReplaceTempView(name);
    cached.add(name);
  }

  /** A table's columns from alias {@code a}, some replaced by expressions. */
  private String columns(String table, String a, Map<String, String> replaced) {
    StringBuilder sb = new StringBuilder();
    for (String c : spark.table(table).columns()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(replaced.containsKey(c) ? replaced.get(c) + " AS " + c : a + "." + c);
    }
    return sb.toString();
  }

  /** Writes a table in the store's column order and types (those of the per-document tables the job writes). */
  private static void write(Dataset<Row> rows, String out, String table) {
    TableRows.Table t = TableRows.perDocument().stream().filter(x -> x.name().equals(table)).findFirst()
        .or(() -> TableRows.derived().stream().filter(x -> x.name().equals(table)).findFirst())
        .orElseThrow(() -> new IllegalStateException("no table " + table));
    Column[] columns = Arrays.stream(SparkJob.schema(t).fields())
        .map(f -> col(f.name()).cast(f.dataType()).as(f.name())).toArray(Column[]::new);
    rows.select(columns).write().mode(SaveMode.Overwrite).parquet(SparkJob.path(out, table));
  }
}
