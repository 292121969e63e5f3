package org.vigie.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats, chosen by file extension (case-insensitive). */
enum Format {
  TEXT,
  HTML,
  JSON,
  JSONL,
  FEED;

  static final String KNOWN = ".txt, .html, .htm, .json, .jsonl, .ndjson, .rss, .atom, .xml";

  /** The format of a file by its extension, or null when unknown. */
  static Format of(Path path) {
    String ext = extension(path);
    return switch (ext) {
      case "txt" -> TEXT;
      case "html", "htm" -> HTML;
      case "json" -> JSON;
      case "jsonl", "ndjson" -> JSONL;
      case "rss", "atom", "xml" -> FEED;
      default -> null;
    };
  }

  /** The extension, lower case, without the dot; empty when none. */
  static String extension(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension: the default document id. */
  static String stem(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return "document";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    String stem = dot <= 0 ? s : s.substring(0, dot);
    return stem.isBlank() ? s : stem;
  }
}
