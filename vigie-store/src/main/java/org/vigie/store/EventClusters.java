package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One real-world event reported by several articles: the tellings of the same kind of event (a meeting, a
 * call and talks are one kind), sharing their actors (all of them when one side names a single actor, else at
 * least two), on compatible dates (the same day give or take one when both texts date it; within three days of
 * publication when one only has its article's date; the same month or year when one is coarser), are one
 * corpus event. GDELT counts such repeats as separate events; Vigie counts them as mentions and sources of one.
 */
final class EventClusters {
  private EventClusters() {}

  record Row(String doc, int event, String family, LocalDate day, String value, boolean textDate,
      Set<String> actors) {}

  static void assign(Connection c) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT e.doc_id, e.event, e.type,"
        + " coalesce(e.date_start, d.date), e.date, e.date_source = 'text',"
        + " string_agg(DISTINCT coalesce(p.entity_id, 'N:' || lower(strip_accents(p.name))), '|')"
        + " FROM events e JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN event_participants p"
        + " ON p.doc_id = e.doc_id AND p.event = e.event GROUP BY ALL")) {
      while (r.next()) {
        java.sql.Date day = r.getDate(4);
        String actors = r.getString(7);
        rows.add(new Row(r.getString(1), r.getInt(2), family(r.getString(3)), day == null ? null : day.toLocalDate(),
            r.getString(5), r.getBoolean(6),
            actors == null ? Set.of() : new HashSet<>(Arrays.asList(actors.split("\\|")))));
      }
    }
    rows.sort(Comparator.comparing(Row::family).thenComparing(Row::day, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Row::doc).thenComparingInt(Row::event));
    UnionFind groups = new UnionFind(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row a = rows.get(i);
      if (a.day() == null || a.actors().isEmpty()) {
        continue;
      }
      for (int j = i + 1; j < rows.size(); j++) {
        Row b = rows.get(j);
        if (!b.family().equals(a.family()) || b.day() == null || ChronoUnit.DAYS.between(a.day(), b.day()) > 31) {
          break;
        }
        if (!a.doc().equals(b.doc()) && datesAgree(a, b) && actorsAgree(a.actors(), b.actors())) {
          groups.union(i, j);
        }
      }
    }
    Map<Integer, String> ids = new HashMap<>();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE ev_ids (doc_id VARCHAR, event INTEGER, id VARCHAR)");
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ev_ids VALUES (?, ?, ?)")) {
      for (int i = 0; i < rows.size(); i++) {
        int root = groups.find(i);
        Row first = rows.get(root);
        String id = ids.computeIfAbsent(root, k -> "EV" + md5(first.doc() + "#" + first.event()).substring(0, 12));
        ps.setString(1, rows.get(i).doc());
        ps.setInt(2, rows.get(i).event());
        ps.setString(3, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("UPDATE events SET event_id = x.id FROM ev_ids x WHERE events.doc_id = x.doc_id"
          + " AND events.event = x.event AND events.event_id IS DISTINCT FROM x.id");
      s.execute("DROP TABLE ev_ids");
    }
  }

  private static String family(String type) {
    return switch (type == null ? "" : type) {
      case "MEET", "CALL", "CONSULT", "NEGOTIATE" -> "TALK";
      default -> String.valueOf(type);
    };
  }

  static boolean datesAgree(Row a, Row b) {
    long days = Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
    if (a.textDate() && b.textDate()) {
      String va = a.value() == null ? "" : a.value();
      String vb = b.value() == null ? "" : b.value();
      if (va.length() != vb.length()) {
        return va.startsWith(vb) || vb.startsWith(va);
      }
      return days <= 1;
    }
    return days <= 3;
  }

  static boolean actorsAgree(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String x : a) {
      if (b.contains(x)) {
        shared++;
      }
    }
    return shared > 0 && shared >= Math.min(2, Math.min(a.size(), b.size()));
  }



  private static String md5(String s) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte x : h) {
        sb.append(String.format(java.util.Locale.ROOT, "%02x", x));
      }
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
