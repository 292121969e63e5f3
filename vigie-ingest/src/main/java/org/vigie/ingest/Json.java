package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** JSON records to documents: field lookup with the usual alternative names, and one-line JSON errors. */
final class Json {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxStringLength(Integer.MAX_VALUE)
      .build();
  static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  /** For whole texts: trailing tokens are an error. */
  static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** For values read one after another from a parser. */
  static final ObjectMapper STREAMING = new ObjectMapper(FACTORY);
  /** For JSON-LD found in web pages, which is often sloppy. */
  static final ObjectMapper LENIENT = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build());

  static final List<String> ID = List.of("id", "_id", "guid", "uuid", "doc_id", "docid", "article_id");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> DATE = List.of("date", "published", "pubDate", "datePublished", "date_published",
      "published_at", "publishedAt", "publication_date", "publicationDate", "pub_date");
  static final List<String> URL = List.of("url", "link", "uri", "href", "canonical_url", "source_url");
  static final List<String> TEXT = List.of("text", "content", "body", "article", "articleBody", "article_body",
      "full_text", "fulltext", "maintext", "story", "content_text");
  static final List<String> HTML = List.of("html", "content_html", "body_html", "raw_html");
  static final List<String> LANG = List.of("lang", "language", "locale", "inLanguage");

  private Json() {}

  /** Turns one JSON object into a document, or says why it cannot. */
  static ReadResult record(JsonNode node, Source src, String origin, String fallbackId, List<String> warnings)
      throws ReadProblem {
    IngestConfig c = src.config();
    Draft d = new Draft(origin);
    d.warnings.addAll(warnings);
    d.text = text(node, names(c.textField(), TEXT));
    d.id = string(node, names(c.idField(), ID));
    d.title = string(node, names(c.titleField(), TITLE));
    d.date = string(node, names(c.dateField(), DATE));
    d.url = string(node, names(c.urlField(), URL));
    d.lang = string(node, LANG);
    return d.build(c, fallbackId);
  }

  private static List<String> names(String configured, List<String> usual) {
    Set<String> all = new LinkedHashSet<>();
    all.add(configured);
    all.addAll(usual);
    return List.copyOf(all);
  }

  private static String text(JsonNode node, List<String> names) throws ReadProblem {
    for (String name : names) {
      JsonNode v = field(node, name);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isTextual()) {
        if (!v.asText().isBlank()) {
          return v.asText();
        }
        continue;
      }
      if (v.isArray() && v.size() > 0) {
        List<String> parts = new ArrayList<>();
        for (JsonNode item : v) {
          if (!item.isTextual()) {
            throw new ReadProblem("field \"" + name + "\" holds an array of " + kind(item) + ", not text");
          }
          parts.add(item.asText());
        }
        String joined = String.join("\n\n", parts);
        if (!joined.isBlank()) {
          return joined;
        }
        continue;
      }
      throw new ReadProblem("field \"" + name + "\" holds " + article(kind(v)) + ", not text");
    }
    for (String name : HTML) {
      JsonNode v = field(node, name);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        String text = HtmlText.page(v.asText());
        if (!text.isBlank()) {
          return text;
        }
      }
    }
    throw new ReadProblem("record without text (no non-empty \"" + names.get(0) + "\", \"" + names.get(1)
        + "\" or \"" + names.get(2) + "\" field)");
  }

  /** The first of the named fields holding a non-blank string (or a number or boolean, as text), or null. */
  static String string(JsonNode node, String... names) {
    return string(node, List.of(names));
  }

  static String string(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode v = field(node, name);
      if (v != null && (v.isTextual() || v.isNumber() || v.isBoolean())) {
        String s = v.asText();
        if (!s.isBlank()) {
          return s;
        }
      }
    }
    return null;
  }

  /** The field of that name, else of that name in another case, else null. */
  static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v != null) {
      return v;
    }
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return node.get(f);
      }
    }
    return null;
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String article(String kind) {
    return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
  }

  /** One line about a JSON error; {@code line} when the input is one JSON Lines line. */
  static String problem(JsonProcessingException e, boolean line) {
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof JsonEOFException || msg.toLowerCase(Locale.ROOT).contains("end-of-input")) {
      return "truncated JSON" + (line ? " line" : "") + " (unexpected end of input)";
    }
    String first = Problems.firstLine(msg);
    for (String cut : new String[] {": expected", ": was expecting"}) {
      int at = first.indexOf(cut);
      if (at > 0) {
        first = first.substring(0, at);
      }
    }
    JsonLocation loc = e.getLocation();
    String where = "";
    if (loc != null && loc.getLineNr() > 0) {
      where = line ? " at column " + loc.getColumnNr() : " at line " + loc.getLineNr() + ", column "
          + loc.getColumnNr();
    }
    return "malformed JSON" + where + " (" + Decoding.clip(first, 120) + ")";
  }
}
