package org.vigie.fr.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a normalized text into the tokens the temporal grammar reads: runs of letters, runs of digits, and single
 * punctuation characters. Letters and digits are split apart ({@code 15h30} gives {@code 15}, {@code h},
 * {@code 30}; {@code 1er} gives {@code 1}, {@code er}) so that one grammar serves every spelling.
 *
 * <p>Each token keeps two forms: {@code text}, lower case without accents (what the grammar matches, so that
 * {@code Fevrier}, {@code février} and {@code FÉVRIER} are one word), and {@code accented}, lower case with
 * accents (to tell {@code dès} from {@code des}). Offsets index the normalized text, one character for one.
 */
final class Lexer {
  private Lexer() {}

  enum Type { WORD, NUM, PUNCT }

  /**
   * One token. {@code upper}: the first letter is upper case in the text; {@code caps}: a word of several
   * letters written in capitals (a headline); {@code space}: white space precedes;
   * {@code newline}: a line break precedes (expressions never run across one).
   */
  record Tok(int start, int end, String text, String accented, Type type, boolean upper, boolean caps,
      boolean space, boolean newline) {
    boolean is(String s) {
      return text.equals(s);
    }

    boolean num() {
      return type == Type.NUM;
    }

    boolean word() {
      return type == Type.WORD;
    }

    int value() {
      return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
    }
  }

  static List<Tok> lex(String norm) {
    List<Tok> out = new ArrayList<>();
    int n = norm.length();
    int i = 0;
    boolean space = false;
    boolean newline = false;
    while (i < n) {
      char c = norm.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          newline = true;
        }
        i++;
        continue;
      }
      int j = i + 1;
      Type type;
      if (isDigit(c)) {
        while (j < n && isDigit(norm.charAt(j))) {
          j++;
        }
        type = Type.NUM;
      } else if (Character.isLetter(c)) {
        while (j < n && Character.isLetter(norm.charAt(j))) {
          j++;
        }
        type = Type.WORD;
      } else {
        if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(norm.charAt(j))) {
          j++;
        }
        type = Type.PUNCT;
      }
      String raw = norm.substring(i, j);
      String accented = lower(raw);
      boolean caps = type == Type.WORD && j - i > 1 && !raw.equals(accented)
          && raw.chars().noneMatch(Character::isLowerCase);
      out.add(new Tok(i, j, fold(accented), accented, type, Character.isUpperCase(c), caps, space, newline));
      space = false;
      newline = false;
      i = j;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Lower case one character at a time, so the length never changes (no locale: {@code I} is {@code i}). */
  static String lower(String s) {
    char[] cs = s.toCharArray();
    for (int k = 0; k < cs.length; k++) {
      char l = Character.toLowerCase(cs[k]);
      cs[k] = Character.isSurrogate(l) ? cs[k] : l;
    }
    return new String(cs);
  }

  /** Accents off, one character for one (a precomputed table for Latin letters; others unchanged). */
  static String fold(String s) {
    char[] cs = s.toCharArray();
    boolean changed = false;
    for (int k = 0; k < cs.length; k++) {
      char c = cs[k];
      if (c >= 0xC0 && c < 0x250) {
        char f = FOLD[c - 0xC0];
        if (f != c) {
          cs[k] = f;
          changed = true;
        }
      }
    }
    return changed ? new String(cs) : s;
  }

  private static final char[] FOLD = new char[0x250 - 0xC0];

  static {
    for (int c = 0xC0; c < 0x250; c++) {
      String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFD);
      char base = d.charAt(0);
      FOLD[c - 0xC0] = d.length() > 1 && base < 0x80 ? base : (char) c;
    }
  }
}
