package org.vigie.fr.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.EntityType;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.NormalizedText;
import org.vigie.core.Span;
import org.vigie.fr.internal.FirstNameWords;

/**
 * Groups an article's mentions into entities and resolves each to the knowledge base: name variants
 * (surname, title, initials, French and English forms, acronyms and their expansions), typos of a name the
 * article uses, and roles ("le secrétaire d'État Antony Blinken" then "le secrétaire d'État"; "le président
 * américain" in 2022 is Joe Biden). Every mention keeps its offsets; canonical names and Wikidata IDs come
 * from the knowledge base where it knows the entity.
 */
public final class EntityAnnotator implements Annotator {
  public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);
  /** Every role phrase of the article, bound to the entity it names or not. */
  public static final Layer<RoleMention> ROLES = Layer.of("roles", RoleMention.class);

  /** Countries whose head of government, not of state, leads ("le dirigeant allemand" is the chancellor). */
  private static final Set<String> GOVERNMENT_LED = Set.of("Q183", "Q145", "Q38", "Q16", "Q17", "Q29", "Q55",
      "Q31", "Q34", "Q20", "Q35", "Q33", "Q668", "Q801", "Q408", "Q41", "Q28", "Q213", "Q214", "Q36", "Q211",
      "Q37", "Q191", "Q27", "Q40", "Q39", "Q218", "Q664", "Q43");

  private final KnowledgeBase kb;

  public EntityAnnotator() {
    this(null);
  }

  /**
   * With the user's own knowledge base file on top of the bundled one (null for none): one entity a line,
   * {@code qid<TAB>PER|ORG|LOC<TAB>canonical name<TAB>alias|alias|...}, as in {@code kb-curated.tsv}.
   *
   * @throws IllegalArgumentException naming the file and line when the file cannot be read or is malformed
   */
  public EntityAnnotator(java.nio.file.Path userKnowledgeBase) {
    this.kb = KnowledgeBase.load(userKnowledgeBase);
  }

  /** A country as the knowledge base knows it: canonical name and Wikidata ID. */
  public record Country(String name, String qid) {}

  /**
   * The country a French demonym or country adjective names ({@code russes}, {@code américaine}), or null: later
   * layers read {@code les forces russes} as Russia acting.
   */
  public Country countryOfAdjective(String word) {
    KnowledgeBase.Entry e = kb.countryOfAdjective(word);
    return e == null ? null : new Country(e.name(), e.qid());
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    // In a fixed order (entities, then roles), so that outputs listing layers are stable from run to run.
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(ENTITIES, ROLES)));
  }

  /** A growing entity while the article is read. */
  private static final class Cluster {
    KnowledgeBase.Entry entry;
    EntityType type;
    final List<Span> spans = new ArrayList<>();
    final List<Boolean> proper = new ArrayList<>();
    String bestName;
    /** {@code Names.key(bestName)}, kept with it: long articles compare every new mention with every cluster. */
    String bestKey;
    final List<String> fullNames = new ArrayList<>();
    /** The transliterated last words of the full names, for {@link #hasSurname}. */
    private final Set<String> translitSurnames = new HashSet<>();
    private final Set<Span> spanSet = new HashSet<>();

    Cluster(EntityType type, KnowledgeBase.Entry entry) {
      this.type = type;
      this.entry = entry;
    }

    void add(Span span, String text, boolean isProper) {
      if (!spanSet.add(span)) {
        return;
      }
      spans.add(span);
      proper.add(isProper);
      if (isProper && (bestName == null || text.length() > bestName.length())) {
        bestName = text;
        bestKey = Names.key(text);
      }
      if (isProper && text.trim().contains(" ")) {
        fullNames.add(text);
        translitFullNames.add(Names.translit(text.trim()));
        translitSurnames.add(Names.translit(Names.lastWord(text)));
        String afterArticle = Names.afterArticle(Names.lastWord(text));
        if (afterArticle != null) {
          translitSurnames.add(Names.translit(afterArticle)); // "Assad" after "Bachar al-Assad"
        }
        String[] words = text.trim().split("\\s+");
        fullNameParts.add(new String[] {Names.translit(words[words.length - 1]), Names.key(words[0]).replace(".", "")});
      }
    }

    /** Per full name, its transliterated last word and its folded first word (for sameFullName). */
    final List<String[]> fullNameParts = new ArrayList<>();

    /** Whether the article names this person by this surname alone and never by a full name. */
    boolean isSurnameAlone(String translitSurname) {
      return fullNames.isEmpty() && bestName != null && Names.translit(bestName.trim()).equals(translitSurname);
    }

    /** The full names, transliterated once (for endsWithWords). */
    final List<String> translitFullNames = new ArrayList<>();

    boolean endsWithWords(String translitName) {
      for (String t : translitFullNames) {
        if (t.length() > translitName.length() && t.endsWith(" " + translitName)) {
          return true;
        }
      }
      return false;
    }

    boolean hasSurname(String translitSurname) {
      return translitSurnames.contains(translitSurname) || entry != null && entry.type() == EntityType.PER
          && Names.translit(Names.lastWord(entry.name())).equals(translitSurname);
    }
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    String text = doc.text();
    List<Cluster> clusters = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : doc.get(Layers.MENTIONS)) {
      EntityType type = m.type();
      if (type == EntityType.MISC) {
        KnowledgeBase.Entry known = kb.lookup(m.text(), EntityType.MISC);
        if (known == null) {
          continue;
        }
        type = known.type();
      }
      mentions.add(new Mention(m.span(), m.text(), type));
    }
    // Longer names first, so that a surname or an acronym finds the full name it stands for.
    List<Mention> ordered = new ArrayList<>(mentions);
    // (An initial after the first name it stands for: "Christine Lagarde" before "C. Lagarde".)
    ordered.sort(Comparator.comparingInt((Mention m) -> -m.text().trim().split("\\s+").length)
        .thenComparingInt(m -> INITIAL_SURNAME.matcher(m.text().trim()).matches() ? 1 : 0)
        .thenComparing(Mention::span));
    // The names of organizations and places, for "X de Y" qualifiers ("SDJ d'I-Télé" is the "SDJ").
    Set<String> qualifiers = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORG || m.type() == EntityType.LOC) {
        qualifiers.add(Names.key(m.text()));
      }
    }
    // "l'Agence spatiale européenne (ESA)": the article defines the acronym, whatever else it may stand for.
    java.util.Map<String, Mention> defined = new java.util.HashMap<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention name = mentions.get(i);
      Mention acronym = mentions.get(i + 1);
      if (name.type() == EntityType.ORG && acronym.type() == EntityType.ORG && name.text().contains(" ")
          && ACRONYM.matcher(acronym.text()).matches() && acronym.span().start() > name.span().end()
          && text.substring(name.span().end(), acronym.span().start()).matches("\\s*\\(\\s*")) {
        defined.putIfAbsent(Names.key(acronym.text()), name);
      }
    }
    List<Mention> contextual = new ArrayList<>();
    for (Mention m : ordered) {
      Mention definer = defined.get(Names.key(m.text()));
      KnowledgeBase.Entry entry = kb.lookup(definer != null ? definer.text() : m.text(), m.type());
      if (entry == null && m.type() == EntityType.PER) {
        entry = gluedName(m.text());
      }
      if (definer != null && entry == null) {
        Cluster owner = clusters.stream().filter(c -> c.spans.contains(definer.span())).findFirst().orElse(null);
        if (owner != null) {
          owner.add(m.span(), m.text(), true);
          continue;
        }
      }
      if (entry != null && entry.contextual().contains(Names.key(m.text()))) {
        contextual.add(m);
        continue;
      }
      Cluster c = place(clusters, m, entry, qualifiers, text);
      c.add(m.span(), m.text(), true);
    }
    for (Mention m : contextual) {
      KnowledgeBase.Entry entry = kb.lookup(m.text(), m.type());
      Cluster named = clusters.stream().filter(c -> c.entry == entry).findFirst().orElse(null);
      if (named != null) {
        named.add(m.span(), m.text(), true);
      } else {
        Cluster c = new Cluster(m.type(), null);
        c.add(m.span(), m.text(), true);
        clusters.add(c);
      }
    }
    resolveHandles(text, clusters);
    knownAs(text, clusters);
    for (Cluster c : clusters) {
      // A surname alone, the article giving no full name: the one leader of that name in office then.
      if (c.type == EntityType.PER && c.entry == null && c.fullNames.isEmpty() && c.bestName != null) {
        KnowledgeBase.Entry leader = kb.leaderBySurname(c.bestName.trim(), doc.document().date());
        if (leader != null && clusters.stream().noneMatch(o -> o.entry == leader)) {
          c.entry = leader;
        }
      }
      java.util.regex.Matcher initial = c.type == EntityType.PER && c.entry == null && c.bestName != null
          ? INITIAL_SURNAME.matcher(c.bestName.trim()) : null;
      if (initial != null && initial.matches()) {
        // "C. Lagarde": an initial and a surname, the one leader of that surname in office then whose first name
        // has that initial.
        KnowledgeBase.Entry leader = kb.leaderBySurname(initial.group(2), doc.document().date());
        if (leader != null && leader.name().startsWith(initial.group(1))
            && clusters.stream().noneMatch(o -> o.entry == leader)) {
          c.entry = leader;
        }
      }
    }
    List<RoleFound> roles = resolveRoles(doc, clusters);
    List<Entity> entities = new Metonymies(kb).mark(render(clusters, text), doc.get(Layers.TOKENS), text);
    List<RoleMention> roleMentions = new ArrayList<>();
    for (RoleFound r : roles) {
      String id = null;
      for (Entity e : entities) {
        if (r.binding() != null && e.spans().contains(r.span())) {
          id = e.id();
        }
      }
      roleMentions.add(new RoleMention(r.span(), r.span().of(text), r.role().head(), r.role().of(), id,
          id == null ? null : r.binding()));
    }
    return doc.with(ENTITIES, entities).with(ROLES, roleMentions);
  }

  /**
   * "Joe Bidenrencontrera", "Andrés Manuel Lopez Obradorpour": a person the knowledge base knows, whose name a
   * missing space glued to the next word; else null.
   */
  private KnowledgeBase.Entry gluedName(String surface) {
    String[] words = surface.trim().split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || last.length() < 8 || !GLUED.matcher(last).matches()) {
      return null;
    }
    String head = String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - 1));
    for (int cut = last.length() - 3; cut >= 3; cut--) {
      KnowledgeBase.Entry e = kb.lookup(head + " " + last.substring(0, cut), EntityType.PER);
      if (e != null && e.type() == EntityType.PER) {
        return e;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]{1,7}");

  private static final java.util.regex.Pattern PATRONYM = java.util.regex.Pattern.compile(" (?:bin|ben|ibn|bint) ");

  /** A title that goes with a first name alone: "le pape François", "le roi Charles", "sœur Emmanuelle". */
  private static final java.util.regex.Pattern TITLE_OF_FIRST_NAME = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:pape|roi|reine|prince|princesse|saint|sainte|émir|cheikh|frère|sœur|soeur|père|abbé|imam|mgr|"
          + "infante?|archiduc|grand-duc)\\s+$");

  private static final java.util.regex.Pattern INITIAL_SURNAME = java.util.regex.Pattern.compile(
      "(\\p{Lu})\\.\\s*(\\p{Lu}[\\p{L}'’-]+)");

  private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("(?<![\\w@])@\\w{2,30}");

  /** Social media handles the knowledge base knows ("@SecBlinken", "@StateDept") name their owner. */
  private void resolveHandles(String text, List<Cluster> clusters) {
    java.util.regex.Matcher m = HANDLE.matcher(text);
    while (m.find()) {
      Span span = Span.of(m.start(), m.end());
      KnowledgeBase.Entry entry = kb.lookup(m.group()).stream().findFirst().orElse(null);
      if (entry == null || clusters.stream().anyMatch(c -> c.spans.stream().anyMatch(s -> s.overlaps(span)))) {
        continue;
      }
      Cluster c = clusters.stream().filter(x -> x.entry == entry).findFirst().orElse(null);
      if (c == null) {
        c = new Cluster(entry.type(), entry);
        clusters.add(c);
      }
      c.add(span, m.group(), true);
    }
  }

  /** What names the same person after their name: ", largement connu sous le nom d'", ", surnommé". */
  private static final java.util.regex.Pattern KNOWN_AS = java.util.regex.Pattern.compile(
      "(?iu)\\s*,?\\s*(?:(?:largement|plus|mieux|aussi|également|souvent)\\s+)?(?:(?:connue?|désignée?)\\s+sous\\s+"
          + "(?:le\\s+)?(?:nom|surnom|sobriquet|acronyme|initiales)\\s+(?:de\\s+|d['’]|du\\s+)|surnommée?\\s+)");

  /**
   * "Ibrahim Boubacar Keïta, largement connu sous le nom d'IBK": the name after is the same person's, and so are its
   * other mentions in the article.
   */
  private static void knownAs(String text, List<Cluster> clusters) {
    java.util.regex.Matcher m = KNOWN_AS.matcher(text);
    for (Cluster c : clusters) {
      if (c.type != EntityType.PER) {
        continue;
      }
      for (int i = 0; i < c.spans.size(); i++) {
        if (!m.region(c.spans.get(i).end(), text.length()).lookingAt()) {
          continue;
        }
        int after = m.end();
        for (Cluster other : clusters) {
          boolean there = other != c && other.spans.stream().anyMatch(sp -> sp.start() == after);
          if (there && (other.entry == null || other.entry == c.entry)
              && (other.type == EntityType.PER || other.type == EntityType.ORG || other.type == EntityType.MISC)) {
            for (int k = 0; k < other.spans.size(); k++) {
              Span sp = other.spans.get(k);
              c.add(sp, sp.of(text), other.proper.get(k));
            }
            other.spans.clear();
            other.proper.clear();
            break;
          }
        }
      }
    }
  }

  /**
   * Whether a full name differs from one of the cluster's by one letter of a surname of five letters or more, or by
   * two letters swapped or one changed in a given name of six letters or more, its other words the same: a typo,
   * not a relative ("Jill Biden" differs by the first name).
   */
  private static boolean typoOfFullName(Cluster c, String surface) {
    String[] w = Names.translit(surface).split(" ");
    for (String full : c.translitFullNames) {
      String[] f = full.split(" ");
      if (f.length != w.length || w.length < 2 || full.equals(Names.translit(surface))) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i + 1 < w.length && same; i++) {
        same = w[i].equals(f[i]);
      }
      String a = w[w.length - 1];
      String b = f[f.length - 1];
      if (same && Math.min(a.length(), b.length()) >= 4 && Names.distance(a, b, 1) <= 1) {
        return true;
      }
      boolean sameRest = true;
      for (int i = 1; i < w.length && sameRest; i++) {
        sameRest = w[i].equals(f[i]);
      }
      // ("Chrisitan Constantin" beside "Christian Constantin": a given name's letters swapped, not a relative's
      // name, which differs by more, or by a feminine ending: "Louis" and "Louise".)
      String x = w[0];
      String y = f[0];
      if (sameRest && Math.min(x.length(), y.length()) >= 6 && x.length() == y.length()
          && Names.distance(x, y, 1) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** The one person whose full name starts with this folded word, or null (none, or several). */
  private static Cluster oneStartingWith(List<Cluster> clusters, String key) {
    Cluster match = null;
    int matches = 0;
    for (Cluster c : clusters) {
      if (c.type == EntityType.PER && c.fullNameParts.stream().anyMatch(p -> p[1].equals(key))) {
        match = c;
        matches++;
      }
    }
    return matches == 1 ? match : null;
  }

  /** Whether a name of several words is the end of a person's full name: a compound surname without the first. */
  private static boolean endsAFullName(Cluster c, String surface) {
    return c.type == EntityType.PER && c.endsWithWords(Names.translit(surface));
  }

  private Cluster place(List<Cluster> clusters, Mention m, KnowledgeBase.Entry entry, Set<String> qualifiers,
      String text) {
    String surface = m.text().trim();
    // ("Le Pen", "De Gaulle", "Van Rompuy": a surname with its particle is still a surname alone.)
    boolean single = !surface.contains(" ") || SURNAME_WITH_PARTICLE.matcher(surface).matches();
    if (entry != null) {
      for (Cluster c : clusters) {
        if (c.entry == entry) {
          return c;
        }
      }
    }
    if (m.type() == EntityType.PER) {
      String last = Names.translit(Names.lastWord(surface));
      String first = Names.key(surface.split("\\s+")[0]).replace(".", "");
      for (Cluster c : clusters) {
        if (c.type != EntityType.PER) {
          continue;
        }
        if (single && c.hasSurname(last)) {
          return adopt(c, entry);
        }
        if (single && c.entry == null && c.isSurnameAlone(Names.translit(surface))) {
          return adopt(c, entry); // "M. Bolsonaro" ... "Bolsonaro", with no full name in the article
        }
        if (!single && (c.entry == null || first.length() == 1) && entry == null && sameFullName(c, last, first)) {
          return c; // ("C. Lagarde" and "Christine Lagarde", whom the knowledge base knows.)
        }
        if (!single && entry == null && PATRONYM.matcher(surface).find()) {
          String t = Names.translit(surface);
          if (c.translitFullNames.stream().anyMatch(f -> f.startsWith(t + " "))) {
            return c; // "Faisal bin Farhan" after "Faisal bin Farhan Al Saud"
          }
        }
        if (!single && entry == null && endsAFullName(c, surface)) {
          return c; // "M. Lopez Obrador" and "le président Andrés Manuel Lopez Obrador"
        }
        if (!single && entry == null && c.entry == null && typoOfFullName(c, surface)) {
          return c; // "Wu Qiang" after "Wu Qian": one letter off the surname of a full name the article gave
        }
      }
      if (single && entry == null && TITLE_BEFORE.matcher(
          text.substring(Math.max(0, m.span().start() - 10), m.span().start())).find()) {
        // "Mme Zhu" after "Zhu Fenglian", "M. Kim" after "Kim Jong-un": a title marks a surname, which comes
        // first in Chinese and Korean names; one full name starting with it is theirs.
        Cluster match = oneStartingWith(clusters, Names.key(surface).replace(".", ""));
        if (match != null) {
          return match;
        }
      }
      if (single && entry == null && FirstNameWords.contains(surface) && !TITLE_OF_FIRST_NAME.matcher(
          text.substring(Math.max(0, m.span().start() - 12), m.span().start())).find()) {
        // "Ignazio" after "Ignazio Cassis": a first name alone is the one person the article named in full with it
        // (not "le pape François" after François Hollande).
        Cluster match = oneStartingWith(clusters, Names.key(surface).replace(".", ""));
        if (match != null) {
          return match;
        }
      }
      if (single && entry == null && surface.length() >= 4 && !FirstNameWords.contains(surface)) {
        // "Dadis" after "Moussa Dadis Camara": the middle word of one full name of three words or more, by which
        // the article calls that person.
        String t = Names.translit(surface);
        Cluster match = null;
        int matches = 0;
        for (Cluster c : clusters) {
          boolean inner = false;
          for (String full : c.type == EntityType.PER ? c.translitFullNames : List.<String>of()) {
            String[] w = full.split(" ");
            for (int i = 1; i + 1 < w.length && !inner; i++) {
              inner = w[i].equals(t);
            }
          }
          if (inner) {
            match = c;
            matches++;
          }
        }
        if (matches == 1) {
          return match;
        }
      }
      if (single && entry == null) {
        // A typo of a name the article uses ("Stoltengerg", "Bliken"): close to a surname, longer than 4.
        String lower = Names.key(surface);
        int max = lower.length() >= 9 ? 2 : 1;
        Cluster match = null;
        int matches = 0;
        for (Cluster c : clusters) {
          if (c.type == EntityType.PER && lower.length() >= 5) {
            for (String full : surnames(c)) {
              if (Names.distance(lower, Names.key(full), max) <= max) {
                match = c;
                matches++;
                break;
              }
            }
          }
        }
        if (matches == 1) {
          return match;
        }
      }
    } else {
      String key = Names.key(surface);
      if (single && entry == null && m.type() == EntityType.ORG) {
        // "a déclaré Assad" tagged as an organization after "Bashar al-Assad": the surname of the person named.
        String last = Names.translit(surface);
        for (Cluster c : clusters) {
          if (c.type == EntityType.PER && (c.hasSurname(last) || c.isSurnameAlone(last))) {
            return c;
          }
        }
      }
      if (single && entry == null && key.length() >= 5) {
        // A typo of a place or organization the article names ("Russi" beside "Russie").
        for (Cluster c : clusters) {
          if (c.type == m.type() && c.bestName != null && !c.bestName.contains(" ")
              && Names.distance(key, c.bestKey, 1) <= 1) {
            return c;
          }
        }
      }
      if (single && entry == null && Character.isUpperCase(surface.charAt(0))) {
        // "le Conseil" after "le Conseil de sécurité de l'ONU", "la Commission" after "la Commission européenne":
        // the one longer name of the same type that starts with this word.
        Cluster match = null;
        int matches = 0;
        for (Cluster c : clusters) {
          if (c.type == m.type() && c.bestName != null && c.bestName.startsWith(surface + " ")) {
            match = c;
            matches++;
          }
        }
        if (matches == 1) {
          return match;
        }
      }
      String base = qualifierBase(surface, qualifiers);
      for (Cluster c : clusters) {
        if (c.type == m.type() && c.entry == null && entry == null && c.bestName != null
            && (c.bestKey.equals(key) || isAcronymOf(surface, c.bestName)
                || isAcronymOf(c.bestName, surface) || sameBase(surface, base, c.bestName, qualifiers))) {
          return c;
        }
      }
    }
    Cluster c = new Cluster(entry != null ? entry.type() : m.type(), entry);
    clusters.add(c);
    return c;
  }

  private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\bM\\.|\\bMme|\\bMr\\.?|\\bMrs\\.?|\\bMonsieur|\\bMadame)\\s+$");

  private static Cluster adopt(Cluster c, KnowledgeBase.Entry entry) {
    if (c.entry == null && entry != null && entry.type() == EntityType.PER) {
      c.entry = entry;
      c.type = EntityType.PER;
    }
    return c;
  }

  private static final java.util.regex.Pattern SURNAME_WITH_PARTICLE = java.util.regex.Pattern.compile(
      "(?:Le|La|De|Du|Di|Da|Van|Von|Ben|Abou|Abu|El|Al|Mac|Mc)\\s+\\p{Lu}[\\p{L}'’-]+");

  private static List<String> surnames(Cluster c) {
    List<String> out = new ArrayList<>();
    for (String full : c.fullNames) {
      out.add(Names.lastWord(full));
    }
    if (c.entry != null) {
      out.add(Names.lastWord(c.entry.name()));
    }
    return out;
  }

  /**
   * Same surname and compatible first names: "Joe Biden" and "Joseph R. Biden", not "Jill Biden" (last: the
   * transliterated last word of the name, first: its folded first word).
   */
  private static boolean sameFullName(Cluster c, String last, String first) {
    for (String[] other : c.fullNameParts) {
      if (!other[0].equals(last)) {
        continue;
      }
      String otherFirst = other[1];
      if (otherFirst.equals(first) || otherFirst.length() == 1 && first.startsWith(otherFirst)
          || first.length() == 1 && otherFirst.startsWith(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two names of organizations are one once a "de Y" qualifier naming another organization or place of
   * the article is taken off either: "Société des journalistes", "Société des Journalistes de I-télé" and "SDJ
   * d'I-Télé" beside "I-Télé"; "Conseil de sécurité de l'ONU" beside "l'ONU".
   */
  static boolean sameBase(String surface, String base, String other, Set<String> qualifiers) {
    String otherBase = qualifierBase(other, qualifiers);
    if (base == null && otherBase == null) {
      return false;
    }
    String a = base != null ? base : surface;
    String b = otherBase != null ? otherBase : other;
    return Names.key(a).equals(Names.key(b)) || isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
      "\\s+(?:de la|de l'|de l’|des|de|d'|d’|du)\\s*");

  /**
   * The name without its last "de Y" when Y is another organization or place of the article and what is left
   * is still a name (two words or more, or an acronym): "SDJ" for "SDJ d'I-Télé"; else null.
   */
  static String qualifierBase(String surface, Set<String> qualifiers) {
    java.util.regex.Matcher m = QUALIFIER.matcher(surface);
    String found = null;
    while (m.find()) {
      String tail = surface.substring(m.end());
      String head = surface.substring(0, m.start()).trim();
      if (!tail.isEmpty() && qualifiers.contains(Names.key(tail))
          && (head.contains(" ") || head.length() >= 2 && head.equals(head.toUpperCase(Locale.ROOT)))) {
        found = head;
      }
    }
    return found;
  }

  /** "UE" is the acronym of "Union européenne", "OTAN" of "Organisation du Traité de l'Atlantique Nord". */
  static boolean isAcronymOf(String acronym, String name) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || a.length() > 8 || !a.chars().allMatch(Character::isLetter)
        || !a.equals(a.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    // Some acronyms spell the small words too: "Société des journalistes (SDJ)".
    StringBuilder everyWord = new StringBuilder();
    for (String w : name.replace('’', ' ').replace('\'', ' ').replace('-', ' ').split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      everyWord.append(Character.toUpperCase(w.charAt(0)));
      if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    String wanted = Names.key(a).toUpperCase(Locale.ROOT);
    return initials.toString().equals(wanted) || everyWord.length() > initials.length()
        && everyWord.length() >= 3 && everyWord.toString().equals(wanted);
  }

  private static final Set<String> SMALL_WORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "of",
      "the", "and", "pour", "en", "à", "aux", "au", "for");

  /** An auxiliary or a clitic right after a role: the role is a clause's subject, not an apposition. */
  private static final java.util.regex.Pattern VERB_NEXT = java.util.regex.Pattern.compile(
      "\\s+(?:(?:a|avait|aura|aurait|est|était|sera|serait|va|allait|doit|devait|peut|pouvait|ne|se|lui|leur)\\s"
          + "|[nsl]['’])");

  /** A role phrase of the article and how its holder was found (null when not). */
  private record RoleFound(Span span, Roles.Role role, String binding) {}

  /** Role phrases: bound by apposition to the person they name, else resolved through the offices known. */
  private List<RoleFound> resolveRoles(AnalyzedDocument doc, List<Cluster> clusters) {
    String text = doc.text();
    NormalizedText norm = NormalizedText.of(text);
    LocalDate date = doc.document().date();
    List<Binding> bound = new ArrayList<>();
    List<Roles.Role> roles = Roles.find(norm.text());
    String[] bindings = new String[roles.size()];
    List<Span> roleSpans = new ArrayList<>();
    for (Roles.Role r : roles) {
      roleSpans.add(norm.toOriginal(r.start(), r.end()));
    }
    // First pass: appositions ("le secrétaire d'État Antony Blinken", "Lloyd Austin, le secrétaire à la Défense").
    for (int i = 0; i < roles.size(); i++) {
      Span span = roleSpans.get(i);
      Cluster person = personRightAfter(clusters, text, span.end());
      if (person != null && subjectAfterSource(person, text, span)) {
        // "Selon le président français, Donald Trump va sortir de l'accord": the source, then the subject of what
        // it says.
        continue;
      }
      java.util.regex.Matcher complement = LOWER_COMPLEMENT.matcher(text).region(span.end(), text.length());
      if (person == null && complement.lookingAt()) {
        // "Le porte-parole du gouvernement, Lionel Bilgo": an owner in lower case, then the name.
        person = personRightAfter(clusters, text, complement.end());
      }
      java.util.regex.Matcher bare = LOWER_COMPLEMENT_BARE.matcher(text).region(span.end(), text.length());
      if (person == null && bare.lookingAt()) {
        // "le directeur général du numéro deux bancaire helvétique Ulrich Körner": the same without a comma.
        person = personRightAfter(clusters, text, bare.end());
      }
      if (person == null && !VERB_NEXT.matcher(text).region(span.end(), text.length()).lookingAt()) {
        // (Not a role that is the next clause's subject: "Même après la transition vers M. Biden, le président a
        // insisté" is not Biden.)
        person = personRightBefore(clusters, text, span.start());
      }
      if (person != null && roles.get(i).former()) {
        // ("l'ancien président Donald Trump": the person, but no binding of the office's bare role to them.)
        person.add(span, span.of(text), false);
        bindings[i] = "apposition";
      } else if (person != null) {
        KnowledgeBase.Entry holder = person.entry == null && person.bestName != null ? holderOf(roles.get(i), date)
            : null;
        if (holder != null && sameSurname(person.bestName, holder.name())) {
          // "Le président du Conseil européen, M. Michel": the office's holder that day, by surname.
          person.entry = holder;
        }
        person.add(span, span.of(text), false);
        bound.add(new Binding(roles.get(i).office(), ownerKey(roles.get(i)), person, span.start(),
            ownedByBody(roles.get(i)), roles.get(i).leads()));
        bindings[i] = "apposition";
      }
    }
    // Second pass: bare roles name the person last bound to that office, else the office's holder that day.
    for (int i = 0; i < roles.size(); i++) {
      Span span = roleSpans.get(i);
      Roles.Role role = roles.get(i);
      if (clusters.stream().anyMatch(c -> c.spans.contains(span)) || !Character.isLetter(text.charAt(span.start()))
          || !text.regionMatches(true, span.start(), "l", 0, 1)) {
        // (A role without its article is only an apposition: "Wu Qian, porte-parole du ministère".)
        continue;
      }
      if (role.incoming()) {
        // "le président élu du Sénégal": not the holder the knowledge base has that day,
        // nor one the article bound before; the quotes layer finds whom the text was about.
        continue;
      }
      if (role.former()) {
        // "l'ancien patron de la BCE" after "Mario Draghi": the person named before who held the office, if the
        // knowledge base knows them, and not its holder that day.
        KnowledgeBase.Entry now = holderOf(role, date);
        Cluster named = formerHolderNamed(clusters, role, span.start());
        Cluster person = named != null && named.entry != now ? named : null;
        bindings[i] = person == null ? null : "knowledge_base";
        if (person != null) {
          person.add(span, span.of(text), false);
        }
        continue;
      }
      // ("le porte-parole du gouvernement": an owner the role's pattern does not read is someone else's office than
      // the spokesman of the Kremlin bound before.)
      boolean unread = role.of() == null
          && LOWER_COMPLEMENT.matcher(text).region(span.end(), text.length()).lookingAt();
      Cluster person = unread ? null : nearestBinding(bound, role, span.start());
      bindings[i] = person == null ? null : "article";
      if (person == null) {
        KnowledgeBase.Entry byDate = holderOf(role, date);
        KnowledgeBase.Entry dated = byDate != null ? byDate : governmentHeadNamed(clusters, role, date);
        Cluster named = dated != null && clusters.stream().anyMatch(c -> c.entry == dated) ? null
            : formerHolderNamed(clusters, role, span.start());
        // "le président américain" in an article that names Donald Trump: the holder the article names, in
        // whatever year, before the one of the article's date, whom it does not name.
        KnowledgeBase.Entry holder = named != null ? named.entry : dated;
        bindings[i] = holder == null ? null : "knowledge_base";
        if (holder != null) {
          person = clusters.stream().filter(c -> c.entry == holder).findFirst().orElse(null);
          if (person == null) {
            for (Cluster c : clusters) {
              if (c.type == EntityType.PER && c.entry == null && c.bestName != null
                  && sameSurname(c.bestName, holder.name())) {
                c.entry = holder;
                person = c;
              }
            }
          }
          if (person == null) {
            person = new Cluster(EntityType.PER, holder);
            clusters.add(person);
          }
          if (!ownerKey(role).isEmpty()) {
            // "Le Premier ministre britannique ..., déclare le chef du gouvernement": an office with its owner,
            // held that day, is bound for the bare roles after it as an apposition would be.
            bound.add(new Binding(role.office(), ownerKey(role), person, span.start(), ownedByBody(role),
                role.leads()));
          }
        }
      }
      if (person != null) {
        person.add(span, span.of(text), false);
      }
    }
    List<RoleFound> found = new ArrayList<>();
    for (int i = 0; i < roles.size(); i++) {
      found.add(new RoleFound(roleSpans.get(i), roles.get(i), bindings[i]));
    }
    return found;
  }

  /**
   * "la chancelière", "le Premier ministre" with no country: the one person the article names who led a
   * government that year ("Angela Merkel et Emmanuel Macron ... a argué la chancelière" in 2018), else null;
   * "le président sortant", the one president in office that year that the article names.
   */
  private KnowledgeBase.Entry governmentHeadNamed(List<Cluster> clusters, Roles.Role role, LocalDate date) {
    // "le président sortant" (outgoing) names no country either.
    boolean outgoing = role.of() != null && role.of().startsWith("sortant");
    if (role.of() != null && !outgoing || date == null) {
      return null;
    }
    String head = Names.key(role.head());
    List<String> offices;
    if (role.office() == Roles.Office.GOVERNMENT) {
      offices = head.startsWith("chancel") ? List.of("chancellor", "federal chancellor")
          : List.of("prime minister", "premier", "head of government");
    } else if (role.office() == Roles.Office.HEAD && outgoing && head.startsWith("presid")) {
      offices = List.of("president");
    } else {
      return null;
    }
    KnowledgeBase.Entry found = null;
    for (Cluster c : clusters) {
      if (c.entry != null && c.entry != found && kb.holds(c.entry, offices, date)) {
        if (found != null) {
          return null;
        }
        found = c.entry;
      }
    }
    return found;
  }

  /**
   * A role bound by apposition: its office, what it belongs to (may be empty), to whom, where, and whether what it
   * belongs to is a body rather than a country ("le président de la Chambre").
   */
  private record Binding(Roles.Office office, String owner, Cluster person, int at, boolean body, boolean leads) {}

  /** Whether the role's owner is a proper name the knowledge base knows as no place: "de la Chambre". */
  private boolean ownedByBody(Roles.Role role) {
    String of = role.of();
    return of != null && !of.isEmpty() && Character.isUpperCase(of.charAt(0))
        && kb.lookup(of).stream().noneMatch(e -> e.type() == EntityType.LOC);
  }

  /**
   * The person a bare role names among those the article bound to that office: same owner (or the role names
   * none), the nearest one before it, else the first after it.
   */
  private static Cluster nearestBinding(List<Binding> bound, Roles.Role role, int at) {
    String owner = ownerKey(role);
    Binding before = null;
    Binding after = null;
    // "Le président" after "le président américain Joe Biden et le président de la Chambre, Kevin McCarthy": a
    // bare office is the country's, before a body's.
    boolean countryFirst = owner.isEmpty() && bound.stream().anyMatch(b -> b.office() == role.office() && !b.body()
        && b.at() < at);
    for (Binding b : bound) {
      if (countryFirst && b.body()) {
        continue;
      }
      // ("le patron de la FNSEA" after "Le président de la FNSEA, Arnaud Rousseau": who leads a body, by any word.)
      boolean office = b.office() == role.office() || b.leads() && role.leads() && !owner.isEmpty()
          && b.owner().equals(owner);
      boolean owned = owner.isEmpty() || b.owner().equals(owner) || b.owner().isEmpty()
          && role.office() == Roles.Office.FOREIGN;
      if (!office || !owned) {
        continue;
      }
      if (b.at() < at && (before == null || b.at() > before.at())) {
        before = b;
      } else if (b.at() >= at && after == null && (!owner.isEmpty() || b.at() - at <= 600)) {
        // (A bare role is not someone bound to that office much later: "le chef de l'État" in the third paragraph
        // is not "le roi Charles III" of the last one.)
        after = b;
      }
    }
    return before != null ? before.person() : after != null ? after.person() : null;
  }

  /** Whether two names end with the same surname, as transliteration reads it ("Zelensky", "Zelenskyy"). */
  private static boolean sameSurname(String a, String b) {
    return Names.translit(Names.lastWord(a)).equals(Names.translit(Names.lastWord(b)));
  }

  private static String ownerKey(Roles.Role r) {
    return r.of() == null ? "" : KnowledgeBase.ownerKey(r.of());
  }

  /** Everyone who held an office (by office, owner and head), over the years the knowledge base covers. */
  private final java.util.concurrent.ConcurrentMap<String, Set<KnowledgeBase.Entry>> holders =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The person the article names shortly before the role who held the role's office at some time (the nearest);
   * null when none or when the knowledge base knows no holder.
   */
  private Cluster formerHolderNamed(List<Cluster> clusters, Roles.Role role, int at) {
    Set<KnowledgeBase.Entry> all = holders.computeIfAbsent(role.office() + "|" + role.of() + "|" + role.head(), k -> {
      Set<KnowledgeBase.Entry> out = new HashSet<>();
      for (int year = 1945; year <= LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1; year++) {
        for (int month : new int[] {1, 7}) {
          KnowledgeBase.Entry h = holderOf(role, LocalDate.of(year, month, 15));
          if (h != null) {
            out.add(h);
          }
        }
      }
      return out;
    });
    Cluster before = null;
    int beforeAt = -1;
    for (Cluster c : clusters) {
      if (c.type != EntityType.PER || c.entry == null || !all.contains(c.entry)) {
        continue;
      }
      for (Span sp : c.spans) {
        if (sp.start() < at && sp.start() > beforeAt && at - sp.start() <= 2000) {
          before = c;
          beforeAt = sp.start();
        }
      }
    }
    return before;
  }

  private KnowledgeBase.Entry holderOf(Roles.Role role, LocalDate date) {
    if (role.of() == null || date == null) {
      return null;
    }
    if (role.office() == Roles.Office.FOREIGN || role.office() == Roles.Office.DEFENSE
        || role.office() == Roles.Office.SECRETARY_GENERAL || role.office() == Roles.Office.SPOKESPERSON) {
      // "le chef de la diplomatie américaine" in April 2021 is Antony Blinken.
      return kb.officeHolder(role.office(), role.of(), date);
    }
    String head = Names.key(role.head());
    if (role.office() == Roles.Office.OTHER && (head.startsWith("chef") || head.startsWith("patron"))) {
      // "le chef de l'Alliance", "le patron de l'ONU": the one who leads the organization.
      KnowledgeBase.Entry leader = kb.officeHolder(Roles.Office.SECRETARY_GENERAL, role.of(), date);
      return leader != null ? leader : kb.officeHolder(Roles.Office.HEAD, role.of(), date);
    }
    KnowledgeBase.Entry curated = kb.officeHolder(role.office(), role.of(), date);
    if (curated != null) {
      // The curated offices know the day a head of government changed, where the gazetteer knows the year
      // ("le Premier ministre britannique" in November 2022 is Rishi Sunak).
      return curated;
    }
    KnowledgeBase.Entry country = kb.countryOfAdjective(role.of());
    if (country == null) {
      KnowledgeBase.Entry named = kb.lookup(role.of(), EntityType.LOC);
      country = named != null && named.type() == EntityType.LOC ? named : null;
    }
    if (country == null) {
      // "la présidente de la Commission européenne": an institution's head, from the curated offices.
      return kb.officeHolder(role.office(), role.of(), date);
    }
    boolean governmentLed = country.qid() != null && GOVERNMENT_LED.contains(country.qid());
    List<String> offices;
    if (role.office() == Roles.Office.GOVERNMENT) {
      offices = List.of("prime minister", "chancellor", "federal chancellor", "premier", "head of government");
    } else if (role.office() == Roles.Office.HEAD && (head.startsWith("chef de l'executif")
        || head.startsWith("dirigeant")) && governmentLed) {
      offices = List.of("prime minister", "chancellor", "federal chancellor", "premier");
    } else if (role.office() == Roles.Office.HEAD) {
      offices = head.startsWith("roi") || head.startsWith("reine") ? List.of("king", "queen", "monarch")
          : List.of("president", "king", "queen", "monarch", "emir", "sultan", "supreme leader");
    } else {
      return null;
    }
    return kb.holder(country, offices, date);
  }

  /**
   * What may stand between a role and the name it introduces: spaces and a comma, after a word that qualifies the
   * tenure ("Le président syrien par intérim, Ahmed al-Charaa", "le maire sortant, X").
   */
  /** A role's owner in lower case, up to the comma before a name: " du gouvernement, ", " de la police locale, ". */
  private static final java.util.regex.Pattern LOWER_COMPLEMENT = java.util.regex.Pattern.compile(
      "\\s+(?:du|de la|de l'|de l’|des|d'|d’)\\s*\\p{Ll}[^,.;:!?«»\"\n]{0,40}(?=,)");

  private static final java.util.regex.Pattern LOWER_COMPLEMENT_BARE = java.util.regex.Pattern.compile(
      "\\s+(?:du|de la|de l'|de l’|des|d'|d’)\\s*\\p{Ll}[\\p{Ll}\\p{Nd}'’ -]{0,40}?(?=\\s+\\p{Lu})");

  private static final java.util.regex.Pattern ROLE_TO_NAME = java.util.regex.Pattern.compile(
      "[\\s\u00A0]*(?:(?:par intérim|par interim|sortante?|de transition|en exercice|intérimaire|désignée?|"
      + "nouvellement élue?|en poste)[\\s\u00A0]*,[\\s\u00A0]*|,?[\\s\u00A0]*)"
      // ("le chef des urgences de l'OMS, Dr. Michael Ryan": a title before the name.)
      + "(?:(?:Dr|Pr|Mgr|Me|M|Mme|Mlle)\\.?[\\s\u00A0]+)?");

  private static Cluster personRightAfter(List<Cluster> clusters, String text, int end) {
    for (Cluster c : clusters) {
      if (c.type != EntityType.PER) {
        continue;
      }
      for (int i = 0; i < c.spans.size(); i++) {
        Span s = c.spans.get(i);
        if (c.proper.get(i) && s.start() >= end && s.start() - end <= 30
            && ROLE_TO_NAME.matcher(text.substring(end, s.start())).matches()) {
          return c;
        }
      }
    }
    return null;
  }

  /** A role after "selon", "d'après" or "pour", then a comma and a name that a verb follows. */
  private static boolean subjectAfterSource(Cluster person, String text, Span role) {
    String before = text.substring(Math.max(0, role.start() - 16), role.start());
    if (!SOURCE_BEFORE.matcher(before).find()) {
      return false;
    }
    for (int i = 0; i < person.spans.size(); i++) {
      Span s = person.spans.get(i);
      if (s.start() >= role.end() && s.start() - role.end() <= 30 && text.substring(role.end(), s.start()).contains(",")
          && VERB_NEXT.matcher(text).region(s.end(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern SOURCE_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?:^|[\\s(])(?:selon|d['’]après|pour|à en croire)\\s+$");

  private static Cluster personRightBefore(List<Cluster> clusters, String text, int start) {
    for (Cluster c : clusters) {
      if (c.type != EntityType.PER) {
        continue;
      }
      for (int i = 0; i < c.spans.size(); i++) {
        Span s = c.spans.get(i);
        if (c.proper.get(i) && s.end() <= start && start - s.end() <= 3
            && text.substring(s.end(), start).matches("\\s*,\\s*")) {
          return c;
        }
      }
    }
    return null;
  }

  private static List<Entity> render(List<Cluster> clusters, String text) {
    List<Cluster> live = new ArrayList<>();
    for (Cluster c : clusters) {
      if (!c.spans.isEmpty()) {
        live.add(c);
      }
    }
    Map<Cluster, Span> first = new LinkedHashMap<>();
    for (Cluster c : live) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < c.spans.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing(i -> c.spans.get(i)));
      List<Span> spans = new ArrayList<>();
      List<Boolean> proper = new ArrayList<>();
      for (int i : order) {
        spans.add(c.spans.get(i));
        proper.add(c.proper.get(i));
      }
      c.spans.clear();
      c.spans.addAll(spans);
      c.proper.clear();
      c.proper.addAll(proper);
      first.put(c, spans.get(0));
    }
    live.sort(Comparator.comparing(first::get));
    List<Entity> out = new ArrayList<>();
    int n = 0;
    for (Cluster c : live) {
      List<String> surfaces = new ArrayList<>();
      for (Span s : c.spans) {
        surfaces.add(s.of(text));
      }
      boolean anyProper = c.proper.contains(Boolean.TRUE);
      String name = c.entry != null ? c.entry.name() : c.bestName != null ? c.bestName : surfaces.get(0);
      EntityType type = c.entry != null ? c.entry.type() : c.type;
      out.add(new Entity(c.spans.get(0), "E" + (++n), name, type, c.entry == null ? null : c.entry.qid(),
          c.spans, surfaces, anyProper));
    }
    return out;
  }
}
