package org.vigie.fr.quote;

import java.util.Locale;
import java.util.Objects;

/**
 * Which reported speech (words without quote marks: {@code X a déclaré que ...}, {@code selon X, ...}) the quotes
 * layer keeps. Words in quote marks are kept whoever says them; this only decides for reported clauses, whose
 * usefulness depends on the reader: a fact-checker follows what people say, an analyst of diplomacy also what
 * the Kremlin or the Pentagon is said to have declared.
 *
 * @param reportedSpeech whose reported clauses are quotes
 */
public record QuoteConfig(ReportedSpeech reportedSpeech) {

  /** Whose reported speech is kept. */
  public enum ReportedSpeech {
    /**
     * Named people and the pronouns that stand for them, plus any clause that quotes words in marks: the
     * convention of the seeds' gold, which leaves out what institutions, countries, bare roles and unnamed
     * sources are said to have said.
     */
    PEOPLE,
    /** Every reported clause with a cue, whoever the speaker: institutions, countries, roles, unnamed sources. */
    ALL;

    /** The value named {@code people} or {@code all} (any case). */
    public static ReportedSpeech parse(String name) {
      Objects.requireNonNull(name, "name");
      for (ReportedSpeech r : values()) {
        if (r.name().equalsIgnoreCase(name.strip())) {
          return r;
        }
      }
      throw new IllegalArgumentException("reported speech must be 'people' or 'all', not '" + name + "'");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public QuoteConfig {
    Objects.requireNonNull(reportedSpeech, "reportedSpeech");
  }

  /** The default: the reported speech of people ({@link ReportedSpeech#PEOPLE}). */
  public static QuoteConfig defaults() {
    return new QuoteConfig(ReportedSpeech.PEOPLE);
  }

  public QuoteConfig withReportedSpeech(ReportedSpeech r) {
    return new QuoteConfig(r);
  }
}
