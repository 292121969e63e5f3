package org.vigie.fr.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the stretches of text in quotation marks: {@code « »}, {@code ‹ ›}, {@code “ ”} (and {@code „ “}),
 * straight {@code " "}, with or without inner spaces. Only outermost quotes are returned (a quote inside a
 * quote is part of it). A quote left open at the end of a paragraph goes on when the next paragraph opens
 * with the same mark (the French convention for quotes over several paragraphs) or closes the quote before
 * opening any (the continuation mark left out), else it ends with its paragraph, since the closing mark was
 * forgotten. A quote running over more than three paragraphs that holds
 * quotes of its own, or that is very long, is a narrator's frame (a story told in a story), not one utterance:
 * its inner quotes are returned instead.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quote: {@code open} is the offset of the opening mark, {@code end} the offset after the closing mark
   * (or after the last character of the paragraph when the quote was left open), {@code innerStart} and
   * {@code innerEnd} the words inside, spaces trimmed.
   */
  record Marked(int open, int end, int innerStart, int innerEnd, boolean closed) {}

  private record Open(int pos, char family, char mark) {}

  static List<Marked> find(String text) {
    List<Marked> out = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    List<Marked> children = new ArrayList<>();
    int[] paragraphs = {0};
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (!stack.isEmpty()) {
          Open outer = stack.peekLast();
          int next = i;
          while (next < n && isBlank(text.charAt(next))) {
            next++;
          }
          if (next < n && continues(outer.family, text.charAt(next))) {
            stack.clear();
            stack.push(outer);
            paragraphs[0]++;
            i = next + 1;
            continue;
          }
          if (next < n && !dialogueTurn(text, next) && closesBeforeOpening(text, next, outer.family)) {
            // The next paragraph closes the quote without having opened one ("Nous ne reculerons pas », a
            // prévenu X"): the writer left out the continuation mark, the quote goes on. (Not a dialogue turn
            // that a dash opens: each turn is a quote of its own.)
            stack.clear();
            stack.push(outer);
            paragraphs[0]++;
            i = next;
            continue;
          }
          emitOuter(text, outer.pos, i, false, out, children, paragraphs);
          stack.clear();
        }
        i++;
        continue;
      }
      char fam = family(c);
      if (fam == 0) {
        i++;
        continue;
      }
      if (fam == '"') {
        if (contains(stack, '"') && opensStraight(text, i) && isSpace(text.charAt(i - 1))
            && !isSpace(text.charAt(stack.peek().pos + 1)) && straightMarksLeftInParagraph(text, i + 1) >= 2) {
          // "Je lui ai dit "non" et il est parti": a mark after a space and before a word, inside a straight
          // quote whose paragraph still holds the inner closing mark and the outer one, opens a quote in it.
          // (Not in the spaced style, '" Nous partons " a dit X', where a closing mark is followed by a word.)
          stack.push(new Open(i, '"', c));
        } else if (contains(stack, '"')) {
          close(text, stack, '"', i, out, children, paragraphs);
        } else if (opensStraight(text, i)) {
          stack.push(new Open(i, '"', c));
        }
      } else if (c == '«' && contains(stack, '«') && closesReversed(text, i)) {
        // "« Nous condamnons cette attaque« , indique l'Union africaine": a reversed mark after a word and before
        // a space or punctuation closes the open quote (a typo frequent in agency copy).
        close(text, stack, fam, i, out, children, paragraphs);
      } else if (c == '«' || c == '‹' || c == '“' && !closesLow(stack) || c == '„') {
        stack.push(new Open(i, fam, c));
      } else if (c == '“') {
        close(text, stack, fam, i, out, children, paragraphs);
      } else if (contains(stack, fam)) {
        close(text, stack, fam, i, out, children, paragraphs);
      } else if (c == '”' && opensAfter(text, i)) {
        // A right quote used as an opening mark (a common typo): it opens when a word follows it directly.
        stack.push(new Open(i, fam, c));
      }
      i++;
    }
    if (!stack.isEmpty()) {
      emitOuter(text, stack.peekLast().pos, n, false, out, children, paragraphs);
    }
    return out;
  }

  /** Whether a dash opens the paragraph at {@code from} ("—", "–", or "--" in plain-text editions). */
  private static boolean dialogueTurn(String text, int from) {
    char c = text.charAt(from);
    return c == '—' || c == '–' || c == '-' && from + 1 < text.length() && text.charAt(from + 1) == '-';
  }

  /** Whether the paragraph starting at {@code from} holds a closing mark of the family before any opening one. */
  private static boolean closesBeforeOpening(String text, int from, char family) {
    if (family != '«' && family != '“') {
      return false;
    }
    for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
      char c = text.charAt(k);
      if (family == '«' ? c == '«' : c == '“' || c == '„') {
        return false;
      }
      if (family == '«' ? c == '»' : c == '”') {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(char family, char next) {
    return family == '«' && (next == '«' || next == '»') || family == '“' && next == '“'
        || family == '‹' && next == '‹';
  }

  /** The family of a mark: « for « », ‹ for ‹ ›, “ for curly double quotes, " for straight; 0 otherwise. */
  private static char family(char c) {
    switch (c) {
      case '«': case '»':
        return '«';
      case '‹': case '›':
        return '‹';
      case '“': case '”': case '„':
        return '“';
      case '"':
        return '"';
      default:
        return 0;
    }
  }

  /** True when the innermost open quote was opened by „, whose closing mark is “. */
  private static boolean closesLow(Deque<Open> stack) {
    for (Open o : stack) {
      if (o.family == '“') {
        return o.mark == '„';
      }
    }
    return false;
  }

  private static boolean contains(Deque<Open> stack, char family) {
    for (Open o : stack) {
      if (o.family == family) {
        return true;
      }
    }
    return false;
  }

  private static void close(String text, Deque<Open> stack, char family, int at, List<Marked> out,
      List<Marked> children, int[] paragraphs) {
    Open o;
    do {
      o = stack.pop();
    } while (o.family != family);
    if (stack.isEmpty()) {
      emitOuter(text, o.pos, at + 1, true, out, children, paragraphs);
    } else if (stack.size() == 1) {
      emit(text, o.pos, at + 1, true, children);
    }
  }

  private static void emitOuter(String text, int open, int end, boolean closed, List<Marked> out,
      List<Marked> children, int[] paragraphs) {
    if (paragraphs[0] >= 3 && (!children.isEmpty() || end - open > 2000)) {
      out.addAll(children);
    } else {
      emit(text, open, end, closed, out);
    }
    children.clear();
    paragraphs[0] = 0;
  }

  /** A straight quote opens when a word follows it, or after a space when a spaced word follows. */
  private static boolean opensStraight(String text, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    if (!before) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && isSpace(text.charAt(j)) && j - i <= 2) {
      j++;
    }
    return j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.');
  }

  /** Whether the mark at i stands right after a word and before a space, punctuation or the end. */
  private static boolean closesReversed(String text, int i) {
    return i > 0 && !isBlank(text.charAt(i - 1)) && text.charAt(i - 1) != '«'
        && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  /** How many straight marks the paragraph holds from {@code from} on. */
  private static int straightMarksLeftInParagraph(String text, int from) {
    int count = 0;
    for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
      count += text.charAt(k) == '"' ? 1 : 0;
    }
    return count;
  }

  private static boolean opensAfter(String text, int i) {
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    return before && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  /** Any space, the no-break and narrow ones included (Java's isWhitespace leaves them out). */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
  }

  private static void emit(String text, int open, int end, boolean closed, List<Marked> out) {
    int innerStart = open + 1;
    int innerEnd = closed ? end - 1 : end;
    while (innerStart < innerEnd && isBlank(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && isBlank(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (!closed) {
      // A quote left open ends with its paragraph's words.
      end = innerEnd;
    }
    if (innerEnd > innerStart) {
      out.add(new Marked(open, end, innerStart, innerEnd, closed));
    }
  }
}
