package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.fr.quote.QuoteConfig;
import picocli.CommandLine.Option;

/** Options that shape the engine itself, shared by the commands that run it. */
final class EngineOptions {
  @Option(names = "--kb", paramLabel = "FILE", description = "Your own entities and aliases, added to the bundled "
      + "knowledge base (one a line: qid<TAB>PER|ORG|LOC<TAB>name<TAB>alias|alias...).")
  Path knowledgeBase;

  @Option(names = "--parse", description = "Also run the dependency parser (adds the 'dependencies' layer; about "
      + "five times slower).")
  boolean parse;

  @Option(names = "--reported-speech", paramLabel = "WHOSE", defaultValue = "people",
      converter = ReportedSpeechConverter.class,
      description = "Whose reported speech (X a déclaré que ..., selon X, ...) is a quote: 'people' (named people "
      + "and the pronouns standing for them, the default) or 'all' (also institutions, countries, roles and "
      + "unnamed sources). Words in quote marks are kept either way.")
  QuoteConfig.ReportedSpeech reportedSpeech = QuoteConfig.ReportedSpeech.PEOPLE;

  static final class ReportedSpeechConverter implements picocli.CommandLine.ITypeConverter<QuoteConfig.ReportedSpeech> {
    @Override
    public QuoteConfig.ReportedSpeech convert(String value) {
      try {
        return QuoteConfig.ReportedSpeech.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
