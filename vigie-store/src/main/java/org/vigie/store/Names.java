package org.vigie.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name folding for matching: what a user types ({@code elysee}, {@code l'OTAN}) finds what the articles
 * wrote ({@code Élysée}, {@code l’OTAN}). The same folding is stored in the {@code folded} columns, so SQL
 * and Java compare alike.
 */
final class Names {
  private Names() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+");

  /** Lower case (root locale), accents and ligatures folded, typographic apostrophes and dashes plain. */
  static String fold(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace('‐', '-').replace('–', '-')
        .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * The corpus key of an article's entity before cross-document resolution: its Wikidata ID, else
   * {@code V:TYPE:folded_name}, as the {@code analyze --entities} table names entities.
   */
  static String key(String qid, String type, String name) {
    return qid != null && !qid.isBlank() ? qid : "V:" + type + ":" + fold(name).replace(' ', '_');
  }

  /** A role phrase ("le président américain") begins with an article; a name does not. */
  static boolean isRole(String surface) {
    String k = fold(surface);
    return k.startsWith("le ") || k.startsWith("la ") || k.startsWith("l'") || k.startsWith("les ");
  }

  /** Number of words in a folded name. */
  static int words(String folded) {
    return folded.isEmpty() ? 0 : folded.split("[ '-]+").length;
  }
}
