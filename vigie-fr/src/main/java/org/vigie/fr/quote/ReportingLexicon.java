package org.vigie.fr.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words of reported speech ({@code reporting.txt} beside this class): reporting verbs by lemma, the verbs
 * that only work in an incise, the nouns of documents that stand for their author, and the heads of
 * {@code selon X} that are not speakers. Immutable.
 */
final class ReportingLexicon {
  private final Set<String> verbs;
  private final Set<String> inciseVerbs;
  private final Set<String> nouns;
  private final Set<String> nonSpeakers;

  private ReportingLexicon(Map<String, Set<String>> sections) {
    this.verbs = Set.copyOf(sections.getOrDefault("verbs", Set.of()));
    Set<String> incise = new HashSet<>(verbs);
    incise.addAll(sections.getOrDefault("incise", Set.of()));
    this.inciseVerbs = Set.copyOf(incise);
    this.nouns = Set.copyOf(sections.getOrDefault("nouns", Set.of()));
    this.nonSpeakers = Set.copyOf(sections.getOrDefault("nonspeakers", Set.of()));
  }

  static ReportingLexicon load() {
    Map<String, Set<String>> sections = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(ReportingLexicon.class.getResourceAsStream("reporting.txt"),
        "reporting.txt missing from the classpath");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = "verbs";
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          section = line.substring(1, line.length() - 1);
          continue;
        }
        // Pronominal verbs are listed as "se dire": the lemma the tagger gives is the bare verb, and the
        // clitic is checked in the text.
        String lemma = line.replaceFirst("^(se |s')", "");
        sections.computeIfAbsent(section, k -> new HashSet<>()).add(lemma);
        // The 1990 spelling, which the lemmatizer may give: "reconnaitre", "apparaitre".
        sections.get(section).add(lemma.replace('î', 'i').replace('û', 'u'));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportingLexicon(sections);
  }

  /** A verb that may report speech in a {@code que} clause, before a quote or in an incise. */
  boolean isVerb(String lemma) {
    return verbs.contains(lemma);
  }

  /** A verb that reports speech in an incise ({@code poursuit-il}); includes every {@link #isVerb} verb. */
  boolean isInciseVerb(String lemma) {
    return inciseVerbs.contains(lemma);
  }

  /** A document or act of speech that can stand for its author ({@code le communiqué}). */
  boolean isDocumentNoun(String lemma) {
    return nouns.contains(lemma);
  }

  /** A head noun of {@code selon X} that is not a speaker ({@code selon les chiffres}). */
  boolean isNonSpeaker(String lemma) {
    return nonSpeakers.contains(lemma);
  }
}
