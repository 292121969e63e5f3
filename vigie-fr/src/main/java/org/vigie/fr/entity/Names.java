package org.vigie.fr.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys for comparing names: case, accents, apostrophes and transliteration variants folded. */
final class Names {
  private Names() {}

  // Compiled once: these run for every pair of mentions compared, thousands of times in a long article.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern GU = Pattern.compile("gu(?=[eia])");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

  /** Lower case, accents and apostrophes folded, spaces collapsed: {@code l’Union Européenne} = {@code l'union europeenne}. */
  static String key(String s) {
    String n = Normalizer.normalize(s.replace('’', '\'').replace('\u00A0', ' ').replace('\u202F', ' '),
        Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
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
      String w = NOT_LETTER.matcher(word).replaceAll("");
      w = GU.matcher(w.replace("ou", "u").replace("kh", "h").replace("ch", "sh").replace("ck", "k")
          .replace("tz", "ts").replace('y', 'i').replace('w', 'v')).replaceAll("g");
      if (w.length() > 3 && w.endsWith("e")) {
        w = w.substring(0, w.length() - 1);
      }
      w = DOUBLED.matcher(w).replaceAll("$1");
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

  private static final java.util.regex.Pattern ARTICLE_PARTICLE = java.util.regex.Pattern.compile(
      "(?i)(?:al|el|ad|as|ash|ar|an|at|az)-(\\p{L}.+)");

  /** The surname after an Arabic article ("Assad" for "al-Assad", "Sisi" for "el-Sisi"), or null. */
  static String afterArticle(String word) {
    java.util.regex.Matcher m = ARTICLE_PARTICLE.matcher(word);
    return m.matches() ? m.group(1) : null;
  }

  /** The last word of a name, its surname in most naming traditions news uses. */
  static String lastWord(String name) {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1];
  }
}
