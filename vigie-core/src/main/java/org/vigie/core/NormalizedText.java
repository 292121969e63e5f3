package org.vigie.core;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * A normalized view of an original text that remembers where each of its characters came from.
 *
 * <p>Analysers work better on a tidy text: one apostrophe ({@code ’} becomes {@code '}), ordinary spaces for
 * no-break and narrow spaces, composed accents (NFC), decoded HTML entities, no soft hyphens or zero-width
 * characters. Users, though, need offsets into the text they gave. This class does both: annotate
 * {@link #text()}, then map every span back with {@link #toOriginal(int, int)}.
 */
public final class NormalizedText {
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("rsquo", "\u2019"),
      Map.entry("lsquo", "\u2018"), Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"),
      Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"),
      Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("euro", "\u20AC"),
      Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"), Map.entry("ecirc", "\u00EA"),
      Map.entry("agrave", "\u00E0"), Map.entry("acirc", "\u00E2"), Map.entry("ccedil", "\u00E7"),
      Map.entry("ocirc", "\u00F4"), Map.entry("ucirc", "\u00FB"), Map.entry("ugrave", "\u00F9"),
      Map.entry("icirc", "\u00EE"), Map.entry("iuml", "\u00EF"), Map.entry("euml", "\u00EB"),
      Map.entry("Eacute", "\u00C9"), Map.entry("Agrave", "\u00C0"), Map.entry("Ccedil", "\u00C7"),
      Map.entry("oelig", "\u0153"), Map.entry("OElig", "\u0152"), Map.entry("shy", "\u00AD"),
      Map.entry("thinsp", "\u2009"), Map.entry("deg", "\u00B0"));

  private final String original;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** Normalizes {@code original}; never fails, whatever the input. */
  public static NormalizedText of(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int next = i + 1;
      String decoded = null;
      if (c == '&') {
        int semi = original.indexOf(';', i + 1);
        if (semi > i + 1 && semi - i <= 10) {
          decoded = decodeEntity(original.substring(i + 1, semi));
          if (decoded != null) {
            next = semi + 1;
          }
        }
      }
      String piece = decoded != null ? decoded : Character.isHighSurrogate(c) && next < n
          && Character.isLowSurrogate(original.charAt(next)) ? original.substring(i, ++next) : String.valueOf(c);
      for (int k = 0; k < piece.length(); k++) {
        char p = piece.charAt(k);
        char mapped = map(p);
        if (mapped == 0) {
          continue; // dropped: soft hyphen, zero-width characters
        }
        if (Character.getType(mapped) == Character.NON_SPACING_MARK && out.length() > 0) {
          String composed = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(mapped),
              Normalizer.Form.NFC);
          if (composed.length() == 1) {
            out.setCharAt(out.length() - 1, composed.charAt(0));
            ends[out.length() - 1] = next;
            continue;
          }
        }
        out.append(mapped);
        starts[out.length() - 1] = i;
        ends[out.length() - 1] = next;
      }
      i = next;
    }
    int m = out.length();
    int[] s = Arrays.copyOf(starts, m + 1);
    int[] e = Arrays.copyOf(ends, m + 1);
    s[m] = n;
    e[m] = n;
    return new NormalizedText(original, out.toString(), s, e);
  }

  private static String decodeEntity(String name) {
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ENTITIES.get(name);
  }

  private static char map(char c) {
    switch (c) {
      case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '\u00B4': case '\u0060':
        return '\'';
      case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u200A': case '\u2002':
      case '\u2003': case '\u2005': case '\u2006': case '\u2008': case '\u3000':
        return ' ';
      case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
        return 0;
      case '\u2010': case '\u2011':
        return '-';
      default:
        return c;
    }
  }

  public String original() {
    return original;
  }

  /** The normalized text, to give to analysers. */
  public String text() {
    return text;
  }

  /** Maps a half-open range of the normalized text back to the original text. */
  public Span toOriginal(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("range [" + start + ", " + end + ") outside normalized text of length "
          + text.length());
    }
    if (start == end) {
      return new Span(starts[start], starts[start]);
    }
    return new Span(starts[start], ends[end - 1]);
  }

  /** True when normalization changed nothing but single characters, so offsets are the same in both texts. */
  public boolean sameOffsets() {
    if (text.length() != original.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (starts[i] != i) {
        return false;
      }
    }
    return true;
  }
}
