package org.vigie.fr.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.fr.internal.Csv;

/**
 * What Vigie knows before reading: people, organizations and places with their Wikidata IDs, English
 * canonical names and the French and English forms news uses, and who held which head-of-state or
 * head-of-government office in which years. Built once from the bundled gazetteers (countries, international
 * organizations, world leaders) and a curated list; immutable afterwards, so one instance serves all threads.
 */
final class KnowledgeBase {

  /** One known entity. {@code contextual} aliases ("l'Alliance") count only when the entity is also named. */
  record Entry(String key, String name, EntityType type, String qid, Set<String> contextual) {}

  /** An office held: "President of the United States", by whom, from which year to which (null: still). */
  record Tenure(String label, Entry holder, int start, Integer end) {
    /** Whether the office was held at some time in that year. */
    boolean heldIn(int year) {
      return start <= year && (end == null || end >= year);
    }
  }

  /** A curated office held from one day to another (end null: still), for whom its owners name. */
  record Holding(Roles.Office office, Set<String> owners, Entry holder, LocalDate start, LocalDate end) {}

  private final List<Holding> holdings = new ArrayList<>();

  private final Map<String, List<Entry>> byAlias = new HashMap<>();
  private final Map<String, Entry> byTranslit = new HashMap<>();
  private final Map<String, Entry> countryByAdjective = new HashMap<>();
  private final Map<String, List<Tenure>> tenuresByCountry = new HashMap<>();
  /** The tenures of the leaders' list by the transliterated last word of the holder's name. */
  private final Map<String, List<Tenure>> tenuresBySurname = new HashMap<>();
  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  private KnowledgeBase() {}

  static KnowledgeBase load() {
    return load(null);
  }

