package org.vigie.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.core.DocumentJson;
import org.vigie.core.Span;
import org.vigie.store.Store;

/**
 * Rendering for the store commands: aligned tables for people, indented JSON (snake_case keys, as in the
 * analysis output) for scripts, and highlighted passages (bold on a terminal, {@code **word**} otherwise).
 */
final class StoreOutput {
  private StoreOutput() {}

  private static final ObjectMapper JSON = DocumentJson.mapper().copy()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
    }
  }

  /** True when the output goes to a terminal, where highlights are bold. */
  static boolean terminal() {
    return System.console() != null;
  }

  /**
   * A passage on one line, whitespace collapsed, its highlights marked, with an ellipsis where it starts or ends
   * inside the text.
   */
  static String passage(Store.Passage p, boolean atStart, boolean atEnd) {
    String on = terminal() ? "\u001b[1m" : "**";
    String off = terminal() ? "\u001b[0m" : "**";
    StringBuilder sb = new StringBuilder();
    int at = p.start();
    for (Span h : p.highlights()) {
      if (h.start() < at || h.end() > p.end()) {
        continue;
      }
      sb.append(p.text(), at - p.start(), h.start() - p.start()).append(on)
          .append(p.text(), h.start() - p.start(), h.end() - p.start()).append(off);
      at = h.end();
    }
    sb.append(p.text(), at - p.start(), p.end() - p.start());
    return (atStart ? "" : "…") + oneLine(sb.toString()) + (atEnd ? "" : "…");
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** {@code s} cut to {@code max} characters with an ellipsis. */
  static String cut(String s, int max) {
    String t = oneLine(s);
    return t.length() <= max ? t : t.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  static String bytes(long n) {
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
  }

  /** An aligned table: columns padded to their widest cell; numeric columns right-aligned; the last one free. */
  static final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] right;

    Table(String... headers) {
      this.headers = List.of(headers);
      this.right = new boolean[headers.length];
    }

    /** Right-aligns the named columns (numbers). */
    Table right(int... columns) {
      for (int c : columns) {
        right[c] = true;
      }
      return this;
    }

    Table row(Object... cells) {
      List<String> r = new ArrayList<>();
      for (Object c : cells) {
        r.add(c == null ? "" : oneLine(String.valueOf(c)));
      }
      rows.add(r);
      return this;
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    void print(PrintWriter out, String indent) {
      int n = headers.size();
      int[] width = new int[n];
      for (int i = 0; i < n; i++) {
        width[i] = headers.get(i).length();
        for (List<String> r : rows) {
          width[i] = Math.max(width[i], visible(r.get(i)));
        }
      }
      out.println(line(headers, width, indent));
      for (List<String> r : rows) {
        out.println(line(r, width, indent));
      }
    }

    private String line(List<String> cells, int[] width, String indent) {
      StringBuilder sb = new StringBuilder(indent);
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        int pad = width[i] - visible(c);
        boolean last = i == cells.size() - 1;
        if (right[i]) {
          sb.append(" ".repeat(pad)).append(c);
        } else {
          sb.append(c);
          if (!last) {
            sb.append(" ".repeat(pad));
          }
        }
        if (!last) {
          sb.append("  ");
        }
      }
      return sb.toString().stripTrailing();
    }

    /** Width on screen: ANSI escapes take none. */
    private static int visible(String s) {
      return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
    }
  }
}
