package org.vigie.fr.amount;

import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * One numeric expression and its value, whatever it counts: {@code 1 milliard} (1e9), {@code trois cent
 * vingt} (320), {@code 11e} (ordinal 11), {@code trois quarts} (fraction 0.75), {@code 27 %} (percent 27).
 * Figures that are not values (dates, times, years, phone numbers, identifiers such as G7, references such as
 * l'article 5, list markers) are left out.
 *
 * @param kind {@code cardinal}, {@code ordinal}, {@code fraction} or {@code percent}
 */
public record Numeral(Span span, String text, double value, String kind) implements Annotation {
  public Numeral {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("number text '" + text + "' does not fit " + span);
    }
  }
}
