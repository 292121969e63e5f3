package org.vigie.fr.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.EntityType;
import org.vigie.core.Span;

/**
 * One entity per real-world referent over a whole corpus, gathered from the articles' {@code entities}
 * layers: entities with the same Wikidata ID are one; without an ID, the same type and the same full name
 * (transliteration folded) are one. Two people who share only a surname are never merged: an article that
 * names someone by surname alone keeps its own entity unless the knowledge base or the article itself
 * resolved it. Thread-safe: documents may be added from several threads.
 */
public final class CorpusEntities {

  /** A role phrase naming the entity in one article, with that article's date and the phrase's offsets. */
  public record RoleSeen(String role, String date, String document, int start, int end) {}

  /**
   * One corpus entity: a stable id (the QID, or {@code V:} and the type and folded name), canonical name, type,
   * QID, every surface form with its count, how many mentions and articles, and the roles observed.
   */
  public record Row(String id, String name, EntityType type, String qid, Map<String, Integer> aliases,
      int mentions, int documents, List<RoleSeen> roles) {}

  private static final class Acc {
    String name;
    EntityType type;
    String qid;
    final Map<String, Integer> aliases = new TreeMap<>();
    int mentions;
    int documents;
    final List<RoleSeen> roles = new ArrayList<>();
  }

  private final Map<String, Acc> byId = new LinkedHashMap<>();

  /** Adds the entities of one analysed article (nothing when it has no entities layer). */
  public synchronized void add(AnalyzedDocument doc) {
    String date = doc.document().date() == null ? null : doc.document().date().toString();
    for (Entity e : doc.get(EntityAnnotator.ENTITIES)) {
      String id = idOf(e);
      Acc acc = byId.computeIfAbsent(id, k -> new Acc());
      if (acc.name == null || e.qid() != null && acc.qid == null) {
        acc.name = e.name();
        acc.type = e.type();
        acc.qid = e.qid();
      }
      acc.documents++;
      for (int i = 0; i < e.mentions().size(); i++) {
        String surface = e.mentions().get(i);
        acc.mentions++;
        acc.aliases.merge(surface.replace('’', '\''), 1, Integer::sum);
        if (isRole(surface)) {
          Span s = e.spans().get(i);
          acc.roles.add(new RoleSeen(surface, date, doc.document().id(), s.start(), s.end()));
        }
      }
    }
  }

  /** The corpus entities, most mentioned first. */
  public synchronized List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Acc> en : byId.entrySet()) {
      Acc a = en.getValue();
      rows.add(new Row(en.getKey(), a.name, a.type, a.qid, Map.copyOf(a.aliases), a.mentions, a.documents,
          List.copyOf(a.roles)));
    }
    rows.sort(Comparator.comparingInt(Row::mentions).reversed().thenComparing(Row::id));
    return rows;
  }

  static String idOf(Entity e) {
    return e.qid() != null ? e.qid() : "V:" + e.type() + ":" + Names.translit(e.name()).replace(' ', '_');
  }

  /** Role phrases begin with an article ("le secrétaire d'État"); names do not. */
  private static boolean isRole(String surface) {
    String k = Names.key(surface);
    return k.startsWith("le ") || k.startsWith("la ") || k.startsWith("l'") || k.startsWith("les ");
  }
}
