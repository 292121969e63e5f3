package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.duckdb.DuckDBAppender;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;

/**
 * One analysed document as the rows of every per-document table, read from its JSON tree
 * ({@link DocumentJson#toTree}) by layer key: a layer that is absent gives no rows, unknown fields are ignored
 * (and kept in the {@code layers} table's raw JSON), so layers added later never break the store.
 *
 * <p>Links are resolved here, within the article: each mention and quote speaker to the article's entity
 * ({@code local_id}), each annotation to its sentence, each quote to the date it was said (a date in its
 * sentence, else the publication date), each event participant and place to an entity. Cross-document links are
 * made later, in SQL, over the whole store ({@link Resolution}).
 */
final class Rows {
  /** The rows of one document, table by table, in the tables' column order. */
  record Doc(String id, String hash, String origin, Map<Schema.Table, List<Object[]>> rows) {
    int count(Schema.Table t) {
      return rows.getOrDefault(t, List.of()).size();
    }
  }

  private final ObjectNode tree;
  private final String id;
  private final String text;
  private final LocalDate docDate;
  private final int[] sentenceStarts;
  private final Map<Schema.Table, List<Object[]>> rows = new LinkedHashMap<>();
  /** Article entity ids by the offsets of each of their mentions, by QID and by folded surface forms. */
  private final Map<Long, String> entityAt = new HashMap<>();
  private final Map<String, String> entityByQid = new HashMap<>();
  private final Map<String, String> entityByName = new HashMap<>();
  private final Set<String> entityIds = new HashSet<>();

