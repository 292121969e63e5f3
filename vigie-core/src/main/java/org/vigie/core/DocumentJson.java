package org.vigie.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The stable JSON form of an analysis: the document's metadata and text, then one array per layer, keyed by
 * the layer's name. Each annotation is its record's fields with the span flattened to {@code start} and
 * {@code end} (half-open offsets into {@code text}). New layers appear as new keys; existing keys do not
 * change.
 */
public final class DocumentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private DocumentJson() {}

  /** The JSON tree of one analysed document. */
  public static ObjectNode toTree(AnalyzedDocument analyzed) {
    Document d = analyzed.document();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", d.id());
    root.put("title", d.title());
    root.put("url", d.url());
    root.put("language", d.language());
    root.put("date", d.date() == null ? null : d.date().toString());
    root.put("date_source", d.dateSource().name().toLowerCase(java.util.Locale.ROOT));
    root.put("date_evidence", d.dateEvidence());
    root.put("origin", d.origin());
    root.put("text", d.text());
    for (Layer<?> layer : analyzed.layers()) {
      var array = root.putArray(layer.name());
      for (Annotation a : analyzed.get(layer)) {
        array.add(annotation(a));
      }
    }
    return root;
  }

  /** One annotation as a JSON object, its span flattened to start and end. */
  public static ObjectNode annotation(Annotation a) {
    ObjectNode raw = MAPPER.valueToTree(a);
    ObjectNode out = MAPPER.createObjectNode();
    out.put("start", a.span().start());
    out.put("end", a.span().end());
    Iterator<Map.Entry<String, JsonNode>> it = raw.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("span")) {
        out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** One line of JSON, no trailing newline. */
  public static String toJsonLine(AnalyzedDocument analyzed) {
    try {
      return MAPPER.writeValueAsString(toTree(analyzed));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot render document " + analyzed.document().id(), e);
    }
  }

  /** Indented JSON, for people and golden files. */
  public static String toPrettyJson(AnalyzedDocument analyzed) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(analyzed));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot render document " + analyzed.document().id(), e);
    }
  }

  /** The shared mapper, configured for Vigie's output. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
