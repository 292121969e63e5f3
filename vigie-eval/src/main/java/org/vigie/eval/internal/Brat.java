package org.vigie.eval.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.core.Span;

/**
 * A reader of brat standoff folders: {@code name.txt} with {@code name.ann} beside it. Only text-bound
 * annotations ({@code T}) and binary relations ({@code R}) are read; other lines are skipped.
 *
 * <p>brat counts offsets in Unicode code points; Java strings in UTF-16 units. Offsets are converted, so the
 * spans index the Java string even when the text has characters outside the Basic Multilingual Plane.
 */
public final class Brat {
  private Brat() {}

  /** A text-bound annotation: its id, type, pieces (several when discontinuous) and covered text. */
  public record TextBound(String id, String type, List<Span> pieces, String text) {
    /** From the first piece's start to the last piece's end. */
    public Span cover() {
      return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
    }

    public boolean discontinuous() {
      return pieces.size() > 1;
    }
  }

  /** A relation: its id, type and two argument ids. */
  public record Relation(String id, String type, String arg1, String arg2) {}

  /** One document: id (path relative to the folder, without extension), text, annotations, problems. */
  public record Doc(String id, Path txt, String text, Map<String, TextBound> textBounds, List<Relation> relations,
      List<String> problems) {}

  /** The {@code .txt} files that have an {@code .ann} beside them, under {@code folder}, sorted by path. */
  public static List<Path> textFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("not a folder: " + folder);
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> Files.isRegularFile(annFor(p)))
          .sorted()
          .toList();
    }
  }

  static Path annFor(Path txt) {
    String n = txt.getFileName().toString();
    return txt.resolveSibling(n.substring(0, n.length() - 4) + ".ann");
  }

  /** Reads one document; a malformed annotation line is a problem, not an exception. */
  public static Doc read(Path folder, Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String rel = folder.relativize(txt).toString().replace('\\', '/');
    String id = rel.substring(0, rel.length() - 4);
    List<String> ann = Files.readAllLines(annFor(txt), StandardCharsets.UTF_8);
    return parse(id, txt, text, ann);
  }

  /** Parses the lines of an {@code .ann} file against its text. */
  public static Doc parse(String id, Path txt, String text, List<String> annLines) {
    int[] cpToUnit = codePointOffsets(text);
    Map<String, TextBound> tbs = new LinkedHashMap<>();
    List<Relation> rels = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int lineNo = 0;
    for (String line : annLines) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = id + ".ann line " + lineNo;
      String[] f = line.split("\t", -1);
      try {
        if (line.startsWith("T")) {
          if (f.length < 2) {
            throw new IllegalArgumentException("no tab");
          }
          int sp = f[1].indexOf(' ');
          String type = f[1].substring(0, sp);
          List<Span> pieces = new ArrayList<>();
          for (String piece : f[1].substring(sp + 1).split(";")) {
            String[] se = piece.trim().split(" ");
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (s < 0 || e < s || e >= cpToUnit.length) {
              throw new IllegalArgumentException("offsets " + s + " " + e + " outside the text");
            }
            pieces.add(new Span(cpToUnit[s], cpToUnit[e]));
          }
          String covered = f.length > 2 ? f[2] : "";
          tbs.put(f[0], new TextBound(f[0], type, Collections.unmodifiableList(pieces), covered));
        } else if (line.startsWith("R")) {
          String[] parts = f[1].trim().split(" ");
          rels.add(new Relation(f[0], parts[0], arg(parts[1]), arg(parts[2])));
        }
      } catch (RuntimeException e) {
        problems.add(where + ": cannot read '" + line.strip() + "' (" + e.getMessage() + ")");
      }
    }
    return new Doc(id, txt, text, Collections.unmodifiableMap(tbs), List.copyOf(rels), List.copyOf(problems));
  }

  private static String arg(String a) {
    int c = a.indexOf(':');
    return c < 0 ? a : a.substring(c + 1);
  }

  /** For each code point offset 0..n, the UTF-16 offset. */
  static int[] codePointOffsets(String text) {
    int n = text.codePointCount(0, text.length());
    int[] out = new int[n + 1];
    int unit = 0;
    for (int cp = 0; cp < n; cp++) {
      out[cp] = unit;
      unit += Character.charCount(text.codePointAt(unit));
    }
    out[n] = unit;
    return out;
  }
}
