package org.vigie.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.eval.internal.Texts;

/**
 * A gold set in the format of {@code data/gold/FORMAT.md}: one JSON object per article, and optionally the
 * canonical entities file.
 *
 * <p>Reading never stops at a bad line: a malformed line, a field with a value outside the format (an unknown
 * event type, a qualifier other than {@code = > < ~}, a bad date...) or a repeated article becomes a
 * {@linkplain #problems() problem} naming the line and article, and that article is left out; every other
 * article is still scored. A key that is absent means the layer was not annotated for that article, so it is
 * not scored there.
 */
public final class GoldSet {
  /** The event types of FORMAT.md. */
  public static final Set<String> EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
      "STATEMENT", "MEET", "CALL", "VISIT", "CONSULT", "PROVIDE_AID", "SANCTION", "ACCUSE", "CRITICIZE",
      "THREATEN", "DEPLOY", "MOBILIZE", "WITHDRAW", "AGREE")));
  /** The qualifiers of amounts and quantities. */
  public static final Set<String> QUALIFIERS = Set.of("=", ">", "<", "~");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern OTHER_TIMEX = Pattern.compile(
      "\\d{4}|\\d{3}X|\\d{2}XX|\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])(-[1-7])?(-WE)?|\\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"
      + "|P(\\d+([.,]\\d+)?[YMWD])*(T(\\d+([.,]\\d+)?[HMS])+)?|PRESENT_REF|PAST_REF|FUTURE_REF"
      + "|X{4}(-[\\dX]{2}(-[\\dX]{2})?|-WXX-[1-7])(T\\d{2}(:\\d{2})?)?|T\\d{2}(:\\d{2}(:\\d{2})?)?");

  private final String source;
  private final List<GoldDocument> documents;
  private final GoldEntities entities;
  private final List<String> problems;

  private GoldSet(String source, List<GoldDocument> documents, GoldEntities entities, List<String> problems) {
    this.source = source;
    this.documents = List.copyOf(documents);
    this.entities = entities;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a gold JSONL file and, when {@code entitiesJson} is not null, its entities file. Fails only when a
   * file cannot be read; bad content becomes problems.
   */
  public static GoldSet read(Path goldJsonl, Path entitiesJson) throws IOException {
    String gold = Files.readString(goldJsonl, StandardCharsets.UTF_8);
    String ents = entitiesJson == null ? null : Files.readString(entitiesJson, StandardCharsets.UTF_8);
    return parse(goldJsonl.getFileName().toString(), gold, ents, EVENT_TYPES);
  }

  /** Parses gold JSONL text (and entities JSON text, or null); {@code source} names it in problems. */
  public static GoldSet parse(String source, String goldJsonl, String entitiesJson) {
    return parse(source, goldJsonl, entitiesJson, EVENT_TYPES);
  }

  /** As {@link #parse(String, String, String)}, accepting the given event types (for extended gold sets). */
  public static GoldSet parse(String source, String goldJsonl, String entitiesJson, Set<String> eventTypes) {
    List<String> problems = new ArrayList<>();
    GoldEntities ents = entitiesJson == null ? GoldEntities.NONE : parseEntities(source, entitiesJson, problems);
    List<GoldDocument> docs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String text = goldJsonl.startsWith("\uFEFF") ? goldJsonl.substring(1) : goldJsonl;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      String where = source + " line " + lineNo;
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        problems.add(where + ": not valid JSON (" + e.getOriginalMessage() + "); line skipped");
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(where + ": not a JSON object; line skipped");
        continue;
      }
      JsonNode idNode = node.get("doc");
      if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
        problems.add(where + ": no \"doc\" (the article's file name); line skipped");
        continue;
      }
      String id = idNode.asText();
      where = where + " (doc " + id + ")";
      try {
        GoldDocument doc = document(id, lineNo, node, eventTypes, ents, problems, where);
        if (!seen.add(id)) {
          problems.add(where + ": doc already given on an earlier line; line skipped");
          continue;
        }
        docs.add(doc);
      } catch (BadGold e) {
        problems.add(where + ": " + e.getMessage() + "; document not scored");
      }
    }
    return new GoldSet(source, docs, ents, problems);
  }

  /** The ids of the articles that will be scored, in file order. */
  public List<String> documentIds() {
    return documents.stream().map(GoldDocument::id).toList();
  }

  /** The publication date the gold gives an article. */
  public Optional<LocalDate> date(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).map(GoldDocument::date).findFirst();
  }

  /** How many articles will be scored. */
  public int size() {
    return documents.size();
  }

  /** Problems found while reading, each naming its line and article. */
  public List<String> problems() {
    return problems;
  }

  /**
   * Whether some quote of this set has a null speaker: the set then lists words in marks that nobody is said to
   * have said (FORMAT.md: scare quotes, titles), so an engine's scare quotes are scored as quotes.
   */
  public boolean listsSpeakerlessQuotes() {
    return documents.stream()
        .anyMatch(d -> d.quotes() != null && d.quotes().stream().anyMatch(q -> q.speaker() == null));
  }

  /** The name given to this gold set (its file name). */
  public String source() {
    return source;
  }

  List<GoldDocument> documents() {
    return documents;
  }

  GoldEntities entities() {
    return entities;
  }

  // ---------------------------------------------------------------------------------------------------------

  private static final class BadGold extends Exception {
    BadGold(String message) {
      super(message);
    }
  }

  private static GoldDocument document(String id, int lineNo, JsonNode node, Set<String> eventTypes,
      GoldEntities ents, List<String> problems, String where) throws BadGold {
    LocalDate date = date(node.get("date"), "date");
    List<GoldDocument.Quote> quotes = null;
    if (node.has("quotes")) {
      quotes = new ArrayList<>();
      int k = 0;
      for (JsonNode q : array(node, "quotes")) {
        String at = "quotes[" + k++ + "]";
        JsonNode speaker = q.get("speaker");
        if (speaker != null && !speaker.isNull() && !(speaker.isTextual() && !speaker.asText().isBlank())) {
          throw new BadGold(at + ".speaker must be a name or null, not " + speaker);
        }
        JsonNode direct = q.get("direct");
        if (direct == null || !direct.isBoolean()) {
          throw new BadGold(at + ".direct must be true or false, not " + direct);
        }
        quotes.add(new GoldDocument.Quote(text(q, at), speaker == null || speaker.isNull() ? null : speaker.asText(),
            direct.asBoolean()));
      }
    }
    List<GoldDocument.Time> times = null;
    if (node.has("times")) {
      times = new ArrayList<>();
      int k = 0;
      for (JsonNode t : array(node, "times")) {
        String at = "times[" + k++ + "]";
        JsonNode v = t.get("value");
        if (v == null || !v.isTextual() || !isTimeValue(v.asText())) {
          throw new BadGold(at + ".value is not an ISO 8601 value: " + v);
        }
        times.add(new GoldDocument.Time(text(t, at), v.asText()));
      }
    }
    List<GoldDocument.Amount> amounts = node.has("amounts") ? amounts(node, "amounts", true) : null;
    List<GoldDocument.Amount> quantities = node.has("quantities") ? amounts(node, "quantities", false) : null;
    List<GoldDocument.Event> events = null;
    if (node.has("events")) {
      events = new ArrayList<>();
      int k = 0;
      for (JsonNode e : array(node, "events")) {
        String at = "events[" + k++ + "]";
        JsonNode type = e.get("type");
        if (type == null || !type.isTextual() || !eventTypes.contains(type.asText())) {
          throw new BadGold(at + ".type " + type + " is not one of " + eventTypes);
        }
        List<String> participants = names(e.get("participants"), at + ".participants");
        if (participants.isEmpty()) {
          throw new BadGold(at + ".participants is empty");
        }
        JsonNode d = e.get("date");
        if (d != null && !d.isNull() && !(d.isTextual() && isTimeValue(d.asText()))) {
          throw new BadGold(at + ".date is not null nor an ISO 8601 value: " + d);
        }
        JsonNode place = e.get("place");
        if (place != null && !place.isNull() && !place.isTextual()) {
          throw new BadGold(at + ".place must be a name or null, not " + place);
        }
        events.add(new GoldDocument.Event(type.asText(), participants,
            d == null || d.isNull() ? null : d.asText(),
            place == null || place.isNull() ? null : place.asText()));
      }
    }
    List<String> entities = null;
    if (node.has("entities")) {
      entities = names(node.get("entities"), "entities");
      if (!ents.isEmpty()) {
        for (String name : entities) {
          if (ents.byName(name).isEmpty()) {
            problems.add(where + ": entity \"" + name + "\" is not in the entities file (matched by name alone)");
          }
        }
      }
    }
    return new GoldDocument(id, lineNo, date, nullable(quotes), nullable(times), nullable(amounts),
        nullable(quantities), nullable(events), nullable(entities));
  }

  private static <T> List<T> nullable(List<T> l) {
    return l == null ? null : List.copyOf(l);
  }

  private static LocalDate date(JsonNode d, String field) throws BadGold {
    if (d == null || d.isNull()) {
      throw new BadGold("no \"" + field + "\" (the publication date, YYYY-MM-DD)");
    }
    try {
      if (!d.isTextual()) {
        throw new DateTimeParseException("not a string", d.toString(), 0);
      }
      return LocalDate.parse(d.asText());
    } catch (DateTimeParseException e) {
      throw new BadGold("\"" + field + "\" is not a date YYYY-MM-DD: " + d);
    }
  }

  private static List<JsonNode> array(JsonNode node, String key) throws BadGold {
    JsonNode a = node.get(key);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new BadGold("\"" + key + "\" is not an array");
    }
    List<JsonNode> out = new ArrayList<>();
    int k = 0;
    for (JsonNode n : a) {
      if (!n.isObject()) {
        throw new BadGold(key + "[" + k + "] is not an object");
      }
      out.add(n);
      k++;
    }
    return out;
  }

  private static String text(JsonNode item, String at) throws BadGold {
    JsonNode t = item.get("text");
    if (t == null || !t.isTextual() || t.asText().isEmpty()) {
      throw new BadGold(at + ".text is missing or empty");
    }
    return t.asText();
  }

  private static List<String> names(JsonNode a, String at) throws BadGold {
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new BadGold(at + " is not an array of names");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : a) {
      if (!n.isTextual() || n.asText().isBlank()) {
        throw new BadGold(at + " holds " + n + ", not a name");
      }
      out.add(n.asText());
    }
    return out;
  }

  private static List<GoldDocument.Amount> amounts(JsonNode node, String key, boolean currency) throws BadGold {
    List<GoldDocument.Amount> out = new ArrayList<>();
    int k = 0;
    for (JsonNode a : array(node, key)) {
      String at = key + "[" + k++ + "]";
      JsonNode v = a.get("value");
      if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new BadGold(at + ".value is not a number: " + v);
      }
      JsonNode u = a.get("unit");
      if (u == null || !u.isTextual() || u.asText().isBlank()) {
        throw new BadGold(at + ".unit is missing");
      }
      if (currency && !ISO_CURRENCY.matcher(u.asText()).matches()) {
        throw new BadGold(at + ".unit is not an ISO 4217 code: " + u);
      }
      JsonNode q = a.get("qualifier");
      if (q != null && !q.isNull() && !(q.isTextual() && QUALIFIERS.contains(q.asText()))) {
        throw new BadGold(at + ".qualifier must be one of =, >, <, ~, not " + q);
      }
      out.add(new GoldDocument.Amount(text(a, at), v.asDouble(), u.asText(),
          q == null || q.isNull() ? null : q.asText()));
    }
    return out;
  }

  /** Whether {@code v} is a value FORMAT.md allows for a time: ISO 8601 at some precision (or an interval). */
  static boolean isTimeValue(String v) {
    if (v == null || v.isBlank()) {
      return false;
    }
    int slash = v.indexOf('/');
    if (slash > 0) {
      return isTimeValue(v.substring(0, slash)) && isTimeValue(v.substring(slash + 1));
    }
    Matcher m = DAY.matcher(v);
    if (m.matches()) {
      try {
        LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return m.group(4) == null || validClock(m.group(4).substring(1));
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }
    m = MONTH.matcher(v);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12;
    }
    return OTHER_TIMEX.matcher(v).matches();
  }

  private static boolean validClock(String hms) {
    String[] p = hms.split("[:.]");
    return Integer.parseInt(p[0]) <= 24 && (p.length < 2 || Integer.parseInt(p[1]) < 60)
        && (p.length < 3 || Integer.parseInt(p[2]) < 61);
  }

  private static GoldEntities parseEntities(String source, String json, List<String> problems) {
    String where = "entities file of " + source;
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      problems.add(where + ": not valid JSON (" + e.getOriginalMessage() + "); speakers matched by name alone");
      return GoldEntities.NONE;
    }
    if (root == null || !root.isArray()) {
      problems.add(where + ": not a JSON array; speakers matched by name alone");
      return GoldEntities.NONE;
    }
    List<GoldEntities.Entity> out = new ArrayList<>();
    int k = 0;
    for (JsonNode e : root) {
      String at = where + " [" + k++ + "]";
      JsonNode name = e.get("name");
      if (!e.isObject() || name == null || !name.isTextual() || name.asText().isBlank()) {
        problems.add(at + ": no \"name\"; entry skipped");
        continue;
      }
      JsonNode type = e.get("type");
      if (type != null && !type.isNull() && !Set.of("PER", "ORG", "LOC").contains(type.asText())) {
        problems.add(at + " (" + name.asText() + "): type " + type + " is not PER, ORG or LOC");
      }
      JsonNode qid = e.get("wikidata");
      String q = qid == null || qid.isNull() || qid.asText().isBlank() ? null : qid.asText().trim();
      if (q != null && !q.matches("Q\\d+")) {
        problems.add(at + " (" + name.asText() + "): wikidata " + qid + " is not a QID; ignored");
        q = null;
      }
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(Texts.normalizeName(name.asText()));
      JsonNode al = e.get("aliases");
      if (al != null && al.isArray()) {
        for (JsonNode a : al) {
          if (a.isTextual() && !a.asText().isBlank()) {
            aliases.add(Texts.normalizeName(a.asText()));
          }
        }
      }
      out.add(new GoldEntities.Entity(name.asText(), type == null || type.isNull() ? null : type.asText(), q,
          Collections.unmodifiableSet(aliases)));
    }
    return new GoldEntities(out);
  }
}
