package org.vigie.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.eval.internal.Texts;

/** The canonical entities of a gold set (its optional entities file), looked up by normalized name. */
final class GoldEntities {
  static final GoldEntities NONE = new GoldEntities(List.of());

  /** One canonical entity; {@code aliases} are normalized and include the name itself. */
  record Entity(String name, String type, String qid, Set<String> aliases) {}

  private final List<Entity> all;
  private final Map<String, Entity> byName = new HashMap<>();

  GoldEntities(List<Entity> entities) {
    this.all = List.copyOf(entities);
    for (Entity e : all) {
      byName.putIfAbsent(Texts.normalizeName(e.name()), e);
    }
  }

  Optional<Entity> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(Texts.normalizeName(name)));
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  int size() {
    return all.size();
  }
}
