package org.vigie.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vigie.core.Document;

/**
 * Reads articles from files, folders and standard input, as a lazy stream of {@link ReadResult}s: one
 * {@link ReadResult.Ok} per document, one {@link ReadResult.Failure} per input (or record) that gave none.
 * Reading never throws for bad input, and one bad input never stops the others.
 *
 * <p><b>Formats</b>, by extension, case-insensitive: {@code .txt} (the text as read; id the file name without
 * extension), {@code .html}/{@code .htm} (the article text, title, date, URL and language from the page),
 * {@code .json} (an object, an array of objects, or objects one after another), {@code .jsonl}/{@code .ndjson}
 * (one object per line, blank lines skipped), {@code .rss}/{@code .atom}/{@code .xml} (each item a document).
 * A folder is read recursively in sorted name order, skipping hidden entries and files of unknown extension;
 * a file of unknown extension named explicitly is a failure.
 *
 * <p><b>Sidecars.</b> A {@code *.meta.jsonl} file is metadata, not articles: one object per line with
 * {@code id}, {@code file}, {@code date}, {@code title}, {@code url}, {@code lang} and {@code encoding},
 * applied to the text and HTML files it names (see {@link IngestConfig#meta()}). Sidecars are found in each
 * folder read (applying to that folder and, by relative path, below it), next to files named explicitly, among
 * the inputs themselves, and given with {@link IngestConfig#meta()}; an explicit one wins. Sidecar values win
 * over what an HTML page says.
 *
 * <p><b>Text</b> of text files, JSON and JSON Lines is kept exactly as decoded (line endings included); only
 * a byte order mark is dropped. HTML (pages, feed items, JSON {@code html} fields) becomes its readable text,
 * paragraphs separated by a blank line. Decoding: a byte order mark wins; then a declared encoding (the
 * sidecar's for that file, then {@link IngestConfig#encoding()}), which must fit the bytes; then an HTML
 * {@code <meta charset>} or XML declaration when the bytes fit it; then UTF-8; then windows-1252, with a
 * warning, for bytes that are not UTF-8 but read plausibly so; else a failure {@code invalid UTF-8 at byte N}
 * (N from 0). NUL bytes or many control characters make a file binary, a failure.
 *
 * <p><b>Dates</b> come from metadata ({@code DateSource.METADATA}, the raw value as {@code dateEvidence}),
 * else from {@link IngestConfig#date()} ({@code COMMAND_LINE}), else are unknown. A metadata date that cannot
 * be understood leaves the document in, with a warning in its {@link ReadResult.Ok}.
 *
 * <p><b>Language</b>: a {@code lang} in the metadata wins; else, when {@link IngestConfig#detectLanguage()},
 * it is detected (ISO 639-1, null for texts under about 20 letters or when unclear).
 *
 * <p><b>Origins</b>: the path as given or found, {@code path:line} for JSON Lines, {@code path#item-N} for
 * JSON arrays and feeds (N from 1), {@code <stdin>} for standard input. Default ids: the file stem, or
 * {@code stem-N} for records without one ({@code stdin}, {@code stdin-N} for standard input).
 *
 * <p><b>Failures</b> are one line each, {@code origin: problem}: {@code not found}, {@code empty file (0
 * bytes)}, {@code binary file (NUL byte at byte 8), not text}, {@code invalid UTF-8 at byte 17},
 * {@code truncated JSON line (unexpected end of input)}, {@code record without text (...)},
 * {@code cannot read: permission denied}, {@code too large: 52.4 MB > limit 10.0 MB (raise with --max-bytes)}
 * (checked on the file size, before reading), {@code unknown file type ".docx" (...)}... A file too large is
 * refused without being read; a JSON Lines line or JSON record too large is skipped without being held.
 *
 * <p>Streams hold at most one file (or one JSON record) in memory; close them (try-with-resources) when not
 * read to the end, to close the file being read. They are sequential by nature; a parallel stream detects
 * languages in parallel.
 */
public final class Ingest {
  private Ingest() {}

  /** Reads files and folders, in the order given. */
  public static Stream<ReadResult> read(List<Path> inputs, IngestConfig config) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(config, "config");
    return stream(new Inputs(inputs, config), config);
  }

  /**
   * Reads standard input (or any stream), its format sniffed: JSON Lines, JSON, HTML, RSS/Atom, else plain
   * text. The stream given is not closed.
   */
  public static Stream<ReadResult> readStdin(InputStream in, IngestConfig config) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(config, "config");
    return stream(new StdinInput(in, config), config);
  }

  private static Stream<ReadResult> stream(Producer producer, IngestConfig config) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(producer,
            Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(producer::close)
        .map(r -> withLanguage(r, config));
  }

  private static ReadResult withLanguage(ReadResult r, IngestConfig config) {
    if (!config.detectLanguage() || !(r instanceof ReadResult.Ok ok) || ok.document().language() != null) {
      return r;
    }
    Document doc = ok.document();
    try {
      String lang = Languages.detect(doc.text());
      return lang == null ? r : new ReadResult.Ok(doc.withLanguage(lang), ok.warnings());
    } catch (RuntimeException | LinkageError e) {
      List<String> warnings = new java.util.ArrayList<>(ok.warnings());
      warnings.add("language detection failed (" + e.getClass().getSimpleName() + ")");
      return new ReadResult.Ok(doc, warnings);
    }
  }
}
