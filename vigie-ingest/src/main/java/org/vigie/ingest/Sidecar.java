package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Lines file of metadata for text and HTML files: one object per line with {@code id}, {@code file}
 * (a path relative to the sidecar's folder), {@code date}, {@code title}, {@code url}, {@code lang},
 * {@code encoding}. An entry matches a file by {@code file} (relative path from the sidecar's folder; for an
 * explicit {@code --meta} sidecar also the bare file name when it is unique), else by {@code id} equal to the
 * file name without extension (for a sidecar found in a folder, only files of that same folder).
 */
final class Sidecar {
  record Entry(String id, String file, String date, String title, String url, String lang, String encoding,
      String origin) {}

  private final Path dir;
  private final boolean explicit;
  private final Map<String, Entry> byFile = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final Set<String> ambiguousNames = new HashSet<>();
  private final Map<String, Entry> byId = new HashMap<>();

  private Sidecar(Path dir, boolean explicit) {
    this.dir = dir;
    this.explicit = explicit;
  }

  /** Reads a sidecar; lines that cannot be read become failures in {@code problems}. */
  static Sidecar load(Path path, boolean explicit, IngestConfig config, List<ReadResult> problems) {
    Path abs = path.toAbsolutePath().normalize();
    Sidecar s = new Sidecar(abs.getParent(), explicit);
    String origin = path.toString();
    try (LineReader lines = new LineReader(Files.newInputStream(path), config.maxBytes(), config.encoding())) {
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        String where = line.number() == 0 ? origin : origin + ":" + line.number();
        if (line.problem() != null) {
          problems.add(new ReadResult.Failure(where, "sidecar: " + line.problem()));
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = Json.MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
          problems.add(new ReadResult.Failure(where, "sidecar: " + Json.problem(e, true)));
          continue;
        }
        if (!node.isObject()) {
          problems.add(new ReadResult.Failure(where, "sidecar: expected a JSON object, found "
              + Json.kind(node)));
          continue;
        }
        Entry e = new Entry(Json.string(node, "id"), Json.string(node, "file"), Json.string(node, "date"),
            Json.string(node, "title"), Json.string(node, "url"), Json.string(node, "lang", "language"),
            Json.string(node, "encoding", "charset"), where);
        if (e.id() == null && e.file() == null) {
          problems.add(new ReadResult.Failure(where, "sidecar: entry has neither \"file\" nor \"id\""));
          continue;
        }
        s.add(e);
      }
    } catch (IOException e) {
      problems.add(new ReadResult.Failure(origin, "sidecar: " + Problems.io(e)));
    }
    return s;
  }

  private void add(Entry e) {
    if (e.file() != null) {
      String key = key(e.file());
      byFile.put(key, e);
      String name = key.substring(key.lastIndexOf('/') + 1);
      if (byName.containsKey(name) && byName.get(name) != e) {
        ambiguousNames.add(name);
      }
      byName.put(name, e);
    }
    if (e.id() != null) {
      byId.put(e.id(), e);
    }
  }

  private static String key(String file) {
    String k = file.strip().replace('\\', '/');
    while (k.startsWith("./")) {
      k = k.substring(2);
    }
    return k;
  }

  /** The entry for a file, or null. */
  Entry lookup(Path file, String stem) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(dir)) {
      Entry e = byFile.get(key(dir.relativize(abs).toString()));
      if (e != null) {
        return e;
      }
    }
    String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
    if (explicit && !ambiguousNames.contains(name)) {
      Entry e = byName.get(name);
      if (e != null) {
        return e;
      }
    }
    if (explicit || dir.equals(abs.getParent())) {
      return byId.get(stem);
    }
    return null;
  }

  /** The first entry any of the sidecars has for the file, in order, or null. */
  static Entry lookup(List<Sidecar> sidecars, Path file, String stem) {
    for (Sidecar s : sidecars) {
      Entry e = s.lookup(file, stem);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  static boolean isSidecar(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".meta.jsonl");
  }
}
