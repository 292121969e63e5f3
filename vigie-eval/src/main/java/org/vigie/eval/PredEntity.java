package org.vigie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.Span;
import org.vigie.eval.internal.Json;
import org.vigie.eval.internal.Texts;

/**
 * An entity as the engine names it: canonical name, Wikidata QID (or null), the surface forms it has in the
 * article, type and whether one of them is a proper name. Speakers and event participants are read as such too.
 */
record PredEntity(String name, String qid, List<String> mentions, String type, boolean proper, Span span) {
  private static final Set<String> NAMED_TYPES = Set.of("PER", "ORG", "LOC");

  PredEntity {
    mentions = List.copyOf(mentions);
  }

  boolean isEmpty() {
    return (name == null || name.isBlank()) && qid == null && mentions.isEmpty();
  }

  /** A label for error listings. */
  String label() {
    StringBuilder sb = new StringBuilder(name == null ? "(no name)" : name);
    if (qid != null) {
      sb.append(" ").append(qid);
    }
    if (!mentions.isEmpty() && !(mentions.size() == 1 && mentions.get(0).equals(name))) {
      sb.append(" ").append(mentions);
    }
    return sb.toString();
  }

  /** The same entity with the mentions of its counterpart in the article's entity list added. */
  PredEntity withMentionsFrom(List<PredEntity> articleEntities) {
    for (PredEntity e : articleEntities) {
      boolean same = qid != null && qid.equalsIgnoreCase(e.qid)
          || name != null && e.name != null && Texts.normalizeName(name).equals(Texts.normalizeName(e.name));
      if (same) {
        Set<String> all = new LinkedHashSet<>(mentions);
        all.addAll(e.mentions);
        return new PredEntity(name, qid != null ? qid : e.qid, new ArrayList<>(all), type, proper, span);
      }
    }
    return this;
  }

  /**
   * The rule of FORMAT.md for speakers, also used for event participants and entities: the prediction is the
   * gold entity {@code goldName} when it has the same QID, or the normalized gold name equals its canonical name
   * or one of its mentions, or (with an entities file) one of the gold entity's aliases equals its canonical name.
   */
  static boolean matches(String goldName, PredEntity p, GoldEntities ents) {
    if (goldName == null || p == null) {
      return false;
    }
    var gold = ents.byName(goldName);
    if (gold.isPresent() && gold.get().qid() != null && p.qid != null && gold.get().qid().equalsIgnoreCase(p.qid)) {
      return true;
    }
    String g = Texts.normalizeName(goldName);
    String name = Texts.normalizeName(p.name);
    if (g.equals(name)) {
      return true;
    }
    for (String m : p.mentions) {
      if (g.equals(Texts.normalizeName(m))) {
        return true;
      }
    }
    return name != null && gold.isPresent() && gold.get().aliases().contains(name);
  }

  /** A participant or an entity object ({@code name}, {@code qid}, {@code mentions}) or a plain name. */
  static PredEntity of(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return new PredEntity(n.asText(), null, List.of(), null, true, null);
    }
    if (!n.isObject()) {
      return null;
    }
    String name = Json.str(n, "name");
    if (name == null) {
      name = Json.str(n, "text");
    }
    String qid = blankToNull(Json.str(n, "qid"));
    return new PredEntity(name, qid, Json.strings(n, "mentions"), Json.str(n, "type"), Json.bool(n, "proper", true),
        null);
  }

  /** The speaker of a predicted quote: {@code speaker}, {@code speaker_qid}, {@code speaker_mentions}; null if none. */
  static PredEntity speakerOf(JsonNode quote) {
    PredEntity p = new PredEntity(blankToNull(Json.str(quote, "speaker")), blankToNull(Json.str(quote, "speaker_qid")),
        Json.strings(quote, "speaker_mentions"), null, true, null);
    return p.isEmpty() ? null : p;
  }

  /**
   * The article's predicted entities: the {@code entities} layer when the output has one, else entities derived
   * from the {@code mentions} layer (PER, ORG, LOC mentions grouped by normalized text; name = the text).
   * With {@code namedOnly}, only PER, ORG and LOC entities with a proper-name mention.
   */
  static List<PredEntity> ofArticle(ObjectNode root, int textLength, boolean namedOnly) {
    List<PredEntity> out = new ArrayList<>();
    if (Json.hasLayer(root, "entities")) {
      for (ObjectNode e : Json.items(root, "entities")) {
        PredEntity p = of(e);
        if (p == null || p.isEmpty()) {
          continue;
        }
        p = new PredEntity(p.name, p.qid, p.mentions, p.type, p.proper, Json.span(e, textLength));
        if (!namedOnly || p.proper && (p.type == null || NAMED_TYPES.contains(p.type))) {
          out.add(p);
        }
      }
      return out;
    }
    Map<String, List<ObjectNode>> groups = new LinkedHashMap<>();
    for (ObjectNode m : Json.items(root, "mentions")) {
      String text = Json.str(m, "text");
      if (text == null || text.isBlank() || !NAMED_TYPES.contains(Json.str(m, "type"))) {
        continue;
      }
      groups.computeIfAbsent(Texts.normalizeName(text), k -> new ArrayList<>()).add(m);
    }
    for (List<ObjectNode> g : groups.values()) {
      Set<String> surfaces = new LinkedHashSet<>();
      Map<String, Integer> types = new LinkedHashMap<>();
      for (ObjectNode m : g) {
        surfaces.add(Json.str(m, "text"));
        types.merge(Json.str(m, "type"), 1, Integer::sum);
      }
      String type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      out.add(new PredEntity(Json.str(g.get(0), "text"), null, new ArrayList<>(surfaces), type, true,
          Json.span(g.get(0), textLength)));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
