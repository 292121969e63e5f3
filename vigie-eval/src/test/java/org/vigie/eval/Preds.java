package org.vigie.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A builder of predicted JSON trees for tests, items placed by the text they cover. */
final class Preds {
  final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final String text;

  Preds(String id, String text) {
    this.text = text;
    root.put("id", id);
    root.put("text", text);
  }

  /** Adds an item covering the {@code nth} occurrence (0-based) of {@code covered}, with more fields. */
  Preds addNth(String layer, String covered, int nth, Object... kv) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(covered, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("'" + covered + "' not in text");
    }
    ObjectNode o = item(layer);
    o.put("start", at);
    o.put("end", at + covered.length());
    o.put("text", covered);
    put(o, kv);
    return this;
  }

  Preds add(String layer, String covered, Object... kv) {
    return addNth(layer, covered, 0, kv);
  }

  /** Adds an item without text position checks (start/end given in kv, or none). */
  Preds raw(String layer, Object... kv) {
    put(item(layer), kv);
    return this;
  }

  /** Declares a layer, empty. */
  Preds layer(String layer) {
    if (!root.has(layer)) {
      root.putArray(layer);
    }
    return this;
  }

  private ObjectNode item(String layer) {
    ArrayNode a = root.has(layer) ? (ArrayNode) root.get(layer) : root.putArray(layer);
    return a.addObject();
  }

  private static void put(ObjectNode o, Object... kv) {
    for (int i = 0; i < kv.length; i += 2) {
      String k = (String) kv[i];
      Object v = kv[i + 1];
      if (v == null) {
        o.putNull(k);
      } else if (v instanceof String s) {
        o.put(k, s);
      } else if (v instanceof Integer n) {
        o.put(k, n);
      } else if (v instanceof Number n) {
        o.put(k, n.doubleValue());
      } else if (v instanceof Boolean b) {
        o.put(k, b);
      } else if (v instanceof List<?> l) {
        ArrayNode a = o.putArray(k);
        for (Object x : l) {
          if (x instanceof String s) {
            a.add(s);
          } else if (x instanceof ObjectNode n) {
            a.add(n);
          }
        }
      } else if (v instanceof ObjectNode n) {
        o.set(k, n);
      } else {
        throw new IllegalArgumentException("value " + v);
      }
    }
  }
}
