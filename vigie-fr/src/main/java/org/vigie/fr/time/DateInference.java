package org.vigie.fr.time;

import java.time.LocalDate;
import java.util.List;
import org.vigie.core.Span;

/**
 * A publication date read off the text, for documents whose metadata gives none: a dateline (a line that is
 * mostly a full date, or starts with one: {@code 1er janvier 2016, 14h30 –}, {@code Publié le 28 Feb. 2022}),
 * else the first full date of the opening lines. Only day-precise dates with their year count; an edit stamp
 * ({@code Mis à jour le ...}) serves only when nothing else does.
 */
final class DateInference {
  private DateInference() {}

  /** How far into the text a dateline or an opening date may be. */
  static final int TOP_CHARACTERS = 600;
  static final int TOP_LINES = 6;

  /** A full date found in the text: its span, its date, whether it is an edit stamp. */
  record Candidate(Span span, LocalDate date, boolean stamp) {}

  record Inferred(LocalDate date, String evidence) {}

  static Inferred infer(String text, List<Candidate> candidates) {
    Candidate dateline = null;
    Candidate first = null;
    Candidate stamp = null;
    for (Candidate c : candidates) {
      int start = c.span().start();
      if (start > TOP_CHARACTERS || lineIndex(text, start) >= TOP_LINES) {
        break;
      }
      if (c.stamp()) {
        if (stamp == null) {
          stamp = c;
        }
        continue;
      }
      if (dateline == null && isDateline(text, c.span())) {
        dateline = c;
      }
      if (first == null) {
        first = c;
      }
    }
    if (dateline != null) {
      return new Inferred(dateline.date(), "dateline: \"" + lineUpTo(text, dateline.span()) + "\"");
    }
    if (first != null) {
      return new Inferred(first.date(), "first full date near the top: \"" + first.span().of(text) + "\"");
    }
    if (stamp != null) {
      return new Inferred(stamp.date(), "edit stamp near the top: \"" + lineUpTo(text, stamp.span()) + "\"");
    }
    return null;
  }

  /** A line that starts with the date (after bullets and punctuation) or is short and mostly the date. */
  private static boolean isDateline(String text, Span span) {
    int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
    int le = text.indexOf('\n', span.end());
    if (le < 0) {
      le = text.length();
    }
    String before = text.substring(ls, span.start());
    String after = text.substring(span.end(), le);
    int lettersBefore = letters(before);
    String folded = Lexer.fold(Lexer.lower(before)).trim();
    boolean introduced = folded.endsWith("publie le") || folded.endsWith("publie le :") || folded.endsWith("le")
        || folded.endsWith("published") || folded.endsWith("posted") || folded.endsWith("date :")
        || folded.endsWith("publie");
    return lettersBefore == 0 || (introduced && lettersBefore <= 20) || (letters(after) <= 20 && lettersBefore <= 30)
        || (lettersBefore <= 25 && before.trim().endsWith(","));
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int lineIndex(String text, int offset) {
    int lines = 0;
    boolean content = false;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (content) {
          lines++;
        }
        content = false;
      } else if (!Character.isWhitespace(c)) {
        content = true;
      }
    }
    return lines;
  }

  /** The line of the date, from its start to the end of the date: "PARIS, 12 mars 2022". */
  private static String lineUpTo(String text, Span span) {
    int ls = text.lastIndexOf('\n', span.start() - 1) + 1;
    String l = text.substring(ls, span.end()).strip();
    return l.length() > 100 ? span.of(text) : l;
  }
}
