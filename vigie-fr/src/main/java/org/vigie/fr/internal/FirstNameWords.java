package org.vigie.fr.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The first names of people in news (the quote layer's gender list, {@code first-names.tsv}), as written: one set
 * for the layers that tell a first name from a surname or a body's name.
 */
public final class FirstNameWords {
  private FirstNameWords() {}

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  /** Whether a word is a common first name ("Christine"). */
  public static boolean contains(String word) {
    return Holder.NAMES.contains(word);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String[] f : Csv.readTabPairs("org/vigie/fr/quote/first-names.tsv")) {
      out.add(f[0]);
    }
    return Set.copyOf(out);
  }
}
