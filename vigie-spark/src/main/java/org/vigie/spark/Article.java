package org.vigie.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.vigie.core.DateSource;
import org.vigie.core.Document;

/**
 * A document as read, on its way to an executor ({@link Document} itself is not serializable), with its place
 * in the input order: of two documents with the same id, the later one is kept, as {@code ingest} does.
 */
record Article(long seq, String id, String text, String title, String url, String language, LocalDate date,
    String dateSource, String dateEvidence, String origin) implements Serializable {

  static Article of(long seq, Document d) {
    return new Article(seq, d.id(), d.text(), d.title(), d.url(), d.language(), d.date(), d.dateSource().name(),
        d.dateEvidence(), d.origin());
  }

  Document document() {
    return new Document(id, text, title, url, language, date, DateSource.valueOf(dateSource), dateEvidence, origin);
  }
}
