package org.vigie.fr.amount;

import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of the amount grammar, French and English: qualifiers, scales, number words, and the
 * words that make a number a date, a time, a rank or a reference rather than a value. All keys are in the
 * {@link Lexer#key} form (lower case, no accents).
 */
final class Words {
  private Words() {}

  static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
      "puisqu", "quoiqu", "presqu");

  /**
   * Qualifiers written before a figure, as word sequences, with what they mean: {@code >} more than, {@code <}
   * less than (or at most), {@code ~} about. Longest first matters only within one start word; the matcher
   * tries every entry.
   */
  static final Map<String, String> QUALIFIERS = Map.ofEntries(
      Map.entry("plus de", ">"), Map.entry("plus d'", ">"), Map.entry("un peu plus de", ">"),
      Map.entry("un peu plus d'", ">"), Map.entry("bien plus de", ">"), Map.entry("largement plus de", ">"),
      Map.entry("au moins", ">"), Map.entry("pas moins de", ">"), Map.entry("pas moins d'", ">"),
      Map.entry("au dela de", ">"), Map.entry("au-dela de", ">"), Map.entry("superieur a", ">"),
      Map.entry("superieure a", ">"), Map.entry("superieurs a", ">"), Map.entry("superieures a", ">"),
      Map.entry("plus de quelque", ">"), Map.entry("more than", ">"), Map.entry("over", ">"),
      Map.entry("at least", ">"), Map.entry("just over", ">"), Map.entry("well over", ">"),
      Map.entry("upwards of", ">"), Map.entry("in excess of", ">"), Map.entry("no less than", ">"),
      Map.entry("no fewer than", ">"), Map.entry("above", ">"), Map.entry("depassant", ">"),
      Map.entry("moins de", "<"), Map.entry("moins d'", "<"), Map.entry("un peu moins de", "<"),
      Map.entry("un peu moins d'", "<"), Map.entry("jusqu'a", "<"), Map.entry("jusqu' a", "<"),
      Map.entry("au plus", "<"), Map.entry("au maximum", "<"), Map.entry("pas plus de", "<"),
      Map.entry("pas plus d'", "<"), Map.entry("inferieur a", "<"), Map.entry("inferieure a", "<"),
      Map.entry("a peine", "<"), Map.entry("less than", "<"), Map.entry("fewer than", "<"),
      Map.entry("under", "<"), Map.entry("up to", "<"), Map.entry("at most", "<"), Map.entry("just under", "<"),
      Map.entry("no more than", "<"), Map.entry("below", "<"),
      Map.entry("pres de", "~"), Map.entry("pres d'", "~"), Map.entry("environ", "~"), Map.entry("quelque", "~"),
      Map.entry("presque", "~"), Map.entry("quasiment", "~"), Map.entry("approximativement", "~"),
      Map.entry("autour de", "~"), Map.entry("autour d'", "~"), Map.entry("aux alentours de", "~"),
      Map.entry("aux alentours d'", "~"), Map.entry("de l'ordre de", "~"), Map.entry("de l'ordre d'", "~"),
      Map.entry("a peu pres", "~"), Map.entry("grosso modo", "~"), Map.entry("quelque chose comme", "~"),
      Map.entry("almost", "~"), Map.entry("nearly", "~"), Map.entry("about", "~"), Map.entry("around", "~"),
      Map.entry("approximately", "~"), Map.entry("roughly", "~"), Map.entry("some", "~"),
      Map.entry("close to", "~"), Map.entry("circa", "~"), Map.entry("env.", "~"),
      Map.entry("pratiquement", "~"));
  /** Words that start a qualifier (a quick filter before the phrase look-up). */
  static final Set<String> QUALIFIER_STARTS = Set.of("plus", "un", "bien", "largement", "au", "pas", "superieur",
      "superieure", "superieurs", "superieures", "more", "over", "at", "just", "well", "upwards", "in", "no",
      "above", "depassant", "moins", "jusqu'", "jusqu", "inferieur", "inferieure", "a", "less", "fewer", "under",
      "up", "below", "pres", "environ", "quelque", "presque", "quasiment", "approximativement", "autour", "aux",
      "de", "grosso", "almost", "nearly", "about", "around", "approximately", "roughly", "some", "an", "close",
      "circa", "env", "pratiquement");

  /** French cardinal words (key form) and their values; {@code cent}, {@code mille} and scales apart. */
  static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
      Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
      Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
      Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19));
  static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
      Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
      Map.entry("octante", 80), Map.entry("nonante", 90), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90));
  static final Set<String> HUNDREDS = Set.of("cent", "cents", "hundred", "hundreds");
  static final Set<String> THOUSANDS = Set.of("mille", "mil", "thousand", "thousands");

  /** Scale words after a figure ({@code 1,5 million}); billion and trillion depend on the language. */
  static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("milliard", 1e9),
      Map.entry("milliards", 1e9), Map.entry("billiard", 1e15), Map.entry("billiards", 1e15));
  static final Set<String> BILLIONS = Set.of("billion", "billions");
  static final Set<String> TRILLIONS = Set.of("trillion", "trillions");

  /** Abbreviated scales glued to or following a figure (10k, 5 M€, 3 Mds, $2bn). Case matters for M. */
  static final Map<String, Double> SCALE_ABBREVIATIONS = Map.ofEntries(
      Map.entry("k", 1e3), Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("Mn", 1e6), Map.entry("mn", 1e6),
      Map.entry("mln", 1e6), Map.entry("Mio", 1e6), Map.entry("mio", 1e6), Map.entry("Md", 1e9),
      Map.entry("Mds", 1e9), Map.entry("md", 1e9), Map.entry("mds", 1e9), Map.entry("Mrd", 1e9),
      Map.entry("Mrds", 1e9), Map.entry("mrd", 1e9), Map.entry("mrds", 1e9), Map.entry("bn", 1e9),
      Map.entry("Bn", 1e9), Map.entry("BN", 1e9), Map.entry("b", 1e9), Map.entry("tn", 1e12),
      Map.entry("trn", 1e12), Map.entry("m", 1e6), Map.entry("Md€", 1e9));
  /** Abbreviations that are a scale only next to a currency (otherwise metres, bytes...). */
  static final Set<String> MONEY_ONLY_ABBREVIATIONS = Set.of("m", "M", "b", "Mn", "mn", "mln", "Mio", "mio");

  /** Nouns of approximate counts: une dizaine (about ten), un millier (about a thousand). */
  static final Map<String, Integer> APPROXIMATE = Map.ofEntries(
      Map.entry("dizaine", 10), Map.entry("dizaines", 10), Map.entry("douzaine", 12), Map.entry("douzaines", 12),
      Map.entry("quinzaine", 15), Map.entry("quinzaines", 15), Map.entry("vingtaine", 20),
      Map.entry("vingtaines", 20), Map.entry("trentaine", 30), Map.entry("trentaines", 30),
      Map.entry("quarantaine", 40), Map.entry("cinquantaine", 50), Map.entry("soixantaine", 60),
      Map.entry("centaine", 100), Map.entry("centaines", 100), Map.entry("millier", 1000),
      Map.entry("milliers", 1000), Map.entry("dozen", 12), Map.entry("dozens", 12));

  /** Denominators of fractions written in words (un tiers, trois quarts, un demi). */
  static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
      Map.entry("demi", 2), Map.entry("demie", 2), Map.entry("demis", 2), Map.entry("tiers", 3),
      Map.entry("quart", 4), Map.entry("quarts", 4), Map.entry("half", 2), Map.entry("third", 3),
      Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4));

  /** Percent words after a figure. */
  static final Set<String> PERCENT_WORDS = Set.of("pourcent", "pourcents", "pourcentage", "pourcentages",
      "percent", "pct");

  static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
      "septembre", "octobre", "novembre", "decembre", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov",
      "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep");
  static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
      "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Words before a year. */
  static final Set<String> YEAR_CUES = Set.of("en", "depuis", "annee", "annees", "an", "in", "since", "year",
      "printemps", "ete", "automne", "hiver", "fin", "debut", "mi", "courant", "from", "until", "jusqu'en",
      "avant", "apres", "vers", "by", "of", "saison", "exercice", "budget", "des", "campagne", "election",
      "elections", "presidentielle", "legislatives", "municipales", "europeennes", "mondial", "cop", "jo",
      "olympiques", "millesime", "cuvee");

  /** Units of time: a count of them is a duration, which the times layer reads. */
  static final Set<String> TIME_UNITS = Set.of("an", "ans", "annee", "annees", "mois", "semaine", "semaines",
      "jour", "jours", "journee", "journees", "heure", "heures", "h", "minute", "minutes", "min", "mn", "seconde",
      "secondes", "s", "sec", "siecle", "siecles", "decennie", "decennies", "millenaire", "millenaires",
      "trimestre", "trimestres", "semestre", "semestres", "nuit", "nuits", "matinee", "soiree", "year", "years",
      "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hr", "hrs", "seconds",
      "second", "decade", "decades", "century", "centuries", "night", "nights", "quarter", "quarters", "fois",
      "reprises", "reprise", "times", "time", "ieme", "eme", "er", "ere", "e", "th", "st", "nd", "rd");

  /** Nouns that number a thing rather than count it: l'article 5, la résolution 2334, page 3. */
  static final Set<String> REFERENCE_NOUNS = Set.of("article", "articles", "art", "paragraphe", "paragraphes",
      "alinea", "alineas", "chapitre", "chapitres", "section", "sections", "page", "pages", "p", "pp", "n", "no",
      "numero", "numeros", "num", "resolution", "resolutions", "annexe", "annexes", "titre", "tome", "volume",
      "vol", "livre", "decret", "amendement", "amendements", "ligne", "lignes", "line", "lines", "chapter",
      "paragraph", "number", "rule", "clause", "clauses", "version", "saison", "episode",
      "etape", "niveau", "categorie", "phase", "route", "autoroute", "rn", "rd", "porte", "terminal", "quai",
      "salle", "bureau", "case", "figure", "fig", "tableau", "table", "note", "notes", "item", "point", "points",
      "question", "questions", "act", "acte", "scene", "couloir", "zone", "secteur", "groupe", "poule", "match",
      "journee", "manche", "round", "tour", "stage", "leg", "vol.", "no.", "loi", "code", "norme", "iso",
      "windows", "iphone", "galaxy", "airbus", "boeing", "rafale", "mig", "sukhoi", "covid", "sars", "g",
      "protocole", "convention", "plan", "operation", "mission", "apollo", "soyouz", "rue", "avenue",
      "boulevard", "bd", "av", "place", "arrondissement", "district", "lot", "batiment", "bat", "immeuble",
      "etage", "appartement", "apt", "chambre", "lit", "siege", "rang", "classe", "cycle", "session", "sommet");

  /** Nouns that the French tagger calls NOUN but that follow figures without being counted. */
  static final Set<String> NOT_COUNTED = Set.of("fois", "reprises", "reprise", "pour", "sur", "contre", "et", "ou",
      "a", "de", "d'", "des", "du", "dont", "er", "e", "eme", "ieme", "bis", "ter", "degres", "pc", "pic",
      "heures", "h", "mn", "km/h", "etc", "lors", "fin", "debut", "mi", "ca", "cela", "ceci", "celui", "celle",
      "ceux", "celles", "autres", "autre", "seulement", "chacun", "chacune", "ensemble", "premiers", "derniers",
      "prochains", "suivants", "precedents", "the", "of", "and", "to", "in", "on", "for", "at", "by", "with", "from",
      "per", "an", "are", "is", "was", "were", "have", "has", "had", "will", "would", "be", "been", "more",
      "less", "than", "or", "as", "that", "this", "these", "those", "out", "up", "down", "across", "over", "under",
      "into", "about", "after", "before", "since", "during", "between", "among", "against", "through", "so",
      "which", "who", "what", "when", "where", "each", "other", "others", "new", "old", "years", "percent");

  /** Units of measure: a figure before one is a quantity of that unit, however small. */
  static final Set<String> MEASURES = Set.of("km", "kilometre", "kilometres", "kilometer", "kilometers", "m",
      "metre", "metres", "meter", "meters", "cm", "centimetre", "centimetres", "mm", "millimetre", "millimetres",
      "kg", "kilo", "kilos", "kilogramme", "kilogrammes", "g", "gramme", "grammes", "mg", "t", "tonne", "tonnes",
      "ton", "tons", "l", "litre", "litres", "liter", "liters", "ml", "cl", "hl", "hectolitre", "hectolitres",
      "ha", "hectare", "hectares", "km2", "m2", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "w", "watt",
      "watts", "megawatt", "megawatts", "gigawatt", "gigawatts", "baril", "barils", "barrel", "barrels", "bpj",
      "miles", "mile", "pied", "pieds", "feet", "foot", "pouce", "pouces", "inch", "inches", "noeud",
      "noeuds", "knots", "degre", "degres", "degree", "degrees", "°", "°c", "°f", "celsius", "fahrenheit", "mbar",
      "hpa", "ko", "mo", "go", "kb", "mb", "gb", "tb", "mbit", "gbit", "mt", "gt", "mtep", "tep", "m3",
      "km²", "m²", "points");

  /** English words that are clues of an English passage, and French ones. */
  static final Set<String> ENGLISH = Set.of("the", "of", "and", "in", "since", "has", "have", "been", "with", "to",
      "is", "was", "were", "are", "that", "this", "for", "by", "from", "our", "we", "it", "its", "which", "will",
      "would", "their", "they", "he", "she", "his", "her", "said", "says", "than", "more", "over", "an", "a",
      "at", "on", "who", "not");
  static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que",
      "qui", "dans", "pour", "sur", "avec", "ont", "ete", "au", "aux", "ne", "pas", "il", "elle", "ce", "d'", "l'",
      "a", "en", "par", "se", "son", "sa", "ses", "leur", "plus", "selon", "entre", "sont", "cette", "qu'");

  /** Adjectives that qualify an amount's use without naming it (une aide supplémentaire). */
  static final Set<String> EVALUATIVE = Set.of("supplementaire", "supplementaires", "additionnel",
      "additionnelle", "additionnels", "additionnelles", "nouveau", "nouvelle", "nouveaux", "nouvelles", "total",
      "totale", "totaux", "totales", "global", "globale", "globaux", "globales", "important", "importante",
      "importants", "importantes", "colossal", "colossale", "massif", "massive", "record", "initial", "initiale",
      "additional", "new", "further", "extra", "immediat", "immediate", "immediats",
      "prevu", "prevue", "prevus", "prevues", "annonce", "annoncee", "annonces", "annoncees", "estime", "estimee",
      "promis", "promise");
  /** Nouns of set phrases after "en" or in a complement that do not say what money is for (en liquide, au cours de). */
  static final Set<String> NOT_OBJECTS = Set.of("liquide", "liquides", "especes", "cash", "circulation", "moyenne",
      "tout", "total", "bourse", "plus", "moins", "trop", "jeu", "cause", "question", "vue", "fait", "effet",
      "echange", "contrepartie", "valeur", "termes", "terme", "hausse", "baisse", "cours", "titre", "sein", "lieu",
      "cadre", "nom", "sujet", "fil", "profit", "faveur", "raison", "fonction", "matiere", "tete", "fin", "debut",
      "milieu", "partie", "rapport", "fois", "attendant", "outre", "revanche", "particulier", "general", "realite",
      "gros", "net", "brut", "direct", "ligne", "place", "route", "nature", "euros", "dollars",
      "cumul", "cumule", "somme", "an", "annee", "mois", "semaine", "jour", "jours");
  /** Nouns that say there is an amount but not what it is for (un montant de, une somme de). */
  static final Set<String> VACUOUS = Set.of("montant", "montants", "somme", "sommes", "total", "hauteur", "ordre",
      "plus", "moins", "valeur", "chiffre", "niveau", "amount", "sum", "value", "tune", "equivalent",
      "environ", "pres", "cout", "prix", "hausse", "baisse", "augmentation", "diminution", "perte", "pertes",
      "gain", "gains");
}
