package org.vigie.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigie.core.DateSource;
import org.vigie.core.Document;

/** A document being assembled from what a reader found; {@link #build} makes the result. */
final class Draft {
  String id;
  String text;
  String title;
  String url;
  String lang;
  String date;
  String origin;
  final List<String> warnings = new ArrayList<>();

  Draft(String origin) {
    this.origin = origin;
  }

  /** Lets the sidecar entry, when there is one, override what the input itself says. */
  Draft apply(Sidecar.Entry meta) {
    if (meta != null) {
      id = pick(meta.id(), id);
      title = pick(meta.title(), title);
      url = pick(meta.url(), url);
      lang = pick(meta.lang(), lang);
      date = pick(meta.date(), date);
    }
    return this;
  }

  private static String pick(String preferred, String otherwise) {
    return preferred != null && !preferred.isBlank() ? preferred : otherwise;
  }

  /** The document, with dates parsed and the command-line date applied when the metadata gives none. */
  ReadResult build(IngestConfig config, String fallbackId) {
    String docId = blankToNull(id);
    if (docId == null) {
      docId = fallbackId;
    }
    LocalDate when = null;
    DateSource source = DateSource.UNKNOWN;
    String evidence = null;
    String rawDate = blankToNull(date);
    if (rawDate != null) {
      when = Dates.parse(rawDate);
      if (when != null) {
        source = DateSource.METADATA;
        evidence = rawDate.strip();
      } else {
        warnings.add("date \"" + Decoding.clip(rawDate.strip(), 60) + "\" not understood; "
            + (config.date() != null ? "used the command-line date" : "date left unknown"));
      }
    }
    if (when == null && config.date() != null) {
      when = config.date();
      source = DateSource.COMMAND_LINE;
    }
    String language = null;
    String rawLang = blankToNull(lang);
    if (rawLang != null) {
      language = Languages.normalize(rawLang);
      if (language == null) {
        warnings.add("lang \"" + Decoding.clip(rawLang.strip(), 30) + "\" is not a language code; ignored");
      }
    }
    Document doc = new Document(docId, text, blankToNull(title), blankToNull(url), language, when, source,
        evidence, origin);
    return new ReadResult.Ok(doc, warnings);
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
