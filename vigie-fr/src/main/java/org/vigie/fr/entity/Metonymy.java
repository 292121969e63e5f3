package org.vigie.fr.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A place's mention that stands for a government: "Moscou a nié", "les sanctions de Washington", "Pékin
 * dénonce". The mention stays the place's (the city is what the text names); this says whose voice or action
 * it carries, so that a reader counting what Russia said finds it.
 *
 * @param start the mention's start (half-open offsets into the text)
 * @param end the mention's end
 * @param text the mention as written
 * @param standsFor the Wikidata ID of the country (or union) whose government the place stands for, or null
 * @param standsForName its canonical name
 * @param cue what makes it an actor: the verb's lemma ("nier") or the noun it is the complement of ("sanctions")
 */
@JsonPropertyOrder({"start", "end", "text", "stands_for", "stands_for_name", "cue"})
public record Metonymy(int start, int end, String text, @JsonProperty("stands_for") String standsFor,
    @JsonProperty("stands_for_name") String standsForName, String cue) {
  public Metonymy {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(standsForName, "standsForName");
    Objects.requireNonNull(cue, "cue");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("metonymy '" + text + "' does not fit [" + start + ", " + end + ")");
    }
  }
}
