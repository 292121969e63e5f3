package org.vigie.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Story clustering: articles about the same story are grouped. Each article is a TF-IDF vector of its French
 * terms (stemmed, stop words out; {@code doc_terms}) and of the entities it names with a proper name (weighted
 * up: two articles naming the same people and places are likelier the same story). Two articles are linked when
 * their cosine similarity reaches {@link #THRESHOLD} and their dates are at most {@link #WINDOW_DAYS} apart
 * (an undated article may link to any); a story is a connected group. Run over the whole store when an ingest
 * finishes.
 *
 * <p>A story's id is derived from its earliest article, so it stays stable while the story grows; its label is
 * the headline of its most central article.
 */
final class Stories {
  private Stories() {}

  static final double THRESHOLD = 0.30;
  static final int WINDOW_DAYS = 4;
  private static final double ENTITY_WEIGHT = 1.5;

  private record Doc(String id, Integer day, String headline) {}

  /** An article holding a feature, with the feature's weight in its normalised vector. */
  private record Posting(int doc, double weight) {}

  static void rebuild(Connection c) throws SQLException {
    List<Doc> docs = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, date, headline FROM documents ORDER BY date NULLS LAST, doc_id")) {
      while (r.next()) {
        Date d = r.getDate(2);
        index.put(r.getString(1), docs.size());
        docs.add(new Doc(r.getString(1), d == null ? null : (int) d.toLocalDate().toEpochDay(), r.getString(3)));
      }
    }
    int n = docs.size();
    List<Map<String, Double>> raw = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      raw.add(new HashMap<>());
    }
    Map<String, Integer> df = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, term, tf FROM doc_terms UNION ALL SELECT doc_id,"
            + " 'E:' || entity_id, sum(mentions)::INTEGER FROM doc_entities WHERE proper GROUP BY doc_id, entity_id")) {
      while (r.next()) {
        Integer i = index.get(r.getString(1));
        if (i != null) {
          raw.get(i).merge(r.getString(2), (double) r.getInt(3), Double::sum);
        }
      }
    }
    for (Map<String, Double> v : raw) {
      for (String f : v.keySet()) {
        df.merge(f, 1, Integer::sum);
      }
    }
    // Weighted, normalised vectors; an inverted index of the features shared by few enough articles.
    List<Map<String, Double>> vectors = new ArrayList<>();
    int maxDf = Math.max(10, Math.min(1000, n / 10));
    Map<String, List<Posting>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : raw.get(i).entrySet()) {
        double idf = Math.log((double) (n + 1) / df.get(e.getKey()));
        double w = (1 + Math.log(e.getValue())) * idf * (e.getKey().startsWith("E:") ? ENTITY_WEIGHT : 1);
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      for (Map.Entry<String, Double> e : v.entrySet()) {
        e.setValue(len == 0 ? 0 : e.getValue() / len);
        int f = df.get(e.getKey());
        if (f >= 2 && f <= maxDf) {
          postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(i, e.getValue()));
        }
      }
      vectors.add(v);
    }
    UnionFind sets = new UnionFind(n);
    double[] centrality = new double[n];
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> dots = new HashMap<>();
      for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
        for (Posting p : postings.getOrDefault(e.getKey(), List.of())) {
          if (p.doc() > i && near(docs.get(i), docs.get(p.doc()))) {
            dots.merge(p.doc(), e.getValue() * p.weight(), Double::sum);
          }
        }
      }
      for (Map.Entry<Integer, Double> d : dots.entrySet()) {
        if (d.getValue() >= THRESHOLD) {
          sets.union(i, d.getKey());
          centrality[i] += d.getValue();
          centrality[d.getKey()] += d.getValue();
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    Map<String, String> names = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity_id, name FROM entities")) {
      while (r.next()) {
        names.put(r.getString(1), r.getString(2));
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM story_documents");
      s.execute("DELETE FROM stories");
    }
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender stories = duck.createAppender("main", "stories");
        DuckDBAppender members = duck.createAppender("main", "story_documents")) {
      for (List<Integer> g : groups.values()) {
        Doc first = docs.get(g.get(0));
        String id = "S-" + shortHash(first.id());
        int central = g.stream().max(Comparator.comparingDouble((Integer i) -> centrality[i])
            .thenComparing(i -> -i)).orElseThrow();
        Map<String, Double> centroid = new HashMap<>();
        Map<String, Integer> entityDocs = new HashMap<>();
        Integer minDay = null;
        Integer maxDay = null;
        for (int i : g) {
          vectors.get(i).forEach((f, w) -> centroid.merge(f, w, Double::sum));
          for (String f : raw.get(i).keySet()) {
            if (f.startsWith("E:")) {
              entityDocs.merge(f.substring(2), 1, Integer::sum);
            }
          }
          Integer day = docs.get(i).day();
          if (day != null) {
            minDay = minDay == null ? day : Math.min(minDay, day);
            maxDay = maxDay == null ? day : Math.max(maxDay, day);
          }
        }
        double cnorm = Math.sqrt(centroid.values().stream().mapToDouble(w -> w * w).sum());
        List<String> top = entityDocs.entrySet().stream()
            .filter(e -> g.size() == 1 || e.getValue() > 1)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> raw.get(central).getOrDefault("E:" + e.getKey(), 0.0), Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .limit(3).map(e -> names.getOrDefault(e.getKey(), e.getKey())).toList();
        stories.beginRow();
        stories.append(id);
        stories.append(docs.get(central).headline());
        stories.append(g.size());
        appendDay(stories, minDay);
        appendDay(stories, maxDay);
        stories.append(String.join("|", top));
        stories.endRow();
        for (int i : g) {
          double dot = 0;
          for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
            dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
          }
          members.beginRow();
          members.append(id);
          members.append(docs.get(i).id());
          members.append(cnorm == 0 ? 0.0 : Math.round(dot / cnorm * 1000) / 1000.0);
          members.endRow();
        }
      }
    }
  }

  private static void appendDay(DuckDBAppender a, Integer day) throws SQLException {
    if (day == null) {
      a.appendNull();
    } else {
      a.append(LocalDate.ofEpochDay(day));
    }
  }

  private static boolean near(Doc a, Doc b) {
    return a.day() == null || b.day() == null || Math.abs(a.day() - b.day()) <= WINDOW_DAYS;
  }



  private static String shortHash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(Arrays.copyOf(h, 4));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stories matching a query, largest first, then latest. */
  static List<Store.Story> list(Connection c, Store.StoryQuery q) throws SQLException {
    Profiles.Match m = q.entity() == null ? null : Profiles.resolve(c, q.entity());
    StringBuilder where = new StringBuilder(" WHERE s.documents >= ?");
    List<Object> params = new ArrayList<>();
    params.add(Math.max(1, q.minArticles()));
    if (m != null) {
      where.append(" AND EXISTS (SELECT 1 FROM story_documents sd JOIN doc_entities de ON de.doc_id = sd.doc_id"
          + " WHERE sd.story_id = s.story_id AND de.entity_id = ?)");
      params.add(m.id());
    }
    if (q.from() != null) {
      where.append(" AND s.last_date >= ?");
      params.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      where.append(" AND s.first_date <= ?");
      params.add(Date.valueOf(q.to()));
    }
    List<Store.Story> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, s.label, s.documents,"
        + " CAST(s.first_date AS VARCHAR), CAST(s.last_date AS VARCHAR), s.entities FROM stories s" + where
        + " ORDER BY s.documents DESC, s.last_date DESC NULLS LAST, s.story_id LIMIT " + Math.max(1, q.limit()))) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          List<Store.StoryArticle> members = Profiles.list(c, "SELECT sd.doc_id, CAST(d.date AS VARCHAR),"
              + " d.headline, sd.similarity FROM story_documents sd JOIN documents d ON d.doc_id = sd.doc_id"
              + " WHERE sd.story_id = ? ORDER BY d.date NULLS LAST, sd.doc_id",
              x -> new Store.StoryArticle(x.getString(1), x.getString(2), x.getString(3), x.getDouble(4)), id);
          String ents = r.getString(6);
          out.add(new Store.Story(id, r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
              ents == null || ents.isEmpty() ? List.of() : List.of(ents.split("\\|")), members));
        }
      }
    }
    return out;
  }
}
