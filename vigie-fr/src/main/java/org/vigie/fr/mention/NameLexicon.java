package org.vigie.fr.mention;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.fr.internal.Csv;
import org.vigie.fr.internal.FirstNameWords;

/**
 * Word lists and gazetteer names that the mention rules consult. Built once from the bundled gazetteers
 * (country names in French and English, international organizations and their acronyms) and small lists of
 * French function words; immutable afterwards.
 */
final class NameLexicon {
  static final Set<String> ARTICLES = Set.of("l'", "d'", "le", "la", "les", "du", "des", "de", "au", "aux", "un",
      "une", "à", "a", "en", "notre", "votre", "leur", "leurs", "nos", "vos", "son", "sa", "ses", "ce", "cet", "cette",
      "ces", "mon", "ma", "mes");
  /** Function words that CoreNLP sometimes takes into a name when they start a sentence ("Que Marianne"). */
  static final Set<String> LEADING_FUNCTION = Set.of("que", "qu'", "chez", "pour", "selon", "dans", "avec", "sur",
      "après", "depuis", "et", "mais", "car", "donc", "quand", "lorsque", "si", "comme", "par", "vers", "contre",
      "entre", "sous", "sans", "malgré", "pendant", "avant", "dès", "lors", "ainsi", "alors", "puis", "hier",
      "aujourd'hui", "demain", "désormais", "enfin", "ici", "là");
  static final Set<String> TITLES = Set.of("m.", "mme", "mlle", "mgr", "dr", "me", "pr", "mm.", "monsieur",
      "madame", "mademoiselle", "sir", "lord", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr.", "pr.");
  /** Lower-case words allowed inside a proper name ("Organisation du Traité de l'Atlantique Nord"). */
  static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "von", "van",
      "der", "den", "di", "da", "dos", "do", "y", "bin", "ben", "al", "el", "of", "and", "for", "the", "on", "&",
      "-", "sur", "en", "à", "aux", "au");
  /** Capitalised English words that start a sentence but never a name. */
  static final Set<String> ENGLISH_FUNCTION = Set.of("in", "the", "a", "an", "on", "at", "since", "for", "of",
      "and", "but", "with", "this", "that", "these", "those", "it", "its", "we", "our", "they", "their", "he", "she",
      "his", "her", "by", "to", "from", "as", "after", "before", "during", "over", "today", "yesterday");
  static final Set<String> ENGLISH_MARKERS = Set.of("the", "of", "and", "in", "since", "has", "have", "been",
      "against", "with", "to", "is", "was", "were", "are", "that", "this", "for", "by", "across", "began", "which",
      "will", "would", "from", "our", "we", "it", "its", "not");
  static final Set<String> FRENCH_MARKERS = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
      "que", "qui", "dans", "pour", "sur", "avec", "a", "ont", "été", "au", "aux", "ne", "pas", "il", "elle", "ce");
  static final Set<String> TIME_WORDS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
      "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "lundi", "mardi",
      "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "er", "1er");
  static final Set<String> NUMBER_WORDS = Set.of("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "onze", "douze", "vingt", "trente", "cent", "mille", "one", "two", "three", "four", "five",
      "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand");
  /** Capitalised common nouns that are not names on their own. */
  static final Set<String> GENERIC = Set.of("état", "états", "etat", "etats", "gouvernement", "président",
      "présidente", "premier", "ministre", "monsieur", "madame", "alliés", "membres", "pays", "république",
      "royaume", "ouest", "est", "nord", "sud", "chef", "secrétaire", "général", "générale", "directeur",
      "porte-parole", "mis", "jour", "selon", "photo", "source", "lire", "aussi", "voir", "pic", "via", "allié",
      "alliée", "alliées", "force", "forces", "défense", "affaires", "armée", "armées", "haut-représentant",
      "haute-représentante", "haut-commissaire", "haute-commissaire", "haute-commission", "secretary", "general",
      "president", "minister", "spokesman", "spokesperson", "chief",
      "head", "prime", "jr.", "jr", "sr.", "lors", "dans", "après", "avant", "depuis", "pendant", "mais", "donc",
      "ainsi", "enfin", "cependant", "toutefois", "ensuite", "puis", "aujourd'hui", "hier", "demain",
      "constitution", "homme");
  /** Generic words naming a person's office: a name right after one is a person's. */
  static final Set<String> PERSON_ROLES = Set.of("état", "président", "présidente", "ministre", "premier",
      "secrétaire", "chef", "général", "générale", "directeur", "porte-parole", "chancelier", "chancelière",
      "president", "minister", "secretary", "general", "spokesman", "spokesperson", "chief", "prime");
  /** First words that keep a mention whole even though they are lower case ("ministère russe des ..."). */
  static final Set<String> LOWER_ORG_HEADS = Set.of("ministère", "ministere", "ministry", "département");
  /** Reporting verbs (lemmas): a bare unknown name right after one ("a déclaré Kirby") is a speaker. */
  static final Set<String> REPORTING = Set.of("déclarer", "affirmer", "ajouter", "dire", "expliquer", "souligner",
      "indiquer", "préciser", "estimer", "assurer", "annoncer", "poursuivre", "conclure", "rappeler", "marteler",
      "noter", "insister", "signaler", "avertir", "confier", "répondre", "lancer", "réagir", "commenter",
      "regretter", "dénoncer", "fustiger", "reconnaître", "démentir", "selon", "d'après", "interroger", "tweeter",
      "écrire");
  /** First words that make a mention an organization ("ministère russe des Affaires étrangères"). */
  static final Set<String> ORG_HEADS = Set.of("ministère", "ministere", "conseil", "commission", "parlement",
      "assemblée", "sénat", "cour", "banque", "fonds", "organisation", "organization", "parti", "agence",
      "comité", "département", "department", "office", "institut", "université", "university", "armée",
      "gouvernement", "tribunal", "association", "fédération internationale", "société", "groupe", "union",
      "ligue", "front", "mouvement", "coalition", "alliance", "secrétariat", "bureau", "ambassade", "police",
      "gendarmerie", "marine", "église", "council", "ministry", "house", "senate", "congress", "pentagone",
      "pentagon", "kremlin", "matignon", "otan", "nato", "onu", "g7", "g20", "douma", "mairie",
      "préfecture", "hôpital", "observatoire", "diocèse", "fondation", "syndicat", "club", "lycée", "collège",
      "école", "académie", "centre", "compagnie", "entreprise", "laboratoire", "musée", "théâtre", "orchestre",
      "chambre", "haut-commissariat", "mission", "opération", "forces", "régiment", "brigade", "confédération");
  /** Places whose name starts with an article that belongs to it. */
  static final Set<String> ARTICLE_NAMES = Set.of("le caire", "la haye", "le havre", "la paz", "le mans",
      "la mecque", "le cap", "la havane", "le pen", "la rochelle", "le monde", "le figaro", "la croix",
      "les échos", "le point", "la réunion", "le touquet", "la nouvelle-orléans", "le parisien", "la tribune",
      "la valette", "le vatican", "la défense", "la poste", "le bourget", "la baule", "le drian", "le maire",
      "la libre belgique", "le soir", "le temps", "les républicains", "la france insoumise", "le kremlin",
      "les verts", "la voix du nord", "la dépêche", "la provence", "l'express", "l'obs", "l'humanité",
      "l'équipe", "l'oréal");

  private final Map<String, EntityType> names;
  private final Map<String, String> forms;
  private final Set<String> demonyms;

  private NameLexicon(Map<String, EntityType> names, Map<String, String> forms, Set<String> demonyms) {
    this.names = names;
    this.forms = forms;
    this.demonyms = demonyms;
  }

  /** Whether a word is a common first name ("Christine"), as the quote layer's gender list has it. */
  static boolean isFirstName(String word) {
    return FirstNameWords.contains(word);
  }

  /** No names at all: the word lists only. */
  static NameLexicon empty() {
    return new NameLexicon(Map.of(), Map.of(), Set.of());
  }

  static NameLexicon load() {
    Map<String, EntityType> names = new HashMap<>();
    Map<String, String> forms = new HashMap<>();
    Set<String> demonyms = new java.util.HashSet<>();
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/countries/countries.csv")) {
      for (String key : new String[] {"demonyms.fra.m", "demonyms.fra.f", "demonyms.eng.m"}) {
        String d = row.get(key);
        if (d != null && !d.isBlank()) {
          demonyms.add(key(d));
          demonyms.add(key(d) + "s");
        }
      }
      for (String key : new String[] {"translations.fra.common", "name.common", "translations.fra.official"}) {
        put(names, forms, row.get(key), EntityType.LOC);
      }
    }
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/intl-orgs/intl_orgs_en_fr.csv")) {
      for (String key : new String[] {"name_en", "abbr_en", "name_fr", "abbr_fr"}) {
        put(names, forms, row.get(key), EntityType.ORG);
      }
    }
    for (String[] f : Csv.readTabPairs("org/vigie/fr/mention/known-names.tsv")) {
      names.put(key(f[0]), EntityType.valueOf(f[1].trim()));
      forms.put(key(f[0]), f[0].replace('’', '\''));
    }
    return new NameLexicon(Map.copyOf(names), Map.copyOf(forms), Set.copyOf(demonyms));
  }

  private static void put(Map<String, EntityType> names, Map<String, String> forms, String name, EntityType type) {
    if (name != null && name.length() > 1) {
      names.putIfAbsent(key(name), type);
      forms.putIfAbsent(key(name), name.replace('’', '\''));
    }
  }

  /**
   * The type a gazetteer gives this name when it is written with the capitals the name has ("Le Monde", not
   * "le monde" or "L'équipe"): for finding names in running text, where common words look alike.
   */
  EntityType typeOfWritten(String surface) {
    EntityType t = typeOf(surface);
    String form = forms.get(key(surface));
    if (t == null || form == null) {
      return t;
    }
    String[] want = form.split("[\\s'’-]+");
    String[] got = surface.replace('’', '\'').split("[\\s'-]+");
    if (want.length != got.length) {
      return t;
    }
    for (int i = 0; i < want.length; i++) {
      if (!want[i].isEmpty() && !got[i].isEmpty() && Character.isUpperCase(want[i].codePointAt(0))
          && !Character.isUpperCase(got[i].codePointAt(0))) {
        return null;
      }
    }
    return t;
  }

  /** Peoples that are not a country's: continents, regions, ethnic and religious groups. */
  private static final Set<String> PEOPLES = Set.of("africain", "africaine", "europeen", "europeenne", "asiatique",
      "oceanien", "oceanienne", "maghrebin", "maghrebine", "arabe", "occidental", "occidentale", "occidentaux",
      "oriental", "orientale", "orientaux", "latino", "sud-americain", "sud-americaine", "nord-americain",
      "nord-americaine", "tutsi", "hutu", "kurde", "pachtoune", "rohingya", "ouighour", "ouighoure", "touareg",
      "peul", "peule", "yezidi", "chiite", "sunnite", "alaouite", "druze", "berbere", "kabyle", "basque",
      "breton", "bretonne", "catalan", "catalane", "flamand", "flamande", "wallon", "wallonne", "ecossais",
      "ecossaise", "gallois", "galloise", "quebecois", "quebecoise", "bavarois", "bavaroise", "palestinien",
      "palestinienne", "anglais", "anglaise", "parisien", "parisienne");

  /** True for a people's name used as a noun ("Français", "Américains"): not a named entity on its own. */
  boolean isDemonym(String word) {
    String k = key(word);
    if (demonyms.isEmpty()) {
      return false; // without gazetteers
    }
    String singular = k.endsWith("s") && !k.endsWith("ss") ? k.substring(0, k.length() - 1) : k;
    // "Suissesse" is the feminine of "Suisse".
    return demonyms.contains(k) || PEOPLES.contains(k) || PEOPLES.contains(singular)
        || singular.endsWith("esse") && demonyms.contains(singular.substring(0, singular.length() - 3));
  }

  /** The type a gazetteer gives this name, or null. */
  EntityType typeOf(String name) {
    return names.get(key(name));
  }

  static String key(String s) {
    String n = Normalizer.normalize(s.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).trim();
  }
}
