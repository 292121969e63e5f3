package org.vigie.fr.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.EntityType;
import org.vigie.core.Span;

/**
 * One real-world person, organization or place as an article names it: every mention of it in the article
 * (names, surnames, acronyms, titles, roles, typos), resolved to a canonical name and, where the knowledge
 * base knows it, a Wikidata ID.
 *
 * @param span the first mention
 * @param id the entity's id within the article ({@code E1}, {@code E2}... in order of first mention)
 * @param name the canonical name (the knowledge base's, usually the English Wikidata label; else the longest
 *     proper name the article uses)
 * @param type PER, ORG or LOC (MISC mentions are not entities)
 * @param qid the Wikidata ID, or null when unknown
 * @param spans every mention, in text order
 * @param mentions the text of every mention, in the same order
 * @param proper true when at least one mention is a proper name or an acronym (not only a role or pronoun)
 * @param metonymies the mentions of this place that stand for a government ("Moscou a nié"), in text order;
 *     empty for most entities (and then left out of the JSON)
 */
public record Entity(Span span, String id, String name, EntityType type, String qid, List<Span> spans,
    List<String> mentions, boolean proper,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Metonymy> metonymies) implements Annotation {

  /** An entity none of whose mentions stands for anything else. */
  public Entity(Span span, String id, String name, EntityType type, String qid, List<Span> spans,
      List<String> mentions, boolean proper) {
    this(span, id, name, type, qid, spans, mentions, proper, List.of());
  }

  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    spans = List.copyOf(spans);
    mentions = List.copyOf(mentions);
    metonymies = metonymies == null ? List.of() : List.copyOf(metonymies);
    if (spans.isEmpty() || spans.size() != mentions.size()) {
      throw new IllegalArgumentException("entity " + name + " needs one text per mention span");
    }
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).length() != mentions.get(i).length()) {
        throw new IllegalArgumentException("mention '" + mentions.get(i) + "' does not fit " + spans.get(i));
      }
    }
  }

  /** This entity with these metonymic mentions. */
  public Entity withMetonymies(List<Metonymy> uses) {
    return new Entity(span, id, name, type, qid, spans, mentions, proper, uses);
  }

  /** True when one of this entity's mentions overlaps {@code other}. */
  public boolean mentionedAt(Span other) {
    for (Span s : spans) {
      if (s.overlaps(other)) {
        return true;
      }
    }
    return false;
  }
}