  private Rows(ObjectNode tree) {
    this.tree = tree;
    this.id = tree.path("id").asText();
    this.text = tree.path("text").asText();
    String date = str(tree, "date");
    this.docDate = date == null ? null : LocalDate.parse(date);
    JsonNode sentences = tree.path("sentences");
    this.sentenceStarts = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      sentenceStarts[i] = sentences.get(i).path("start").asInt();
    }
  }

  /**
   * The content hash of a document: SHA-256 of its id, text and the metadata it was read with. A date the
   * analysis inferred from the text is left out (it follows from the text), so the hash of a document as read
   * equals that of its analysed version, and an unchanged document is recognised before it is analysed.
   */
  static String contentHash(Document d) {
    boolean given = d.dateSource() == DateSource.METADATA || d.dateSource() == DateSource.COMMAND_LINE;
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Object part : new Object[] {d.id(), d.text(), d.title(), d.url(), d.language(),
          given ? d.date() : null, given ? d.dateSource() : DateSource.UNKNOWN}) {
        md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rows of an analysed document.
   *
   * @throws IllegalArgumentException when a layer item lacks its offsets or lies outside the text
   */
  static Doc of(AnalyzedDocument analyzed, String hash, Analyzer analyzer) {
    Rows r = new Rows(DocumentJson.toTree(analyzed));
    r.build(hash, analyzer);
    return new Doc(r.id, hash, analyzed.document().origin(), r.rows);
  }

  private void add(Schema.Table t, Object... values) {
    if (values.length != t.width()) {
      throw new IllegalStateException(t.name() + " has " + t.width() + " columns, not " + values.length);
    }
    rows.computeIfAbsent(t, k -> new ArrayList<>()).add(values);
  }

  private void build(String hash, Analyzer analyzer) {
    JsonNode sentences = tree.path("sentences");
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      int[] span = span(s, "sentences", i);
      add(Schema.SENTENCES, id, s.path("index").asInt(i), span[0], span[1], text.substring(span[0], span[1]));
    }
    List<String> layerNames = new ArrayList<>();
    int position = 0;
    for (Map.Entry<String, JsonNode> f : tree.properties()) {
      if (f.getValue().isArray()) {
        layerNames.add(f.getKey());
        add(Schema.LAYERS, id, position++, f.getKey(), f.getValue().size(), f.getValue().toString());
      }
    }
    entities();
    roles();
    mentions();
    quotes();
    times();
    amounts();
    quantities();
    events();
    String title = str(tree, "title");
    Map<String, Integer> terms = FrenchText.terms(analyzer, (title == null ? "" : title + "\n") + text);
    for (Map.Entry<String, Integer> t : terms.entrySet()) {
      add(Schema.DOC_TERMS, id, t.getKey(), t.getValue());
    }
    // The documents row goes first; its batch and time are set when the batch commits.
    List<Object[]> docRow = new ArrayList<>();
    docRow.add(new Object[] {id, hash, title, headline(title), str(tree, "url"), str(tree, "language"), docDate,
        str(tree, "date_source"), str(tree, "date_evidence"), str(tree, "origin"), text, text.length(),
        sentences.size(), tree.path("tokens").size(), String.join(",", layerNames), null, null});
    Map<Schema.Table, List<Object[]>> ordered = new LinkedHashMap<>();
    ordered.put(Schema.DOCUMENTS, docRow);
    ordered.putAll(rows);
    rows.clear();
    rows.putAll(ordered);
  }

  /**
   * The title; else the first line of the text, or its first sentence when the line is long; cut near 140
   * characters at a word boundary.
   */
  private String headline(String title) {
    String h = title;
    if (h == null || h.isBlank()) {
      h = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      JsonNode first = tree.path("sentences").path(0);
      if (h.length() > 140 && first.has("end")) {
        int end = first.path("end").asInt();
        int lineStart = text.indexOf(h);
        if (lineStart >= 0 && end > lineStart && end < lineStart + h.length()) {
          h = text.substring(Math.max(lineStart, first.path("start").asInt()), end);
        }
      }
    }
    h = h.strip().replaceAll("\\s+", " ");
    if (h.length() > 140) {
      int cut = h.lastIndexOf(' ', 139);
      h = h.substring(0, cut > 60 ? cut : 139) + "…";
    }
    return h;
  }

  private void entities() {
    JsonNode entities = tree.path("entities");
    for (int i = 0; i < entities.size(); i++) {
      JsonNode e = entities.get(i);
      int[] span = span(e, "entities", i);
      String local = str(e, "id") != null ? str(e, "id") : "E" + (i + 1);
      String name = str(e, "name") != null ? str(e, "name") : text.substring(span[0], span[1]);
      String type = str(e, "type") != null ? str(e, "type") : "MISC";
      String qid = str(e, "qid");
      JsonNode spans = e.path("spans");
      JsonNode surfaces = e.path("mentions");
      entityIds.add(local);
      if (qid != null) {
        entityByQid.putIfAbsent(qid, local);
      }
      entityByName.putIfAbsent(Names.fold(name), local);
      int n = Math.max(1, spans.size());
      for (int m = 0; m < spans.size(); m++) {
        int[] s = span(spans.get(m), "entities spans", i);
        String surface = surfaces.has(m) ? surfaces.get(m).asText() : text.substring(s[0], s[1]);
        boolean role = Names.isRole(surface);
        entityAt.put(key(s[0], s[1]), local);
        if (!role) {
          entityByName.putIfAbsent(Names.fold(surface), local);
        }
        add(Schema.ENTITY_MENTIONS, id, local, m, s[0], s[1], surface, Names.fold(surface), role, sentence(s[0]));
      }
      if (spans.isEmpty()) {
        entityAt.put(key(span[0], span[1]), local);
        String surface = text.substring(span[0], span[1]);
        add(Schema.ENTITY_MENTIONS, id, local, 0, span[0], span[1], surface, Names.fold(surface),
            Names.isRole(surface), sentence(span[0]));
      }
      add(Schema.DOC_ENTITIES, id, local, Names.key(qid, type, name), Names.key(qid, type, name), name,
          Names.fold(name), type, qid, e.path("proper").asBoolean(true), n, span[0], span[1]);
    }
  }

  /** Role phrases, bound or not: the evidence and the questions of cross-article role learning. */
  private void roles() {
    JsonNode roles = tree.path("roles");
    for (int i = 0; i < roles.size(); i++) {
      JsonNode r = roles.get(i);
      int[] s = span(r, "roles", i);
      String t = str(r, "text") != null ? str(r, "text") : text.substring(s[0], s[1]);
      String head = str(r, "head") != null ? Names.fold(str(r, "head")) : Names.fold(t);
      String owner = str(r, "owner") == null ? null : Names.fold(str(r, "owner"));
      String local = str(r, "entity");
      String binding = local == null ? null : str(r, "binding");
      add(Schema.ROLE_MENTIONS, id, i, s[0], s[1], t, head, owner, local, binding, sentence(s[0]), null, null,
          null);
    }
  }

  private void mentions() {
    JsonNode mentions = tree.path("mentions");
    for (int i = 0; i < mentions.size(); i++) {
      JsonNode m = mentions.get(i);
      int[] s = span(m, "mentions", i);
      String t = str(m, "text") != null ? str(m, "text") : text.substring(s[0], s[1]);
      add(Schema.MENTIONS, id, i, s[0], s[1], t, str(m, "type"), sentence(s[0]), entityAt.get(key(s[0], s[1])));
    }
  }

  private void quotes() {
    JsonNode quotes = tree.path("quotes");
    if (quotes.isEmpty()) {
      return;
    }
    List<int[]> times = new ArrayList<>();
    List<LocalDate> timeDates = new ArrayList<>();
    JsonNode timeItems = tree.path("times");
    for (int i = 0; i < timeItems.size(); i++) {
      TimeValues.Range r = dated(timeItems.get(i));
      if (r != null && r.precision().equals("day")) {
        for (int[] s : timeSpans(timeItems.get(i), i)) {
          times.add(s);
          timeDates.add(r.start());
        }
      }
    }
    for (int i = 0; i < quotes.size(); i++) {
      JsonNode q = quotes.get(i);
      int[] s = span(q, "quotes", i);
      Integer cueStart = integer(q, "cue_start");
      Integer speakerStart = integer(q, "speaker_start");
      Integer speakerEnd = integer(q, "speaker_end");
      String local = str(q, "speaker_entity");
      if (local == null || !entityIds.contains(local)) {
        local = null;
        if (speakerStart != null && speakerEnd != null) {
          local = entityAt.get(key(speakerStart, speakerEnd));
        }
        if (local == null && str(q, "speaker_qid") != null) {
          local = entityByQid.get(str(q, "speaker_qid"));
        }
        if (local == null && str(q, "speaker") != null) {
          local = entityByName.get(Names.fold(str(q, "speaker")));
        }
      }
      // When was it said: a date in the sentence of the cue (or of the quote), outside the quoted words.
      int anchor = cueStart != null ? cueStart : s[0];
      int sentence = sentence(anchor);
      LocalDate said = null;
      int best = Integer.MAX_VALUE;
      for (int t = 0; t < times.size(); t++) {
        int[] ts = times.get(t);
        boolean inside = ts[0] >= s[0] && ts[1] <= s[1];
        if (!inside && sentence(ts[0]) == sentence && Math.abs(ts[0] - anchor) < best) {
          best = Math.abs(ts[0] - anchor);
          said = timeDates.get(t);
        }
      }
      String dateSource = said != null ? "text" : docDate != null ? "publication" : null;
      add(Schema.QUOTES, id, i, s[0], s[1], str(q, "text") != null ? str(q, "text") : text.substring(s[0], s[1]),
          q.path("direct").asBoolean(true), integer(q, "group"), str(q, "cue"), cueStart, integer(q, "cue_end"),
          str(q, "speaker_mention"), speakerStart, speakerEnd, str(q, "speaker"), str(q, "speaker_qid"), local,
          null, q.has("confidence") ? q.path("confidence").asDouble() : null, sentence(s[0]),
          said != null ? said : docDate, dateSource);
    }
  }

  /** The calendar range of a times item whose kind places it on the calendar, else null. */
  private static TimeValues.Range dated(JsonNode t) {
    String kind = str(t, "kind");
    if (kind != null && !(kind.equals("date") || kind.equals("time") || kind.equals("period"))) {
      return null;
    }
    return TimeValues.parse(str(t, "value"));
  }

  /**
   * One row per mention of a temporal expression: the layer lists each expression once with the offsets of its
   * {@code repeats}; they become rows with {@code repeat} 1, 2... so that every sentence naming the date has it.
   */
  private void times() {
    JsonNode times = tree.path("times");
    for (int i = 0; i < times.size(); i++) {
      JsonNode t = times.get(i);
      TimeValues.Range r = dated(t);
      List<int[]> spans = timeSpans(t, i);
      for (int k = 0; k < spans.size(); k++) {
        int[] s = spans.get(k);
        add(Schema.TIMES, id, i, k, s[0], s[1], text.substring(s[0], s[1]), str(t, "value"), str(t, "kind"),
            str(t, "anchor"), str(t, "mod"), r == null ? null : r.start(), r == null ? null : r.end(),
            r == null ? null : r.precision(), sentence(s[0]));
      }
    }
  }

  /** The span of a times item and of its repeats ({@code [[start, end], ...]}). */
  private List<int[]> timeSpans(JsonNode t, int index) {
    List<int[]> spans = new ArrayList<>();
    spans.add(span(t, "times", index));
    for (JsonNode rep : t.path("repeats")) {
      if (rep.isArray() && rep.size() == 2 && rep.get(0).canConvertToInt() && rep.get(1).canConvertToInt()) {
        int start = rep.get(0).asInt();
        int end = rep.get(1).asInt();
        if (start >= 0 && end >= start && end <= text.length()) {
          spans.add(new int[] {start, end});
        }
      }
    }
    return spans;
  }

  private void amounts() {
    JsonNode amounts = tree.path("amounts");
    for (int i = 0; i < amounts.size(); i++) {
      JsonNode a = amounts.get(i);
      int[] s = span(a, "amounts", i);
      add(Schema.AMOUNTS, id, i, s[0], s[1], str(a, "text") != null ? str(a, "text") : text.substring(s[0], s[1]),
          dbl(a, "value"), dbl(a, "upper"), str(a, "unit"), str(a, "qualifier"), str(a, "object"), sentence(s[0]));
    }
  }

  private void quantities() {
    JsonNode quantities = tree.path("quantities");
    for (int i = 0; i < quantities.size(); i++) {
      JsonNode a = quantities.get(i);
      int[] s = span(a, "quantities", i);
      add(Schema.QUANTITIES, id, i, s[0], s[1],
          str(a, "text") != null ? str(a, "text") : text.substring(s[0], s[1]), dbl(a, "value"), dbl(a, "upper"),
          str(a, "unit"), str(a, "qualifier"), sentence(s[0]));
    }
  }

  private void events() {
    JsonNode events = tree.path("events");
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      int[] s = span(e, "events", i);
      JsonNode dateNode = e.path("date");
      String date = dateNode.isObject() ? str(dateNode, "value") : str(e, "date");
      TimeValues.Range r = TimeValues.parse(date);
      JsonNode placeNode = e.path("place");
      String place = placeNode.isObject() ? nameOf(placeNode) : str(e, "place");
      String placeLocal = placeNode.isObject() ? localOf(placeNode) : null;
      if (placeLocal == null && place != null) {
        placeLocal = entityByName.get(Names.fold(place));
      }
      String type = str(e, "type");
      String dateSource = str(e, "date_source");
      if (dateSource == null) {
        dateSource = r != null ? "text" : docDate != null ? "publication" : null;
      }
      JsonNode mentions = e.path("mentions");
      add(Schema.EVENTS, id, i, s[0], s[1], text.substring(s[0], s[1]), type == null ? "EVENT" : type, date,
          r == null ? null : r.start(), dateSource, place, placeLocal, null, sentence(s[0]), null, e.toString(),
          str(e, "cameo"), integer(e, "quad_class"), str(e, "modality"), dbl(e, "confidence"),
          mentions.isArray() && !mentions.isEmpty() ? mentions.size() : 1);
      JsonNode participants = e.path("participants");
      for (int p = 0; p < participants.size(); p++) {
        JsonNode pn = participants.get(p);
        String name = pn.isObject() ? nameOf(pn) : pn.asText();
        String local = pn.isObject() ? localOf(pn) : null;
        String qid = pn.isObject() ? str(pn, "qid") : null;
        if (local == null && qid != null) {
          local = entityByQid.get(qid);
        }
        if (local == null && name != null) {
          local = entityByName.get(Names.fold(name));
        }
        add(Schema.EVENT_PARTICIPANTS, id, i, p, name, pn.isObject() ? str(pn, "role") : null, local, qid, null);
      }
    }
  }

  private static String nameOf(JsonNode n) {
    for (String k : new String[] {"name", "text", "mention"}) {
      if (str(n, k) != null) {
        return str(n, k);
      }
    }
    return null;
  }

  private String localOf(JsonNode n) {
    for (String k : new String[] {"entity", "entity_id", "id"}) {
      String v = str(n, k);
      if (v != null && entityIds.contains(v)) {
        return v;
      }
    }
    Integer start = integer(n, "start");
    Integer end = integer(n, "end");
    return start != null && end != null ? entityAt.get(key(start, end)) : null;
  }

  private int sentence(int offset) {
    int lo = 0;
    int hi = sentenceStarts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentenceStarts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(found, 0);
  }

  private int[] span(JsonNode n, String layer, int index) {
    if (!n.path("start").canConvertToInt() || !n.path("end").canConvertToInt()) {
      throw new IllegalArgumentException("layer " + layer + ", item " + index + ": no start/end offsets");
    }
    int start = n.path("start").asInt();
    int end = n.path("end").asInt();
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("layer " + layer + ", item " + index + ": [" + start + ", " + end
          + ") is outside the text (" + text.length() + " chars)");
    }
    return new int[] {start, end};
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.canConvertToInt() ? null : v.asInt();
  }

  private static Double dbl(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }

  /** Appends a document's rows, its documents row stamped with the batch and time. */
  static void append(Doc doc, Map<Schema.Table, DuckDBAppender> appenders, long batch, LocalDateTime now)
      throws SQLException {
    for (Map.Entry<Schema.Table, List<Object[]>> e : doc.rows().entrySet()) {
      DuckDBAppender a = appenders.get(e.getKey());
      for (Object[] row : e.getValue()) {
        if (e.getKey() == Schema.DOCUMENTS) {
          row = row.clone();
          row[row.length - 2] = batch;
          row[row.length - 1] = now;
        }
        a.beginRow();
        for (Object v : row) {
          appendValue(a, v);
        }
        a.endRow();
      }
    }
  }

  private static void appendValue(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else if (v instanceof String s) {
      a.append(s);
    } else if (v instanceof Integer i) {
      a.append(i.intValue());
    } else if (v instanceof Long l) {
      a.append(l.longValue());
    } else if (v instanceof Double d) {
      a.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      a.append(b.booleanValue());
    } else if (v instanceof LocalDate d) {
      a.append(d);
    } else if (v instanceof LocalDateTime t) {
      a.append(t);
    } else {
      throw new IllegalStateException("cannot store a " + v.getClass().getSimpleName());
    }
  }
}
