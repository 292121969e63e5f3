package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Small queries shared by the store's readers: counts, an entity's search keys, users' SQL. */
final class Queries {
  private Queries() {}

  static Store.Stats stats(Connection c, Path dir) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities),"
            + " (SELECT count(*) FROM quotes), (SELECT count(*) FROM events),"
            + " (SELECT count(*) FROM stories WHERE documents > 1), (SELECT CAST(min(date) AS VARCHAR) FROM documents),"
            + " (SELECT CAST(max(date) AS VARCHAR) FROM documents),"
            + " (SELECT value FROM meta WHERE key = 'generation')")) {
      r.next();
      return new Store.Stats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), size(dir),
          r.getString(6), r.getString(7), Long.parseLong(r.getString(8)));
    }
  }

  /** Bytes of every file in the store folder. */
  static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The index keys of an entity's articles, quotes (as speaker) and events (as participant). */
  static List<String> uidsOf(Connection c, String entityId) throws SQLException {
    List<String> uids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT 'a:' || doc_id FROM doc_entities"
        + " WHERE entity_id = ? UNION ALL SELECT 'q:' || doc_id || ':' || quote FROM quotes WHERE speaker_id = ?"
        + " UNION ALL SELECT DISTINCT 'e:' || doc_id || ':' || event FROM event_participants WHERE entity_id = ?")) {
      ps.setString(1, entityId);
      ps.setString(2, entityId);
      ps.setString(3, entityId);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          uids.add(r.getString(1));
        }
      }
    }
    return uids;
  }

  static Store.Table sql(Connection c, String sql, int maxRows) {
    try (Statement s = c.createStatement()) {
      if (!s.execute(sql)) {
        throw new StoreException(StoreException.Kind.BAD_REQUEST, "not a query: the store is read-only here");
      }
      try (ResultSet r = s.getResultSet()) {
        ResultSetMetaData md = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (r.next()) {
          if (maxRows > 0 && rows.size() == maxRows) {
            truncated = true;
            break;
          }
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            row.add(value(r.getObject(i)));
          }
          rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new Store.Table(List.copyOf(columns), List.copyOf(rows), truncated);
      }
    } catch (SQLException e) {
      String m = Database.firstLine(e.getMessage());
      if (m.contains("read-only") || m.contains("read only")) {
        m = "the store is read-only here: " + m;
      }
      throw new StoreException(StoreException.Kind.BAD_REQUEST, "SQL: " + m, e);
    }
  }

  /** JDBC values as plain Java values: dates and times as ISO strings, arrays as lists. */
  private static Object value(Object v) throws SQLException {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof java.time.temporal.TemporalAccessor) {
      return v.toString();
    }
    if (v instanceof Array a) {
      Object arr = a.getArray();
      if (arr instanceof Object[] objects) {
        List<Object> out = new ArrayList<>();
        for (Object o : objects) {
          out.add(value(o));
        }
        return out;
      }
      return String.valueOf(arr);
    }
    return v.toString();
  }
}
