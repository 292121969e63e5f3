package org.vigie.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read: its original text, exactly as it came in (after decoding only), and its metadata.
 *
 * <p>All offsets of every layer index {@link #text()}. The publication date says where it came from
 * ({@link DateSource}); {@code dateEvidence} quotes what supported an inferred date. {@code origin} names the
 * file (and item) the document was read from, for error messages and provenance. Optional fields are null
 * when unknown.
 */
public record Document(
    String id,
    String text,
    String title,
    String url,
    String language,
    LocalDate date,
    DateSource dateSource,
    String dateEvidence,
    String origin) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    if (dateSource == null) {
      dateSource = date == null ? DateSource.UNKNOWN : DateSource.METADATA;
    }
    if (date == null && dateSource != DateSource.UNKNOWN) {
      throw new IllegalArgumentException("date source " + dateSource + " without a date");
    }
    if (date != null && dateSource == DateSource.UNKNOWN) {
      throw new IllegalArgumentException("a date with source UNKNOWN");
    }
  }

  /** A French-agnostic document with only an id and a text; other fields unknown. */
  public static Document of(String id, String text) {
    return new Document(id, text, null, null, null, null, DateSource.UNKNOWN, null, null);
  }

  public Document withDate(LocalDate newDate, DateSource source, String evidence) {
    return new Document(id, text, title, url, language, newDate, newDate == null ? DateSource.UNKNOWN : source,
        evidence, origin);
  }

  public Document withLanguage(String lang) {
    return new Document(id, text, title, url, lang, date, dateSource, dateEvidence, origin);
  }

  public Document withTitle(String newTitle) {
    return new Document(id, text, newTitle, url, language, date, dateSource, dateEvidence, origin);
  }

  public Document withUrl(String newUrl) {
    return new Document(id, text, title, newUrl, language, date, dateSource, dateEvidence, origin);
  }

  public Document withOrigin(String newOrigin) {
    return new Document(id, text, title, url, language, date, dateSource, dateEvidence, newOrigin);
  }

  public Document withId(String newId) {
    return new Document(newId, text, title, url, language, date, dateSource, dateEvidence, origin);
  }
}
