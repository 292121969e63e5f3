package org.vigie.fr.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for comparing names: case, accents, apostrophes and transliteration variants folded. */
final class Names {
  private Names() {}

  /** Lower case, accents and apostrophes folded, spaces collapsed: {@code l’Union Européenne} = {@code l'union europeenne}. */
  static String key(String s) {
    String n = Normalizer.normalize(s.replace('’', '\'').replace('\u00A0', ' ').replace('\u202F', ' '),
        Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  /**
   * A key that survives the usual French, English and German spellings of one foreign name: Poutine/Putin,
   * Zelensky/Zelenskyy, Sergueï/Sergey, Loukachenko/Lukashenko, Dmitri/Dmitry.
   */
  static String translit(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : key(s).replace('-', ' ').split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String w = word.replaceAll("[^a-z]", "");
      w = w.replace("ou", "u").replace("kh", "h").replace("ch", "sh").replace("ck", "k").replace("tz", "ts")
          .replace('y', 'i').replace('w', 'v').replaceAll("gu(?=[eia])", "g");
      if (w.length() > 3 && w.endsWith("e")) {
        w = w.substring(0, w.length() - 1);
      }
      w = w.replaceAll("(.)\\1+", "$1");
      if (!w.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  /** Damerau-Levenshtein distance (optimal string alignment), capped: returns {@code max + 1} beyond it. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[a.length()][b.length()], max + 1);
  }

  /** The last word of a name, its surname in most naming traditions news uses. */
  static String lastWord(String name) {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1];
  }
}
