package org.vigie.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to read inputs. Immutable; start from {@link #defaults()} and change what you need with the withers.
 *
 * @param date the publication date given on the command line, applied (as {@code DateSource.COMMAND_LINE})
 *     to every document whose metadata gives no usable date; null for none
 * @param meta an explicit JSON Lines sidecar ({@code --meta}): one object per line with {@code id},
 *     {@code file}, {@code date}, {@code title}, {@code url}, {@code lang}, {@code encoding}; it applies to
 *     text and HTML files and wins over sidecars found in folders; null for none
 * @param encoding the declared encoding of every input; null to detect. A byte order mark still wins, and so
 *     does a sidecar's {@code encoding} for its file. ISO-8859-1 and US-ASCII are read as windows-1252.
 * @param idField the JSON field holding the id ({@code id}, {@code _id}, {@code guid}... are tried after it)
 * @param titleField the JSON field holding the title ({@code title}, {@code headline} are tried after it)
 * @param dateField the JSON field holding the date ({@code date}, {@code published}, {@code pubDate},
 *     {@code datePublished}... are tried after it)
 * @param urlField the JSON field holding the URL ({@code url}, {@code link}... are tried after it)
 * @param textField the JSON field holding the text ({@code text}, {@code content}, {@code body}... are tried
 *     after it)
 * @param maxBytes the largest single-article file (text, HTML, feed, JSON object) or single JSON record
 *     (a JSON Lines line or an element of a JSON array) that is read; larger ones are refused without
 *     being read. JSON Lines files and JSON arrays as a whole may be larger: they are streamed.
 * @param detectLanguage whether to detect the language of documents whose metadata does not give it
 */
public record IngestConfig(
    LocalDate date,
    Path meta,
    Charset encoding,
    String idField,
    String titleField,
    String dateField,
    String urlField,
    String textField,
    long maxBytes,
    boolean detectLanguage) {

  /** 10 MB (decimal: 10,000,000 bytes). */
  public static final long DEFAULT_MAX_BYTES = 10_000_000L;

  public IngestConfig {
    idField = field(idField, "id");
    titleField = field(titleField, "title");
    dateField = field(dateField, "date");
    urlField = field(urlField, "url");
    textField = field(textField, "text");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  private static String field(String name, String fallback) {
    return name == null || name.isBlank() ? fallback : name.strip();
  }

  /** No date, no sidecar, encodings detected, standard field names, 10 MB, language detection on. */
  public static IngestConfig defaults() {
    return new IngestConfig(null, null, null, null, null, null, null, null, DEFAULT_MAX_BYTES, true);
  }

  /**
   * The defaults with the reading options a user gave, each null meaning "not given": where a command line or a
   * job configuration becomes reading options, once for all of them.
   */
  public static IngestConfig of(LocalDate date, Path meta, Charset encoding, Long maxBytes, String textField,
      String dateField, String idField) {
    return new IngestConfig(date, meta, encoding, idField, null, dateField, null, textField,
        maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes, true);
  }

  public IngestConfig withDate(LocalDate newDate) {
    return new IngestConfig(newDate, meta, encoding, idField, titleField, dateField, urlField, textField,
        maxBytes, detectLanguage);
  }

  public IngestConfig withMeta(Path newMeta) {
    return new IngestConfig(date, newMeta, encoding, idField, titleField, dateField, urlField, textField,
        maxBytes, detectLanguage);
  }

  public IngestConfig withEncoding(Charset newEncoding) {
    return new IngestConfig(date, meta, newEncoding, idField, titleField, dateField, urlField, textField,
        maxBytes, detectLanguage);
  }

  public IngestConfig withIdField(String name) {
    return new IngestConfig(date, meta, encoding, name, titleField, dateField, urlField, textField, maxBytes,
        detectLanguage);
  }

  public IngestConfig withTitleField(String name) {
    return new IngestConfig(date, meta, encoding, idField, name, dateField, urlField, textField, maxBytes,
        detectLanguage);
  }

  public IngestConfig withDateField(String name) {
    return new IngestConfig(date, meta, encoding, idField, titleField, name, urlField, textField, maxBytes,
        detectLanguage);
  }

  public IngestConfig withUrlField(String name) {
    return new IngestConfig(date, meta, encoding, idField, titleField, dateField, name, textField, maxBytes,
        detectLanguage);
  }

  public IngestConfig withTextField(String name) {
    return new IngestConfig(date, meta, encoding, idField, titleField, dateField, urlField, name, maxBytes,
        detectLanguage);
  }

  public IngestConfig withMaxBytes(long newMaxBytes) {
    return new IngestConfig(date, meta, encoding, idField, titleField, dateField, urlField, textField,
        newMaxBytes, detectLanguage);
  }

  public IngestConfig withDetectLanguage(boolean detect) {
    return new IngestConfig(date, meta, encoding, idField, titleField, dateField, urlField, textField,
        maxBytes, detect);
  }
}
