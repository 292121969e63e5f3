package org.vigie.fr.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.fr.amount.Lexer.Tok;

/**
 * Reads one numeral at a token: figures with French or English separators ({@code 100 000}, {@code 1 500,50},
 * {@code 1,360,000}, {@code 1.36}, {@code 94.000}), signs, exponents and fractions; French and English number
 * words ({@code trois cent vingt}, {@code quatre-vingt-dix}, {@code twenty-five}); ordinals; and what scales
 * them ({@code 1,5 million}, {@code 10k}, {@code 5 Mds}, {@code une dizaine}). The language of the passage
 * decides what a lone separator means and what a billion is.
 */
final class Numerals {
  private Numerals() {}

  enum Kind { CARDINAL, ORDINAL, FRACTION }

  /**
   * A numeral over tokens {@code [from, to)} and characters {@code [start, end)} of the normalized text.
   * {@code scaled}: a scale word or abbreviation multiplied it; {@code moneyScale}: that abbreviation is a
   * scale only next to a currency (5m); {@code approximate}: une dizaine, un millier; {@code digits}: written
   * in figures; {@code plainYear}: four bare figures, as years are written; {@code article}: only un/une.
   */
  record Num(int from, int to, int start, int end, double value, Kind kind, boolean digits, boolean scaled,
      boolean moneyScale, boolean approximate, boolean plainYear, boolean article, double scale) {
    Num withValue(double v, int newTo, int newEnd, boolean isScaled, double newScale) {
      return new Num(from, newTo, start, newEnd, v, kind, digits, isScaled, moneyScale, approximate, plainYear,
          false, newScale);
    }
  }