  /**
   * The bundled knowledge base, then the user's own file (same format as {@code kb-curated.tsv}), whose
   * entries and aliases win over the bundled ones: a way to add or correct entities without rebuilding.
   */
  static KnowledgeBase load(java.nio.file.Path userFile) {
    KnowledgeBase kb = new KnowledgeBase();
    InputStream in = KnowledgeBase.class.getResourceAsStream("kb-curated.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource kb-curated.tsv");
    }
    kb.loadCurated(new InputStreamReader(in, StandardCharsets.UTF_8), "kb-curated.tsv", false);
    kb.loadLeaders();
    kb.loadCountries();
    kb.loadOrganizations();
    kb.loadOffices();
    if (userFile != null) {
      try {
        kb.loadCurated(java.nio.file.Files.newBufferedReader(userFile, StandardCharsets.UTF_8), userFile.toString(),
            true);
      } catch (IOException e) {
        throw new IllegalArgumentException(userFile + ": cannot read the knowledge base file (" + e.getMessage()
            + ")", e);
      }
    }
    return kb;
  }

  /** The entry with this Wikidata ID, or null. */
  Entry byQid(String qid) {
    return qid == null ? null : byKey.get(qid);
  }

  /** The entries an alias names, of the given type first; empty when unknown. */
  List<Entry> lookup(String alias) {
    return byAlias.getOrDefault(Names.key(alias), List.of());
  }

  Entry lookup(String alias, EntityType preferred) {
    List<Entry> found = lookup(alias);
    for (Entry e : found) {
      if (e.type() == preferred) {
        return e;
      }
    }
    if (found.isEmpty() && preferred == EntityType.PER) {
      Entry e = byTranslit.get(Names.translit(alias));
      String[] words = alias.strip().split("\\s+");
      if (e == null && words.length == 2) {
        // "Kishida Fumio", "Abe Shinzo": the French press sometimes keeps an East Asian name's order.
        for (Entry r : lookup(words[1] + " " + words[0])) {
          if (r.type() == EntityType.PER) {
            return r;
          }
        }
      }
      return e;
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** A person whose full name reads the same once transliteration is folded (Vladimir Poutine: Putin). */
  Entry personByTranslit(String fullName) {
    return byTranslit.get(Names.translit(fullName));
  }

  /** Whether this person held, in the date's year, an office of the leaders' list whose label starts so. */
  boolean holds(Entry person, List<String> labelPrefixes, LocalDate date) {
    if (person == null || date == null || person.type() != EntityType.PER) {
      return false;
    }
    for (Tenure t : tenuresBySurname.getOrDefault(Names.translit(Names.lastWord(person.name())), List.of())) {
      String label = t.label().toLowerCase(java.util.Locale.ROOT);
      if (t.holder() == person && t.heldIn(date.getYear())
          && labelPrefixes.stream().anyMatch(label::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one leader of the list in office in the date's year whose last name this is ("M. Bolsonaro" in 2019),
   * or null when none or several are.
   */
  Entry leaderBySurname(String surname, LocalDate date) {
    if (date == null) {
      return null;
    }
    Entry found = null;
    for (Tenure t : tenuresBySurname.getOrDefault(Names.translit(surname), List.of())) {
      if (t.heldIn(date.getYear())) {
        if (found != null && found != t.holder()) {
          return null;
        }
        found = t.holder();
      }
    }
    return found;
  }

  /** The country a French adjective or demonym names ("américain", "russes", "française"), or null. */
  Entry countryOfAdjective(String word) {
    return countryByAdjective.get(Names.key(word));
  }

  /** Who held an office of this country on this date, whose label starts with one of the prefixes. */
  Entry holder(Entry country, List<String> labelPrefixes, LocalDate date) {
    if (country == null || date == null) {
      return null;
    }
    List<Tenure> candidates = new ArrayList<>();
    for (Tenure t : tenuresByCountry.getOrDefault(country.key(), List.of())) {
      String label = t.label().toLowerCase(java.util.Locale.ROOT);
      boolean office = labelPrefixes.stream().anyMatch(label::startsWith);
      if (office && t.heldIn(date.getYear())) {
        candidates.add(t);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    // Years only: in a year of change, the one who took office that year holds it after January.
    candidates.sort(java.util.Comparator.comparingInt(Tenure::start));
    Tenure best = candidates.get(candidates.size() - 1);
    if (candidates.size() > 1 && best.start() == date.getYear() && date.getMonthValue() < 2) {
      best = candidates.get(candidates.size() - 2);
    }
    return best.holder();
  }

  /**
   * Who held this office of this owner (a country adjective or name, an organization: "américaine", "Kremlin",
   * "OTAN") on this date, from the curated offices; null when unknown.
   */
  Entry officeHolder(Roles.Office office, String owner, LocalDate date) {
    if (owner == null || date == null) {
      return null;
    }
    String key = ownerKey(owner);
    for (Holding h : holdings) {
      if (h.office() == office && h.owners().contains(key) && !date.isBefore(h.start())
          && (h.end() == null || !date.isAfter(h.end()))) {
        return h.holder();
      }
    }
    return null;
  }

  /** An owner word folded so that genders and numbers meet: "américaine", "américains": "americain". */
  static String ownerKey(String owner) {
    return Names.key(owner).replaceAll("'$", "").replaceAll("e?s?$", "").replaceAll("nn$", "n");
  }

  private void loadOffices() {
    String source = "offices-curated.tsv";
    InputStream in = KnowledgeBase.class.getResourceAsStream(source);
    if (in == null) {
      throw new IllegalStateException("missing resource " + source);
    }
    eachDataLine(new InputStreamReader(in, StandardCharsets.UTF_8), (number, line) -> {
      String[] f = line.split("\t", -1);
      try {
        Roles.Office office = Roles.Office.valueOf(f[0].trim());
        Set<String> owners = new HashSet<>();
        for (String o : f[1].split("\\|")) {
          owners.add(ownerKey(o));
        }
        String qid = f[2].trim();
        String name = f[3].trim();
        Entry holder = !qid.isEmpty() ? byKey.get(qid) : null;
        if (holder == null) {
          Entry known = lookup(name, EntityType.PER);
          holder = known != null && known.type() == EntityType.PER ? known : entry(qid, name, EntityType.PER,
              Set.of());
        }
        for (String alias : f[4].split("\\|")) {
          String a = alias.trim();
          add(holder, a);
          if (a.contains(" ")) {
            byTranslit.putIfAbsent(Names.translit(a), holder);
          }
        }
        LocalDate start = LocalDate.parse(f[5].trim());
        LocalDate end = f[6].isBlank() ? null : LocalDate.parse(f[6].trim());
        holdings.add(new Holding(office, Set.copyOf(owners), holder, start, end));
      } catch (RuntimeException e) {
        throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
      }
    });
  }

  /** A line of a data file and its number (from 1). */
  private interface LineHandler {
    void line(int number, String line);
  }

  /** Every line of a data file but comments ("#") and blank lines, with its number. */
  private static void eachDataLine(java.io.Reader reader, LineHandler handler) {
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (!line.startsWith("#") && !line.isBlank()) {
          handler.line(number, line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(Entry e, String alias) {
    if (alias == null || alias.isBlank() || alias.length() < 2) {
      return;
    }
    List<Entry> list = byAlias.computeIfAbsent(Names.key(alias), k -> new ArrayList<>());
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private Entry entry(String qid, String name, EntityType type, Set<String> contextual) {
    String key = qid != null && !qid.isBlank() ? qid : type + ":" + Names.key(name);
    Entry existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    Entry e = new Entry(key, name, type, qid == null || qid.isBlank() ? null : qid, contextual);
    byKey.put(key, e);
    add(e, name);
    return e;
  }

  private void loadCurated(java.io.Reader reader, String source, boolean wins) {
    eachDataLine(reader, (number, line) -> {
      String[] f = line.split("\t");
      EntityType type;
      try {
        type = f.length >= 4 ? EntityType.valueOf(f[1].trim()) : null;
      } catch (IllegalArgumentException e) {
        type = null;
      }
      if (type == null || type == EntityType.MISC || f[2].isBlank()) {
        throw new IllegalArgumentException(source + ":" + number + ": expected qid<TAB>PER|ORG|LOC<TAB>name"
            + "<TAB>alias|alias... (got: " + line + ")");
      }
      Set<String> contextual = new HashSet<>();
      if (f.length > 4 && f[4].startsWith("contextual:")) {
        for (String c : f[4].substring("contextual:".length()).split("\\|")) {
          contextual.add(Names.key(c));
        }
      }
      Entry e = entry(f[0].trim(), f[2].trim(), type, Set.copyOf(contextual));
      List<String> aliases = new ArrayList<>(List.of(f[3].split("\\|")));
      aliases.add(f[2].trim());
      for (String alias : aliases) {
        if (wins) {
          List<Entry> list = byAlias.computeIfAbsent(Names.key(alias), k -> new ArrayList<>());
          list.remove(e);
          list.add(0, e);
        } else {
          add(e, alias);
        }
        if (e.type() == EntityType.PER && alias.trim().contains(" ")) {
          if (wins) {
            byTranslit.put(Names.translit(alias), e);
          } else {
            byTranslit.putIfAbsent(Names.translit(alias), e);
          }
        }
      }
    });
  }

  private final Map<String, Entry> countryByEnglishName = new HashMap<>();
  private final Map<String, Entry> countryByCapital = new HashMap<>();

  /**
   * The country whose capital this place is ("Moscow": Russia), by the capital's English name; null when the
   * place is no country's capital. Brussels is the European Union's seat in news ("Bruxelles exige").
   */
  Entry countryOfCapital(Entry place) {
    if (place == null || place.type() != EntityType.LOC) {
      return null;
    }
    if ("Q239".equals(place.qid()) && byKey.containsKey("Q458")) {
      return byKey.get("Q458");
    }
    return countryByCapital.get(capitalKey(place.name()));
  }

  /** The country whose capital has this name, for a place that is no entry of its own; null when none. */
  Entry countryOfCapitalNamed(String name) {
    return name == null ? null : countryByCapital.get(capitalKey(name));
  }

  private static String capitalKey(String name) {
    return Names.key(name).replaceAll("[^\\p{L}]+", "");
  }

  private void loadLeaders() {
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/world-leaders/wikidata_union_all_snapshots.csv")) {
      Entry country = entry(row.get("countryid"), row.get("country"), EntityType.LOC, Set.of());
      countryByEnglishName.put(Names.key(row.get("country")), country);
      Entry person = entry(row.get("officeholder"), row.get("officeholderLabel"), EntityType.PER, Set.of());
      byTranslit.putIfAbsent(Names.translit(person.name()), person);
      int start = parseYear(row.get("start_year"), 0);
      String end = row.get("end_year");
      Tenure tenure = new Tenure(row.get("positionLabel"), person, start, end == null || end.isBlank() ? null
          : parseYear(end, 9999));
      tenuresByCountry.computeIfAbsent(country.key(), k -> new ArrayList<>()).add(tenure);
      String last = Names.lastWord(person.name());
      tenuresBySurname.computeIfAbsent(Names.translit(last), k -> new ArrayList<>()).add(tenure);
      String afterArticle = Names.afterArticle(last);
      if (afterArticle != null) {
        // "Assad" for "Bashar al-Assad", "Sisi" for "Abdel Fattah el-Sisi".
        tenuresBySurname.computeIfAbsent(Names.translit(afterArticle), k -> new ArrayList<>()).add(tenure);
      }
    }
  }

  private static int parseYear(String s, int fallback) {
    try {
      return Integer.parseInt(s.trim());
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private void loadCountries() {
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/countries/countries.csv")) {
      String common = row.get("name.common");
      Entry country = null;
      List<String> english = new ArrayList<>(List.of(common, "The " + common));
      english.add(row.get("name.official"));
      // Wikidata may use a former or longer name ("Turkey" for "Türkiye", "The Gambia"): the spellings help.
      String alt = row.get("altSpellings");
      for (String a : alt == null ? new String[0] : alt.split(",")) {
        english.add(a.strip());
        english.add(a.strip().replaceFirst("^(Republic|Kingdom|State|Commonwealth) of (the )?", ""));
      }
      for (String en : english) {
        if (country == null && en != null) {
          country = countryByEnglishName.get(Names.key(en));
        }
      }
      if (country == null) {
        country = entry(null, common, EntityType.LOC, Set.of());
      } else if (!country.name().equals(common)) {
        // Keep the Wikidata ID; prefer the short English name users write ("United States").
        Entry renamed = new Entry(country.key(), common, EntityType.LOC, country.qid(), Set.of());
        replace(country, renamed);
        country = renamed;
      }
      for (String key : new String[] {"name.common", "name.official", "translations.fra.common",
          "translations.fra.official"}) {
        add(country, row.get(key));
      }
      String capital = row.get("capital");
      boolean sovereignCountry = "1".equals(row.get("independent")) || country.qid() != null;
      if (capital != null && !capital.isBlank() && sovereignCountry) {
        for (String c : capital.split("[|;]")) {
          countryByCapital.putIfAbsent(capitalKey(c), country);
        }
      }
      for (String key : new String[] {"demonyms.fra.m", "demonyms.fra.f"}) {
        String d = row.get(key);
        if (d != null && !d.isBlank()) {
          String k = Names.key(d);
          boolean sovereign = "1".equals(row.get("independent")) || country.qid() != null;
          for (String form : new String[] {k, k.endsWith("s") ? k : k + "s"}) {
            // Several territories share a demonym ("français"): the sovereign country wins.
            Entry current = countryByAdjective.get(form);
            if (current == null || sovereign && current.qid() == null) {
              countryByAdjective.put(form, country);
            }
          }
        }
      }
    }
  }

  private void replace(Entry old, Entry renamed) {
    byKey.put(old.key(), renamed);
    for (List<Entry> list : byAlias.values()) {
      list.replaceAll(e -> e == old ? renamed : e);
    }
    byTranslit.replaceAll((k, e) -> e == old ? renamed : e);
    countryByEnglishName.replaceAll((k, e) -> e == old ? renamed : e);
    countryByAdjective.replaceAll((k, e) -> e == old ? renamed : e);
    add(renamed, renamed.name());
  }

  private void loadOrganizations() {
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/intl-orgs/intl_orgs_en_fr.csv")) {
      String qid = row.get("wikidata");
      Entry org = qid != null && byKey.containsKey(qid) ? byKey.get(qid)
          : entry(qid, row.get("name_en"), EntityType.ORG, Set.of());
      for (String key : new String[] {"name_en", "abbr_en", "name_fr", "abbr_fr"}) {
        add(org, row.get(key));
      }
      String others = row.get("other_names_en");
      if (others != null) {
        for (String o : others.split("\\|")) {
          add(org, o.trim());
        }
      }
    }
  }
}
