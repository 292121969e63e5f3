package org.vigie.fr.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell events ({@code events.tsv}), with the conditions under which they do, and the named sets
 * of nouns the conditions use. Immutable once loaded.
 */
final class EventLexicon {

  /** One trigger word: kind V (French verb lemma), N (French noun lemma) or E (English form). */
  record Entry(char kind, String type, String cameo, String word, Map<String, String> conditions) {
    boolean has(String condition) {
      return conditions.containsKey(condition);
    }

    String get(String condition) {
      return conditions.get(condition);
    }

    int quadClass() {
      return EventLexicon.quadClass(cameo);
    }
  }

  static final Map<String, Set<String>> SETS = Map.of(
      "AID", Set.of("aide", "assistance", "enveloppe", "arme", "armes", "armement", "munition", "équipement",
          "matériel", "fonds", "don", "prêt", "vaccin", "secours", "soutien", "financement", "subvention",
          "aid", "weapons", "arms", "funding", "package"),
      "TROOPS", Set.of("troupe", "troupes", "soldat", "militaire", "force", "forces", "homme", "bataillon",
          "brigade", "unité", "navire", "avion", "chasseur", "char", "contingent", "renfort", "effectif",
          "casque", "marine", "marines", "troops", "soldiers", "personnel", "diplomate", "ambassadeur"),
      "SANCTIONS", Set.of("sanction", "sanctions", "embargo", "représailles"),
      "AGREEMENT", Set.of("accord", "traité", "pacte", "mémorandum", "cessez-le-feu", "trêve", "protocole",
          "agreement", "deal", "treaty", "ceasefire"),
      "CRIME", Set.of("crime", "atrocité", "massacre", "exaction", "génocide", "violation", "meurtre",
          "assassinat", "crimes", "atrocities"));

  private final Map<String, List<Entry>> byWord = new HashMap<>();

  private EventLexicon() {}

  static EventLexicon load() {
    EventLexicon lex = new EventLexicon();
    try (InputStream in = EventLexicon.class.getResourceAsStream("events.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource events.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || f[0].length() != 1 || "VNE".indexOf(f[0].charAt(0)) < 0
            || !Event.TYPES.contains(f[1])) {
          throw new IllegalStateException("events.tsv line " + n + ": expected kind, type, cameo, word[, conditions]");
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        if (f.length > 4) {
          for (String c : f[4].split(",")) {
            int eq = c.indexOf('=');
            conditions.put(eq < 0 ? c.trim() : c.substring(0, eq).trim(), eq < 0 ? "" : c.substring(eq + 1).trim());
          }
        }
        Entry e = new Entry(f[0].charAt(0), f[1], f[2], f[3], Map.copyOf(conditions));
        lex.byWord.computeIfAbsent(f[0].charAt(0) + ":" + f[3], k -> new ArrayList<>()).add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lex.byWord.replaceAll((k, v) -> List.copyOf(v));
    return lex;
  }

  /** The entries for a French verb or noun lemma, or an English form; empty when none. */
  List<Entry> lookup(char kind, String word) {
    return byWord.getOrDefault(kind + ":" + word, List.of());
  }

  /** A noun that belongs to a condition's list: named sets and plain lemmas, {@code |}-separated. */
  static boolean nounIn(String spec, String lemma, String form) {
    for (String item : spec.split("\\|")) {
      Set<String> set = SETS.get(item);
      if (set != null ? set.contains(lemma) || set.contains(form) : item.equals(lemma) || item.equals(form)) {
        return true;
      }
    }
    return false;
  }

  /** GDELT's QuadClass of a CAMEO code, from its two-digit root. */
  static int quadClass(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 9) {
      return 2;
    }
    return root <= 14 ? 3 : 4;
  }
}
