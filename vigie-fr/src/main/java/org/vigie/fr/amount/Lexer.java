package org.vigie.fr.amount;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a normalized text into the pieces the amount grammar reads: words (hyphenated words whole, French
 * elisions such as {@code d'} with their apostrophe), runs of digits, and single symbols. Digit runs stay
 * apart from their separators so that the grammar, which knows the language of the passage, decides whether
 * {@code 1,500} is one thousand five hundred or one and a half.
 */
final class Lexer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String LATIN_ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ";
  private static final String LATIN_PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

  enum Kind { WORD, NUM, SYM }

  /**
   * One piece: {@code [start, end)} in the normalized text; {@code lower} lower-cased; {@code key} also without
   * accents and with hyphens as spaces (for lexicon look-ups); {@code space} whether blank space precedes it;
   * {@code line} whether a line break does.
   */
  record Tok(int start, int end, Kind kind, String text, String lower, String key, boolean space, boolean line) {
    boolean word() {
      return kind == Kind.WORD;
    }

    boolean num() {
      return kind == Kind.NUM;
    }

    boolean sym(String s) {
      return kind == Kind.SYM && text.equals(s);
    }

    boolean is(String... words) {
      for (String w : words) {
        if (lower.equals(w)) {
          return true;
        }
      }
      return false;
    }

    boolean capitalized() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean upper() {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLowerCase(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private Lexer() {}

  static List<Tok> lex(String s) {
    List<Tok> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    boolean space = true;
    boolean line = true;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        if (c == '\n' || c == '\r') {
          line = true;
        }
        i++;
        continue;
      }
      int start = i;
      Kind kind;
      if (isDigit(c)) {
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        kind = Kind.NUM;
      } else if (Character.isLetter(c)) {
        i = wordEnd(s, i);
        kind = Kind.WORD;
      } else {
        i += Character.charCount(s.codePointAt(i));
        kind = Kind.SYM;
      }
      String text = s.substring(start, i);
      String lower = text.toLowerCase(Locale.ROOT);
      out.add(new Tok(start, i, kind, text, lower, key(lower), space, line));
      space = false;
      line = false;
    }
    return out;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of a word: letters and marks, hyphens between letters, an elided article's apostrophe. */
  private static int wordEnd(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '-') && j + 1 < n && Character.isLetter(s.charAt(j + 1)) && j > i) {
        j++;
      } else {
        break;
      }
    }
    if (j < n && s.charAt(j) == '\'' && j + 1 < n && Character.isLetter(s.charAt(j + 1))
        && Words.ELISIONS.contains(s.substring(i, j).toLowerCase(Locale.ROOT))) {
      j++;
    }
    return j;
  }

  /** Lower case, no accents, hyphens as spaces: the form every lexicon key takes. */
  static String key(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2013', ' ');
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    StringBuilder sb = new StringBuilder(lower.length());
    boolean simple = true;
    for (int i = 0; i < lower.length() && simple; i++) {
      char c = lower.charAt(i);
      int at = c < 128 ? -1 : LATIN_ACCENTED.indexOf(c);
      if (c < 128) {
        sb.append(c);
      } else if (at >= 0) {
        sb.append(LATIN_PLAIN.charAt(at));
      } else {
        simple = false;
      }
    }
    if (simple) {
      return sb.toString();
    }
    String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return folded.replace("\u0153", "oe").replace("\u00E6", "ae").replace('\u0142', 'l');
  }
}
