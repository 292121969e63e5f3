package org.vigie.fr.amount;

import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * A sum of money as a reader compares and adds it up: {@code plus d'un milliard de dollars} is
 * {@code value} 1e9, {@code unit} USD, {@code qualifier} {@code >}.
 *
 * @param span the characters of the whole expression, qualifier included
 * @param text exactly the covered original text
 * @param value the amount in units of the currency (the lower bound of a range); cents are hundredths
 * @param upper the upper bound of a range ({@code entre 24 et 26 millions d'euros}), else null
 * @param unit the ISO 4217 code (BTC for bitcoins; historical codes such as FRF or DEM for old currencies);
 *     null when the text leaves the currency open and the article does not settle it
 * @param qualifier {@code =} exact, {@code >} more than (plus de, over, au moins), {@code <} less than or at
 *     most (moins de, under, jusqu'à), {@code ~} about (près de, environ, almost)
 * @param object what the money is for, as the text names it ({@code aide humanitaire}), or null
 */
public record Amount(Span span, String text, double value, Double upper, String unit, String qualifier,
    String object) implements Annotation {
  public Amount {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("amount text '" + text + "' does not fit " + span);
    }
  }
}
