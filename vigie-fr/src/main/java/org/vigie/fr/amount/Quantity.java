package org.vigie.fr.amount;

import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * A count of things, a measure or a percentage: {@code plus de 100 000 soldats} is {@code value} 100000,
 * {@code unit} soldats, {@code qualifier} {@code >}; {@code 27 %} is 27 of unit {@code %}.
 *
 * @param span the characters of the expression, from its qualifier to the end of the counted noun phrase
 * @param text exactly the covered original text
 * @param value the number (the lower bound of a range)
 * @param upper the upper bound of a range, else null
 * @param unit the counted noun as written ({@code soldats}, {@code pays}), the unit of measure ({@code km}),
 *     or {@code %} and {@code ‰}
 * @param qualifier {@code =}, {@code >}, {@code <} or {@code ~}, as for {@link Amount}
 */
public record Quantity(Span span, String text, double value, Double upper, String unit, String qualifier)
    implements Annotation {
  public Quantity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("quantity text '" + text + "' does not fit " + span);
    }
  }
}
