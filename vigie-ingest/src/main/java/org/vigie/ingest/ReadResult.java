package org.vigie.ingest;

import java.util.List;
import java.util.Objects;
import org.vigie.core.Document;

/**
 * What reading gave for one document, or for one input that could not be read. Never a stack trace: every
 * problem is one line meant for the person running Vigie.
 *
 * <p><b>Warnings.</b> A document that was read but with something worth telling (a date that could not be
 * understood, bytes that were not UTF-8 and were read as windows-1252, a {@code lang} value that is not a
 * language code) is an {@link Ok} whose {@link Ok#warnings()} say so; the document is kept, with the
 * doubtful field left unknown. Anything that keeps a document from being made at all is a {@link Failure}.
 */
public sealed interface ReadResult {

  /** Where it came from: a path, {@code path:line} for JSON Lines, {@code path#item-N} for JSON arrays and
   * feeds, {@code <stdin>} for standard input. */
  String origin();

  /** One line for people: the origin, then what went wrong or what to know; null for a clean document. */
  String message();

  /**
   * A document, with the warnings (possibly none) met while reading it. Warnings are short phrases without
   * the origin, e.g. {@code date "next tuesday" not understood; date left unknown}.
   */
  record Ok(Document document, List<String> warnings) implements ReadResult {
    public Ok {
      Objects.requireNonNull(document, "document");
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Ok(Document document) {
      this(document, List.of());
    }

    @Override
    public String origin() {
      return document.origin() != null ? document.origin() : document.id();
    }

    /** {@code origin: warning; warning}, or null when there are no warnings. */
    @Override
    public String message() {
      return warnings.isEmpty() ? null : origin() + ": " + String.join("; ", warnings);
    }
  }

  /**
   * An input, or one record of it, that gave no document.
   *
   * @param origin what could not be read, e.g. {@code data/x.jsonl:17}
   * @param problem what went wrong, one line without the origin, e.g.
   *     {@code truncated JSON line (unexpected end of input)}
   */
  record Failure(String origin, String problem) implements ReadResult {
    public Failure {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(problem, "problem");
      problem = problem.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** {@code origin: problem}, e.g. {@code data/x.jsonl:17: truncated JSON line (unexpected end of input)}. */
    @Override
    public String message() {
      return origin + ": " + problem;
    }

    @Override
    public String toString() {
      return message();
    }
  }
}
