package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.core.DocumentJson;

/**
 * Writes the store out for other tools: tables for spreadsheets, pandas or Spark (JSON Lines, CSV, Parquet,
 * written by DuckDB), the analyses as {@code analyze} prints them, the entity graph for Gephi (GEXF, GraphML)
 * and GDELT-style event rows.
 */
final class Exporter {
  private Exporter() {}

  /** Tables exported when none are named: all but the bulky raw layers and index terms. */
  static List<String> defaultTables() {
    List<String> t = new ArrayList<>(Schema.exportable());
    t.remove("layers");
    t.remove("doc_terms");
    return t;
  }

  static List<Path> export(Connection c, Store.ExportFormat format, Path out, List<String> tables)
      throws SQLException, IOException {
    return switch (format) {
      case JSONL, CSV, PARQUET -> tables(c, format, out, tables);
      case GEXF, GRAPHML -> List.of(graph(c, format, out));
      case GDELT -> List.of(gdelt(c, out));
    };
  }

  private static List<Path> tables(Connection c, Store.ExportFormat format, Path out, List<String> asked)
      throws SQLException, IOException {
    List<String> names = asked == null || asked.isEmpty() ? defaultTables() : asked;
    boolean analyses = format == Store.ExportFormat.JSONL && (asked == null || asked.isEmpty()
        || asked.contains("analyses"));
    for (String n : names) {
      if (!Schema.exportable().contains(n) && !(n.equals("analyses") && format == Store.ExportFormat.JSONL)) {
        throw new StoreException(StoreException.Kind.BAD_REQUEST, "unknown table '" + n + "' (tables: "
            + String.join(", ", Schema.exportable()) + (format == Store.ExportFormat.JSONL ? ", analyses" : "")
            + ")");
      }
    }
    String ext = switch (format) {
      case CSV -> ".csv";
      case PARQUET -> ".parquet";
      default -> ".jsonl";
    };
    String options = switch (format) {
      case CSV -> "(FORMAT CSV, HEADER)";
      case PARQUET -> "(FORMAT PARQUET, COMPRESSION ZSTD)";
      default -> "(FORMAT JSON)";
    };
    List<Path> files = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      for (String n : names) {
        if (n.equals("analyses")) {
          continue;
        }
        Path file = out.resolve(n + ext);
        s.execute("COPY (SELECT * FROM " + n + " ORDER BY ALL) TO '" + file.toString().replace("'", "''") + "' "
            + options);
        files.add(file);
      }
    }
    if (analyses) {
      files.add(analyses(c, out.resolve("analyses.jsonl")));
    }
    return files;
  }

  /** Every document as the {@code analyze} command prints it, rebuilt from the documents and layers tables. */
  private static Path analyses(Connection c, Path file) throws SQLException, IOException {
    var mapper = DocumentJson.mapper();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT d.doc_id, d.title, d.url, d.language, CAST(d.date AS VARCHAR),"
            + " d.date_source, d.date_evidence, d.origin, d.text, l.layer, l.json FROM documents d"
            + " LEFT JOIN layers l ON l.doc_id = d.doc_id ORDER BY d.date NULLS LAST, d.doc_id, l.position");
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ObjectNode current = null;
      while (r.next()) {
        if (current == null || !current.path("id").asText().equals(r.getString(1))) {
          if (current != null) {
            w.write(mapper.writeValueAsString(current));
            w.write('\n');
          }
          current = mapper.createObjectNode();
          String[] keys = {"id", "title", "url", "language", "date", "date_source", "date_evidence", "origin", "text"};
          for (int i = 0; i < keys.length; i++) {
            current.put(keys[i], r.getString(i + 1));
          }
        }
        if (r.getString(10) != null) {
          JsonNode layer = mapper.readTree(r.getString(11));
          current.set(r.getString(10), layer);
        }
      }
      if (current != null) {
        w.write(mapper.writeValueAsString(current));
        w.write('\n');
      }
    }
    return file;
  }

  private static final String EDGES = "SELECT s, t, sum(a)::INTEGER, sum(q)::INTEGER, sum(e)::INTEGER FROM ("
      + " SELECT source AS s, target AS t, documents AS a, 0 AS q, 0 AS e FROM cooccurrences"
      + " UNION ALL SELECT least(speaker_id, entity_id), greatest(speaker_id, entity_id), 0, count(*), 0"
      + "  FROM quote_mentions WHERE speaker_id IS NOT NULL AND entity_id IS NOT NULL GROUP BY 1, 2"
      + " UNION ALL SELECT a.entity_id, b.entity_id, 0, 0, count(*) FROM event_participants a"
      + "  JOIN event_participants b ON a.doc_id = b.doc_id AND a.event = b.event AND a.entity_id < b.entity_id"
      + "  GROUP BY 1, 2)"
      + " WHERE s IN (SELECT entity_id FROM entities) AND t IN (SELECT entity_id FROM entities)"
      + " GROUP BY s, t ORDER BY s, t";

  private static final String NODES = "SELECT entity_id, name, type, qid, mentions, documents,"
      + " CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR) FROM entities ORDER BY entity_id";

  /**
   * The entity graph: a node per entity, an undirected edge per pair that shares articles, quotes (one speaks,
   * the other is named in the quote) or events, with those three counts and their sum as the weight.
   */
  private static Path graph(Connection c, Store.ExportFormat format, Path out) throws SQLException, IOException {
    boolean gexf = format == Store.ExportFormat.GEXF;
    Path file = out.resolve(gexf ? "entities.gexf" : "entities.graphml");
    String[] nodeAttrs = {"type", "qid", "mentions", "documents", "first_date", "last_date"};
    String[] nodeTypes = {"string", "string", "integer", "integer", "string", "string"};
    String[] edgeAttrs = {"articles", "quotes", "events"};
    try (OutputStream os = Files.newOutputStream(file); Statement s = c.createStatement()) {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      if (gexf) {
        x.writeStartElement("gexf");
        x.writeDefaultNamespace("http://gexf.net/1.3");
        x.writeAttribute("version", "1.3");
        x.writeStartElement("meta");
        element(x, "creator", "Vigie");
        element(x, "description", "Entities of a Vigie store: edges join entities named in the same articles, "
            + "quoting one another, or taking part in the same events");
        x.writeEndElement();
        x.writeStartElement("graph");
        x.writeAttribute("mode", "static");
        x.writeAttribute("defaultedgetype", "undirected");
        x.writeStartElement("attributes");
        x.writeAttribute("class", "node");
        for (int i = 0; i < nodeAttrs.length; i++) {
          x.writeEmptyElement("attribute");
          x.writeAttribute("id", nodeAttrs[i]);
          x.writeAttribute("title", nodeAttrs[i]);
          x.writeAttribute("type", nodeTypes[i]);
        }
        x.writeEndElement();
        x.writeStartElement("attributes");
        x.writeAttribute("class", "edge");
        for (String a : edgeAttrs) {
          x.writeEmptyElement("attribute");
          x.writeAttribute("id", a);
          x.writeAttribute("title", a);
          x.writeAttribute("type", "integer");
        }
        x.writeEndElement();
        x.writeStartElement("nodes");
      } else {
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        key(x, "label", "node", "label", "string");
        for (int i = 0; i < nodeAttrs.length; i++) {
          key(x, nodeAttrs[i], "node", nodeAttrs[i], nodeTypes[i].equals("integer") ? "int" : "string");
        }
        key(x, "weight", "edge", "weight", "double");
        for (String a : edgeAttrs) {
          key(x, a, "edge", a, "int");
        }
        x.writeStartElement("graph");
        x.writeAttribute("id", "vigie");
        x.writeAttribute("edgedefault", "undirected");
      }
      try (ResultSet r = s.executeQuery(NODES)) {
        while (r.next()) {
          x.writeStartElement("node");
          x.writeAttribute("id", r.getString(1));
          if (gexf) {
            x.writeAttribute("label", r.getString(2));
            x.writeStartElement("attvalues");
          } else {
            data(x, "label", r.getString(2));
          }
          for (int i = 0; i < nodeAttrs.length; i++) {
            String v = r.getString(i + 3);
            if (v != null) {
              if (gexf) {
                x.writeEmptyElement("attvalue");
                x.writeAttribute("for", nodeAttrs[i]);
                x.writeAttribute("value", v);
              } else {
                data(x, nodeAttrs[i], v);
              }
            }
          }
          if (gexf) {
            x.writeEndElement();
          }
          x.writeEndElement();
        }
      }
      if (gexf) {
        x.writeEndElement();
        x.writeStartElement("edges");
      }
      try (ResultSet r = s.executeQuery(EDGES)) {
        int id = 0;
        while (r.next()) {
          int weight = r.getInt(3) + r.getInt(4) + r.getInt(5);
          x.writeStartElement("edge");
          x.writeAttribute("id", "e" + id++);
          x.writeAttribute("source", r.getString(1));
          x.writeAttribute("target", r.getString(2));
          if (gexf) {
            x.writeAttribute("weight", Integer.toString(weight));
            x.writeStartElement("attvalues");
            for (int i = 0; i < edgeAttrs.length; i++) {
              x.writeEmptyElement("attvalue");
              x.writeAttribute("for", edgeAttrs[i]);
              x.writeAttribute("value", Integer.toString(r.getInt(i + 3)));
            }
            x.writeEndElement();
          } else {
            data(x, "weight", Integer.toString(weight));
            for (int i = 0; i < edgeAttrs.length; i++) {
              data(x, edgeAttrs[i], Integer.toString(r.getInt(i + 3)));
            }
          }
          x.writeEndElement();
        }
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.writeCharacters("\n");
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  /** CAMEO event code and Goldstein score for each Vigie event type (FORMAT.md's list). */
  static final Map<String, String[]> CAMEO = Map.ofEntries(
      Map.entry("STATEMENT", new String[] {"010", "0.0"}),
      Map.entry("MEET", new String[] {"044", "2.8"}),
      Map.entry("CALL", new String[] {"041", "1.0"}),
      Map.entry("VISIT", new String[] {"042", "1.9"}),
      Map.entry("CONSULT", new String[] {"040", "1.0"}),
      Map.entry("PROVIDE_AID", new String[] {"070", "7.0"}),
      Map.entry("SANCTION", new String[] {"163", "-8.0"}),
      Map.entry("ACCUSE", new String[] {"112", "-2.0"}),
      Map.entry("CRITICIZE", new String[] {"111", "-2.0"}),
      Map.entry("THREATEN", new String[] {"130", "-4.4"}),
      Map.entry("DEPLOY", new String[] {"150", "-7.2"}),
      Map.entry("MOBILIZE", new String[] {"154", "-7.2"}),
      Map.entry("WITHDRAW", new String[] {"166", "-5.0"}),
      Map.entry("NEGOTIATE", new String[] {"046", "7.0"}),
      Map.entry("ATTACK", new String[] {"190", "-10.0"}),
      Map.entry("AGREE", new String[] {"057", "8.0"}));

  static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
      "FractionDate", "Actor1Code", "Actor1Name", "Actor1Type", "Actor2Code", "Actor2Name", "Actor2Type",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName", "ActionGeo_Code", "DATEADDED", "SOURCEURL",
      "VigieType", "VigieDoc", "VigieStart", "VigieEnd", "VigieText");

  /**
   * GDELT-style rows, tab-separated with a header: one per corpus event (its first mention is the source), and
   * one per attributed quote as a public statement (CAMEO 010), its speaker as Actor1 and the first entity it
   * names as Actor2, unless an event of type STATEMENT already covers it. Actor codes are Wikidata IDs (or Vigie
   * ids), not CAMEO actor codes; tone is left empty.
   */
  private static Path gdelt(Connection c, Path out) throws SQLException, IOException {
    Path file = out.resolve("events.gdelt.tsv");
    String sql = "WITH ev AS (SELECT e.*, d.date AS doc_date, d.url, d.origin, d.ingested_at,"
        + "  row_number() OVER (PARTITION BY e.event_id ORDER BY d.date NULLS LAST, e.doc_id, e.event) AS rn,"
        + "  k.n_mentions, k.n_docs, k.n_sources FROM events e JOIN documents d ON d.doc_id = e.doc_id"
        + "  JOIN (SELECT x.event_id, sum(coalesce(x.mentions, 1)) AS n_mentions, count(DISTINCT x.doc_id) AS n_docs,"
        + "   count(DISTINCT coalesce(regexp_extract(dd.url, '^[a-z]+://([^/]+)', 1), x.doc_id)) AS n_sources"
        + "   FROM events x JOIN documents dd ON dd.doc_id = x.doc_id GROUP BY x.event_id) k"
        + "   ON k.event_id = e.event_id),"
        + " p1 AS (SELECT p.doc_id, p.event, p.position, coalesce(p.entity_id, p.qid) AS code,"
        + "  coalesce(en.name, p.name) AS name, en.type FROM event_participants p"
        + "  LEFT JOIN entities en ON en.entity_id = p.entity_id)"
        + " SELECT 'event', coalesce(ev.date_start, ev.doc_date), ev.type, a1.code, a1.name, a1.type, a2.code,"
        + "  a2.name, a2.type, ev.n_mentions, ev.n_docs, coalesce(pl.name, ev.place), ev.place_id, ev.ingested_at,"
        + "  coalesce(ev.url, ev.origin), ev.doc_id, ev.start_char, ev.end_char, ev.text, ev.cameo, ev.n_sources"
        + "  FROM ev"
        + "  LEFT JOIN p1 a1 ON a1.doc_id = ev.doc_id AND a1.event = ev.event AND a1.position = 0"
        + "  LEFT JOIN p1 a2 ON a2.doc_id = ev.doc_id AND a2.event = ev.event AND a2.position = 1"
        + "  LEFT JOIN entities pl ON pl.entity_id = ev.place_id WHERE ev.rn = 1"
        + " UNION ALL SELECT 'quote', q.date, 'STATEMENT', q.speaker_id, coalesce(sp.name, q.speaker), sp.type,"
        + "  (SELECT arg_min(qm.entity_id, em.start_char) FROM quote_mentions qm JOIN doc_entities de"
        + "   ON de.doc_id = qm.doc_id AND de.entity_id = qm.entity_id JOIN entity_mentions em"
        + "   ON em.doc_id = de.doc_id AND em.local_id = de.local_id AND em.start_char >= q.start_char"
        + "   AND em.end_char <= q.end_char WHERE qm.doc_id = q.doc_id AND qm.quote = q.quote),"
        + "  NULL, NULL, 1, 1, NULL, NULL, d.ingested_at, coalesce(d.url, d.origin), q.doc_id, q.start_char,"
        + "  q.end_char, q.text, '010', 1 FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"
        + "  LEFT JOIN entities sp ON sp.entity_id = q.speaker_id WHERE q.speaker IS NOT NULL"
        + "  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.doc_id = q.doc_id AND x.type = 'STATEMENT'"
        + "   AND x.start_char < q.end_char AND q.start_char < x.end_char)"
        + " ORDER BY 2 NULLS LAST, 16, 17";
    DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql);
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join("\t", GDELT_COLUMNS));
      w.write('\n');
      Map<String, String> actor2Names = new java.util.HashMap<>();
      try (Statement s2 = c.createStatement(); ResultSet n = s2.executeQuery("SELECT entity_id, name, type"
          + " FROM entities")) {
        while (n.next()) {
          actor2Names.put(n.getString(1), n.getString(2) + "\t" + n.getString(3));
        }
      }
      long id = 0;
      while (r.next()) {
        java.sql.Date date = r.getDate(2);
        LocalDate day = date == null ? null : date.toLocalDate();
        String type = r.getString(3);
        String[] cameo = CAMEO.getOrDefault(type, new String[] {"", ""});
        // The annotator's own code is finer (073 humanitarian aid, 043 hosting a visit) than the type's root.
        String code = r.getString(20) != null ? r.getString(20) : cameo[0];
        String actor2Name = r.getString(8);
        String actor2Type = r.getString(9);
        if (r.getString(1).equals("quote") && r.getString(7) != null) {
          String[] nt = actor2Names.getOrDefault(r.getString(7), "\t").split("\t", -1);
          actor2Name = nt[0];
          actor2Type = nt[1];
        }
        java.sql.Timestamp added = r.getTimestamp(14);
        List<String> row = List.of(Long.toString(++id),
            day == null ? "" : day.format(ymd),
            day == null ? "" : day.format(ymd).substring(0, 6),
            day == null ? "" : Integer.toString(day.getYear()),
            day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0),
            nz(r.getString(4)), nz(r.getString(5)), nz(r.getString(6)), nz(r.getString(7)), nz(actor2Name),
            nz(actor2Type), "1", code, code.length() >= 3 ? code.substring(0, 3) : code,
            code.length() >= 2 ? code.substring(0, 2) : code, quadClass(code), cameo[1],
            Long.toString(r.getLong(10)), Long.toString(r.getLong(21)), Long.toString(r.getLong(11)), "",
            nz(r.getString(12)), nz(r.getString(13)),
            added == null ? "" : added.toLocalDateTime().toLocalDate().format(ymd), nz(r.getString(15)),
            nz(type), r.getString(16), Integer.toString(r.getInt(17)), Integer.toString(r.getInt(18)),
            nz(r.getString(19)));
        w.write(String.join("\t", row));
        w.write('\n');
      }
    }
    return file;
  }

  private static String quadClass(String code) {
    if (code.length() < 2) {
      return "";
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 5 ? "1" : root <= 9 ? "2" : root <= 14 ? "3" : "4";
  }

  /** A TSV cell: tabs and line breaks become spaces, null becomes empty. */
  private static String nz(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
