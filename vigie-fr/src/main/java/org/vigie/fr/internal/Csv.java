package org.vigie.fr.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader for the bundled gazetteers (quoted fields, doubled quotes, newlines in quotes). */
public final class Csv {
  private Csv() {}

  /** Rows as maps from header name to value, read from a classpath resource. */
  public static List<Map<String, String>> readResource(String resource) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<List<String>> rows = parse(r);
      List<Map<String, String>> out = new ArrayList<>();
      if (rows.isEmpty()) {
        return out;
      }
      List<String> header = rows.get(0);
      for (int i = 1; i < rows.size(); i++) {
        Map<String, String> m = new HashMap<>();
        List<String> row = rows.get(i);
        for (int c = 0; c < header.size() && c < row.size(); c++) {
          m.put(header.get(c), row.get(c));
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The two fields of each line of a tab-separated classpath resource ({@code name<TAB>value}), lines starting
   * with {@code #} and lines without exactly two fields left out; the word lists' format.
   */
  public static List<String[]> readTabPairs(String resource) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length == 2) {
          out.add(f);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<List<String>> parse(BufferedReader r) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int ch;
    while ((ch = r.read()) != -1) {
      char c = (char) ch;
      any = true;
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int nx = r.read();
          if (nx == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (nx != -1) {
              r.reset();
            }
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (any) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
