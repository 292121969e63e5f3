package org.vigie.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigie.fr.quote.QuoteConfig;
import org.vigie.ingest.IngestConfig;

/**
 * What the Spark job reads and how, the same choices as {@code vigie ingest}: inputs (files and folders read as
 * {@code ingest} reads them, or Parquet files and folders of articles), the output folder of Parquet tables, the
 * number of analysis partitions (0: four per core of the cluster), the reading options ({@code --date},
 * {@code --meta}, {@code --encoding}, {@code --max-bytes}, JSON field names) and the engine options
 * ({@code --kb}, {@code --parse}, {@code --reported-speech}: {@code people} or {@code all}, see
 * {@link QuoteConfig.ReportedSpeech}). Serializable: it travels to the executors.
 */
public record SparkJobConfig(List<String> inputs, String out, int partitions, String date, String meta,
    String encoding, Long maxBytes, String textField, String dateField, String idField, String knowledgeBase,
    boolean parse, boolean resolve, String reportedSpeech) implements Serializable {

  public SparkJobConfig {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    Objects.requireNonNull(out, "out");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be at least 0: " + partitions);
    }
    if (date != null) {
      LocalDate.parse(date);
    }
    reportedSpeech = QuoteConfig.ReportedSpeech.parse(reportedSpeech == null ? "people" : reportedSpeech).toString();
  }

  /** Inputs to an output folder, every other option at its default. */
  public static SparkJobConfig of(List<String> inputs, String out) {
    return new SparkJobConfig(inputs, out, 0, null, null, null, null, null, null, null, null, false, true, null);
  }

  public SparkJobConfig withPartitions(int n) {
    return new SparkJobConfig(inputs, out, n, date, meta, encoding, maxBytes, textField, dateField, idField,
        knowledgeBase, parse, resolve, reportedSpeech);
  }

  /** The quotes layer's configuration. */
  QuoteConfig quoteConfig() {
    return QuoteConfig.defaults().withReportedSpeech(QuoteConfig.ReportedSpeech.parse(reportedSpeech));
  }

  /** The reading options as the ingest module takes them. */
  IngestConfig ingestConfig() {
    return IngestConfig.of(date == null ? null : LocalDate.parse(date), meta == null ? null : Path.of(meta),
        encoding == null ? null : Charset.forName(encoding), maxBytes, textField, dateField, idField);
  }
}