  /** Figures starting at token {@code i} (a digit run), or null. Separators follow the passage's language. */
  static Num digits(String s, List<Tok> toks, int i, boolean english) {
    Tok t = toks.get(i);
    if (!t.num()) {
      return null;
    }
    int n = s.length();
    int start = t.start();
    int p = t.end();
    String intPart = t.text();
    StringBuilder clean = new StringBuilder(intPart);
    boolean grouped = false;
    boolean decimal = false;
    int firstLen = intPart.length();
    if (firstLen <= 3) {
      int q = groups(s, p, ' ');
      if (q > p) {
        clean.append(s, p, q);
        p = q;
        grouped = true;
        if (p + 1 < n && s.charAt(p) == ',' && isDigit(s, p + 1)) {
          int d = digitsEnd(s, p + 1);
          clean.append('.').append(s, p + 1, d);
          p = d;
          decimal = true;
        } else if (english && p + 1 < n && s.charAt(p) == '.' && isDigit(s, p + 1)) {
          int d = digitsEnd(s, p + 1);
          clean.append('.').append(s, p + 1, d);
          p = d;
          decimal = true;
        }
      } else {
        for (char sep : new char[] {'.', ','}) {
          q = groups(s, p, sep);
          if (q <= p) {
            continue;
          }
          int count = (q - p) / 4;
          char other = sep == '.' ? ',' : '.';
          boolean otherDecimal = q + 1 < n && s.charAt(q) == other && isDigit(s, q + 1);
          boolean thousands = count >= 2 || otherDecimal || (sep == '.' ? !english : english);
          if (!thousands) {
            break;
          }
          clean.append(s.substring(p, q).replace(String.valueOf(sep), ""));
          p = q;
          grouped = true;
          if (otherDecimal) {
            int d = digitsEnd(s, p + 1);
            clean.append('.').append(s, p + 1, d);
            p = d;
            decimal = true;
          }
          break;
        }
      }
    }
    if (!grouped && p + 1 < n && (s.charAt(p) == ',' || s.charAt(p) == '.') && isDigit(s, p + 1)) {
      int d = digitsEnd(s, p + 1);
      // An IP address or a version (192.168.1.2): not one decimal number.
      if (!(d + 1 < n && s.charAt(d) == s.charAt(p) && isDigit(s, d + 1))) {
        clean.append('.').append(s, p + 1, d);
        p = d;
        decimal = true;
      }
    }
    double value;
    try {
      value = Double.parseDouble(clean.toString().replace(" ", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    Kind kind = Kind.CARDINAL;
    // Exponent: 1e10, 12,32e+14.
    if (p + 1 < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
      int q = p + 1;
      if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
        q++;
      }
      if (isDigit(s, q)) {
        int d = digitsEnd(s, q);
        if ((d >= n || !Character.isLetter(s.charAt(d))) && d - q <= 3) {
          value = value * Math.pow(10, Integer.parseInt(s.substring(p + 1, d).replace("+", "")));
          p = d;
        }
      }
    }
    // A fraction: 3/4, but not a date (24/03/2022, 24/03).
    if (!grouped && !decimal && p + 1 < n && s.charAt(p) == '/' && isDigit(s, p + 1)) {
      int d = digitsEnd(s, p + 1);
      String den = s.substring(p + 1, d);
      boolean date = (d < n && s.charAt(d) == '/') || den.startsWith("0")
          || (den.length() == 2 && intPart.length() <= 2) || den.length() == 4;
      if (!date && Double.parseDouble(den) != 0) {
        value = value / Double.parseDouble(den);
        p = d;
        kind = Kind.FRACTION;
      } else if (date) {
        return null;
      }
    }
    int to = i;
    while (to < toks.size() && toks.get(to).start() < p) {
      to++;
    }
    boolean plainYear = !grouped && !decimal && kind == Kind.CARDINAL && intPart.length() == 4 && p == t.end()
        && value >= 1000 && value <= 2100;
    return new Num(i, to, start, p, value, kind, true, false, false, false, plainYear, false, 1);
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && Lexer.isDigit(s.charAt(i));
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && Lexer.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of groups of exactly three digits, each after {@code sep}, from {@code p}; {@code p} if none. */
  private static int groups(String s, int p, char sep) {
    int q = p;
    while (q + 3 < s.length() && s.charAt(q) == sep && isDigit(s, q + 1) && isDigit(s, q + 2)
        && isDigit(s, q + 3) && !isDigit(s, q + 4)) {
      q += 4;
    }
    return q;
  }

  // --- number words ------------------------------------------------------------------------------------------

  private static final Map<String, String> ORDINAL_STEMS = Map.ofEntries(
      Map.entry("cinqu", "cinq"), Map.entry("neuv", "neuf"), Map.entry("mill", "mille"), Map.entry("un", "un"),
      Map.entry("quatr", "quatre"), Map.entry("onz", "onze"), Map.entry("douz", "douze"), Map.entry("treiz", "treize"),
      Map.entry("quatorz", "quatorze"), Map.entry("quinz", "quinze"), Map.entry("seiz", "seize"),
      Map.entry("trent", "trente"), Map.entry("quarant", "quarante"), Map.entry("cinquant", "cinquante"),
      Map.entry("soixant", "soixante"), Map.entry("septant", "septante"), Map.entry("octant", "octante"),
      Map.entry("huitant", "huitante"), Map.entry("nonant", "nonante"));

  /** The cardinal that a French ordinal word is made from (cinquième: cinq), or null. */
  static String ordinalBase(String key) {
    String stem;
    if (key.endsWith("iemes")) {
      stem = key.substring(0, key.length() - 5);
    } else if (key.endsWith("ieme")) {
      stem = key.substring(0, key.length() - 4);
    } else {
      return null;
    }
    String base = ORDINAL_STEMS.getOrDefault(stem, stem);
    return isCardinalWord(base) ? base : null;
  }

  private static final java.util.Set<String> CARDINALS;

  static {
    java.util.Set<String> all = new java.util.HashSet<>();
    all.addAll(Words.UNITS.keySet());
    all.addAll(Words.TENS.keySet());
    all.addAll(Words.HUNDREDS);
    all.addAll(Words.THOUSANDS);
    all.addAll(Words.SCALES.keySet());
    all.addAll(Words.BILLIONS);
    all.addAll(Words.TRILLIONS);
    CARDINALS = java.util.Set.copyOf(all);
  }

  static boolean isCardinalWord(String k) {
    return CARDINALS.contains(k);
  }

  private static double bigScale(String k, boolean english) {
    Double v = Words.SCALES.get(k);
    if (v != null) {
      return v;
    }
    if (Words.BILLIONS.contains(k)) {
      return english ? 1e9 : 1e12;
    }
    if (Words.TRILLIONS.contains(k)) {
      return english ? 1e12 : 1e18;
    }
    return 0;
  }

  /** True for a word that can be part of a number written in words. */
  static boolean numberWord(String key) {
    for (String part : key.split(" ")) {
      if (!isCardinalWord(part) && !part.equals("et") && !part.equals("and") && ordinalBase(part) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number in words starting at token {@code i}: {@code trois cent vingt}, {@code quatre-vingt-dix-neuf},
   * {@code deux millions}, {@code vingt et unième}, {@code one hundred and five}. Parts that do not continue
   * the number (trois quatre) end it. Null when token {@code i} is not a number word.
   */
  static Num words(List<Tok> toks, int i, boolean english) {
    return words(toks, i, english, false);
  }

  /** As {@link #words(List, int, boolean)}; {@code leadingScale} lets a scale word start (a billion). */
  static Num words(List<Tok> toks, int i, boolean english, boolean leadingScale) {
    List<String> parts = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int j = i; j < toks.size() && j < i + 16; j++) {
      Tok t = toks.get(j);
      if (!t.word() || (j > i && (t.line() || !t.space()))) {
        break;
      }
      if (!numberWord(t.key())) {
        break;
      }
      for (String part : t.key().split(" ")) {
        parts.add(part);
        owner.add(j);
      }
    }
    if (parts.isEmpty() || parts.get(0).equals("et") || parts.get(0).equals("and")) {
      return null;
    }
    double total = 0;
    long current = 0;
    double lastScale = Double.MAX_VALUE;
    int used = 0;
    boolean ordinal = false;
    boolean any = false;
    for (int k = 0; k < parts.size(); k++) {
      String w = parts.get(k);
      String base = ordinalBase(w);
      boolean isOrdinal = base != null;
      if (isOrdinal) {
        if (k == 1 && (parts.get(0).equals("un") || parts.get(0).equals("une"))) {
          break; // un cinquième: a fraction, read by the caller
        }
        w = base;
      }
      if (w.equals("et") || w.equals("and")) {
        // vingt et un, soixante et onze; one hundred and five
        if (k + 1 < parts.size() && any) {
          String next = parts.get(k + 1);
          String nb = ordinalBase(next) != null ? ordinalBase(next) : next;
          boolean french = (nb.equals("un") || nb.equals("une") || nb.equals("onze")) && current % 10 == 0
              && current % 100 >= 20;
          boolean englishAnd = w.equals("and") && current % 100 == 0 && current > 0;
          if (french || englishAnd) {
            continue;
          }
        }
        break;
      }
      Integer unit = Words.UNITS.get(w);
      Integer ten = Words.TENS.get(w);
      boolean accepted = false;
      long r = current % 100;
      if (k == 0 && bigScale(w, english) > 0 && !leadingScale) {
        break; // "millions" alone is vague (des millions de), not one million
      }
      if (unit != null) {
        boolean ok = r == 0
            || (r == 10 && unit >= 7 && unit <= 9)
            || ((r == 20 || r == 30 || r == 40 || r == 50 || r == 70 || r == 90) && unit >= 1 && unit <= 9)
            || ((r == 60 || r == 80) && unit >= 1 && unit <= 19);
        if (ok && !(unit == 0 && any)) {
          current += unit;
          accepted = true;
        }
      } else if (ten != null) {
        if (ten == 20 && r == 4 && current % 1000 < 100 + 4 && (k == 0 || !parts.get(k - 1).equals("et"))) {
          current += 76; // quatre-vingt
          accepted = true;
        } else if (r == 0) {
          current += ten;
          accepted = true;
        }
      } else if (Words.HUNDREDS.contains(w)) {
        long h = current % 1000;
        if (h == 0 && (current == 0 || current % 1000 == 0)) {
          current += 100;
          accepted = true;
        } else if (h < 10 && h > 0) {
          current = current - h + h * 100;
          accepted = true;
        }
      } else if (Words.THOUSANDS.contains(w)) {
        if (lastScale > 1e3) {
          total += (current == 0 ? 1 : current) * 1e3;
          current = 0;
          lastScale = 1e3;
          accepted = true;
        }
      } else {
        double sc = bigScale(w, english);
        if (sc > 0 && sc < lastScale) {
          total = current == 0 && total > 0 && total < sc ? total * sc : total + (current == 0 ? 1 : current) * sc;
          current = 0;
          lastScale = sc;
          accepted = true;
        }
      }
      if (!accepted) {
        break;
      }
      any = true;
      used = k + 1;
      if (isOrdinal) {
        ordinal = true;
        break;
      }
    }
    if (used == 0) {
      return null;
    }
    int lastTok = owner.get(used - 1);
    // A token only partly used (trois-quatre) does not make a number.
    if (used < parts.size() && owner.get(used).equals(lastTok)) {
      return null;
    }
    double value = total + current;
    Tok first = toks.get(i);
    Tok last = toks.get(lastTok);
    boolean article = used == 1 && first.is("un", "une");
    boolean scaled = lastScale < Double.MAX_VALUE && lastScale >= 1e6;
    return new Num(i, lastTok + 1, first.start(), last.end(), value, ordinal ? Kind.ORDINAL : Kind.CARDINAL,
        false, scaled, false, false, false, article, scaled ? lastScale : 1);
  }
}
