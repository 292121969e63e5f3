package org.vigie.fr.quote;

import java.util.HashMap;
import java.util.Map;
import org.vigie.fr.internal.Csv;

/**
 * The gender that a first name tells in news ({@code first-names.tsv} beside this class), for the pronoun after a
 * person the text gives no other clue about: "Mais pour Marie-Anne Soubré, ... « ... », affirme-t-elle" is not the
 * man named before her. Names borne by both are not listed.
 */
final class FirstNames {
  private FirstNames() {}

  /** Loaded once, on first use (the holder idiom makes this thread-safe). */
  private static final class Holder {
    static final Map<String, Character> GENDERS = load();
  }

  /**
   * 'm' or 'f' for a person's name that starts with a listed first name ("Marie-Anne Soubré" by "Marie-Anne", else
   * by "Marie"), after a title ("M.", "Mme"); '?' otherwise.
   */
  static char of(String name) {
    if (name == null) {
      return '?';
    }
    String[] words = name.strip().split("\\s+");
    int i = 0;
    while (i < words.length - 1 && words[i].matches("(?i)m\\.|mme|mlle|me|dr|pr")) {
      i++;
    }
    if (words.length - i < 2) {
      // A surname alone tells nothing ("Martin").
      return '?';
    }
    String first = words[i];
    Character g = Holder.GENDERS.get(first);
    if (g == null && first.indexOf('-') > 0) {
      g = Holder.GENDERS.get(first.substring(0, first.indexOf('-')));
    }
    return g == null ? '?' : g;
  }

  /** The gender a single word bears as a first name ("Julien" in a novel that calls him so), or '?'. */
  static char ofWord(String word) {
    Character g = word == null ? null : Holder.GENDERS.get(word.strip());
    return g == null ? '?' : g;
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    for (String[] f : Csv.readTabPairs("org/vigie/fr/quote/first-names.tsv")) {
      if (f[1].equals("m") || f[1].equals("f")) {
        out.put(f[0], f[1].charAt(0));
      }
    }
    return Map.copyOf(out);
  }
}
