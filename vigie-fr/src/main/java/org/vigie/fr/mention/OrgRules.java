package org.vigie.fr.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.core.Mention;
import org.vigie.core.Span;
import org.vigie.core.Token;

/**
 * Organization names as French news writes them, which CoreNLP's Wikipedia-trained model cuts short or types as
 * places: institution names whose words after the first are lower case ({@code Assemblée nationale},
 * {@code Conseil des ministres}, {@code Pôle emploi}), a capitalised article that belongs to a title
 * ({@code Le Figaro}, {@code Les Républicains}), lower-case institution heads before a name ({@code université
 * de Kyoto}, {@code comité Nobel}, {@code armée syrienne}), nouns announcing a company or a medium
 * ({@code la société Uber}, {@code l'agence Anadolu}), acronyms, sports clubs. Every rule reads the shape of the
 * text and general word lists; none is about a particular article.
 */
final class OrgRules {
  /** Capitalised first words of institution names whose following words are lower case. */
  private static final Set<String> INSTITUTION_HEADS = Set.of("assemblée", "conseil", "cour", "chambre",
      "commission", "congrégation", "communion", "parlement", "parti", "mouvement", "front", "union", "alliance",
      "agence", "autorité", "comité", "fédération", "confédération", "ligue", "haut-commissariat", "tribunal",
      "ministère", "banque", "caisse", "office", "institut", "direction", "garde", "armée", "sénat", "congrès",
      "organisation", "église", "conférence", "association", "syndicat", "académie", "observatoire", "fondation");
  /** The subset whose name may go on with a complement ("Conseil des ministres", "Cour d'appel"). */
  private static final Set<String> COMPLEMENT_HEADS = Set.of("conseil", "cour", "chambre", "commission",
      "congrégation", "comité", "haut-commissariat", "tribunal", "ministère", "direction", "autorité", "office",
      "institut", "agence", "banque", "caisse", "fédération", "confédération", "ligue", "organisation", "académie");
  /** Heads whose name may have an adjective, then the body's field: "Institut guatémaltèque des migrations". */
  private static final Set<String> ADJECTIVE_THEN_COMPLEMENT = Set.of("institut", "office", "agence",
      "observatoire", "haut-commissariat", "centre");
  private static final Set<String> COMPLEMENT_LINKS = Set.of("de", "des", "du", "d'", "pour", "aux", "au");
  /** Lower-case heads that make one organization with the name right after them ("comité Nobel"). */
  private static final Set<String> LOWER_HEADS_BEFORE_NAME = Set.of("université", "comité", "association",
      "laboratoire", "syndicat", "ong", "diocèse", "observatoire", "fondation", "académie", "institut");
  /** Lower-case heads that make one organization with "de" and a place ("université de Kyoto"). */
  private static final Set<String> LOWER_HEADS_OF_PLACE = Set.of("université", "diocèse", "observatoire",
      "gendarmerie", "tribunal", "académie", "commissariat", "conservatoire", "archidiocèse");
  /** Lower-case heads that name a state body with a nationality adjective ("armée syrienne"). */
  private static final Set<String> NATIONAL_BODIES = Set.of("armée", "gouvernement");
  /** Nouns that announce an organization's name without belonging to it ("la société Uber"). */
  private static final Set<String> CUES = Set.of("société", "sociétés", "entreprise", "groupe", "compagnie",
      "constructeur", "firme", "fabricant", "opérateur", "assureur", "banque", "start-up", "startup", "équipementier",
      "distributeur", "enseigne", "géant", "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "chaîne",
      "radio", "télévision", "agence", "média", "site", "éditeur", "parti", "club", "formation", "syndicat",
      "organisation", "ong", "association", "mouvement", "milice", "coalition", "studio", "label", "franchise");
  /** Words that make a name a sports club ("Fenix Toulouse Handball", "HBC Nantes", "Milan AC"). */
  private static final Set<String> CLUB_WORDS = Set.of("fc", "ac", "as", "rc", "hbc", "sc", "ogc", "cf", "afc",
      "ssc", "hsc", "olympique", "racing", "sporting", "athletic", "handball", "basket", "volley", "rugby", "united",
      "hockey");
  private static final Set<String> TITLE_ARTICLES = Set.of("le", "la", "les", "l'");
  /** The shape of French nationality adjectives ("syrienne", "turque", "ouzbek", "pakistanais"). */
  private static final java.util.regex.Pattern NATIONALITY = java.util.regex.Pattern.compile(
      "[a-zéèêëïîôç-]+(?:ien|ienne|ïen|ïenne|ais|aise|ain|aine|ois|oise|an|ane|que|ol|ole|ec|èque|ite|ote|and|ande"
          + "|ek|ez|ède|ue)s?");
  /** Acronyms of common nouns, never names: time zones, trains, diseases, contracts, editorial marks. */
  private static final Set<String> COMMON_ACRONYMS = Set.of("utc", "gmt", "ndlr", "ter", "tgv", "rer", "pib", "adn",
      "vih", "sida", "sms", "pdg", "dg", "cdd", "cdi", "smic", "tva", "vtt", "suv", "ong", "hlm", "ivg", "pma", "qg",
      "jt", "ogm", "sdf", "rsa", "usb", "pc", "cd", "dvd", "gps", "tnt", "lgbt", "ovni", "ko", "ok", "cv", "bd",
      "hiv", "ceo", "vip", "faq", "pdf", "tv", "ufc", "mma");

