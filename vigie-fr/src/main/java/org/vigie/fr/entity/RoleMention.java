package org.vigie.fr.entity;

import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * A role phrase that names a person by office ("le secrétaire d'État américain"), with what the article tells
 * of its holder. Bound roles are evidence of who held an office on the article's date; unbound ones are
 * questions a corpus can answer from other articles (the store learns roles across articles from these).
 *
 * @param span the role phrase
 * @param text the phrase as written
 * @param head the office as written, lower case ("secrétaire d'état", "président")
 * @param owner what the office belongs to as written: a country adjective or a name ("américain", "OTAN"), or
 *     null
 * @param entity the id of the article's entity the role names ({@code E3}), or null when the article does not say
 * @param binding how the holder was found: {@code apposition} (the name is next to the role: "le secrétaire
 *     d'État Antony Blinken"), {@code article} (the same office bound earlier in the article),
 *     {@code knowledge_base} (the office's holder on the article's date), or null when unbound
 */
public record RoleMention(Span span, String text, String head, String owner, String entity, String binding)
    implements Annotation {
  public RoleMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("role '" + text + "' does not fit " + span);
    }
  }
}
