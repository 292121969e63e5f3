package org.vigie.eval.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.core.Span;

/**
 * Text folding shared by every scorer.
 *
 * <p>Two foldings: {@link #foldForSearch} keeps the length of the text (so offsets stay valid) and only unifies
 * apostrophes ({@code ’} becomes {@code '}) and exotic spaces; {@link #normalizeName} is for comparing names
 * (lower case, accents folded, apostrophes folded, spaces collapsed).
 */
public final class Texts {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Texts() {}

  /** One character for one: apostrophes to {@code '}, no-break and thin spaces to a space. */
  public static String foldForSearch(String s) {
    if (s == null) {
      return null;
    }
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(out[i]);
    }
    return new String(out);
  }

  private static char foldChar(char c) {
    switch (c) {
      case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '\u00B4':
        return '\'';
      case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u200A': case '\u2002':
      case '\u2003': case '\u2005': case '\u2006': case '\u2008': case '\u3000':
        return ' ';
      default:
        return c;
    }
  }

  /** Lower case, accents and apostrophes folded, ligatures split, spaces collapsed and trimmed; null stays null. */
  public static String normalizeName(String s) {
    if (s == null) {
      return null;
    }
    String folded = foldForSearch(s).replace("\u0153", "oe").replace("\u0152", "OE")
        .replace("\u00E6", "ae").replace("\u00C6", "AE");
    folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    folded = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(folded).replaceAll(" ").trim();
  }

  /** Every occurrence (overlapping ones included) of {@code needle} in {@code text}, both folded for search. */
  public static List<Span> occurrences(String text, String needle) {
    List<Span> out = new ArrayList<>();
    if (text == null || needle == null || needle.isEmpty()) {
      return out;
    }
    String t = foldForSearch(text);
    String n = foldForSearch(needle);
    int from = 0;
    while (true) {
      int i = t.indexOf(n, from);
      if (i < 0) {
        return out;
      }
      out.add(new Span(i, i + n.length()));
      from = i + 1;
    }
  }

  /**
   * Whether two counted-noun units are the same lemma: names normalized, then each word compared with plural
   * endings folded ({@code soldats}/{@code soldat}, {@code chevaux}/{@code cheval}, {@code entities}/{@code entity}).
   */
  public static boolean unitsEqual(String a, String b) {
    String na = normalizeName(a);
    String nb = normalizeName(b);
    if (na == null || nb == null || na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.equals(nb)) {
      return true;
    }
    String[] wa = na.split(" ");
    String[] wb = nb.split(" ");
    if (wa.length != wb.length) {
      return false;
    }
    for (int i = 0; i < wa.length; i++) {
      Set<String> ca = singulars(wa[i]);
      ca.retainAll(singulars(wb[i]));
      if (ca.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The word itself and its possible singulars (French and English plural endings). */
  static Set<String> singulars(String w) {
    Set<String> out = new HashSet<>();
    out.add(w);
    int n = w.length();
    if (n > 2 && (w.endsWith("s") || w.endsWith("x"))) {
      out.add(w.substring(0, n - 1));
    }
    if (n > 4 && w.endsWith("aux")) {
      out.add(w.substring(0, n - 3) + "al");
      out.add(w.substring(0, n - 3) + "ail");
    }
    if (n > 4 && w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    }
    if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses"))) {
      out.add(w.substring(0, n - 2));
    }
    return out;
  }

  /** A short one-line quotation of {@code s} for error listings. */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    String one = SPACES.matcher(s).replaceAll(" ").trim();
    if (one.length() > 140) {
      one = one.substring(0, 137) + "...";
    }
    return "\"" + one + "\"";
  }
}