  private final NameLexicon lexicon;

  OrgRules(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A word of the text: a distinct token span with its POS (the first token's for contractions). */
  private record W(Span span, String text, String pos, int sentence) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalized() {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          return Character.isUpperCase(c) || Character.isDigit(c);
        }
      }
      return false;
    }
  }

  List<Mention> apply(List<Mention> mentions, Set<Span> titled, List<Token> tokens, String text) {
    List<W> words = new ArrayList<>();
    for (Token tok : tokens) {
      if (words.isEmpty() || !words.get(words.size() - 1).span().equals(tok.span())) {
        words.add(new W(tok.span(), tok.span().of(text).replace('’', '\''), tok.pos(), tok.sentence()));
      }
    }
    List<Mention> out = new ArrayList<>(mentions);
    Set<String> cued = new HashSet<>();
    for (int m = 0; m < out.size(); m++) {
      Mention men = out.get(m);
      if (titled.contains(men.span())) {
        continue;
      }
      int first = indexAt(words, men.span().start());
      int last = indexEndingAt(words, men.span().end());
      if (first < 0 || last < 0) {
        continue;
      }
      Mention better = extendKnown(men, words, first, last, text);
      if (better == null) {
        better = extendInstitution(men, words, first, last, text);
      }
      if (better == null) {
        better = extendByNationality(men, words, first, last, text);
      }
      if (better == null) {
        better = lowerHeadBefore(men, words, first, text);
      }
      if (better == null && men.type() != EntityType.ORG) {
        better = retype(men, words, first, cued);
      }
      if (better == null && (men.type() == EntityType.LOC || men.type() == EntityType.MISC) && last > first
          && words.get(first).capitalized() && INSTITUTION_HEADS.contains(words.get(first).lower())
          && lexicon.typeOf(men.text()) == null) {
        // "Québec — La Fédération autonome de l'enseignement": a body by its head, whatever the tagger read.
        better = new Mention(men.span(), men.text(), EntityType.ORG);
      }
      if (better != null) {
        out.set(m, better);
      }
    }
    out = cuedRuns(out, words, text, cued);
    out = nameBeforeItsAcronym(out, words, text, cued);
    // "Groupe B" of a tournament and common-noun acronyms ("UTC", "NDLR") are not names.
    out.removeIf(m -> m.text().matches("(?:Groupe|Poule) [A-H]")
        || COMMON_ACRONYMS.contains(m.text().toLowerCase(Locale.ROOT)));
    acronymsInParentheses(out, text, cued);
    out.addAll(nationalBodies(out, words, text));
    out = portfolios(out, words, text);
    // A name the text announced as an organization is one everywhere in the article ("la société Uber" ...
    // "Uber a annoncé").
    for (int m = 0; m < out.size(); m++) {
      Mention men = out.get(m);
      if (men.type() != EntityType.ORG && cued.contains(NameLexicon.key(men.text())) && !titled.contains(men.span())
          && lexicon.typeOf(men.text()) == null) {
        out.set(m, new Mention(men.span(), men.text(), EntityType.ORG));
      }
    }
    return out;
  }

  /** The mention grown to a known name: words after it ("Pôle" + "emploi") or a title's article before it. */
  private Mention extendKnown(Mention men, List<W> words, int first, int last, String text) {
    for (int n = 3; n >= 1; n--) {
      int end = last + n;
      if (end < words.size() && words.get(end).sentence() == words.get(first).sentence()) {
        Span s = Span.of(men.span().start(), words.get(end).span().end());
        EntityType t = lexicon.typeOfWritten(s.of(text));
        if (t != null && !s.of(text).contains("\n")) {
          return new Mention(s, s.of(text), t);
        }
      }
    }
    if (first > 0) {
      W article = words.get(first - 1);
      if (TITLE_ARTICLES.contains(article.lower()) && article.capitalized()
          && (article.span().end() == men.span().start() || article.text().endsWith("'")
          || text.substring(article.span().end(), men.span().start()).equals(" "))) {
        Span s = Span.of(article.span().start(), men.span().end());
        String surface = s.of(text);
        EntityType known = lexicon.typeOfWritten(surface);
        boolean midSentence = first - 2 >= 0 && words.get(first - 2).sentence() == article.sentence()
            && Character.isLetterOrDigit(words.get(first - 2).text().charAt(words.get(first - 2).text().length() - 1));
        if (known != null || midSentence && NameLexicon.ARTICLE_NAMES.contains(NameLexicon.key(surface))) {
          return new Mention(s, surface, known != null ? known : men.type());
        }
        if (midSentence && men.type() == EntityType.ORG) {
          return new Mention(s, surface, EntityType.ORG); // "selon Le Parisien", "à L'Express"
        }
      }
    }
    return null;
  }

  /** "Assemblée nationale", "Parlement sud-coréen", "Conseil des ministres", "Cour d'appel". */
  private Mention extendInstitution(Mention men, List<W> words, int first, int last, String text) {
    W head = words.get(last);
    if (!INSTITUTION_HEADS.contains(head.lower()) || !head.capitalized()) {
      return null;
    }
    int end = last;
    int adjectives = 0;
    while (end + 1 < words.size() && adjectives < 2 && isLowerAdjective(words.get(end + 1))) {
      end++;
      adjectives++;
    }
    if (adjectives == 1 && ADJECTIVE_THEN_COMPLEMENT.contains(head.lower()) && end + 2 < words.size()
        && Set.of("des", "du", "de").contains(words.get(end + 1).lower()) && isLowerNoun(words.get(end + 2))
        && (end + 3 >= words.size() || !isLowerNoun(words.get(end + 3)) && !isLowerAdjective(words.get(end + 3)))) {
      // "l'Institut guatémaltèque des migrations": a head, its nationality, then what the body deals with.
      end += 2;
    } else if (adjectives == 0 && COMPLEMENT_HEADS.contains(head.lower()) && end + 2 < words.size()) {
      int k = end + 1;
      if (COMPLEMENT_LINKS.contains(words.get(k).lower())) {
        k++;
        if (k < words.size() && TITLE_ARTICLES.contains(words.get(k).lower()) && !words.get(k).capitalized()) {
          k++;
        }
        if (k < words.size() && isLowerNoun(words.get(k))) {
          end = k;
          if (end + 1 < words.size() && isLowerAdjective(words.get(end + 1))) {
            end++;
          }
          end = moreComplements(words, end);
        }
      }
    }
    if (end == last) {
      return null;
    }
    Span s = Span.of(men.span().start(), words.get(end).span().end());
    if (words.get(end).sentence() != head.sentence() || s.of(text).contains("\n")) {
      return null;
    }
    return new Mention(s, s.of(text), EntityType.ORG);
  }

  /**
   * "Mouvement républicain australien", "Parti travailliste israélien": an organization named by a head noun keeps
   * the nationality that follows it, which tells it from its namesakes abroad.
   */
  private Mention extendByNationality(Mention men, List<W> words, int first, int last, String text) {
    W head = words.get(first);
    if (men.type() != EntityType.ORG || first == last || !head.capitalized()
        || !NameLexicon.ORG_HEADS.contains(head.lower()) || last + 1 >= words.size()) {
      return null;
    }
    W next = words.get(last + 1);
    if (next.capitalized() || !next.pos().equals("ADJ") || !lexicon.isDemonym(next.text())
        || next.sentence() != head.sentence()
        || !text.substring(men.span().end(), next.span().start()).equals(" ")) {
      return null;
    }
    Span s = Span.of(men.span().start(), next.span().end());
    return new Mention(s, s.of(text), EntityType.ORG);
  }

  /** "comité Nobel", "université de Kyoto": a lower-case institution head makes one name with what follows. */
  private Mention lowerHeadBefore(Mention men, List<W> words, int first, String text) {
    if (first == 0) {
      return null;
    }
    W prev = words.get(first - 1);
    W head = null;
    // ("la présidente du syndicat Sophie Vénétitay": a person's name after the head is its officer.)
    boolean person = men.type() == EntityType.PER && men.text().contains(" ")
        && NameLexicon.isFirstName(men.text().substring(0, men.text().indexOf(' ')));
    if (LOWER_HEADS_BEFORE_NAME.contains(prev.lower()) && !prev.capitalized() && !person
        && text.substring(prev.span().end(), men.span().start()).equals(" ")) {
      head = prev;
    } else if (first >= 2 && (prev.lower().equals("de") || prev.lower().equals("d'") || prev.lower().equals("du"))
        && LOWER_HEADS_OF_PLACE.contains(words.get(first - 2).lower()) && !words.get(first - 2).capitalized()
        && men.type() != EntityType.PER) {
      head = words.get(first - 2);
    }
    if (head == null || head.sentence() != words.get(first).sentence()) {
      return null;
    }
    Span s = Span.of(head.span().start(), men.span().end());
    return new Mention(s, s.of(text), EntityType.ORG);
  }

  /** Cue nouns ("la société Uber"), acronyms and sports clubs are organizations. */
  private Mention retype(Mention men, List<W> words, int first, Set<String> cued) {
    if (lexicon.typeOf(men.text()) != null) {
      return null;
    }
    boolean personName = men.type() == EntityType.PER && men.text().contains(" ");
    // The cue may carry a nationality: "le quotidien suisse Le Temps", "l'agence russe Tass".
    int cue = first - 1;
    if (cue > 0 && words.get(cue).lower().equals("l'")) {
      cue--; // "le quotidien L'Orient-Le Jour" when the article was cut from the name
    }
    if (cue > 0 && !words.get(cue).capitalized() && (NATIONALITY.matcher(words.get(cue).lower()).matches()
        || lexicon.isDemonym(words.get(cue).text())) && CUES.contains(words.get(cue - 1).lower())) {
      cue--;
    }
    if (cue >= 0 && CUES.contains(words.get(cue).lower()) && !words.get(cue).capitalized()
        && !personName) {
      cued.add(NameLexicon.key(men.text()));
      return new Mention(men.span(), men.text(), EntityType.ORG);
    }
    String t = men.text();
    // "RAID", "CGT", "FFTri", "Cnared" is not: at least two capitals, the first two letters among them.
    boolean acronym = t.length() >= 2 && t.length() <= 8 && t.chars().allMatch(Character::isLetterOrDigit)
        && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(1))
        && t.chars().filter(Character::isUpperCase).count() >= Math.max(2, t.length() / 2);
    if (acronym && men.type() != EntityType.MISC) {
      return new Mention(men.span(), t, EntityType.ORG);
    }
    for (String w : t.split("[\\s]+")) {
      if (CLUB_WORDS.contains(w.toLowerCase(Locale.ROOT)) && t.contains(" ")) {
        return new Mention(men.span(), t, EntityType.ORG);
      }
    }
    return null;
  }

  /** Words that may go on an organization's name before its acronym in brackets. */
  private static final Set<String> NAME_LINKS = Set.of("de", "des", "du", "d'", "pour", "la", "le", "les", "l'",
      "aux", "au", "sur", "en", "à");

  /**
   * "le Haut-Commissariat de l'ONU pour les réfugiés (HCR)", "la Communauté économique des Etats de l'Afrique de
   * l'Ouest (Cédéao)": the words between an organization's name and the acronym in brackets right after them
   * (links, lower-case nouns and adjectives, capitalised words; no verb, no punctuation) are the rest of its name,
   * which the tagger cut at a preposition or a place.
   */
  private List<Mention> nameBeforeItsAcronym(List<Mention> found, List<W> words, String text, Set<String> cued) {
    List<Mention> out = new ArrayList<>(found);
    for (int m = 0; m < out.size(); m++) {
      Mention men = out.get(m);
      int last = indexEndingAt(words, men.span().end());
      if (men.type() != EntityType.ORG || last < 0) {
        continue;
      }
      int k = last + 1;
      while (k < words.size() && k - last <= 8 && words.get(k).sentence() == words.get(last).sentence()
          && (NAME_LINKS.contains(words.get(k).lower()) || words.get(k).capitalized()
              && !words.get(k).pos().equals("PUNCT") || isLowerNoun(words.get(k))
              || isLowerAdjective(words.get(k)))) {
        k++;
      }
      boolean acronym = k > last + 1 && k + 2 < words.size() && words.get(k).text().equals("(")
          && words.get(k + 2).text().equals(")") && words.get(k + 1).text().matches("\\p{Lu}[\\p{L}-]{1,9}")
          && !NAME_LINKS.contains(words.get(k - 1).lower());
      if (!acronym) {
        continue;
      }
      Span grown = new Span(men.span().start(), words.get(k - 1).span().end());
      if (grown.of(text).contains("\n") || out.stream().anyMatch(o -> o != men && o.type() == EntityType.ORG
          && grown.contains(o.span()))) {
        // (Not over another organization: "le Front al-Nosra et de l'État islamique (EI)".)
        continue;
      }
      out.set(m, new Mention(grown, grown.of(text), EntityType.ORG));
      final int keep = m;
      List<Mention> inside = new ArrayList<>();
      for (int o = 0; o < out.size(); o++) {
        if (o != keep && grown.contains(out.get(o).span())) {
          inside.add(out.get(o));
        }
      }
      out.removeAll(inside);
      Span acr = words.get(k + 1).span();
      for (int o = 0; o < out.size(); o++) {
        if (out.get(o).span().equals(acr)) {
          // ("(Cédéao)" tagged a place: the acronym of the name before it.)
          out.set(o, new Mention(acr, acr.of(text), EntityType.ORG));
          cued.add(NameLexicon.key(acr.of(text)));
        }
      }
      m = out.indexOf(new Mention(grown, grown.of(text), EntityType.ORG));
    }
    return out;
  }

  /** Articles and contractions before a noun that announces a name ("l'ONG", "de la société", "au groupe"). */
  private static final Set<String> CUE_ARTICLES = Set.of("le", "la", "l'", "les", "un", "une", "du", "des", "au",
      "aux", "cette", "ce");

  /** Whether a person's mention with a known given name starts at this word. */
  private static boolean personStartsAt(List<Mention> found, W w) {
    if (!NameLexicon.isFirstName(w.text())) {
      return false;
    }
    for (Mention m : found) {
      if (m.type() == EntityType.PER && m.span().start() == w.span().start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "l'ONG Alarm Phone", "l'organisation humanitaire française SOS Méditerranée": the capitalised words right
   * after a noun that announces an organization (and up to two lower-case adjectives) are that organization's
   * name, whatever the tagger read in them (a person, a sea), and so is the same name elsewhere in the article.
   * A run that opens with a first name ("le groupe de Jean Dupont" aside) is left alone: a person may follow.
   */
  private List<Mention> cuedRuns(List<Mention> found, List<W> words, String text, Set<String> cued) {
    List<Span> runs = new ArrayList<>();
    for (int i = 1; i + 1 < words.size(); i++) {
      W cue = words.get(i);
      if (!CUES.contains(cue.lower()) || cue.capitalized() && !cue.text().equals("ONG")
          || !CUE_ARTICLES.contains(words.get(i - 1).lower())) {
        continue;
      }
      int j = i + 1;
      while (j < words.size() && j - i <= 2 && !words.get(j).capitalized()
          && (words.get(j).pos().equals("ADJ") || NATIONALITY.matcher(words.get(j).lower()).matches())) {
        j++;
      }
      int k = j;
      while (k < words.size() && k - j < 5 && words.get(k).capitalized() && words.get(k).sentence() == cue.sentence()
          && !words.get(k).pos().equals("PUNCT") && !(k > j && personStartsAt(found, words.get(k)))) {
        // ("dans le journal communiste L'Humanité Laurent Brun": the name ends where a person's starts.)
        k++;
      }
      if (k - j < 1 || k - j == 1 && words.get(j).text().length() < 3 || NameLexicon.isFirstName(words.get(j).text())
          || TITLE_ARTICLES.contains(words.get(j).lower()) && k - j == 1
          || k < words.size() && !words.get(k).capitalized() && (words.get(k).pos().equals("ADJ")
              || words.get(k).pos().equals("NOUN"))) {
        // ("l'organisation Etat islamique": a name that goes on in lower case is the tagger's to find.)
        continue;
      }
      Span run = new Span(words.get(j).span().start(), words.get(k - 1).span().end());
      boolean clean = true;
      boolean done = false;
      for (Mention m : found) {
        if (m.span().overlaps(run)) {
          clean &= run.contains(m.span());
          done |= m.span().equals(run) && m.type() == EntityType.ORG;
        }
      }
      if (clean && !done && lexicon.typeOf(run.of(text)) != EntityType.PER) {
        runs.add(run);
      }
    }
    if (runs.isEmpty()) {
      return found;
    }
    List<Span> all = new ArrayList<>(runs);
    for (Span run : runs) {
      // The same name elsewhere: "ce qui a incité SOS Méditerranée à lancer des recherches" (a name of one word
      // may be a common one elsewhere, "Renaissance", and only its mentions become the organization's).
      String name = run.of(text);
      for (int at = name.contains(" ") ? text.indexOf(name) : -1; at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        Span other = new Span(at, end);
        if (word && all.stream().noneMatch(r -> r.overlaps(other))
            && found.stream().allMatch(m -> !m.span().overlaps(other) || other.contains(m.span()))) {
          all.add(other);
        }
      }
      cued.add(NameLexicon.key(name));
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      if (all.stream().noneMatch(r -> r.overlaps(m.span()))) {
        out.add(m);
      }
    }
    for (Span r : all) {
      out.add(new Mention(r, r.of(text), EntityType.ORG));
    }
    out.sort(java.util.Comparator.comparing(Mention::span));
    return out;
  }

  /**
   * "le ministre de l'Intérieur", "la ministre des Affaires sociales": the portfolio names the ministry, an
   * organization; after "ministère" the whole phrase is its name ("ministère de la Culture"). A country after
   * "ministre de" ("ministre du Canada") stays a place.
   */
  private List<Mention> portfolios(List<Mention> found, List<W> words, String text) {
    List<Mention> out = new ArrayList<>(found);
    for (int i = 0; i + 2 < words.size(); i++) {
      String head = words.get(i).lower();
      boolean ministry = head.equals("ministère");
      if (!(ministry || head.equals("ministre") || head.equals("ministres")) || words.get(i).capitalized()) {
        continue;
      }
      int k = i + 1;
      if (ministry && !words.get(k).capitalized() && lexicon.isDemonym(words.get(k).text()) && k + 2 < words.size()) {
        // "le ministère ukrainien de la Défense", "le ministère russe des Affaires étrangères".
        k++;
      }
      if (!COMPLEMENT_LINKS.contains(words.get(k).lower()) || words.get(k).lower().equals("pour")) {
        continue;
      }
      k++;
      if (k < words.size() && TITLE_ARTICLES.contains(words.get(k).lower()) && !words.get(k).capitalized()) {
        k++;
      }
      if (k >= words.size() || !words.get(k).capitalized() || !Character.isLetter(words.get(k).text().charAt(0))
          || words.get(k).sentence() != words.get(i).sentence()) {
        continue;
      }
      W portfolio = words.get(k);
      EntityType known = lexicon.typeOf(portfolio.text());
      if (known == EntityType.LOC || lexicon.isDemonym(portfolio.text())) {
        continue;
      }
      int end = k;
      if (end + 1 < words.size() && isLowerAdjective(words.get(end + 1))) {
        end++;
      }
      Span s = Span.of(ministry ? words.get(i).span().start() : portfolio.span().start(), words.get(end).span().end());
      // Only where the name stops at the portfolio: "ministre de la Défense Lloyd Austin" keeps its person.
      List<Mention> overlapping = out.stream().filter(m -> m.span().overlaps(s)).toList();
      if (overlapping.stream().anyMatch(m -> m.span().end() > s.end() || m.span().start() < s.start())) {
        continue;
      }
      out.removeAll(overlapping);
      out.add(new Mention(s, s.of(text), EntityType.ORG));
    }
    return out;
  }

  /**
   * "État islamique (EI)", "Forces démocratiques syriennes (FDS)": a name followed by the acronym of its initials
   * is an organization's, and so is the acronym.
   */
  private static void acronymsInParentheses(List<Mention> out, String text, Set<String> cued) {
    for (int m = 0; m < out.size(); m++) {
      Mention men = spelledByAcronym(out.get(m), text);
      out.set(m, men);
      // Only blanks between the name and the parenthesis: skip them rather than search the rest of the text.
      int open = men.span().end();
      while (open < text.length() && Character.isWhitespace(text.charAt(open))) {
        open++;
      }
      int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
      if (close < 0 || close - open > 10) {
        continue;
      }
      String acronym = text.substring(open + 1, close).strip();
      if (men.type() == EntityType.ORG && !acronym.contains(" ") && acronym.length() > 2) {
        // "l'organisation État islamique (Daech)": another name of the organization, everywhere in the article.
        for (int k = 0; k < out.size(); k++) {
          Mention a = out.get(k);
          if (a.span().start() > open && a.span().end() <= close && a.text().equals(acronym)
              && a.type() != EntityType.LOC && a.type() != EntityType.ORG) {
            out.set(k, new Mention(a.span(), a.text(), EntityType.ORG));
            cued.add(NameLexicon.key(acronym));
          }
        }
      }
      if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
        continue;
      }
      String folded = NameLexicon.key(initials(men.text(), false)).toUpperCase(Locale.ROOT);
      if (!folded.equals(NameLexicon.key(acronym).toUpperCase(Locale.ROOT)) || men.type() == EntityType.ORG
          && out.stream().anyMatch(o -> o.text().equals(acronym) && o.type() == EntityType.ORG)) {
        continue;
      }
      if (men.type() != EntityType.PER) {
        out.set(m, new Mention(men.span(), men.text(), EntityType.ORG));
      }
      for (int k = 0; k < out.size(); k++) {
        Mention a = out.get(k);
        if (a.span().start() > open && a.span().end() <= close && a.text().equals(acronym)) {
          out.set(k, new Mention(a.span(), a.text(), EntityType.ORG));
        }
      }
    }
  }

  /**
   * "Union des producteurs de lait (UPL)", "Fédération nationale des syndicats d'exploitants agricoles (FNSEA)":
   * when the acronym in parentheses spells the name with the lower-case words between them, those words belong
   * to the name (CoreNLP often stops at the capitalised head, and a bare "Union" would be read as the EU's).
   */
  private static Mention spelledByAcronym(Mention men, String text) {
    if (men.type() == EntityType.PER) {
      return men;
    }
    // Looked for within 80 characters only: this runs for every mention of long articles.
    int end = men.span().end();
    int open = text.substring(end, Math.min(text.length(), end + 81)).indexOf('(');
    if (open < 0) {
      return men;
    }
    open += end;
    String between = text.substring(end, open);
    int close = text.substring(open, Math.min(text.length(), open + 11)).indexOf(')');
    if (between.isBlank() || !LOWER_WORDS.matcher(between).matches() || close < 0) {
      return men;
    }
    close += open;
    String acronym = text.substring(open + 1, close).strip();
    if (acronym.length() < 3 || !acronym.chars().allMatch(Character::isUpperCase)) {
      return men;
    }
    String name = text.substring(men.span().start(), open).stripTrailing();
    if (!NameLexicon.key(initials(name, true)).equalsIgnoreCase(NameLexicon.key(acronym))) {
      return men;
    }
    return new Mention(Span.of(men.span().start(), men.span().start() + name.length()), name, EntityType.ORG);
  }

  private static final java.util.regex.Pattern LOWER_WORDS = java.util.regex.Pattern.compile("[ \\p{Ll}'’-]+");

  /**
   * The capitals of a name's words, particles left out; with {@code elisions}, also the elided articles split
   * off by the apostrophe ("d'exploitants" gives E) and "pour".
   */
  private static String initials(String name, boolean elisions) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[\\s'’-]+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      boolean particle = NameLexicon.PARTICLES.contains(lower)
          || elisions && (NameLexicon.PARTICLES.contains(lower + "'") || lower.equals("pour"));
      if (!w.isEmpty() && !particle) {
        out.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return out.toString();
  }

  /** "l'armée syrienne", "le gouvernement ukrainien": a state body named by its nationality. */
  private List<Mention> nationalBodies(List<Mention> found, List<W> words, String text) {
    List<Mention> added = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      W head = words.get(i);
      W adj = words.get(i + 1);
      if (!NATIONAL_BODIES.contains(head.lower()) || head.capitalized() || adj.capitalized()
          || !(lexicon.isDemonym(adj.text()) || adj.pos().equals("ADJ") && NATIONALITY.matcher(adj.lower()).matches())
          || head.sentence() != adj.sentence()) {
        continue;
      }
      Span s = Span.of(head.span().start(), adj.span().end());
      if (found.stream().noneMatch(m -> m.span().overlaps(s))) {
        added.add(new Mention(s, s.of(text), EntityType.ORG));
      }
    }
    return added;
  }

  /**
   * Further complements of a name already going on with one: "de la foi" in "Congrégation pour la doctrine
   * de la foi", "et concours" in "Direction des examens et concours"; at most two, lower-case nouns only.
   */
  private static int moreComplements(List<W> words, int end) {
    for (int round = 0; round < 2; round++) {
      int k = end + 1;
      if (k >= words.size()) {
        return end;
      }
      String link = words.get(k).lower();
      if (!link.equals("et") && !link.equals("de") && !link.equals("des") && !link.equals("du")
          && !link.equals("d'")) {
        return end;
      }
      k++;
      if (k < words.size() && TITLE_ARTICLES.contains(words.get(k).lower()) && !words.get(k).capitalized()) {
        k++;
      }
      if (k >= words.size() || !isLowerNoun(words.get(k)) || words.get(k).sentence() != words.get(end).sentence()) {
        return end;
      }
      end = k;
      if (end + 1 < words.size() && isLowerAdjective(words.get(end + 1))) {
        end++;
      }
    }
    return end;
  }

  private static boolean isLowerAdjective(W w) {
    return w.pos().equals("ADJ") && !w.capitalized() && Character.isLetter(w.text().charAt(0))
        && !NameLexicon.TIME_WORDS.contains(w.lower());
  }

  private static boolean isLowerNoun(W w) {
    return w.pos().equals("NOUN") && !w.capitalized() && Character.isLetter(w.text().charAt(0))
        && !NameLexicon.TIME_WORDS.contains(w.lower());
  }

  /** The word starting at {@code start}, or -1 (words are in text order: a binary search, for long articles). */
  private static int indexAt(List<W> words, int start) {
    int i = lastStartingBefore(words, start + 1);
    return i >= 0 && words.get(i).span().start() == start ? i : -1;
  }

  /** The word ending at {@code end}, or -1. */
  private static int indexEndingAt(List<W> words, int end) {
    int i = lastStartingBefore(words, end);
    return i >= 0 && words.get(i).span().end() == end ? i : -1;
  }

  /** The last word that starts before {@code offset}, or -1. */
  private static int lastStartingBefore(List<W> words, int offset) {
    int lo = 0;
    int hi = words.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).span().start() < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
