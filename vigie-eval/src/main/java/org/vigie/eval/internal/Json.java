package org.vigie.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.Span;

/** Lenient readers for the engine's JSON output: a missing or mistyped field reads as absent, never as a crash. */
public final class Json {
  private Json() {}

  /** The objects of the array {@code key} of {@code root}; empty when the layer is absent. */
  public static List<ObjectNode> items(JsonNode root, String key) {
    List<ObjectNode> out = new ArrayList<>();
    JsonNode a = root == null ? null : root.get(key);
    if (a != null && a.isArray()) {
      for (JsonNode n : a) {
        if (n instanceof ObjectNode o) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /** Whether {@code root} has the array {@code key}. */
  public static boolean hasLayer(JsonNode root, String key) {
    JsonNode a = root == null ? null : root.get(key);
    return a != null && a.isArray();
  }

  /** The item's {@code start}/{@code end} as a span within a text of the given length, or null. */
  public static Span span(JsonNode item, int textLength) {
    return span(item, "start", "end", textLength);
  }

  /** A span read from two integer fields, or null when absent or outside the text. */
  public static Span span(JsonNode item, String startKey, String endKey, int textLength) {
    JsonNode s = item.get(startKey);
    JsonNode e = item.get(endKey);
    if (s == null || e == null || !s.canConvertToInt() || !e.canConvertToInt() || !s.isNumber() || !e.isNumber()) {
      return null;
    }
    int start = s.asInt();
    int end = e.asInt();
    if (start < 0 || end < start || end > textLength) {
      return null;
    }
    return new Span(start, end);
  }

  /** A string field, or null when absent, null or not textual (numbers are given as text). */
  public static String str(JsonNode item, String key) {
    JsonNode n = item == null ? null : item.get(key);
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    return n.asText();
  }

  /** A number field (a numeric string is accepted), or null. */
  public static Double num(JsonNode item, String key) {
    JsonNode n = item == null ? null : item.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isTextual()) {
      return parseNumber(n.asText());
    }
    return null;
  }

  /** A boolean field, or {@code dflt} when absent or not a boolean. */
  public static boolean bool(JsonNode item, String key, boolean dflt) {
    JsonNode n = item == null ? null : item.get(key);
    return n != null && n.isBoolean() ? n.asBoolean() : dflt;
  }

  /** The strings of an array field: plain strings, or the {@code text}/{@code name} of objects. */
  public static List<String> strings(JsonNode item, String key) {
    List<String> out = new ArrayList<>();
    JsonNode a = item == null ? null : item.get(key);
    if (a != null && a.isArray()) {
      for (JsonNode n : a) {
        if (n.isTextual()) {
          out.add(n.asText());
        } else if (n.isObject()) {
          String t = str(n, "text");
          if (t == null) {
            t = str(n, "name");
          }
          if (t != null) {
            out.add(t);
          }
        }
      }
    }
    return out;
  }

  /** Parses a number written with a decimal point or comma and an optional trailing percent sign; null if not one. */
  public static Double parseNumber(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim().replace('\u00A0', ' ').replace(" ", "");
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    t = t.replace(',', '.');
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A fraction rounded to six decimals, for reports. */
  public static double round(double d) {
    // Six decimals: a table made from these (eval --quality) must round as the scorer's own table does.
    return Math.round(d * 1e6) / 1e6;
  }
}
