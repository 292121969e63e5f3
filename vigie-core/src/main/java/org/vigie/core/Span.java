package org.vigie.core;

/**
 * A half-open character range {@code [start, end)} into a document's original text.
 *
 * <p>Every annotation in Vigie points back to the text it came from through a span, so that any fact can be
 * traced to the characters that support it. Spans are values: equal when their bounds are equal.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return start == end;
  }

  /** Number of characters both spans cover. */
  public int shared(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  public boolean overlaps(Span other) {
    return shared(other) > 0;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The covered text; fails when the span does not fit in {@code text}. */
  public String of(CharSequence text) {
    checkWithin(text.length());
    return text.subSequence(start, end).toString();
  }

  /** Fails with a clear message when this span does not fit in a text of the given length. */
  public void checkWithin(int textLength) {
    if (end > textLength) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is outside a text of length " + textLength);
    }
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
