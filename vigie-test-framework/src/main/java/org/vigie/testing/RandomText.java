package org.vigie.testing;

import java.util.Random;

/**
 * Seeded random text that looks enough like French news to reach deep into annotators, and is nasty enough
 * to break careless offset arithmetic: typographic apostrophes and quotes, no-break and narrow spaces,
 * combining accents, surrogate pairs, HTML entities, digits with separators, blank lines.
 */
public final class RandomText {
  private static final String[] WORDS = {
      "le", "la", "les", "l’", "d’", "de", "du", "des", "au", "aux", "et", "a", "est", "que", "qu’", "en", "pour",
      "président", "ministre", "OTAN", "Otan", "Russie", "Ukraine", "Biden", "Joe", "Emmanuel", "Macron", "Paris",
      "Bruxelles", "Pologne", "Jens", "Stoltenberg", "G7", "Union", "européenne", "déclaré", "annoncé", "mardi",
      "24", "mars", "2022", "1 000", "1\u202F000", "milliard", "dollars", "€", "$", "soldats", "«", "»", "“",
      "”", "\"", "(", ")", ",", ".", ";", ":", "!", "?", "-", "—", "…", "\u00A0", "e\u0301te\u0301", "😀",
      "&amp;", "&#8217;", "M.", "Mme", "aujourd’hui", "In", "the", "month", "since", "Kremlin’s", "said",
      "\n", "\n\n", "\r\n", "\t", "Œuvre", "ÉTATS-UNIS", "https://example.org/x?a=1", "@SecBlinken", "#Ukraine",
      "x", "", " ", "''", "'s", "..."};

  private RandomText() {}

  /** About {@code words} random pieces joined mostly by spaces. Same seed, same text. */
  public static String generate(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int pick = r.nextInt(20);
      if (pick == 0) {
        sb.append((char) (r.nextInt(0x2FFF) + 1)); // any BMP character, possibly odd
      } else {
        sb.append(WORDS[r.nextInt(WORDS.length)]);
      }
      sb.append(r.nextInt(6) == 0 ? "" : " ");
    }
    return sb.toString();
  }
}
