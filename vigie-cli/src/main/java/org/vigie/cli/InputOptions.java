package org.vigie.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.vigie.ingest.IngestConfig;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles. */
final class InputOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose metadata has none.")
  LocalDate date;

  @Option(names = "--meta", paramLabel = "FILE",
      description = "JSON Lines metadata sidecar (id, file, date, title, url, lang) for .txt files. "
          + "A *.meta.jsonl file inside a folder is used automatically.")
  Path meta;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of inputs that do not declare one.")
  Charset encoding;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article file or JSON record accepted "
      + "(default: 10 MB).")
  Long maxBytes;

  @Option(names = "--text-field", paramLabel = "NAME", description = "JSON field holding the text (default: text).")
  String textField;

  @Option(names = "--date-field", paramLabel = "NAME", description = "JSON field holding the date (default: date).")
  String dateField;

  @Option(names = "--id-field", paramLabel = "NAME", description = "JSON field holding the id (default: id).")
  String idField;

  IngestConfig config() {
    return IngestConfig.of(date, meta, encoding, maxBytes, textField, dateField, idField);
  }
}
