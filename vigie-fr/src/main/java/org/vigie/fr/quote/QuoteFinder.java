package org.vigie.fr.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;
import org.vigie.core.Mention;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;
import org.vigie.fr.entity.Entity;
import org.vigie.fr.entity.EntityAnnotator;

/**
 * Finds the quotes of one article and their speakers. One instance per document, used once by
 * {@link QuoteAnnotator}; not thread-safe, and need not be.
 *
 * <p>Works on the backbone's tokens (forms, UD tags, lemmas) and the original text. In order:
 * <ol>
 *   <li>quote marks give direct quotes ({@link QuoteMarks}); dialogue lines and quoted blocks signed on the
 *   next line ({@code — Jean Dupont}) give more;</li>
 *   <li>each direct quote looks for its cue: an incise inside it ({@code « A, a ajouté X. B »}), an incise after
 *   it ({@code », a déclaré X}, {@code », a-t-il dit}, {@code », selon lui}), or what introduces it before
 *   ({@code X a déclaré : «}, {@code X a affirmé que «}, {@code ce que X a appelé «}, a headline's
 *   {@code X : «});</li>
 *   <li>reported speech gives indirect quotes: a reporting verb with its {@code que} clause, an incise without
 *   quote marks ({@code ..., a ajouté X.}), {@code selon X}, {@code pour X,};</li>
 *   <li>speakers are resolved in text order, so that a pronoun ({@code il}, {@code a-t-il dit}) goes to the
 *   person the text last spoke of or quoted, a role or a document to the entity it stands for, and a quote
 *   without cue continues the previous speaker when it follows it in the same or the next paragraph.</li>
 * </ol>
 * A quote in marks that nobody is said to have said, and that is not a sentence of its own (a scare quote, a
 * title, a headline's pull quote), is kept apart as a scare quote.
 */
final class QuoteFinder {
  private static final Pattern INVERTED = Pattern.compile("-(t-)?(il|elle|ils|elles|on|je|tu|nous|vous)");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on", "lui", "eux",
      "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-là", "celle-là");
  /** English passages of French articles: "« ... », he said", "said Secretary Blinken". */
  private static final Set<String> EN_PRONOUNS = Set.of("he", "she", "they");
  private static final Set<String> EN_VERBS = Set.of("said", "says", "added", "adds", "told", "stated", "explained",
      "wrote", "writes", "noted", "warned", "insisted", "replied", "continued", "argued", "declared", "announced",
      "tweeted", "asked", "stressed", "recalled", "concluded");
  /** Titles written with a full stop, which end no sentence before the name they introduce. */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("m.", "mm.", "dr.", "pr.", "mgr.", "me.", "mr.",
      "mrs.", "ms.");
  private static final Set<String> EN_TITLES = Set.of("president", "secretary", "minister", "prime", "mr.", "mrs.",
      "ms.", "mr", "mrs", "ms", "general", "senator", "governor", "chancellor", "ambassador", "spokesman",
      "spokeswoman", "spokesperson", "dr.", "dr");
  private static final Set<String> CLITICS = Set.of("se", "s'", "l'", "le", "la", "les", "lui", "leur", "y", "en",
      "me", "m'", "te", "t'", "nous", "vous");
  private static final Set<String> AUX_FORMS = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "eut",
      "eurent", "est", "sont", "était", "étaient", "serait", "seraient", "fut", "furent", "aura", "auront");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "…", "...", "?!", "!?");
  private static final Set<String> TIME_WORDS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi",
      "samedi", "dimanche", "hier", "aujourd'hui", "demain", "dernièrement", "récemment", "encore", "alors",
      "ensuite", "aussi", "également", "enfin", "soir", "matin", "janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final Set<String> MASC = Set.of("le", "du", "au", "ce", "cet", "un", "m.", "monsieur", "mr");
  private static final Set<String> FEM = Set.of("la", "cette", "une", "mme", "madame", "mlle", "mademoiselle", "sa");
  private static final Set<String> PLURAL_DET = Set.of("les", "des", "ces", "leurs", "aux", "nos", "vos", "ses",
      "plusieurs", "certains", "certaines", "deux", "trois", "quelques");
  /** Heads whose "de X" complement is the speaker: "l'exception notable de Idriss Déby", "les propos de X". */
  private static final Set<String> VOICE_HEADS = Set.of("exception", "voix", "part", "côté", "plume", "bouche",
      "enregistrement", "message", "vidéo", "lettre", "courrier", "discours", "entretien", "interview",
      "compte", "propos", "mots", "déclaration", "remarque", "affirmation", "accusation", "commentaire", "assertion",
      "allégation", "avertissement", "critique", "protestation");
  /** Common nouns of bodies that issue statements: "a déclaré dans un communiqué le commandement militaire". */
  private static final Set<String> SPEAKING_BODIES = Set.of("commandement", "état-major", "armée", "ministère",
      "gouvernement", "parquet", "préfecture", "mairie", "ambassade", "présidence", "commission", "organisation",
      "ong", "association", "syndicat", "groupe", "entreprise", "société", "compagnie", "agence", "office");
  /** Heads through which an organization speaks: "la direction du groupe Canal +", "un porte-parole du collectif". */
  private static final Set<String> ORG_VOICES = Set.of("direction", "rédaction", "état-major", "présidence",
      "initiative", "porte-parole", "porte-paroles", "service de presse", "bureau", "délégation", "photographe",
      "journaliste", "correspondant", "correspondante", "reporter", "envoyé", "envoyée");
  private static final Set<String> INSTITUTION_HEADS = Set.of("gouvernement", "régime", "administration",
      "cabinet", "camp", "clan", "fondation", "équipe", "parti", "comité", "prix", "fonds", "institut", "centre",
      "lycée", "collège", "université", "hôpital", "aéroport", "stade", "rue", "avenue", "place", "boulevard");
  /** Institutions that are groups of people, never named after one: a full name after "du parti" is a holder's. */
  private static final Set<String> GROUP_HEADS = Set.of("gouvernement", "régime", "administration", "cabinet",
      "camp", "clan", "équipe", "parti", "comité");
  private static final Set<String> PERSON_NOUNS = Set.of("président", "présidente", "ministre", "secrétaire",
      "porte-parole", "directeur", "directrice", "responsable", "expert", "analyste", "source", "témoin",
      "habitant", "police", "gendarmerie", "autorité", "médecin", "chercheur", "scientifique", "spécialiste",
      "média", "journal", "agence", "presse", "enquêteur", "procureur", "avocat", "syndicat", "organisateur",
      "opposition", "gouvernement", "ministère", "diplomatie", "parquet", "préfecture", "mairie", "maire", "proche",
      "plaignant",
      "plaignante", "requérant", "requérante",
      "entourage", "famille", "observateur", "association", "ong", "dirigeant", "chef", "officiel", "militaire",
      "armée", "diplomate", "député", "sénateur", "élu", "conseiller", "patron", "juge", "économiste",
      "historien", "sociologue", "politologue", "auteur", "rapport", "étude", "communiqué", "ambassadeur",
      "commission", "organisation", "institut", "office", "service", "commandant", "général", "colonel",
      "officier", "représentant", "collectif", "fédération", "union", "parti", "candidat", "président-directeur",
      "pdg", "fondateur", "créateur", "entraîneur", "sélectionneur", "capitaine", "joueur", "acteur", "actrice",
      "chanteur", "chanteuse", "écrivain", "journaliste", "quotidien", "hebdomadaire", "site", "chaîne",
      "radio", "télévision", "compagnie", "entreprise", "groupe", "société", "banque", "fmi", "onu",
      // People in the street, whom reports quote without a name ("lui rétorque un gréviste").
      "gréviste", "manifestant", "manifestante", "enseignant", "enseignante", "habitante", "étudiant", "étudiante",
      "retraité", "retraitée", "salarié", "salariée", "militant", "militante", "agriculteur", "agricultrice",
      "riverain", "riveraine", "infirmier", "infirmière", "policier", "policière", "commerçant", "commerçante",
      "électeur", "électrice", "passant", "passante", "syndicaliste", "supporter", "bénévole");
  /** Heads that designate a newspaper, a magazine or a news site. */
  private static final Set<String> MEDIA_HEADS = Set.of("journal", "quotidien", "hebdomadaire", "magazine",
      "mensuel", "site", "revue", "chaîne", "radio", "média");
  /** Heads that designate one person by their role, for roles the entity layer left unresolved. */
  private static final Set<String> ROLE_NOUNS = Set.of("président", "présidente", "ministre", "secrétaire",
      "porte-parole",
      "directeur", "directrice", "responsable", "dirigeant", "dirigeante", "chef", "maire",
      "ambassadeur", "ambassadrice", "commandant", "général", "colonel", "officier", "procureur", "avocat",
      "avocate", "plaignant", "plaignante", "requérant", "requérante", "juge", "écrivain", "auteur", "autrice",
      "fondateur", "fondatrice", "patron", "patronne", "procureure", "magistrat", "magistrate", "coach",
      // Epithets for the one the article is about: "a assuré le quinquagénaire", "admet le principal intéressé".
      "intéressé", "intéressée", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire",
      "nonagénaire", "trentenaire", "quarantenaire",
      "entraîneur", "sélectionneur", "capitaine", "député", "sénateur", "conseiller", "conseillère",
      "chancelier", "chancelière", "premier", "première", "roi", "reine", "pape", "souverain", "souveraine", "monarque",
      "empereur", "impératrice", "émir", "sultan", "gouverneur",
      "candidat", "candidate", "pdg", "présidente-directrice", "président-directeur", "représentant", "représentante",
      "homologue", "diplomate", "chercheur", "chercheuse", "scientifique", "expert", "experte", "médecin",
      "attaquant", "défenseur", "gardien", "joueur", "joueuse", "entraineur", "entraîneuse", "pilote", "coureur",
      "coureuse", "champion", "championne", "athlète", "footballeur", "tennisman", "boxeur", "nageur", "nageuse",
      "relayeur", "relayeuse", "judoka", "judokate", "escrimeur", "escrimeuse", "cycliste", "sprinteur", "sprinteuse",
      "substitut", "commissaire", "préfet", "préfète", "évêque", "archevêque", "prêtre", "curé", "pasteur", "cardinal", "imam", "rabbin", "porte-drapeau",
      "universitaire", "politologue", "économiste", "historien", "historienne", "sociologue", "analyste",
      "philosophe", "juriste", "militant", "militante", "opposant", "opposante", "chanteur", "chanteuse",
      "acteur", "actrice", "cinéaste", "réalisateur", "réalisatrice", "journaliste", "musicien", "musicienne",
      "artiste", "compositeur", "compositrice", "poète", "poétesse", "romancier", "romancière", "leader",
      "syndicaliste", "vice-président", "vice-présidente", "haut-commissaire", "haute-commissaire", "émissaire",
      "envoyé", "envoyée", "cheffe");
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(the|and|of|in|to|has|have|is|are|with|for|since|we|our|this|that|will|be)\\b");
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "(?i)(^|[^\\p{L}])(je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos)(?![\\p{L}])");
  private static final Pattern SPEAKER_ON = Pattern.compile("(?i)(^|[^\\p{L}])on(?![\\p{L}'’])");
  /** Adjectives of an office's holder that have a participle's form. */
  private static final Set<String> OUTGOING = Set.of("sortant", "sortante", "sortants", "sortantes", "entrant",
      "entrante", "démissionnaire");
  private static final Pattern TWEET_TAIL = Pattern.compile(
      "(\\s+(#\\S+|pic\\.twitter\\.com/\\S+|https?://\\S+|@\\S+))+\\s*$");

  private final ReportingLexicon lex;
  /** The country a demonym names ("turques": Turkey), from the entity layer's knowledge base. */
  private final Function<String, EntityAnnotator.Country> countries;
  private final String text;
  private final String folded;
  private final int n;
  private final int[] s;
  private final int[] e;
  private final String[] low;
  private final String[] pos;
  private final String[] lem;
  private final List<Mention> mentions;
  private final List<Entity> entities;
  private final List<Sentence> sentences;
  private final List<QuoteMarks.Marked> marks;
  /** The quote mark span a token lies in (marks and words), or -1. */
  private final int[] markOf;
  private final int[] openTok;
  private final int[] closeTok;
  /** Tokens that start one of the backbone's sentences. */
  private final boolean[] sentenceStart;
  /** Tokens in a quoted block or dialogue line (no marks). */
  private final boolean[] inBlock;
  /** Whether reported clauses are kept whoever their speaker ({@link QuoteConfig.ReportedSpeech#ALL}). */
  private final boolean allReportedSpeech;

  QuoteFinder(ReportingLexicon lex, String text, List<Token> tokens, List<Sentence> sentences,
      List<Mention> mentions, List<Entity> entities,
      Function<String, EntityAnnotator.Country> countries, QuoteConfig config) {
    this.lex = lex;
    this.allReportedSpeech = config.reportedSpeech() == QuoteConfig.ReportedSpeech.ALL;
    this.countries = countries;
    this.text = text;
    this.folded = fold(text);
    this.n = tokens.size();
    this.s = new int[n];
    this.e = new int[n];
    this.low = new String[n];
    this.pos = new String[n];
    this.lem = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      s[i] = t.span().start();
      e[i] = t.span().end();
      low[i] = fold(t.form());
      pos[i] = t.pos();
      lem[i] = fold(t.lemma());
      if (low[i].startsWith("lorsqu'") || low[i].startsWith("puisqu'") || low[i].startsWith("quoiqu'")) {
        // One token for a conjunction and its subject ("lorsqu'on"), which the tagger may read as a name.
        pos[i] = "SCONJ";
      }
    }
    for (int i = 1; i + 1 < n; i++) {
      if (OUTGOING.contains(low[i]) && (posIs(i - 1, "NOUN") || posIs(i - 1, "PROPN"))
          && (posIs(i + 1, "AUX") || posIs(i + 1, "VERB"))) {
        // "Le chef d'Etat sortant a tweeté": an office's adjective, which the tagger may read as a participle.
        pos[i] = "ADJ";
      }
    }
    this.mentions = mentions.stream().sorted(java.util.Comparator.comparing(Mention::span)).toList();
    for (Mention m : this.mentions) {
      // A verb's form inside a name ("Le Canard enchaîné déplore « »", "Les Républicains") is part of the name:
      // read as a verb, it would end the subject before the real verb.
      // (So is a person's first name: "Me Ciré Clédor Ly", where the tagger reads "Me" as a pronoun and "Ciré" as
      // a verb; the title is a noun.)
      int first = firstTokenAt(m.span().start());
      boolean person = m.type() == EntityType.PER && first < n && Character.isUpperCase(text.charAt(s[first]));
      for (int i = person ? first : first + 1; i < n && e[i] <= m.span().end(); i++) {
        if ("VERB".equals(pos[i]) || "AUX".equals(pos[i])) {
          pos[i] = "PROPN";
        }
      }
      if (person && first > 0 && Set.of("me", "dr", "pr", "mgr").contains(low[first - 1])
          && Character.isUpperCase(text.charAt(s[first - 1]))) {
        pos[first - 1] = "NOUN";
      }
    }
    this.entities = entities;
    this.sentences = sentences;
    this.marks = QuoteMarks.find(text);
    this.markOf = new int[n];
    this.inBlock = new boolean[n];
    this.sentenceStart = new boolean[n];
    for (Sentence sen : sentences) {
      int t = firstTokenAt(sen.span().start());
      if (t < n) {
        sentenceStart[t] = true;
      }
    }
    this.openTok = new int[marks.size()];
    this.closeTok = new int[marks.size()];
    Arrays.fill(markOf, -1);
    Arrays.fill(openTok, -1);
    Arrays.fill(closeTok, -1);
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Marked mk = marks.get(m);
      for (int i = firstTokenAt(mk.open()); i < n && s[i] < mk.end(); i++) {
        markOf[i] = m;
        if (openTok[m] < 0) {
          openTok[m] = i;
        }
        if (mk.closed() && e[i] == mk.end()) {
          closeTok[m] = i;
        }
      }
    }
  }

  /** Lower case, typographic apostrophes and exotic spaces folded; one char for one, so offsets hold. */
  static String fold(String x) {
    char[] c = x.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch == '\u2019' || ch == '\u02BC' || ch == '\u2018') {
        ch = '\'';
      } else if (ch == '\u00A0' || ch == '\u202F' || ch == '\u2009') {
        ch = ' ';
      }
      char lower = Character.toLowerCase(ch);
      c[i] = Character.isSurrogate(ch) ? ch : lower;
    }
    return new String(c);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Candidates

  /** A noun phrase: tokens [from, to). */
  record NP(int from, int to) {}

  /** A cue: its tokens [from, to), and the noun phrases naming the speaker (main first, then appositions). */
  record Cue(int from, int to, List<NP> subject, String kind) {}

  /** A quote before its speaker is resolved. */
  static final class Cand {
    final List<Span> pieces = new ArrayList<>();
    boolean direct;
    Cue cue;
    /** The incise after the words when a cue before them won: who speaks if that cue's subject names nobody. */
    Cue other;
    /** Use the speaker of the previous cue in the same sentence (a participle such as "estimant que"). */
    boolean sameAsPrevious;
    double confidence;
    boolean sentenceInitial;
    boolean standaloneLine;
    boolean dialogue;
    int mark = -1;
    Speaker speaker;
    boolean scare;
    /** Quotes in marks inside this reported clause: part of it when it is kept, quoted fragments when not. */
    final List<Cand> absorbed = new ArrayList<>();
    /** The quote this one goes on after its incise ("« A », a précisé X devant les salariés, « B »"), or null. */
    Cand resumes;

    int start() {
      return pieces.get(0).start();
    }

    int end() {
      return pieces.get(pieces.size() - 1).end();
    }
  }

  /** A resolved speaker. */
  record Speaker(Span mention, Entity entity, String name, char gender, boolean plural, boolean person,
      double confidence, boolean named) {}

  /** Someone the text has spoken of, for pronouns: a sentence subject or a speaker. */
  private record Salient(int at, Speaker who, boolean speaker, boolean firm) {}

  // ---------------------------------------------------------------------------------------------------------
  // Token helpers

  private int firstTokenAt(int charPos) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (e[mid] <= charPos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean is(int i, String... forms) {
    if (i < 0 || i >= n) {
      return false;
    }
    for (String f : forms) {
      if (low[i].equals(f)) {
        return true;
      }
    }
    return false;
  }

  private boolean posIs(int i, String p) {
    return i >= 0 && i < n && pos[i].equals(p);
  }

  private boolean newlineBefore(int i) {
    if (i <= 0 || i >= n) {
      return i <= 0;
    }
    int a = e[i - 1];
    int b = s[i];
    return a < b && text.substring(a, b).indexOf('\n') >= 0;
  }

  private boolean blankLineBefore(int i) {
    if (i <= 0 || i >= n) {
      return true;
    }
    int a = e[i - 1];
    int b = s[i];
    if (a >= b) {
      return false;
    }
    String gap = text.substring(a, b);
    int first = gap.indexOf('\n');
    return first >= 0 && gap.indexOf('\n', first + 1) >= 0;
  }

  private boolean sentenceEnd(int i) {
    return i >= 0 && i < n && SENTENCE_END.contains(low[i]);
  }

  private boolean isOpener(int i) {
    return i >= 0 && i < n && markOf[i] >= 0 && openTok[markOf[i]] == i;
  }

  private boolean isCloser(int i) {
    return i >= 0 && i < n && markOf[i] >= 0 && closeTok[markOf[i]] == i;
  }

  private boolean startsUpper(int i) {
    return i >= 0 && i < n && s[i] < text.length() && Character.isUpperCase(text.charAt(s[i]));
  }

  /** Whether a new sentence starts at token i (outside quotes; a quote's own sentences do not count). */
  private boolean boundaryBefore(int i) {
    if (i <= 0 || i >= n) {
      return true;
    }
    if (newlineBefore(i)) {
      // (A line that opens with a comma and a verb goes on with the one before: "« ... »\n, a déclaré Thomas
      // White" is one sentence cut by the page.)
      return !(is(i, ",") && i + 1 < n && (posIs(i + 1, "VERB") || posIs(i + 1, "AUX")));
    }
    int p = i - 1;
    if (markOf[p] >= 0 && markOf[p] == markOf[i]) {
      return false;
    }
    if (sentenceEnd(p) && markOf[p] < 0) {
      return true;
    }
    if (isCloser(p) && sentenceEnd(p - 1) && (isOpener(i) || startsUpper(i))) {
      return true;
    }
    if (low[p].endsWith(".") && low[p].length() > 1 && markOf[p] < 0 && startsUpper(i)
        && (posIs(i, "DET") && !TITLE_ABBREVIATIONS.contains(low[p]) || subjectPronoun(i) && !inverted(i))) {
      // (Not after a title: "a déclaré M. Le Maire" is one sentence.)
      return true;
    }
    // "... la normale pour décembre est de -6,3°C. « La météo fait du yo-yo ... » estime X": a token the backbone
    // read as an abbreviation ("C.") ends the sentence when a quote opens after it with a capital.
    if (low[p].endsWith(".") && low[p].length() > 1 && markOf[p] < 0 && isOpener(i) && startsUpper(i + 1)) {
      return true;
    }
    // The backbone's sentences, outside quotes, also end a window.
    return sentenceStart[i] && markOf[p] < 0 && (markOf[i] < 0 || isOpener(i)) && !is(p, ",", ":", ";")
        && (startsUpper(i) || isOpener(i));
  }

  private int windowStart(int i) {
    int j = Math.min(i, n - 1);
    while (j > 0 && !boundaryBefore(j)) {
      j--;
    }
    return Math.max(j, 0);
  }

  private int windowEnd(int i) {
    int j = i + 1;
    while (j < n && !boundaryBefore(j)) {
      j++;
    }
    return j;
  }

  /** A dash token; the backbone writes long dashes as "--". */
  private boolean isDashToken(int i) {
    return is(i, "-", "—", "–", "--", "---", "―");
  }

  private boolean inverted(int i) {
    return i >= 0 && i < n && INVERTED.matcher(low[i]).matches();
  }

  /** A word of the speaker's mood set between commas in an incise: "amer", "très", "ému", "agacé". */
  private boolean mood(int i) {
    // (The tagger may read "amer" as a verb.)
    return i >= 0 && i < n && (posIs(i, "ADJ") || posIs(i, "ADV") && !is(i, "ne", "n'", "pas")
        || posIs(i, "VERB")) && !startsUpper(i);
  }

  private boolean clitic(int i) {
    return i >= 0 && i < n && posIs(i, "PRON") && CLITICS.contains(low[i]);
  }

  private boolean aux(int i) {
    // ("a" is no French article: the tagger's DET there, as in "a résumé un haut fonctionnaire", is the verb.)
    return i >= 0 && i < n && (posIs(i, "AUX") || AUX_FORMS.contains(low[i]) && (posIs(i, "VERB")
        || low[i].equals("a") && posIs(i, "DET")));
  }

  private boolean npCore(int i) {
    if (i < 0 || i >= n) {
      return false;
    }
    String p = pos[i];
    if (low[i].indexOf('/') >= 0 || low[i].startsWith("#") || low[i].startsWith("http")) {
      return false;
    }
    return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || p.equals("X")
        || low[i].startsWith("@") && low[i].length() > 1 || low[i].equals("+") && i > 0 && posIs(i - 1, "PROPN")
        // ("Mohammed ben Salmane": a particle inside a name.)
        || is(i, "ben", "bin", "ibn", "bint", "ould", "al", "el") && i > 0 && i + 1 < n && startsUpper(i - 1)
            && startsUpper(i + 1);
  }

  private boolean deLink(int i) {
    return i >= 0 && i < n && posIs(i, "ADP") && (is(i, "de", "d'", "du", "des"));
  }

  private boolean subjectPronoun(int i) {
    return i >= 0 && i < n && (posIs(i, "PRON") && SUBJECT_PRONOUNS.contains(low[i]) || inverted(i)
        || EN_PRONOUNS.contains(low[i]) && !startsUpper(i));
  }

  /** Whether token i is a verb of reported speech (by lemma, or by its form when the lemma is unknown). */
  private boolean reporting(int i, boolean incise) {
    if (i < 0 || i >= n) {
      return false;
    }
    if (faireSavoir(i)) {
      return true;
    }
    if (lem[i].equals("mettre") && is(i + 1, "en") && is(i + 2, "garde")) {
      // "Le Kremlin a mis en garde contre une « escalade »": a warning is speech.
      return true;
    }
    boolean nounBeforeQue = posIs(i, "NOUN") && is(i + 1, "que", "qu'") && !posIs(i - 1, "DET")
        && !posIs(i - 1, "ADP");
    // The tagger reads "a résumé" as an article and a noun: a participle's form after an auxiliary is a verb.
    boolean participleAfterAux = posIs(i, "NOUN") && aux(i - 1) && PAST_PARTICIPLE.matcher(low[i]).matches();
    if (!posIs(i, "VERB") && !(posIs(i, "ADJ") && aux(i - 1)) && !nounBeforeQue && !participleAfterAux) {
      return false;
    }
    if (is(i - 1, "se", "s'") && NOT_SPEECH_PRONOMINAL.contains(lem[i])) {
      // "La décision s'oppose à ...": opposing is no speech, "a opposé Marine Le Pen" is.
      return false;
    }
    if (incise ? lex.isInciseVerb(lem[i]) : lex.isVerb(lem[i])) {
      return true;
    }
    for (String guess : guessLemmas(low[i])) {
      if (incise ? lex.isInciseVerb(guess) : lex.isVerb(guess)) {
        return true;
      }
    }
    return false;
  }

  /** Reporting verbs whose pronominal form says something else: "s'opposer", "se lister". */
  private static final Set<String> NOT_SPEECH_PRONOMINAL = Set.of("opposer", "lister", "balayer", "avancer",
      "lancer", "rappeler", "reprendre", "poursuivre", "continuer", "glisser", "annoncer");

  /**
   * "a fait savoir", "font valoir", "fait part de", "a fait état « d'attaques »": "faire" that reports speech with
   * the word after it.
   */
  private boolean faireSavoir(int i) {
    if (i >= 0 && i + 1 < n && (lem[i].equals("laisser") || low[i].startsWith("laiss")) && is(i + 1, "entendre")
        && (posIs(i, "VERB") || posIs(i, "AUX"))) {
      // "a laissé entendre que", "a laissé entendre le chef de la diplomatie".
      return true;
    }
    if (i < 0 || i + 1 >= n || !(lem[i].equals("faire") || low[i].startsWith("fai") || low[i].equals("fit"))
        || !(posIs(i, "VERB") || posIs(i, "AUX"))) {
      return false;
    }
    int of = i + 2;
    if (is(i + 1, "part") && is(of, "à", "aux", "au")) {
      // "a fait part à l'assistance du « profond chagrin »": the addressee, then what was said.
      while (of < n && of - i < 7 && !is(of, "de", "d'", "du", "des") && !posIs(of, "PUNCT") && !posIs(of, "VERB")) {
        of++;
      }
    }
    return is(i + 1, "savoir", "valoir")
        || is(i + 1, "part", "état") && (is(of, "de", "d'", "du", "des") || isOpener(of));
  }

  private static List<String> guessLemmas(String f) {
    List<String> out = new ArrayList<>(3);
    String[][] endings = {{"ées", "er"}, {"és", "er"}, {"ée", "er"}, {"é", "er"}, {"èrent", "er"}, {"aient", "er"},
        {"ait", "er"}, {"ent", "er"}, {"e", "er"}, {"a", "er"}, {"it", "ire"}, {"it", "re"}, {"is", "re"},
        {"ut", "oir"}};
    for (String[] end : endings) {
      if (f.length() > end[0].length() + 2 && f.endsWith(end[0])) {
        out.add(f.substring(0, f.length() - end[0].length()) + end[1]);
      }
    }
    return out;
  }

  private boolean participleAnt(int i) {
    return low[i].endsWith("ant") && low[i].length() > 4;
  }

  /**
   * A form that is a past participle and never a finite verb ("déclarée", "dite", "écrits"): without an auxiliary
   * it names or describes ("La nouvelle série, dite série Europa, ne comportera pas"), it reports nobody's words.
   */
  private boolean pastParticipleOnly(int i) {
    String f = low[i];
    return f.endsWith("é") || f.endsWith("ée") || f.endsWith("és") || f.endsWith("ées")
        || is(i, "dite", "dites", "dits", "écrite", "écrites", "écrits");
  }

  /**
   * "que Patrick Pouyanné poursuive le déploiement": the subjunctive of a verb in -re or -ir, which no incise
   * uses ("poursuit-il", "a poursuivi X"); verbs in -er have the indicative's form and are not told apart.
   */
  private boolean subjunctive(int i) {
    return (lem[i].endsWith("re") || lem[i].endsWith("ir")) && low[i].endsWith("e") && !low[i].equals(lem[i])
        && !low[i].endsWith("ée") && !aux(i - 1);
  }

  private boolean infinitive(int i) {
    return (low[i].endsWith("er") || low[i].endsWith("ir") || low[i].endsWith("re")) && low[i].equals(lem[i]);
  }

  private Span span(int from, int to) {
    return new Span(s[from], e[to - 1]);
  }

  private Span span(NP np) {
    return span(np.from(), np.to());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Noun phrases

  /** The noun phrase ending at token j (inclusive), not reaching before lo. */
  private NP npLeft(int j, int lo) {
    if (j < lo || j < 0) {
      return null;
    }
    if (is(j, "eux", "elles", "nous", "vous") && deLink(j - 1) && j - 2 >= lo && is(j - 2, "un", "une", "l'un",
        "l'une")) {
      // "L'un d'eux a affirmé"
      int f = posIs(j - 3, "DET") && j - 3 >= lo ? j - 3 : j - 2;
      return new NP(f, j + 1);
    }
    if (subjectPronoun(j)) {
      return new NP(j, j + 1);
    }
    if (posIs(j, "PRON") && is(j, "qui")) {
      int k = j - 1;
      if (is(k, ",")) {
        k--;
      }
      return npLeft(k, lo);
    }
    if (posIs(j, "ADV") && j > lo && is(j, "plus", "très", "moins") && posIs(j + 1, "ADJ")) {
      return null;
    }
    if (!npCore(j)) {
      return null;
    }
    int from = j;
    int k = j - 1;
    while (k >= lo && !sentenceStart[k + 1] && !(low[k].endsWith(".") && low[k].length() > 1 && !is(k, "m.")
        && startsUpper(k + 1) && is(k + 1, "la", "le", "les", "l'", "un", "une", "des", "ce", "cette", "il", "elle"))) {
      // ("l'essai de la bombe H. La Corée du Sud": a sentence the backbone did not split ends at "H.")
      if (npCore(k)) {
        from = k;
        k--;
      } else if (posIs(k, "DET")) {
        from = k;
        if (deLink(k - 1) && k - 1 >= lo) {
          k -= 2;
          continue;
        }
        int before = is(k - 1, "à") && k - 2 >= lo ? k - 2 : -1;
        if (before - 1 >= lo && is(before, "et") && posIs(before - 1, "NOUN")) {
          // "à la paix et à la sécurité": one office's two fields
          int f = posIs(before - 2, "DET") ? before - 3 : before - 2;
          before = f - 1 >= lo && is(f, "à") ? f - 1 : -1;
        }
        int officeHead = before >= 0 && posIs(before, "ADJ") ? before - 1 : before;
        if (officeHead >= lo && !low[officeHead].endsWith("s") && (personNoun(officeHead)
            || low[officeHead].startsWith("ex-") && personWord(low[officeHead].substring(3)))) {
          // "le secrétaire à la Défense", "la ministre déléguée à l'Industrie", "l'ex-commissaire à la paix et à la
          // sécurité de l'Union africaine": an office and its field.
          NP office = npLeft(before, lo);
          from = office != null ? office.from() : from;
        }
        break;
      } else if (deLink(k) && npCore(k - 1)) {
        k--;
      } else if (is(k, "et") && npCore(k - 1) && (posIs(k + 1, "PROPN") || posIs(k + 1, "DET"))) {
        k--;
      } else if (posIs(k, "ADV") && is(k, "plus", "très", "moins") && posIs(k + 1, "ADJ")) {
        k--;
      } else if (posIs(k, "ADP") && !posIs(from, "DET") && npCore(k - 1) && is(k, "sur", "en", "dans", "chez")) {
        // "Des journalistes sur place": a bare complement after the head.
        k--;
      } else {
        break;
      }
    }
    for (Mention m : mentionsOverlapping(span(from, from + 1))) {
      int first = firstTokenAt(m.span().start());
      if (m.type() == EntityType.PER && first < from && first >= lo) {
        // "Ursula von der Leyen explique que": a name's lower-case particles are part of it.
        from = first;
      }
    }
    return new NP(from, j + 1);
  }

  /** The noun phrase starting at token i and its apposed name, not reaching hi. */
  private List<NP> npRight(int i, int hi) {
    while (i < hi && posIs(i, "ADV") && TIME_WORDS.contains(low[i]) || i < hi && TIME_WORDS.contains(low[i])) {
      i++;
    }
    if (i >= hi) {
      return List.of();
    }
    if (subjectPronoun(i)) {
      return List.of(new NP(i, i + 1));
    }
    int k = i;
    int lastCore = -1;
    if (posIs(k, "DET")) {
      k++;
      if (is(k, "un", "une", "autre") && !npCore(k)) {
        // "disait l'un", "s'écriait l'autre"
        return List.of(new NP(i, k + 1));
      }
    }
    while (k < hi) {
      if (npCore(k)) {
        lastCore = k;
        k++;
        continue;
      }
      // ("le ministre des Transports Clément Beaune": the tagger reads "des" before a capital as an article.)
      if (lastCore >= 0 && (deLink(k) || is(k, "des", "du") && posIs(k, "DET") && k + 1 < hi && startsUpper(k + 1))) {
        int m = k + 1;
        if (m < hi && posIs(m, "DET")) {
          m++;
        }
        if (m < hi && npCore(m)) {
          k = m;
          continue;
        }
        break;
      }
      if (lastCore >= 0 && is(k, "of", "for") && startsUpper(lastCore) && startsUpper(k + 1)) {
        // English names: "Department of State".
        k++;
        continue;
      }
      if (lastCore >= 0 && is(k, "à")) {
        int m = k + 1;
        if (m < hi && posIs(m, "DET")) {
          m++;
        }
        boolean office = false;
        for (int t = i; t < k && !office; t++) {
          office = personNoun(t); // ("le secrétaire à la Défense", not "le Norvégien à CNN")
        }
        if (m < hi && office && startsUpper(m) && (posIs(m, "NOUN") || posIs(m, "PROPN"))) {
          k = m;
          continue;
        }
        break;
      }
      if (lastCore >= 0 && is(k, "et") && posIs(lastCore, "PROPN") && posIs(k + 1, "PROPN")) {
        k++;
        continue;
      }
      if (lastCore >= 0 && is(lastCore, "m.", "mme", "mlle", "me", "dr", "mgr", "pr") && k < hi) {
        // "a réagi Mme Le Pen": a title, then a name whose article the tagger read apart.
        int titled = -1;
        for (Mention m : mentionsIn(span(k, k + 1))) {
          if (m.type() == EntityType.PER && m.span().start() == s[k]) {
            titled = lastTokenBefore(m.span().end()) + 1;
          }
        }
        if (titled > k && titled <= hi) {
          lastCore = titled - 1;
          k = titled;
          continue;
        }
      }
      int nameEnd = personNameEndFrom(lastCore);
      if (lastCore >= 0 && nameEnd > k && nameEnd <= hi) {
        // A name's own particles: "a écrit Ursula von der Leyen sur Twitter".
        lastCore = nameEnd - 1;
        k = nameEnd;
        continue;
      }
      break;
    }
    if (lastCore < 0) {
      return List.of();
    }
    List<NP> out = new ArrayList<>();
    out.add(new NP(i, lastCore + 1));
    int c = lastCore + 1;
    if (posIs(c, "ADP") && !deLink(c)) {
      // "le négociateur pour l'industrie du taxi, Guy Chevrette": a complement, then the name.
      int m = c + 1;
      while (m < hi && m - c <= 8 && !is(m, ",") && !posIs(m, "VERB") && !posIs(m, "AUX") && !posIs(m, "PUNCT")) {
        m++;
      }
      if (is(m, ",") && posIs(m + 1, "PROPN")) {
        c = m;
      }
    }
    if (is(c, ",") && posIs(c + 1, "PROPN")) {
      int m = c + 1;
      while (m < hi && (posIs(m, "PROPN") || npCore(m) && startsUpper(m))) {
        m++;
      }
      int name = personNameEndFrom(c + 1);
      if (name > m && name <= hi) {
        m = name; // ("Mohammed ben Salmane": the whole name, particles and all)
      }
      // ("Selon le leader de Chega, Marcelo Rebelo de Sousa « a démenti ... »": the subject of the words in marks.)
      boolean subjectOfMarks = m + 1 < n && isOpener(m) && (posIs(m + 1, "VERB") || posIs(m + 1, "AUX"));
      if ((m >= hi || posIs(m, "PUNCT")) && !subjectOfMarks) {
        out.add(new NP(c + 1, m));
      }
    }
    return out;
  }

  /** The end (exclusive token) of a person's name that covers token i, or -1. */
  private int personNameEndFrom(int i) {
    if (i < 0) {
      return -1;
    }
    for (Mention m : mentionsOverlapping(span(i, i + 1))) {
      if (m.type() == EntityType.PER && m.span().start() <= s[i] && m.span().end() > e[i]) {
        return lastTokenBefore(m.span().end()) + 1;
      }
    }
    return -1;
  }

  /** Adjectives before a person noun that the tagger may read as nouns. */
  private static final Set<String> PRENOMINAL = Set.of("double", "triple", "quadruple", "quintuple", "ex",
      "multiple");

  /** The first noun or name of a noun phrase. */
  private int head(NP np) {
    for (int i = np.from(); i < np.to(); i++) {
      if (i + 1 < np.to() && is(i, "la", "le", "les", "l'") && posIs(i, "PROPN")) {
        continue; // an article the tagger took for part of a name ("La Corée du Sud")
      }
      if (PRENOMINAL.contains(low[i]) && i + 1 < np.to() && personNoun(i + 1)) {
        continue; // an adjective the tagger took for a noun ("le double champion olympique")
      }
      if (posIs(i, "NOUN") || posIs(i, "PROPN") || posIs(i, "PRON") || low[i].startsWith("@")) {
        return i;
      }
      if (i > np.from() && posIs(i - 1, "DET") && !posIs(i, "DET") && is(i + 1, "de", "du", "des", "d'")
          && i + 1 < np.to() && !startsUpper(i)) {
        // A word the tagger took for an adjective or a verb, used as a noun: "un proche de Macron", "l'avocate de
        // Jean-Marc Morandini".
        return i;
      }
    }
    for (int i = np.from(); i < np.to(); i++) {
      if (!posIs(i, "DET") && personNoun(i)) {
        return i; // ("Le quadragénaire": a person's epithet the tagger read as an adjective)
      }
    }
    return np.from();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Subjects and cues

  /**
   * Adverbial phrases that may stand between a subject, its verb and an inverted subject ("ont par la suite
   * confirmé", "a salué pour sa part le Premier ministre"): the number of tokens of the one ending at token k.
   */
  private int locutionEndingAt(int k) {
    for (String[] loc : LOCUTIONS) {
      int len = loc.length;
      if (locutionAt(k - len + 1) == len) {
        return len;
      }
    }
    return 0;
  }

  /** The number of tokens of the adverbial phrase starting at token k, or 0. */
  private int locutionAt(int k) {
    if (k < 0) {
      return 0;
    }
    outer:
    for (String[] loc : LOCUTIONS) {
      if (k + loc.length > n) {
        continue;
      }
      for (int i = 0; i < loc.length; i++) {
        if (!java.util.Arrays.asList(loc[i].split("\\|")).contains(low[k + i])) {
          continue outer;
        }
      }
      return loc.length;
    }
    return 0;
  }

  private static final Set<String> MONTHS = Set.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre");
  private static final Set<String> DAY_PARTS = Set.of("matin", "soir", "après-midi", "midi", "nuit", "semaine",
      "week-end", "année", "mois");

  /**
   * The length of a time phrase at token k ("mercredi", "ce mercredi", "vendredi 12 janvier", "la veille", "mardi
   * soir", "quelques minutes plus tôt"), or 0.
   */
  private int timePhraseAt(int k) {
    int i = k;
    if (is(i, "ce", "cette") && i + 1 < n && (TIME_WORDS.contains(low[i + 1]) || DAY_PARTS.contains(low[i + 1]))) {
      i += 2;
    } else if (is(i, "la", "le") && is(i + 1, "veille", "lendemain")) {
      i += 2;
    } else if (is(i, "le") && i + 2 < n && low[i + 1].matches("\\d{1,2}(er)?") && MONTHS.contains(low[i + 2])) {
      i++; // "le 14 décembre"
    } else if (is(i, "quelques") && is(i + 1, "minutes", "heures", "jours", "semaines") && is(i + 2, "plus")
        && is(i + 3, "tôt", "tard")) {
      return 4;
    } else if (i < n && TIME_WORDS.contains(low[i]) && !is(i, "encore", "alors", "ensuite", "aussi", "également",
        "enfin")) {
      i++;
    } else {
      return 0;
    }
    if (i < n && DAY_PARTS.contains(low[i])) {
      i++; // "mardi soir"
    }
    if (i + 1 < n && low[i].matches("\\d{1,2}(er)?") && MONTHS.contains(low[i + 1])) {
      i += 2; // "vendredi 12 janvier"
      if (i < n && low[i].matches("\\d{4}")) {
        i++;
      }
    }
    return i - k;
  }

  private static final String[][] LOCUTIONS = {{"par", "la", "suite"}, {"pour", "sa|son|leur", "part"},
      {"de", "son|sa|leur", "côté"}, {"à", "son|sa|leur", "tour"}, {"quant", "à", "lui|elle|eux|elles"},
      {"en", "outre"}, {"par", "ailleurs"}, {"de", "nouveau"}, {"à", "nouveau"}, {"une", "fois", "de", "plus"},
      {"dans", "la", "foulée"}, {"pour", "l'instant"}, {"pour", "le", "moment"}, {"en", "retour"},
      {"en", "effet"}, {"d'ailleurs"}, {"de", "plus"}, {"en", "substance"}, {"en", "conclusion"},
      {"par", "exemple"}, {"d'", "abord"}, {"tout", "d'", "abord"}, {"d'", "emblée"}, {"avant", "tout"}};

  /** The first token of the verb group ending at verb v (auxiliaries, clitics, negation, adverbs). */
  private int groupStart(int v) {
    int k = v - 1;
    while (k >= 0 && v - k <= 8) {
      if (locutionEndingAt(k) > 0 && (aux(k - locutionEndingAt(k)) || posIs(k - locutionEndingAt(k), "ADV"))) {
        // Before the clitics: the "lui" of "a quant à lui affirmé" ends a locution.
        k -= locutionEndingAt(k);
      } else if (is(k, ",") && locutionEndingAt(k - 1) > 0 && is(k - 1 - locutionEndingAt(k - 1), ",")
          && aux(k - 2 - locutionEndingAt(k - 1))) {
        // "a, quant à lui, dénoncé"
        k -= 2 + locutionEndingAt(k - 1);
      } else if (is(k, ",") && is(k - 1, "lui", "elle", "eux", "elles") && is(k - 2, ",") && aux(k - 3)) {
        // "Xi Jinping a, lui, appelé Washington à « ... »"
        k -= 3;
      } else if (is(k, ",") && posIs(k - 1, "ADV") && is(k - 2, ",") && aux(k - 3)) {
        // "Il a, toutefois, souligné que"
        k -= 3;
      } else if (aux(k) || clitic(k) || inverted(k) || posIs(k, "ADV") && !is(k, "selon")) {
        k--;
      } else if (is(k, "en", "par") && is(k + 1, "outre", "ailleurs")) {
        k--;
      } else if (locutionEndingAt(k) > 0 && k < v - 1 && aux(k + 1)
          && (is(k - locutionEndingAt(k), "qui") || subjectPronoun(k - locutionEndingAt(k)))) {
        // "Nétanyahou, qui pour sa part a qualifié cette vidéo de « ... »": the locution stands between the
        // subject and its verb.
        k -= locutionEndingAt(k);
      } else {
        break;
      }
    }
    return k + 1;
  }

  /** A past participle without "avoir": passive or adjectival ("une zone surnommée", "qualifié de"). */
  private boolean passiveParticiple(int g, int v) {
    boolean firstGroup = FIRST_GROUP_PARTICIPLE.matcher(low[v]).matches();
    boolean other = low[v].matches(".*(u|ue|us|ues|it|ite|its|ites|is|ise|ises)") && !low[v].matches(".*[qg]ue")
        && (lem[v].endsWith("re") || lem[v].endsWith("ir") || lem[v].endsWith("oir")) && !low[v].equals(lem[v]);
    if (!firstGroup && !other) {
      return false;
    }
    if (g == v && low[v].endsWith("it") && v + 1 < n && (posIs(v + 1, "DET") || is(v + 1, "que", "qu'")
        || isOpener(v + 1))) {
      // "Mykhaïlo Podolyak décrit un président « très exigeant »": "décrit", "dit", "écrit" with an object are
      // the present tense.
      return false;
    }
    for (int i = g; i < v; i++) {
      if (is(i, "été")) {
        // "a été taguée", "avait été qualifié": a passive in a compound tense.
        return true;
      }
    }
    for (int i = g; i < v; i++) {
      if (aux(i) && !is(i, "est", "sont", "était", "étaient", "été", "être", "fut", "serait")) {
        return false;
      }
      if (is(i, "se", "s'")) {
        return false;
      }
    }
    return !inverted(v + 1);
  }

  private boolean negated(int from, int v) {
    for (int i = from; i < v; i++) {
      if (is(i, "ne", "n'")) {
        return true;
      }
    }
    return false;
  }

  private boolean passive(int from, int v) {
    for (int i = from; i < v; i++) {
      if (aux(i) && (lem[i].equals("être") || is(i, "est", "sont", "était", "étaient", "été", "fut"))) {
        // "s'est exclamé" is active: a reflexive clitic comes first.
        for (int j = from; j < i; j++) {
          if (is(j, "se", "s'")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The subject of verb v when it comes before it, or an inverted pronoun after it. */
  /**
   * "La ministre du Travail sortante Yolanda Díaz, leader de Sumar, une formation de gauche radicale, et alliée de
   * M. Sánchez, a renforcé": a name that opens the clause, then several appositions up to comma j; the name's
   * phrase, or null.
   */
  private NP nameLeadingAppositions(int j, int lo) {
    return nameLeadingAppositions(j, lo, 2);
  }

  /** The same with at least {@code minCommas} commas before comma j (one when a parenthesis closes the last). */
  private NP nameLeadingAppositions(int j, int lo, int minCommas) {
    int commas = 0;
    for (int k = lo; k < j; k++) {
      // ("et alliée de M. Sánchez": a participle without auxiliary is an adjective of the apposition.)
      boolean adjectival = posIs(k, "VERB") && PAST_PARTICIPLE.matcher(low[k]).matches() && !aux(k - 1);
      if ((posIs(k, "VERB") && !adjectival) || posIs(k, "AUX") || markOf[k] >= 0
          || is(k, "qui", "que", "qu'", "dont", ":", ";")) {
        return null;
      }
      commas += is(k, ",") ? 1 : 0;
    }
    if (commas < minCommas) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.PER || s[lo] > m.span().start() || m.span().end() > e[j]) {
        continue;
      }
      int from = firstTokenAt(m.span().start());
      int to = lastTokenBefore(m.span().end()) + 1;
      for (int k = lo; k < from; k++) {
        if (is(k, ",") || posIs(k, "ADP") && !is(k, "de", "du", "des", "d'")) {
          return null; // not the first phrase of the clause
        }
      }
      return is(to, ",") ? new NP(lo, to) : null;
    }
    return null;
  }

  private List<NP> subjectOf(int v, int lo) {
    int g = groupStart(v);
    for (int i = g; i < v; i++) {
      if (inverted(i)) {
        return List.of(new NP(i, i + 1));
      }
    }
    if (inverted(v + 1)) {
      return List.of(new NP(v + 1, v + 2));
    }
    int j = beforeParenthesis(g - 1, lo);
    if (is(j, ",") && is(j - 1, ")")) {
      // "Mme Meloni, cheffe du parti Fratelli d'Italia (FdI), a ancré": a name and its apposition, which the
      // parenthesis closes.
      NP led = nameLeadingAppositions(j, lo, 1);
      if (led != null) {
        return List.of(led);
      }
      // "Jean-Luc Laurent ( PS ), a lui cherché"
      int k = beforeParenthesis(j - 1, lo);
      if (k < j - 1 && k >= lo && npCore(k)) {
        j = k;
      }
    }
    if (j < lo) {
      return List.of();
    }
    if (is(j, "en") && participleAnt(v) || is(j, "et", "mais", "puis") && posIs(j, "CCONJ")) {
      // "Il a terminé en disant", "Libération estime ... et ajoute que": the subject of the verb before.
      for (int k = j - 1; k >= lo; k--) {
        if (!quoted(k) && (posIs(k, "VERB") || posIs(k, "AUX")) && !participleAnt(k) && !infinitive(k)) {
          int gk = groupStart(k);
          if (is(gk - 1, "qui") && is(gk - 2, ",")) {
            // "L'OMS a qualifié l'épidémie, qui a contaminé ..., de « pandémie », mais a assuré": a relative
            // about the object is not the coordinated verb.
            continue;
          }
          List<NP> incise = inciseSubject(k, gk, j);
          if (incise != null) {
            return incise;
          }
          if (gk < k || posIs(k, "AUX") || !posIs(k - 1, "AUX")) {
            List<NP> before = subjectOf(aux(gk) ? mainVerbOf(gk, k) : k, lo);
            int b = before.isEmpty() ? -1 : before.get(0).from() - 1;
            while (b > lo && before.get(0).from() - b < 5 && (posIs(b, "DET") || posIs(b, "NOUN") || posIs(b, "ADJ")
                || posIs(b, "ADP") && !is(b, "que", "qu'"))) {
              b--; // ("que la violation des sanctions serait": the phrase may start before the one found)
            }
            if (!before.isEmpty() && (is(before.get(0).from() - 1, "dont", "que", "qu'", "où")
                || is(b, "que", "qu'"))) {
              // "Le Figaro dénonce des « blocages » dont le journal est victime et estime": the relative
              // clause's verb is not the one coordinated.
              k = is(b, "que", "qu'") ? b : before.get(0).from() - 1;
              continue;
            }
            return before;
          }
        }
      }
      return List.of();
    }
    if (is(j, ",") && participleAnt(v) && g == v) {
      // "X ... a ouvert une cagnotte, déclarant : « »": a participle after a clause speaks for that clause's
      // subject, not for the noun before its comma.
      List<NP> main = participleSubject(g, lo);
      if (main != null) {
        return main;
      }
    }
    if (is(j, ",")) {
      NP led = nameLeadingAppositions(j, lo);
      if (led != null) {
        return List.of(led);
      }
      int p = j - 1;
      while (p >= lo && j - p <= 30 && !is(p, ",") && !isCloser(p)) {
        p--;
      }
      while (p >= lo && j - p <= 30 && isCloser(p) && wordsInMarksMidClause(p, lo)) {
        // "Xi Jinping, qui a mis en garde contre les conséquences « insupportables » d'une confrontation, a
        // estimé": a few words in marks inside the clause do not end it.
        p = openTok[markOf[p]] - 1;
        while (p >= lo && j - p <= 30 && !is(p, ",") && !isCloser(p)) {
          p--;
        }
      }
      if (p >= lo && is(p, ",") && is(p + 1, "qui") && posIs(p + 1, "PRON")) {
        // "Brian Teefey, beau-père de Selena Gomez, qui a été le manager de Christina, a ouvert": the relative
        // clause is about the subject, named before it.
        int j2 = p;
        p = j2 - 1;
        while (p >= lo && j2 - p <= 30 && !is(p, ",") && !isCloser(p)) {
          p--;
        }
        j = j2;
      }
      if (p >= lo && is(p, ",")) {
        NP segment = npLeft(j - 1, p + 1);
        NP main = npLeft(p - 1, lo);
        List<NP> out = new ArrayList<>();
        if (main != null) {
          out.add(main);
        }
        if (segment != null && segment.from() == p + 1) {
          out.add(segment);
        }
        return out;
      }
      NP np = npLeft(j - 1, lo);
      return np == null ? List.of() : List.of(np);
    }
    if (is(j, "qui") && posIs(j, "PRON")) {
      // "X, le chef de mission de MSF pour la Syrie qui considère que": the relative's antecedent, with the
      // name it is apposed to.
      int k = is(j - 1, ",") ? j - 2 : j - 1;
      int p = k;
      while (p >= lo && k - p <= 20 && !is(p, ",") && !isCloser(p) && !posIs(p, "VERB") && !posIs(p, "AUX")) {
        p--;
      }
      List<NP> out = new ArrayList<>();
      if (p >= lo && is(p, ",")) {
        NP main = npLeft(p - 1, lo);
        if (main != null) {
          out.add(main);
        }
        if (k > p) {
          out.add(new NP(p + 1, k + 1));
        }
        return out;
      }
      NP np = npLeft(j, lo);
      return np == null ? List.of() : List.of(np);
    }
    if (is(j, "d'", "de") && infinitive(v) && j - 1 >= lo && "venir".equals(lem[j - 1]) && posIs(j - 1, "VERB")) {
      // "ce dernier vient de révéler que": the recent past has the subject of "venir".
      return subjectOf(j - 1, lo);
    }
    if ((is(j, "d'", "de")) && infinitive(v)) {
      NP np = npLeft(j - 1, lo);
      if (np != null && is(np.from() - 1, "à", "au", "aux")) {
        // "L'autorité avait demandé à l'association de préciser « »": the one who asks speaks.
        int k = np.from() - 2;
        if (k >= lo && (posIs(k, "VERB") || posIs(k, "AUX")) && !participleAnt(k) && !infinitive(k)) {
          int gk = groupStart(k);
          return subjectOf(aux(gk) ? mainVerbOf(gk, k) : k, lo);
        }
        return List.of();
      }
      return np == null ? List.of() : List.of(np);
    }
    NP np = npLeft(j, lo);
    if (np != null && np.from() - 2 >= lo && is(np.from() - 1, "de", "d'", "du", "des") && is(np.from() - 2, ")")) {
      // "La Société des journalistes (SDJ) d'I-Télé estime": the acronym in brackets does not end the subject.
      int k = beforeParenthesis(np.from() - 2, lo);
      NP before = k < np.from() - 2 && k >= lo && npCore(k) ? npLeft(k, lo) : null;
      if (before != null) {
        np = new NP(before.from(), np.to());
      }
    }
    if (np != null && np.from() - 2 >= lo && !subjectPronoun(np.from())
        && is(np.from() - 1, "à", "au", "aux", "en", "dans", "sur", "chez", "avec") && npCore(np.from() - 2)) {
      // "L'un des Sindumuja présent à Berlin précise": a complement ends the subject, not starts it.
      NP before = npLeft(np.from() - 2, lo);
      if (before != null) {
        np = new NP(before.from(), np.to());
      }
    }
    if (np != null && !subjectPronoun(np.from()) && posIs(head(np), "NOUN") && !startsUpper(head(np))
        && is(np.from() - 1, ",") && np.from() - 2 >= lo && posIs(np.from() - 2, "PROPN")) {
      // "Gaston Sindimwo , premier vice-président du Burundi a réagi": an apposition whose closing comma is
      // missing; the name is the subject.
      NP name = npLeft(np.from() - 2, lo);
      // ("Mardi dernier, le président Macron a dit": a date opens the sentence.)
      if (name != null && namesPerson(name) && !posIs(name.from() - 1, "ADP") && timePhraseAt(name.from()) == 0) {
        return List.of(name, np);
      }
    }
    return np == null ? List.of() : List.of(np);
  }

  private boolean hasAux(int from, int to) {
    for (int i = from; i < to; i++) {
      if (aux(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the marks closing at token c hold a few words inside a clause: a word before and after them. */
  private boolean wordsInMarksMidClause(int c, int lo) {
    int o = markOf[c] >= 0 ? openTok[markOf[c]] : -1;
    return o > lo && c - o <= 8 && !posIs(o - 1, "PUNCT") && c + 1 < n && !posIs(c + 1, "PUNCT");
  }

  /** Whether a phrase whose token before is {@code before} opens its clause (window start w). */
  private boolean clauseInitial(int before, int w) {
    return before < w || posIs(before, "PUNCT") || is(before, "et", "mais");
  }

  private boolean namesOrganization(NP np) {
    for (Mention m : mentionsIn(span(np))) {
      if (m.type() == EntityType.ORG && span(np).contains(m.span())) {
        return true;
      }
    }
    return false;
  }

  private boolean namesPerson(NP np) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && span(np).contains(m.span())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose "X de « ... »" puts the speaker's words on X: "traite des journalistes de « ... »". */
  private static final Set<String> NAMING_VERBS = Set.of("traiter", "qualifier", "accuser", "taxer", "soupçonner",
      "menacer");
  /** Verbs that give a name: words in marks after them that read as a proper name are that name. */
  private static final Set<String> BAPTISM_VERBS = Set.of("appeler", "baptiser", "nommer", "surnommer", "dénommer",
      "rebaptiser", "intituler");

  /** Whether the marks opening at token o hold a short proper name: one to four words, each capitalized or a particle. */
  private boolean properNameInMarks(int o) {
    int m = markOf[o];
    int close = m >= 0 ? closeTok[m] : -1;
    if (close < 0 || close - o - 1 < 1 || close - o - 1 > 4 || !startsUpper(o + 1)) {
      return false;
    }
    for (int k = o + 1; k < close; k++) {
      if (!startsUpper(k) && !is(k, "de", "du", "des", "d'", "la", "le", "les", "l'", "et", "-")) {
        return false;
      }
    }
    return true;
  }

  /** Nouns for what someone thinks or says, whose "de X" before a colon announces X's words. */
  private static final Set<String> OPINION_NOUNS = Set.of("avis", "réaction", "réponse", "propos", "mots",
      "explication", "analyse", "position", "commentaire", "version", "conclusion");
  /** Nouns naming a word that someone uses: "utilise le mot « milice »", "emploie le terme « génocide »". */
  private static final Set<String> WORD_NOUNS = Set.of("mot", "terme", "expression", "formule", "qualificatif");
  /** Nouns whose complement in marks is someone's words: "a fait part d'un « énorme choc »". */
  private static final Set<String> SPEECH_NOUNS = Set.of("part", "propos", "mot", "mots", "parole", "paroles",
      "formule", "expression", "message", "déclaration", "discours", "slogan", "cri", "appel", "promesse",
      "avertissement", "menace", "réponse", "phrase", "terme", "termes", "qualificatif");

  /** Whether the quote opening at token o completes a noun ("son statut d'« »") that is not an act of speech. */
  private boolean nounComplement(int o) {
    int k = o - 1;
    while (k > 0 && posIs(k, "DET") && !deLink(k)) {
      k--;
    }
    if (!deLink(k) && !is(k, "d'", "de", "du", "des")) {
      return false;
    }
    if (o + 1 < n && (infinitive(o + 1) || is(o + 1, "ne", "n'", "se", "s'")
        || o + 2 < n && is(o + 1, "tout", "rien", "tous", "le", "la", "les", "l'", "y", "en") && infinitive(o + 2))) {
      // ("a pressé la délégation de « tout faire »": a pronoun may come before the infinitive.)
      // "demande à l'animateur de « ne pas venir »": "de" introduces the infinitive the speaker asks for.
      return false;
    }
    int noun = k - 1;
    if (noun >= 1 && INTENT_NOUNS.contains(lem[noun]) && is(noun - 1, "son", "sa", "ses", "leur", "leurs", "notre",
        "nos", "mon", "ma", "mes", "votre", "vos")) {
      // "rappelant son objectif de « déforestation zéro »": the aim one states is in one's own words.
      return false;
    }
    return noun >= 0 && posIs(noun, "NOUN") && !SPEECH_NOUNS.contains(lem[noun]) && !SPEECH_NOUNS.contains(low[noun]);
  }

  /** Nouns of what one means to do or wants, whose complement in marks is their owner's words. */
  private static final Set<String> INTENT_NOUNS = Set.of("objectif", "volonté", "ambition", "souhait", "vœu",
      "intention", "désir", "espoir", "engagement", "priorité", "vision", "exigence", "refus", "crainte",
      "inquiétude", "conviction", "détermination");

  /** "he said", "said Secretary Antony Blinken", "the spokesman added" at token k. */
  private Cue englishIncise(int k, int hi) {
    if (k + 1 >= hi) {
      return null;
    }
    if (EN_PRONOUNS.contains(low[k]) && EN_VERBS.contains(low[k + 1])) {
      return new Cue(k, k + 2, List.of(new NP(k, k + 1)), "incise");
    }
    if (EN_VERBS.contains(low[k])) {
      int m = k + 1;
      if (is(m, "the")) {
        m++;
      }
      int end = m;
      while (end < hi && end - m < 6 && (startsUpper(end) || npCore(end)) && !posIs(end, "PUNCT")) {
        end++;
      }
      if (end > m) {
        List<NP> np = List.of(new NP(m, end));
        return speakerLike(np.get(0)) || startsUpper(end - 1) ? new Cue(k, k + 1, np, "incise") : null;
      }
      return null;
    }
    if (is(k, "the") && k + 2 < hi && EN_VERBS.contains(low[k + 2])) {
      return new Cue(k + 2, k + 3, List.of(new NP(k, k + 2)), "incise");
    }
    // "« ... », President Biden said in a statement."
    int m = k;
    while (m < hi && m - k < 5 && startsUpper(m) && !posIs(m, "PUNCT")) {
      m++;
    }
    if (m > k && m < hi && EN_VERBS.contains(low[m]) && (speakerLike(new NP(k, m)) || m - k > 1
        && EN_TITLES.contains(low[k]))) {
      return new Cue(m, m + 1, List.of(new NP(k, m)), "incise");
    }
    return null;
  }

  /** "Le Rwanda a répondu par la voix du lieutenant-colonel X": who speaks for the subject, in [from, to). */
  private List<NP> voiceOf(int from, int to) {
    for (int k = from; k + 3 < to; k++) {
      if (is(k, "par") && is(k + 1, "la") && is(k + 2, "voix") && deLink(k + 3)) {
        int m = k + 4;
        if (m < to && posIs(m, "DET") && s[m] == s[k + 3]) {
          m++; // "du" is two tokens on the same characters
        }
        List<NP> np = npRight(m, to);
        return np.isEmpty() || !speakerLike(np.get(0)) ? null : np;
      }
    }
    return null;
  }

  /** "Robert Fico (Smer-DS) a dit": the token before a parenthesis that ends at j, else j. */
  private int beforeParenthesis(int j, int lo) {
    if (isDashToken(j)) {
      // "Nestor Bankumukunzi — par ailleurs ancien directeur de la télévision nationale — a annoncé": a dash pair
      // is a parenthesis too.
      int k = j - 1;
      while (k > lo && j - k <= 20 && !isDashToken(k) && !sentenceEnd(k)) {
        k--;
      }
      return isDashToken(k) && k < j - 1 ? k - 1 : j;
    }
    if (!is(j, ")")) {
      return j;
    }
    int k = j - 1;
    while (k > lo && j - k <= 12 && !is(k, "(", ")")) {
      k--;
    }
    return is(k, "(") ? k - 1 : j;
  }

  /** The verb a group of auxiliaries belongs to: the last verb of the group ending at or after k. */
  private int mainVerbOf(int g, int k) {
    int v = k;
    while (v + 1 < n && (aux(v + 1) || posIs(v + 1, "VERB") && v + 1 - g < 4) && !quoted(v + 1)) {
      v++;
    }
    return v;
  }

  /** Networks where words are posted, which stand between a verb and its subject: "a écrit sur X le ministre". */
  private static final Set<String> SOCIAL_NETWORKS = Set.of("x", "twitter", "facebook", "instagram", "telegram",
      "tiktok", "youtube", "linkedin", "truth", "weibo", "threads", "bluesky");

  /** A reporting verb with its subject after it, starting at token i: "a déclaré X", "a-t-il dit", "précise X". */
  private Cue inversionAt(int i, int hi) {
    if (i < 0 || i >= hi) {
      return null;
    }
    int j = i;
    int pron = -1;
    int verb = -1;
    // "me dit-elle", "lui répondit le chevalier": an object clitic may come first.
    while (j < hi && j - i < 2 && (posIs(j, "PRON") && is(j, "me", "m'", "lui", "leur", "nous", "vous", "te", "t'")
        // ("en conclut Marie Dupont", "en déduit une enseignante": the tagger may read "en" as a preposition.)
        || is(j, "en", "y") && j + 1 < hi && (posIs(j + 1, "VERB") || aux(j + 1)) && !low[j + 1].endsWith("ant"))
        && !inverted(j)) {
      j++;
    }
    if (is(j, "se", "s'") && j + 1 < hi) {
      j++;
    }
    if (aux(j)) {
      j++;
      if (inverted(j)) {
        pron = j;
        j++;
      }
      while (j < hi && j - i < 7 && (posIs(j, "ADV") || locutionAt(j) > 0 || is(j, "lui-même", "elle-même")
          || is(j, "lui", "elle") && is(j + 1, "même") || betweenCommas(j) > 0)) {
        // "a pour sa part souligné", "a-t-il lui-même assuré" (or "lui même"), "a, de son côté, réaffirmé".
        j += betweenCommas(j) > 0 ? betweenCommas(j)
            : is(j, "lui", "elle") && is(j + 1, "même") ? 2 : Math.max(1, locutionAt(j));
      }
      if (j < hi && reporting(j, true)) {
        verb = j;
      } else if (j + 2 < hi && SPEECH_MODALS.contains(lem[j]) && is(j + 1, "de", "d'", "à")
          && reporting(j + 2, true)) {
        // "s'est-il contenté de dire", "a-t-elle tenu à préciser": the infinitive is the speech.
        verb = j + 2;
      }
    } else if (reporting(j, true) && !participleAnt(j) && !infinitive(j) && !is(j, "dit", "écrit")
        && !pastParticipleOnly(j) && !subjunctive(j) || is(j, "dit", "écrit") && inverted(j + 1)
        || is(j, "dit") && (posIs(j + 1, "DET") || posIs(j + 1, "PROPN")
            || is(j + 1, ",") && locutionAt(j + 2) > 0)
        || is(j, "dit", "écrit") && posIs(j + 1, "ADV") && !is(j + 1, "ne", "n'", "pas")
            && (posIs(j + 2, "DET") || posIs(j + 2, "PROPN"))
        || is(j, "écrit") && posIs(j + 1, "PROPN") && mentionStartsAt(j + 1, EntityType.PER)) {
      // ("écrit alors Bruno Retailleau", "écrit Bruno Retailleau": the verb, not the participle.)
      verb = j;
    }
    if (verb < 0) {
      return null;
    }
    if (verb + 2 < hi && lem[verb].equals("mettre") && is(verb + 1, "en") && is(verb + 2, "garde")) {
      verb += 2; // "a mis en garde le Premier ministre"
    }
    if (faireSavoir(verb) && is(verb + 1, "savoir", "valoir", "entendre")) {
      // "a fait savoir Juliette Méadel": the cue is both words.
      verb++;
    }
    if (pron < 0 && inverted(verb + 1)) {
      pron = verb + 1;
    }
    if (is(verb + 1, "que", "qu'") || is(verb + 1, "à") && pron < 0 && !posIs(verb + 2, "DET")
        && !mentionStartsAt(verb + 2, EntityType.ORG)
        && !(posIs(verb + 2, "NOUN") && (posIs(verb + 3, "DET") || posIs(verb + 3, "PROPN")))) {
      // ("a appelé à manifester" is no incise; "a déclaré à Reuters Paul Meyer" and "rétorque à distance un
      // gréviste" are.)
      return null;
    }
    if (pron >= 0) {
      return new Cue(i, pron > verb ? pron + 1 : verb + 1, List.of(new NP(pron, pron + 1)), "incise");
    }
    int k = verb + 1;
    // "a salué pour sa part le Premier ministre", "souligne encore l'Élysée".
    for (int skips = 0; skips < 4 && k < hi; skips++) {
      int loc = locutionAt(k);
      int time = timePhraseAt(k);
      if (time > 0 && k + time < hi) {
        // "a déclaré ce mercredi le secrétaire général", "a affirmé vendredi 12 janvier, le porte-parole".
        k += time;
        if (is(k, ",") && k + 1 < hi && !posIs(k + 1, "VERB")) {
          k++;
        }
      } else if (loc > 0 && k + loc < hi) {
        k += loc;
      } else if (is(k, ",") && locutionAt(k + 1) > 0 && is(k + 1 + locutionAt(k + 1), ",")) {
        k += 2 + locutionAt(k + 1); // "dit, par exemple, Roger Abessolo"
      } else if (is(k, ",") && k + 3 < hi && mood(k + 1) && (is(k + 2, ",") || mood(k + 2) && is(k + 3, ","))) {
        k += is(k + 2, ",") ? 3 : 4; // "constate, amer, le président du syndicat", "lance, très ému, Paul Meyer"
      } else if (posIs(k, "ADV") && !is(k, "ne", "n'", "pas", "auprès") && k + 1 < hi) {
        k++;
      } else {
        break;
      }
    }
    if (is(k, "à", "sur", "dans", "devant") && k + 1 < hi) {
      // "a indiqué au Monde le substitut", "a déclaré à l'AFP le ministre": the addressee, then the subject
      // ("a écrit sur Twitter le ministre": the medium).
      int m = k + 1;
      if (posIs(m, "DET")) {
        m++;
      }
      int names = 0;
      if (is(k, "sur") && m + 1 < hi && SOCIAL_NETWORKS.contains(low[m])) {
        // "a déclaré sur X Kamala Harris", "a écrit sur Truth Social Donald Trump": the network, then the subject.
        int after = is(m, "truth") ? m + 2 : m + 1;
        if (after < hi && (posIs(after, "DET") || posIs(after, "PROPN") || startsUpper(after))) {
          k = after;
          m = after;
        }
      }
      if (is(k, "à", "aux", "devant") && m < hi && ADDRESSEES.contains(low[m])) {
        // "a déclaré à la presse Hua Chunying", "a confié aux journalistes le ministre".
        m++;
        while (m < hi && m - k < 5 && posIs(m, "ADJ")) {
          m++;
        }
        if (isOpener(m) && closeTok[markOf[m]] < hi && closeTok[markOf[m]] - m <= 6) {
          m = closeTok[markOf[m]] + 1; // "au journal « Le Monde »": the medium's name in marks
        }
        if (m < hi && (posIs(m, "DET") || posIs(m, "PROPN") || startsUpper(m))) {
          k = m;
        }
      }
      for (Mention told : k < m && m < hi && mentionStartsAt(m, EntityType.ORG) ? mentionsIn(span(m, m + 1))
          : List.<Mention>of()) {
        // "a déclaré à Reuters Paul Meyer": the medium the entity layer told apart from the speaker.
        int after = lastTokenBefore(told.span().end()) + 1;
        if (after < hi && (posIs(after, "DET") || posIs(after, "PROPN") || startsUpper(after))) {
          m = after;
          names = 1;
          k = m;
        }
        break;
      }
      while (k < m && m < hi && (posIs(m, "PROPN") || startsUpper(m) && posIs(m, "NOUN")) && names < 4
          && !(names > 0 && mentionStartsAt(m, EntityType.PER))) {
        // ("a déclaré au Parisien Laurent Brun": the medium ends where the entity layer's person starts.)
        m++;
        names++;
      }
      if (names > 0 && m < hi && (posIs(m, "DET") || posIs(m, "PROPN"))) {
        k = m;
      }
    }
    if (posIs(k, "ADP") && !is(k, "de", "d'", "du", "des", "que", "qu'") || is(k, "lors", "auprès")
        || k > 0 && is(k - 1, "lors") && is(k, "de", "d'", "du", "des")) {
      // "a affirmé lors d'un entretien téléphonique Sergueï Choïgu", "a déploré dans un communiqué Stéphane
      // Beaudet", "a commenté auprès de l'AFP Kim Reuflet": a circumstance, then the subject, a name or a definite
      // phrase right after the circumstance's noun (or the medium's name).
      for (int m = k + 2; m < hi && m - k < 9 && !posIs(m, "PUNCT") && !posIs(m, "VERB") && !posIs(m, "AUX");
          m++) {
        // ("rétorque à distance un gréviste": an indefinite subject too.)
        if ((posIs(m, "PROPN") || is(m, "le", "la", "les", "l'", "un", "une")) && (posIs(m - 1, "NOUN")
            || posIs(m - 1, "ADJ")
            || organizationEndsAt(m - 1))) {
          List<NP> tail = npRight(m, hi);
          int end = tail.isEmpty() ? -1 : tail.get(0).to();
          int stop = end;
          while (stop > m && stop < hi && !posIs(stop, "PUNCT") && stop - end < 8) {
            stop++;
          }
          // (The phrase may go on with a complement: "le commandement militaire des Etats-Unis pour le
          // Moyen-Orient, Centcom".)
          boolean ends = end >= hi || posIs(end, "PUNCT") || posIs(end, "ADP") && (stop >= hi || posIs(stop, "PUNCT"))
              && !hasVerb(end, stop);
          if (end > m && ends && (speakerLike(tail.get(0)) || SPEAKING_BODIES.contains(lem[head(tail.get(0))]))) {
            k = m;
          }
          break;
        }
      }
    }
    // Skip ", à Reuters," or ", lundi," between the verb and its subject.
    if (is(k, ",")) {
      int m = k + 1;
      while (m < hi && m - k < 8 && !is(m, ",")) {
        m++;
      }
      if (m < hi && is(m, ",") && (posIs(k + 1, "ADP") || posIs(k + 1, "ADV") || TIME_WORDS.contains(low[k + 1]))) {
        k = m + 1;
      } else {
        return null;
      }
    }
    List<NP> subject = npRight(k, hi);
    if (subject.isEmpty()) {
      return null;
    }
    // "a exprimé sa préoccupation concernant ..." is a verb and its object, not an incise: the subject of an
    // incise is a speaker, or closes the clause, or follows a verb that is nothing but speech.
    int after = subject.get(subject.size() - 1).to();
    boolean closes = after >= hi || posIs(after, "PUNCT") || posIs(after, "ADP");
    if (!speakerLike(subject.get(0)) && !closes && !pureSpeech(verb)) {
      return null;
    }
    return new Cue(i, verb + 1, subject, "incise");
  }

  /** The length of a locution set off by commas at token t (", de son côté,"), or 0. */
  private int betweenCommas(int t) {
    int loc = is(t, ",") ? locutionAt(t + 1) : 0;
    return loc > 0 && is(t + 1 + loc, ",") ? loc + 2 : 0;
  }

  /** Whether a name of that type starts at token t ("Reuters", "l'AFP" after its article, "Le Fur"). */
  private boolean mentionStartsAt(int t, EntityType type) {
    if (t < 0 || t >= n) {
      return false;
    }
    for (Mention m : mentionsIn(span(t, t + 1))) {
      if (m.type() == type && m.span().start() == s[t]) {
        return true;
      }
    }
    return false;
  }

  /** Whether an organization's name ends at token t ("l'AFP" before the speaker's name). */
  private boolean organizationEndsAt(int t) {
    for (Mention m : mentionsOverlapping(span(t, t + 1))) {
      if (m.type() == EntityType.ORG && m.span().end() == e[t]) {
        return true;
      }
    }
    return false;
  }

  /** Who a statement is made to, between an inverted verb and its subject: "a déclaré à la presse X". */
  private static final Set<String> ADDRESSEES = Set.of("presse", "journalistes", "journaliste", "médias", "média",
      "télévision", "radio", "chaîne", "agence", "quotidien", "journal", "hebdomadaire", "parlement", "assemblée",
      "sénat", "députés", "sénateurs", "élus", "militants", "partisans", "délégués", "participants", "foule");

  /** Verbs that put a reporting verb in the infinitive: "s'est-il contenté de dire", "a tenu à préciser". */
  private static final Set<String> SPEECH_MODALS = Set.of("contenter", "borner", "tenir", "vouloir", "préférer");
  /** Verbs that ask someone else to speak or act: "a demandé aux élus de reconnaître que". */
  private static final Set<String> DIRECTIVES = Set.of("demander", "exhorter", "appeler", "inviter", "inciter",
      "pousser", "encourager", "conseiller", "ordonner", "prier", "sommer", "obliger", "forcer", "charger",
      "enjoindre", "interdire", "permettre", "autoriser", "empêcher", "convaincre", "persuader");

  /** Verbs of haste or omission before "à" or "de" and the speaker's own infinitive: "n'a pas tardé à dénoncer". */
  private static final Set<String> HASTE = Set.of("tarder", "empresser", "hâter", "manquer", "oublier", "hésiter");

  private static final Set<String> PURE_SPEECH = Set.of("dire", "demander", "répondre", "répliquer", "reprendre",
      "écrier", "exclamer", "murmurer", "crier", "ajouter", "poursuivre", "continuer", "déclarer", "affirmer",
      "interroger", "s'écrier", "s'exclamer", "hurler", "chuchoter", "soupirer", "balbutier", "bredouiller");

  private boolean pureSpeech(int v) {
    if (PURE_SPEECH.contains(lem[v])) {
      return true;
    }
    for (String g : guessLemmas(low[v])) {
      if (PURE_SPEECH.contains(g)) {
        return true;
      }
    }
    return false;
  }

  /** "selon X" or "d'après X" at token i. */
  private Cue selonAt(int i, int hi) {
    int after;
    if (is(i, "selon", "d'après")) {
      after = i + 1;
    } else if (is(i, "d'", "de") && is(i + 1, "après")) {
      after = i + 2;
    } else {
      return null;
    }
    if (is(after, "ce") && is(after + 1, "que", "qu'") && after + 3 < hi && reporting(after + 2, true)) {
      // "selon ce que rapporte Audrey Bilodeau, employée du centre d'appels": the source after its verb.
      after += 3;
    }
    List<NP> np = npRight(after, hi);
    if (np.isEmpty()) {
      return null;
    }
    NP x = np.get(0);
    int h = head(x);
    // "selon un ouvrier du chantier": any noun with its article can be a source, but not "selon les chiffres";
    // "selon iTELE": a name the entity layer missed.
    boolean source = speakerLike(x) || posIs(x.from(), "DET") && posIs(h, "NOUN") && !lex.isNonSpeaker(lem[h])
        && !lex.isNonSpeaker(low[h]) || h == x.from() && posIs(h, "PROPN")
        && !text.substring(s[h], e[h]).equals(low[h]);
    if (!source) {
      // "selon un premier bilan de la Préfecture", "selon les chiffres de Pôle emploi": the one whose figures
      // they are.
      // ("selon les mots de Marine Le Pen": the one whose words they are.)
      for (int k = h + 1; k < hi && k <= h + 3 && (FIGURE_NOUNS.contains(lem[h]) || VOICE_HEADS.contains(lem[h]));
          k++) {
        if (deLink(k)) {
          List<NP> of = npRight(k + 1, hi);
          if (!of.isEmpty() && namedSource(of.subList(0, 1))) {
            return new Cue(i, after, of, "selon");
          }
          break;
        }
      }
      return null;
    }
    return new Cue(i, after, np, "selon");
  }

  /**
   * Figures and findings that their author stands behind ("selon les chiffres de Pôle emploi"), unlike criteria
   * or rules ("selon les critères du BIT" is how the figure was counted, not who said it).
   */
  private static final Set<String> FIGURE_NOUNS = Set.of("chiffre", "bilan", "estimation", "information",
      "sondage", "résultat", "donnée", "statistique", "étude", "prévision", "calcul", "indication", "décompte",
      "relevé", "observation", "témoignage", "enquête", "analyse", "projection");

  /** Whether a noun phrase can be a speaker: a name, a pronoun, a person, an institution or a document. */
  private boolean speakerLike(NP np) {
    int h = head(np);
    if (subjectPronoun(h) || low[h].startsWith("@")) {
      return true;
    }
    if (lex.isNonSpeaker(lem[h])) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.MISC && m.span().overlaps(span(np))
          && (m.span().start() <= e[h] || m.type() == EntityType.ORG || m.type() == EntityType.PER)) {
        return true;
      }
    }
    return personNoun(h) || lex.isDocumentNoun(lem[h]) || titleNamed(np) != null;
  }

  /**
   * The other name (a newspaper or a title: "Le Canard enchaîné", "L'Opinion") that is the whole phrase, or
   * null. The entity layer does not always tell a newspaper from a film; as the subject of a reporting verb or
   * in "selon X", it is the newspaper.
   */
  private Mention titleNamed(NP np) {
    for (Mention m : mentionsIn(span(np))) {
      if (m.type() == EntityType.MISC && m.span().start() == s[np.from()] && m.span().end() == e[np.to() - 1]) {
        return m;
      }
    }
    return null;
  }

  /**
   * A noun that designates people or the bodies that speak for them, in either spelling ("entraîneur",
   * "entraineur"): the person nouns and the role nouns ("la championne", "le relayeur").
   */
  private boolean personNoun(int h) {
    return personWord(lem[h]) || personWord(low[h]);
  }

  private static boolean personWord(String w) {
    if (PERSON_NOUNS.contains(w) || ROLE_NOUNS.contains(w)) {
      return true;
    }
    if (w.indexOf('î') < 0 && w.indexOf('û') < 0) {
      return false;
    }
    String w1990 = w.replace('î', 'i').replace('û', 'u');
    return PERSON_NOUNS.contains(w1990) || ROLE_NOUNS.contains(w1990);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Direct quotes

  List<Cand> run() {
    List<Cand> direct = directQuotes();
    blocks(direct);
    List<Cand> all = new ArrayList<>(direct);
    all.addAll(indirectQuotes(direct));
    Set<Cand> inClause = new HashSet<>();
    for (Cand c : all) {
      inClause.addAll(c.absorbed);
    }
    for (Cand c : direct) {
      // Last, once the reported clauses have taken the words in marks they hold.
      if (c.cue == null && !c.sentenceInitial && !c.standaloneLine && c.mark >= 0 && !inClause.contains(c)) {
        c.cue = stanceCue(openTok[c.mark], windowStart(openTok[c.mark]));
      }
    }
    all.sort(Comparator.comparingInt(Cand::start));
    resolve(all);
    for (Cand c : all) {
      if (c.resumes != null) {
        // One quote in two pieces, as when the incise stands inside the marks.
        c.resumes.pieces.addAll(c.pieces);
      }
    }
    all.removeIf(c -> c.resumes != null);
    for (Cand c : all) {
      if (!c.direct && quotable(c)) {
        for (Cand d : c.absorbed) {
          // "a déclaré que l'idée serait « imprudente et dangereuse »": the words in marks inside the clause are
          // the speaker's own, a direct quote of theirs within the reported one; unless the clause reports them as
          // someone else's ("les déclarations de l'Occident sur « l'agression russe »").
          if (d.mark < 0 || othersWords(c, openTok[d.mark])) {
            d.speaker = null;
            d.cue = null;
            d.scare = true;
            continue;
          }
          d.speaker = c.speaker;
          d.cue = c.cue;
          d.scare = false;
          d.confidence = Math.min(d.confidence, c.confidence);
        }
      }
    }
    for (Cand c : all) {
      if (c.direct || c.speaker == null || c.speaker.name() == null || !quotable(c)) {
        continue;
      }
      for (Cand d : all) {
        // ("ajoutant que la menace « ne devrait pas être acceptée »": words in marks the clause holds and nobody
        // else was found to say are the clause's speaker's.)
        if (d.direct && (d.speaker == null || d.speaker.name() == null) && !d.dialogue && d.mark >= 0
            && c.pieces.get(0).contains(d.pieces.get(0))
            && !othersWords(c, openTok[d.mark])) {
          d.speaker = c.speaker;
          d.cue = c.cue;
          d.scare = false;
          d.confidence = Math.min(0.8, c.confidence);
        }
      }
    }
    all.removeIf(c -> !c.direct && !quotable(c));
    echoes(all);
    dropRepeats(all);
    // "en affirmant être « très fier du peuple »": a reported clause that is only an infinitive's auxiliary and
    // the words in marks is those words, once.
    List<Cand> shells = new ArrayList<>();
    for (Cand c : all) {
      for (Cand d : all) {
        if (!c.direct && d.direct && d.start() >= c.start() && d.end() <= c.end()
            && (c.end() - c.start()) - (d.end() - d.start()) <= 10) {
          shells.add(c);
          break;
        }
      }
    }
    all.removeAll(shells);
    return all;
  }

  /** Verbs of saying aloud whose object in marks is their subject's words: "aurait crié « ... »". */
  private static final Set<String> UTTERANCE_VERBS = Set.of("dire", "crier", "hurler", "scander", "lancer",
      "écrier", "exclamer", "déclarer", "affirmer", "qualifier", "répéter", "chanter", "proclamer");

  /**
   * Whether the words in marks opening at token o, inside reported clause c, are words the clause itself reports
   * as someone else's: right after a verb of saying aloud or a speech noun with an owner ("le meurtrier aurait
   * crié « ... »", "les déclarations de l'Occident sur « ... »").
   */
  private boolean othersWords(Cand c, int o) {
    int from = firstTokenAt(c.start());
    for (int k = o - 1; k >= from && k >= o - 6; k--) {
      if (markOf[k] >= 0 || is(k, ".", ";", "«", "»")) {
        return false;
      }
      if (posIs(k, "VERB") && UTTERANCE_VERBS.contains(lem[k]) && !low[k].equals(lem[k])) {
        // (An infinitive is the speaker's own wish: "a dit souhaiter un « apaisement »".)
        return true;
      }
      if (posIs(k, "NOUN") && (SPEECH_NOUNS.contains(lem[k]) || SPEECH_NOUNS.contains(low[k]))
          && is(k + 1, "de", "du", "des", "d'") && !posIs(k - 1, "ADP") && !infinitive(k + 2)) {
        // ("la menace d'utiliser des armes « ne devrait pas être acceptée »": what is threatened, not by whom.)
        // "les déclarations de l'Occident sur": words someone else owns (not "a fait part de", "font état de").
        return true;
      }
    }
    return false;
  }

  private List<Cand> directQuotes() {
    List<Cand> out = new ArrayList<>();
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Marked mk = marks.get(m);
      int o = openTok[m];
      if (o < 0) {
        continue;
      }
      Cand c = new Cand();
      c.direct = true;
      c.mark = m;
      int c0 = closeTok[m];
      int w = windowStart(o);
      c.sentenceInitial = onlyPunctuation(w, o);
      int lineEnd = c0 >= 0 ? c0 + 1 : lastTokenBefore(mk.end()) + 1;
      c.standaloneLine = (o == 0 || newlineBefore(o) || onlyPunctuation(w, o) && newlineBefore(w))
          && (lineEnd >= n || newlineBefore(lineEnd) || onlyPunctuation(lineEnd, nextNewline(lineEnd)));
      int last = c0 >= 0 ? c0 : lastTokenBefore(mk.end()) + 1;
      if (!splitOnIncise(c, mk.innerStart(), mk.innerEnd(), o, last)) {
        c.pieces.add(trimmed(mk.innerStart(), mk.innerEnd()));
        Cue pre = preCue(o, w);
        Cue post = c0 >= 0 ? postCue(c0, c.sentenceInitial) : null;
        if (c.sentenceInitial) {
          c.cue = post != null ? post : pre;
        } else {
          // A name before words in marks that begin with a verb yields to an incise that says who spoke:
          // "Macron et Biden « ont affirmé leur soutien ... », a déclaré la Maison Blanche".
          // So does a colon after a clause without a reporting verb: "les dirigeants sont restés modérés : « ... »
          // a déclaré Jean-Claude Juncker".
          // So does a wish whose words an incise reports: "Joe Biden espère « entendre ... », a déclaré M.
          // Blinken" (Blinken's words on what Biden wants).
          boolean yields = pre != null && post != null && (pre.kind().equals("subject")
              || pre.kind().equals("colon") && post.kind().equals("incise") && !thirdPersonPronoun(post)
              || pre.kind().equals("verb") && post.kind().equals("incise") && pre.to() > 0
                  && WISH_VERBS.contains(lem[pre.to() - 1]));
          c.cue = pre != null && !yields ? pre : post;
          if (c.cue == pre && post != null && post.kind().equals("incise") && !thirdPersonPronoun(post)) {
            c.other = post;
          }
        }
        if (c.cue == null && c.sentenceInitial) {
          c.cue = colonBefore(w);
        }
        if (c.cue == null && c0 >= 0 && !c.sentenceInitial && (openerOnly(w, o) || quoteLed(w, o))) {
          // "Entre-temps, « douze États membres sont affectés » de leur approvisionnement en gaz, a-t-elle rappelé."
          // "« J'assume le pouvoir » et jusqu'en « juillet 2026 », lorsque ..., a déclaré Dina Boluarte": the
          // second piece of a sentence that words in marks open.
          c.cue = laterIncise(c0 + 1, windowEnd(c0));
        }
        if (c.cue == null && c0 >= 0) {
          c.cue = cleftAfter(c0);
        }
        if (c.cue != null && c.cue.kind().equals("participle")) {
          c.sameAsPrevious = true;
        }
        c.confidence = c.cue == null ? 0.5 : c.cue.kind().equals("incise") || c.cue.kind().equals("verb") ? 0.95 : 0.85;
      }
      if (!mk.closed()) {
        c.confidence = Math.min(c.confidence, 0.7);
      }
      out.add(c);
    }
    return out;
  }

  /** Lines of the text, as [start, end) without their surrounding spaces; blank lines left out. */
  private List<int[]> lines() {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        Span t = trimmed(start, i);
        if (!t.isEmpty()) {
          out.add(new int[] {t.start(), t.end()});
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean isDash(char ch) {
    return ch == '—' || ch == '–' || ch == '―';
  }

  /** Length of the dash opening a line ("—", "–", or "--" in plain-text editions), 0 when none. */
  private int dashAt(int pos) {
    if (pos < text.length() && isDash(text.charAt(pos))) {
      return 1;
    }
    return text.startsWith("--", pos) && !text.startsWith("---", pos) ? 2 : 0;
  }

  /**
   * Quotes without marks: a block signed on the next line ("— Jean Dupont", an embedded tweet's "— Department of
   * State (@StateDept) March 24, 2022"), and dialogue lines opened by a dash, as in fiction and interviews.
   */
  private void blocks(List<Cand> direct) {
    List<int[]> lines = lines();
    List<Integer> dialogue = new ArrayList<>();
    for (int li = 0; li < lines.size(); li++) {
      int[] line = lines.get(li);
      int dash = dashAt(line[0]);
      if (dash == 0) {
        continue;
      }
      Span content = trimmed(line[0] + dash, line[1]);
      if (content.isEmpty()) {
        continue;
      }
      int from = firstTokenAt(content.start());
      int to = lastTokenBefore(content.end()) + 1;
      List<NP> signer = signature(from, to);
      if (signer == null) {
        dialogue.add(li);
        continue;
      }
      if (li == 0) {
        continue;
      }
      Cue cue = new Cue(Math.max(0, from - 1), from, signer, "dash");
      int[] prev = lines.get(li - 1);
      Span prevSpan = new Span(prev[0], prev[1]);
      boolean marked = false;
      // A signature under a paragraph of narration whose own quote box was lost ("... a-t-il déclaré. / — Angela
      // Merkel , Chancelière allemande") signs nothing the paragraph attributes: it takes over a quote only when
      // the paragraph is the quote or names the signer ("— Usain Bolt" under a paragraph on him).
      boolean quoteParagraph = marksCover(prevSpan) || isOpener(firstTokenAt(trimmed(prev[0], prev[1]).start()))
          || namedIn(signer, prevSpan);
      for (Cand c : direct) {
        if (prevSpan.contains(c.pieces.get(0)) && shortOrVerbless(c) && c.cue == null
            && Character.isLowerCase(text.charAt(c.pieces.get(0).start()))
            && !inReportedClause(openTokOf(c)) && !nickname(c)) {
          // "... « pour la conception et la synthèse de machines moléculaires ». / — Comité Nobel": words in
          // marks that nobody in the paragraph is said to have said are the signer's; titles (a capital) are not.
          marked = true;
          c.cue = cue;
          c.confidence = 0.7;
          continue;
        }
        if (prevSpan.contains(c.pieces.get(0)) && !shortOrVerbless(c) && quoteParagraph) {
          marked = true;
          // The signature names the speaker; it beats a pronoun resolved by guess.
          if (c.cue == null || c.cue.subject().size() == 1 && subjectPronoun(c.cue.subject().get(0).from())) {
            c.cue = cue;
            c.confidence = 0.85;
          }
        }
      }
      if (marked) {
        continue;
      }
      // Unmarked block: the paragraphs above, as long as they read as someone's own words (first person) or
      // as an English post.
      int first = li - 1;
      while (first > 0 && li - first < 3 && ownWords(lines.get(first - 1)) && dashAt(lines.get(first - 1)[0]) == 0
          && !containsMark(new Span(lines.get(first - 1)[0], lines.get(first - 1)[1]))
          && !text.substring(lines.get(first - 1)[0], lines.get(first - 1)[1]).endsWith(":")) {
        first--;
      }
      if (!ownWords(lines.get(li - 1))) {
        continue;
      }
      int start = lines.get(first)[0];
      int end = prev[1];
      java.util.regex.Matcher tail = TWEET_TAIL.matcher(text.substring(start, end));
      if (tail.find()) {
        end = start + tail.start();
      }
      Span block = trimmed(start, end);
      if (block.isEmpty() || containsMark(block)) {
        continue;
      }
      Cand c = new Cand();
      c.direct = true;
      c.pieces.add(block);
      c.cue = cue;
      c.confidence = 0.8;
      direct.add(c);
      markBlock(block);
    }
    if (dialogue.size() < 2) {
      return;
    }
    for (int li : dialogue) {
      int[] line = lines.get(li);
      Span content = trimmed(line[0] + dashAt(line[0]), line[1]);
      if (containsMark(content) && marksCover(content)) {
        continue;
      }
      int from = firstTokenAt(content.start());
      int to = lastTokenBefore(content.end()) + 1;
      Cand c = new Cand();
      c.direct = true;
      c.dialogue = true;
      c.sentenceInitial = true;
      if (splitOnIncise(c, content.start(), content.end(), from - 1, to)) {
        // A dialogue line is one turn: its words and the incise inside them make one quote, as fiction's
        // conventions (and fr-litbank) have it; quotes in marks keep their pieces.
        Span turn = new Span(c.pieces.get(0).start(), c.pieces.get(c.pieces.size() - 1).end());
        c.pieces.clear();
        c.pieces.add(turn);
      } else {
        c.pieces.add(content);
        c.confidence = 0.6;
        c.cue = colonBefore(from - 1);
        if (c.cue != null) {
          c.confidence = 0.8;
        }
      }
      direct.add(c);
      markBlock(content);
    }
    direct.sort(Comparator.comparingInt(Cand::start));
  }

  /** Whether someone named in these phrases is named in that span too ("— Usain Bolt" under a paragraph on him). */
  private boolean namedIn(List<NP> phrases, Span where) {
    Set<Entity> named = new java.util.HashSet<>();
    for (NP np : phrases) {
      for (Mention m : mentionsIn(span(np))) {
        Entity ent = entityAt(m.span());
        if (ent != null) {
          named.add(ent);
        }
      }
    }
    for (Mention m : mentionsIn(where)) {
      if (named.contains(entityAt(m.span()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a "de" links what follows token to to the noun at token from. */
  private boolean deLinkBetween(int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (deLink(k)) {
        return true;
      }
    }
    return false;
  }

  /** Words in marks that are a name apposed to a person's: "la course à laquelle « la Foudre », Usain Bolt, ...". */
  private boolean nickname(Cand c) {
    int o = openTokOf(c);
    int close = c.mark >= 0 ? closeTok[c.mark] : -1;
    if (close < 0 || close - o > 5 || !is(close + 1, ",")) {
      return false;
    }
    boolean capital = false;
    for (int k = o + 1; k < close; k++) {
      capital |= startsUpper(k);
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && close + 2 < n && m.span().start() == s[close + 2]) {
        return capital;
      }
    }
    return false;
  }

  /** The token of a quote's opening mark, or of its first word. */
  private int openTokOf(Cand c) {
    return c.mark >= 0 && openTok[c.mark] >= 0 ? openTok[c.mark] : firstTokenAt(c.start());
  }

  /**
   * Whether token t is in a clause that a reporting verb introduces earlier in its sentence ("Hansson précise que
   * les lauréats sont récompensés pour la « beauté »").
   */
  private boolean inReportedClause(int t) {
    if (t < n && sentenceStart[t]) {
      return false;
    }
    for (int k = t - 1; k > 0 && t - k <= 40; k--) {
      if (is(k, "que", "qu'") && !quoted(k)) {
        for (int v = k - 1; v >= 0 && k - v <= 4; v--) {
          if (reporting(v, false)) {
            return true;
          }
        }
      }
      if (sentenceStart[k]) {
        break;
      }
    }
    return false;
  }

  /** The signer of a "— Name" line: a short line naming a speaker and nothing else (a date may follow). */
  private List<NP> signature(int from, int to) {
    if (to - from > 24 || to <= from) {
      return null;
    }
    for (int i = from; i < to; i++) {
      if (is(i, "?", "!", "…", ":", ";")) {
        return null;
      }
    }
    List<NP> np = npRight(from, to);
    if (np.isEmpty() || subjectPronoun(np.get(0).from()) || !startsUpper(from) && !low[from].startsWith("@")) {
      return null;
    }
    if (!speakerLike(np.get(0))) {
      return null;
    }
    for (int i = np.get(0).to(); i < to; i++) {
      if ((posIs(i, "VERB") || posIs(i, "AUX")) && !startsUpper(i)) {
        return null;
      }
    }
    for (int i = np.get(0).to(); i + 2 < to; i++) {
      // ("au" may come as "à le".)
      int nom = is(i, "au") ? i + 1 : is(i, "à") && is(i + 1, "le") ? i + 2 : -1;
      if (nom > 0 && is(nom, "nom") && is(nom + 1, "de", "du", "des", "d'")) {
        // "— Olivier Ravanello et Antoine Genton, au nom de la Société des journalistes": the body they sign for.
        List<NP> body = npRight(is(nom + 1, "de", "d'") ? nom + 2 : nom + 1, to);
        if (!body.isEmpty() && speakerLike(body.get(0))) {
          return body;
        }
      }
    }
    return np;
  }

  private boolean ownWords(int[] line) {
    String t = text.substring(line[0], line[1]);
    if (FIRST_PERSON.matcher(t).find()) {
      return true;
    }
    java.util.regex.Matcher m = ENGLISH.matcher(t.toLowerCase(java.util.Locale.ROOT));
    int hits = 0;
    while (m.find()) {
      hits++;
    }
    int words = t.split("\\s+").length;
    return words >= 6 && hits * 6 >= words;
  }

  private boolean containsMark(Span sp) {
    for (QuoteMarks.Marked m : marks) {
      if (sp.overlaps(new Span(m.open(), m.end()))) {
        return true;
      }
    }
    return false;
  }

  private boolean marksCover(Span sp) {
    int covered = 0;
    for (QuoteMarks.Marked m : marks) {
      covered += sp.shared(new Span(m.open(), m.end()));
    }
    return covered * 2 >= sp.length();
  }

  private void markBlock(Span sp) {
    for (int i = firstTokenAt(sp.start()); i < n && s[i] < sp.end(); i++) {
      inBlock[i] = true;
    }
  }

  private boolean quoted(int i) {
    return i >= 0 && i < n && (markOf[i] >= 0 || inBlock[i]);
  }

  /** "Bouvard dit tout à coup :" closing the line before a quote that opens a line: that line's cue. */
  private Cue colonBefore(int i) {
    int k = i - 1;
    while (k >= 0 && (isDashToken(k) || isOpener(k)) && k >= i - 2) {
      k--;
    }
    if (k < 0 || !is(k, ":") || quoted(k)) {
      return null;
    }
    return colonCue(windowStart(k), k);
  }

  private int nextNewline(int i) {
    int j = i;
    while (j < n && !newlineBefore(j)) {
      j++;
    }
    return j;
  }

  private int lastTokenBefore(int charPos) {
    int i = firstTokenAt(charPos) - 1;
    while (i + 1 < n && e[i + 1] <= charPos) {
      i++;
    }
    return Math.max(i, 0);
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!posIs(i, "PUNCT") && !isDashToken(i)) {
        return false;
      }
    }
    return true;
  }

  /** The clause's end, past the bracket that closes one it opened: "du Kurdistan (PKK)", not "(PKK". */
  private int withBrackets(int from, int to) {
    int open = 0;
    for (int k = from; k < to; k++) {
      open += is(k, "(", "[") ? 1 : is(k, ")", "]") ? -1 : 0;
    }
    return open > 0 && to < n && is(to, ")", "]") ? to + 1 : to;
  }

  private Span trimmed(int start, int end) {
    while (start < end && QuoteMarks.isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && QuoteMarks.isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (end > start + 1 && text.charAt(end - 1) == ',' && end < text.length()
        && (text.charAt(end) == '"' || text.charAt(end) == '\u201D')) {
      // "We are not bluffing," he said: the comma of the incise, put inside the marks in English.
      end--;
      while (end > start && QuoteMarks.isBlank(text.charAt(end - 1))) {
        end--;
      }
    }
    return new Span(start, end);
  }

  /**
   * "« A, a ajouté X. B »": two pieces and the incise's cue. The quote's words run from innerStart to innerEnd,
   * its tokens lie after token o and before token last.
   */
  private boolean splitOnIncise(Cand c, int innerStart, int innerEnd, int o, int last) {
    for (int k = o + 2; k < last; k++) {
      if (!is(k - 1, ",", "?", "!", "…")) {
        continue;
      }
      if (markOf[k] != markOf[o] || nestedMarkAt(k, innerStart)) {
        continue;
      }
      Cue cue = inversionAt(k, last);
      if (cue == null || !thirdPerson(cue) && !inverted(cue.subject().get(0).from())) {
        continue;
      }
      int after = cue.subject().get(cue.subject().size() - 1).to();
      // The incise ends at the next punctuation mark; what follows is the rest of the quote.
      while (after < last && !posIs(after, "PUNCT")) {
        after++;
      }
      if (after < last && !is(after, ",", ".", ";", ":", "!", "?", "…")) {
        continue;
      }
      Span first = trimmed(innerStart, is(k - 1, ",") ? s[k - 1] : e[k - 1]);
      int restStart = after < last ? e[after] : innerEnd;
      Span rest = restStart < innerEnd ? trimmed(restStart, innerEnd) : null;
      if (first.isEmpty()) {
        continue;
      }
      c.pieces.add(first);
      if (rest != null && !rest.isEmpty() && hasWord(rest)) {
        c.pieces.add(rest);
      }
      c.cue = cue;
      c.confidence = 0.95;
      return true;
    }
    return false;
  }

  private boolean hasWord(Span sp) {
    for (int i = sp.start(); i < sp.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean nestedMarkAt(int k, int innerStart) {
    // A quote inside the quote is not where the outer speaker's incise would be.
    int depth = 0;
    for (int i = innerStart; i < s[k]; i++) {
      char ch = text.charAt(i);
      if (ch == '“' || ch == '‹' || ch == '«') {
        depth++;
      } else if ((ch == '”' || ch == '›' || ch == '»') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  private boolean thirdPerson(Cue cue) {
    NP np = cue.subject().get(0);
    int h = head(np);
    return !is(h, "je", "j'", "tu", "nous", "vous");
  }

  /** Whether the cue's speaker is a pronoun ("a-t-il dit"), which names nobody new. */
  private boolean thirdPersonPronoun(Cue cue) {
    return !cue.subject().isEmpty() && cue.subject().get(0).to() - cue.subject().get(0).from() == 1
        && subjectPronoun(cue.subject().get(0).from());
  }

  /** A person's name between two commas that ends at the comma at token j ("..., John Kerry,"), or null. */
  private NP apposedNameBefore(int j, int lo) {
    for (Mention m : mentionsOverlapping(span(Math.max(lo, j - 6), j))) {
      if (m.type() != EntityType.PER) {
        continue;
      }
      int from = firstTokenAt(m.span().start());
      int to = lastTokenBefore(m.span().end()) + 1;
      if (to == j && from - 1 > lo && is(from - 1, ",")) {
        return new NP(from, to);
      }
    }
    return null;
  }

  /** What introduces a quote before it, in its sentence. */
  private Cue preCue(int o, int w) {
    int j = o - 1;
    if (j < w) {
      return null;
    }
    if (is(j, ":")) {
      return colonCue(w, j);
    }
    if ("être".equals(lem[j]) && o + 1 < n && STANCE_WORDS.contains(low[o + 1]) && !quoted(j)) {
      // "Le Norvégien est « persuadé qu'elles le seront »": how someone says they stand is in their words.
      List<NP> subject = subjectOf(j, w);
      boolean reported = false;
      for (int k = w; !subject.isEmpty() && k < subject.get(0).from(); k++) {
        reported |= is(k, "que", "qu'"); // "X aurait dit qu'il est « prêt à ... »": X's words, not the subject's
      }
      Cue c = subject.isEmpty() || reported ? null : new Cue(groupStart(j), j + 1, subject, "verb");
      if (c != null && (personLike(subject.get(0)) || subjectPronoun(subject.get(0).from())
          || demonymPhrase(subject.get(0)))) {
        return c;
      }
    }
    for (int k = j; k > w + 2 && k >= j - 25; k--) {
      if (is(k, ",", ";", ":")) {
        break;
      }
      if (markOf[k] >= 0 && k < j) {
        continue; // ("selon qui « cette très large censure » confirme que « ... »": the source's words go on.)
      }
      if (is(k, "qui") && is(k - 1, "selon", "pour") && is(k - 2, ",")) {
        // "a déclaré le dirigeant social-démocrate, selon qui « la situation reste très sérieuse »", "Charles
        // Michel, pour qui l'Union sera « plus forte que jamais »": the relative's antecedent speaks.
        NP np = npLeft(k - 3, w);
        if (np != null && (personLike(np) || speakerLike(np))) {
          NP owner = appositionOwner(np, w);
          return new Cue(k - 1, k + 1, owner == null ? List.of(np) : List.of(owner, np), "selon");
        }
        break;
      }
    }
    int q = is(j, ",") ? j - 1 : j;
    if (is(q, "que", "qu'")) {
      int v = verbBefore(q - 1, w, 30, true);
      if (v >= 0 && reporting(v, false)) {
        return verbCue(v, w);
      }

      if (v >= 0 && !participleAnt(v)) {
        // "Le Conseil d'État a décidé qu'« une sélection ne peut ... »": words in marks after "que" are the
        // subject's, whatever the verb, when the subject can speak.
        Cue c = verbCue(v, w);
        if (c != null && !c.subject().isEmpty() && speakerLike(c.subject().get(0))) {
          return new Cue(c.from(), c.to(), c.subject(), "que");
        }
      }
      return null;
    }
    if (WORD_NOUNS.contains(low[j]) && (posIs(j - 1, "DET") || is(j - 1, "l'"))) {
      // "Zeid Ra'ad Zeid Al-Hussein ... utilise le mot « milice »": the word is its user's.
      int v = verbBefore(j - 2, w, 3, false);
      if (v >= 0 && !participleAnt(v) && !infinitive(v)) {
        Cue c = verbCue(v, w);
        if (c != null && !c.subject().isEmpty() && speakerLike(c.subject().get(0))) {
          return new Cue(c.from(), c.to(), c.subject(), "verb");
        }
      }
    }
    // "Selon X, « ... »", "Selon X, un scientifique associé au projet, « ... »"
    int first = w;
    while (first < o && (posIs(first, "PUNCT") || posIs(first, "CCONJ"))) {
      first++;
    }
    // "Selon X, les « liens ... »", "Selon X, il s'agit de « ... »": the quote is in the clause selon introduces.
    Cue sel = selonAt(first, o);
    if (sel == null && is(first, "pour")) {
      List<NP> np = npRight(first + 1, o);
      if (!np.isEmpty() && is(np.get(np.size() - 1).to(), ",") && (personLike(np.get(0)) || speakerLike(np.get(0))
          && !posIs(head(np.get(0)), "NOUN"))) {
        sel = new Cue(first, first + 1, np, "selon");
      }
      if (sel == null && is(j, ",")) {
        // "Pour l'envoyé américain pour le climat, John Kerry, « ... »": the name in apposition at the end.
        NP named = apposedNameBefore(j, first + 1);
        if (named != null) {
          sel = new Cue(first, first + 1, List.of(named), "selon");
        }
      }
      if (sel == null) {
        // "Pour la militante écologiste et ancienne ministre de Lula, Marina Silva, la situation est « ... »": a
        // description too long for a phrase, and the name apposed to it.
        for (int k = first + 1; k < o && k - first <= 25; k++) {
          if (posIs(k, "VERB") || posIs(k, "AUX") || markOf[k] >= 0 || is(k, ".", ";", ":")) {
            break;
          }
          if (is(k, ",")) {
            int close = k + 1;
            while (close < o && close - k <= 5 && !is(close, ",")) {
              close++;
            }
            NP named = is(close, ",") ? apposedNameBefore(close, k - 1) : null;
            if (named != null && named.from() == k + 1) {
              sel = new Cue(first, first + 1, List.of(named), "selon");
            }
            break;
          }
        }
      }
    }
    if (sel == null && is(first, "pour") && first + 2 < o && is(first + 1, "lui", "elle", "eux", "elles")
        && (posIs(first + 2, "DET") || is(first + 2, "l'", "c'", "ce", "cela", "il", "elle", "ils", "elles"))) {
      // "Pour lui cette demande « n'est pas liée à ... »": the comma after the pronoun may be missing.
      boolean free = true;
      for (int k = first + 2; k < o && free; k++) {
        free = !reporting(k, false) && !is(k, ",", ";", ":");
      }
      if (free) {
        return new Cue(first, first + 1, List.of(new NP(first + 1, first + 2)), "selon");
      }
    }
    if (sel != null) {
      int after = sel.subject().get(0).to();
      int comma = -1;
      for (int k = after; k < o; k++) {
        if (is(k, ",", ";", ":")) {
          comma = k;
          if (!is(k + 1, "de", "du", "des", "d'", "un", "une") || posIs(k + 1, "DET") && !npCore(k + 2)) {
            break;
          }
        } else if (posIs(k, "AUX") || posIs(k, "VERB") && !(posIs(k - 1, "NOUN") || posIs(k - 1, "ADJ"))) {
          break;
        }
      }
      boolean free = comma >= 0;
      for (int k = comma + 1; k < o && free; k++) {
        free = !reporting(k, false);
      }
      if (free) {
        return sel;
      }
    }
    // "le pape François « s'associe à la douleur »": the quote is the verb phrase of the name before it.
    int first0 = o + 1;
    while (first0 < n && is(first0, "ne", "n'", "se", "s'")) {
      first0++;
    }
    if (first0 < n && first0 <= o + 2 && markOf[first0] == markOf[o] && (posIs(first0, "VERB") || posIs(first0, "AUX"))
        && !infinitive(first0) && !participleAnt(first0) && !passiveParticiple(first0, first0)) {
      NP np = npLeft(j, w);
      if (np != null && (namesPerson(np) || namesOrganization(np)) && !subjectPronoun(np.from())) {
        int before = np.from() - 1;
        Cue source = is(w, "selon") && before > w ? selonAt(w, before) : null;
        if (source != null && source.subject().get(source.subject().size() - 1).to() == before) {
          // "Selon le leader de Chega, Marcelo Rebelo de Sousa « a démenti ... »": the source, not the subject.
          return source;
        }
        if (clauseInitial(before, w)) {
          return new Cue(np.from(), np.to(), List.of(np), "subject");
        }
      }
    }
    // "Les Alliés ont également « salué le courage du peuple ukrainien »": the words in marks are the verb
    // phrase of an auxiliary's subject.
    int a = j;
    while (a > w && (posIs(a, "ADV") || locutionEndingAt(a) > 0)) {
      a -= locutionEndingAt(a) > 0 ? locutionEndingAt(a) : 1;
    }
    // ("a accusé X d'avoir « induit ... en erreur »": an infinitive auxiliary has no subject of its own.)
    if (aux(a) && !is(a - 1, "de", "d'", "à") && first0 < n && markOf[first0] == markOf[o] && posIs(first0, "VERB")) {
      List<NP> subj = subjectOf(a, w);
      int before = subj.isEmpty() ? -1 : subj.get(0).from() - 1;
      // Only a main clause's subject: in "Il a souligné que les États-Unis se sont « engagés »" the words are
      // the reporting verb's.
      if (!subj.isEmpty() && clauseInitial(before, w)
          && (subjectPronoun(subj.get(0).from()) || speakerLike(subj.get(0)))) {
        // ("subject": an incise after the marks says better who spoke: "Il aurait « exhibé son arme », a
        // affirmé le procureur".)
        return new Cue(a, a + 1, subj, "subject");
      }
    }
    // "L'enterrement est selon l'Église « ... »": a source named right before the quote.
    for (int k = j; k >= w && j - k < 10; k--) {
      if (quoted(k)) {
        break;
      }
      Cue near = selonAt(k, o);
      if (near != null && is(k - 1, "que", "qu'")) {
        // "qui a rappelé que selon lui « ... »": the verb before "que" is the cue, "lui" its subject.
        int v = verbBefore(k - 2, w, 30, true);
        if (v >= 0 && reporting(v, false)) {
          Cue c = verbCue(v, w);
          if (c != null) {
            return c;
          }
        }
      }
      if (near != null) {
        int end = near.subject().get(near.subject().size() - 1).to();
        if (end == o || end == j && is(j, ",")) {
          return near;
        }
        boolean infinitiveAfter = is(end, ",") && end + 2 <= j && is(end + 1, "de", "d'") && infinitive(end + 2);
        for (int b = end + 3; infinitiveAfter && b <= j; b++) {
          infinitiveAfter = !posIs(b, "PUNCT") && !(posIs(b, "VERB") || posIs(b, "AUX")) || infinitive(b);
        }
        if (infinitiveAfter) {
          // "Il s'agit, selon les mots de Marine Le Pen, d'éviter « sa mort politique »": the source of the aside
          // vouches for the words that the infinitive after it carries.
          return near;
        }
        boolean verbAfter = is(end, ",") && end + 1 <= j && is(k - 1, ",");
        for (int b = end + 1; verbAfter && b <= j; b++) {
          verbAfter = aux(b) || posIs(b, "VERB") || posIs(b, "ADV") || clitic(b);
        }
        if (verbAfter) {
          // "une action qui, selon lui, a « purifié » la Syrie": the aside vouches for the verb's words.
          return near;
        }
        break;
      }
    }
    if (is(j, ",")) {
      // "a dénoncé, au cours d'une conférence de presse, vendredi midi, « ... »": asides between the verb and the
      // words it reports; back over them to the comma right after a reporting verb.
      int k = j - 1;
      while (k > w && j - k <= 25) {
        if (is(k, ",")) {
          if (posIs(k - 1, "VERB") && reporting(k - 1, false)) {
            break;
          }
        } else if (quoted(k) || posIs(k, "VERB") || posIs(k, "AUX") || posIs(k, "PRON")
            || is(k, ".", ";", ":", "«", "»")) {
          break;
        }
        k--;
      }
      if (k > w && k < j - 1 && is(k, ",") && posIs(k - 1, "VERB") && reporting(k - 1, false)
          && !participleAnt(k - 1)) {
        Cue c = verbCue(k - 1, w);
        if (c != null) {
          return c;
        }
      }
    }
    // The quote is what a reporting verb says or names: "ce que X a appelé « »", "X dénonce « »".
    int v = verbBefore(j, w, 7, false);
    // ("a accusé son prédécesseur d'extrême droite d'avoir « ... »": the infinitive's auxiliary.)
    int de = is(j, "avoir", "être") && is(j - 1, "de", "d'") ? j - 1 : j;
    if (is(j, "une", "un") && posIs(j, "DET") && is(j - 1, "de", "d'")) {
      de = j - 1; // ("a menacé les États-Unis d'une « réponse forte »")
    }
    if (posIs(j, "NOUN") && is(j - 1, "de", "d'") && !posIs(j - 2, "NOUN")) {
      de = j - 1; // ("a qualifié X de terroristes « pervers et macabres »": what X is called, and how.)
    }
    // ("qualifiant le désengagement annoncé par le président de « violation »": a participle of the object's.)
    if (is(de, "de", "d'") && (v < 0 || !NAMING_VERBS.contains(lem[v]) && (!reporting(v, false)
        || passiveParticiple(v, v) && is(v + 1, "par")))) {
      // "qualifiant les enquêtes qu'ils ont lancées sur Donald Trump de « honteuses »": the object of a naming
      // verb may hold a relative clause.
      // ("a qualifié l'incident, survenu samedi, de « »": the object may hold an aside between commas.)
      for (int k = de - 1; k >= w && j - k <= 20 && !quoted(k) && (!posIs(k, "PUNCT") || is(k, ",")); k--) {
        if (NAMING_VERBS.contains(lem[k]) && (posIs(k, "VERB") || participleAnt(k))) {
          v = k;
          break;
        }
      }
    }
    boolean adjacent = v >= 0;
    for (int k = v + 1; k < o && adjacent; k++) {
      // ("a loué lundi « l'engagement »": a day between is no object.)
      adjacent = !posIs(k, "NOUN") && !posIs(k, "PROPN") || TIME_WORDS.contains(low[k]);
    }
    if (v >= 0 && BAPTISM_VERBS.contains(lem[v]) && !properNameInMarks(o)) {
      int g0 = groupStart(v);
      boolean what = false;
      for (int k = g0 - 1; k >= w && k >= g0 - 4 && !what; k--) {
        what = is(k, "que", "qu'") && is(k - 1, "ce");
      }
      Cue c = what ? verbCue(v, w) : null;
      if (subjectCanSpeak(c)) {
        // "ce qu'il nomme une « invasion islamique »": what someone calls a thing is in their words.
        return c;
      }
    }
    if (v >= 0 && BAPTISM_VERBS.contains(lem[v]) && properNameInMarks(o)) {
      // "trois arcs, qu'il avait appelés « Liberté », « Égalité » et « Fraternité »": a name given to a thing is
      // not a quotation of who gave it ("ce que Joe Biden a appelé « son carnage en Ukraine »" is).
      return null;
    }
    if (v >= 0 && properNameInMarks(o) && posIs(o - 1, "NOUN") && !SPEECH_NOUNS.contains(lem[o - 1])
        && !WORD_NOUNS.contains(lem[o - 1]) && !text.substring(s[o + 1], e[o + 1]).equals(
            text.substring(s[o + 1], e[o + 1]).toUpperCase(Locale.ROOT))) {
      // "a salué l'ONG « Fight Impunity »", "était l'invité de l'émission « Être et Savoir »": a name set after
      // the noun of what it names (not an acronym the speaker uses: "des mesures « DDR »").
      return null;
    }
    if (v >= 0 && nounComplement(o) && !NAMING_VERBS.contains(lem[v])) {
      // "a confirmé son statut d'« homme le plus rapide du monde »", "ont annoncé la constitution du « Conseil
      // militaire »": words in marks that complete a noun are a name or a label, not what the verb reports.
      return null;
    }
    if (v >= 0 && !reporting(v, true) && (infinitive(v) || aux(groupStart(v)) && infinitive(groupStart(v)))) {
      // "Un témoin a déclaré à l'AFP avoir vu « ... »": the reporting verb governs the infinitive.
      int v2 = verbBefore(groupStart(v) - 1, w, 7, false);
      if (v2 >= 0 && reporting(v2, false)) {
        return verbCue(v2, w);
      }
      if (v2 >= 0 && v2 == groupStart(v) - 1 && infinitive(v2) && !reporting(v2, true)) {
        // "ajoutant voir passer « beaucoup de réactions »": two infinitives, then the reporting verb.
        int v3 = verbBefore(groupStart(v2) - 1, w, 3, false);
        if (v3 >= 0 && reporting(v3, false)) {
          return verbCue(v3, w);
        }
      }
      if (v2 >= 0 && STANCE_VERBS.contains(lem[v2]) && is(groupStart(v) - 1, "de", "d'") && j == v) {
        // "a proposé mardi soir d'accueillir « temporairement » le bateau": what one proposes is in one's words
        // (not a label further on: "a refusé de prendre part à l'« union gazière »").
        Cue c = verbCue(v2, w);
        if (subjectCanSpeak(c)) {
          return c;
        }
      }
    }
    if (v >= 0 && (reporting(v, false) || (participleAnt(v) || adjacent) && reporting(v, true))) {
      // "poursuivant par « ... »": a participle of an incise verb goes on with the same speaker.
      return verbCue(v, w);
    }
    // ("qualifiant «d'épouvantable» la mort de ...": the "de" inside the marks.)
    // ("l'a traité à la tribune « d'agent allemand »": a short place or time phrase may stand between.)
    boolean deInside = v >= 0 && (j == v || shortAdjunct(v + 1, o)) && is(o + 1, "de", "d'");
    if (v >= 0 && (NAMING_VERBS.contains(lem[v]) && (is(de, "de", "d'") || deInside) || "comparer".equals(lem[v])
        && is(j, "à", "au", "aux")) && !passiveParticiple(groupStart(v), v)) {
      // ("La députée Heidi Alexander a comparé Mme May à « une adolescente ... »".)
      // "Robert Fico traite des journalistes de « sales prostituées »": what someone calls others is their words.
      Cue c = verbCue(v, w);
      if (subjectCanSpeak(c)) {
        return c;
      }
    }
    for (int k = j - 1; k >= w && k >= j - 10; k--) {
      if (posIs(k, "VERB") || posIs(k, "AUX") || posIs(k, "PUNCT") || markOf[k] >= 0) {
        break;
      }
      if (is(k, "à", "au", "aux") && posIs(k + 1, "DET")) {
        // "a appelé ces derniers jours à la mise en place d'une transition « inclusive »": what one calls for.
        int d = demandVerbBefore(k - 1, w);
        Cue c = d >= 0 && !"demander".equals(lem[d]) ? verbCue(d, w) : null;
        if (subjectCanSpeak(c)) {
          return c;
        }
        break;
      }
    }
    if ((v < 0 || DEMAND_VERBS.contains(lem[v])) && is(j, "à", "de", "d'")) {
      // ("avait pressé cette délégation de « tout faire »": the verb itself may be found first.)
      // "il avait exhorté son homologue d'une commune proche à « exclure ... »": the person urged may take many
      // words; what the urging asks is the words of the one who urges.
      int d = demandVerbBefore(j - 1, w);
      if (d >= 0) {
        Cue c = verbCue(d, w);
        if (subjectCanSpeak(c)) {
          return c;
        }
      }
    }
    if (v >= 0 && o - 1 > v && (SPEECH_NOUNS.contains(lem[o - 1]) || SPEECH_NOUNS.contains(low[o - 1]))
        && !passiveParticiple(groupStart(v), v)) {
      // "a lancé un appel « à tous les patriotes sincères »": the words of an act of speech are its author's.
      boolean object = true;
      for (int k = v + 1; k < o - 1 && object; k++) {
        object = posIs(k, "DET") || posIs(k, "ADJ") || TIME_WORDS.contains(low[k]);
      }
      Cue c = object ? verbCue(v, w) : null;
      if (subjectCanSpeak(c)) {
        return c;
      }
    }
    boolean pledge = false;
    if (v >= 0 && adjacent && ("engager".equals(lem[v]) && (is(o + 1, "à") || is(j, "à"))
        || "montrer".equals(lem[v]) && j == v)) {
      // ("s'est montré « très confiant »": how one shows oneself is in one's words.)
      for (int k = Math.max(w, groupStart(v) - 1); k < v; k++) {
        pledge |= is(k, "s'", "se", "m'", "me"); // "s'engager à", not "engager des réformes"
      }
    }
    for (int k = o - 4; k >= w && k >= o - 12 && !adjacent; k--) {
      // ("a proposé aux groupes armés en activité en Colombie des « avantages juridiques »": to whom, first.)
      if (posIs(k, "VERB") && STANCE_VERBS.contains(lem[k]) && !infinitive(k) && toWhomThenArticle(k + 1, o)) {
        v = k;
        adjacent = true;
      }
    }
    if (v >= 0 && adjacent && (STANCE_VERBS.contains(lem[v]) || pledge)
        && !(pledge && inReportedClause(groupStart(v)))) {
      // (Not in someone's reported clause: "le président a affirmé que M. Trudeau s'est montré « doux et docile »"
      // are the president's words.)
      // ("s'est engagé dimanche « à reconstruire le pays »": what a speaker pledges is in their words.)
      // "Jean-Luc Laurent ... s'opposant à « une disparition progressive du chèque »", "Le ministère de
      // l'Intérieur a décidé de « suspendre ... »": the words a speaker takes a stand on are the speaker's.
      Cue c = verbCue(v, w);
      if (subjectCanSpeak(c) || c != null && "participle".equals(c.kind())) {
        // ("« ... », a-t-il dit, s'engageant à « ... »": a participle goes on with the one who just spoke.)
        return c;
      }
    }
    return null;
  }

  /** Whether tokens [from, to) are "à X" (to whom) then an article: "aux groupes armés en Colombie des". */
  private boolean toWhomThenArticle(int from, int to) {
    if (to - from < 3 || to - from > 10 || !is(from, "à", "au", "aux") || !posIs(to - 1, "DET")) {
      return false;
    }
    for (int k = from + 1; k < to - 1; k++) {
      // ("aux groupes armés": a participle after its noun describes it.)
      boolean verb = posIs(k, "VERB") && !(posIs(k - 1, "NOUN") && pastParticipleOnly(k)) || posIs(k, "AUX");
      if (verb || posIs(k, "PUNCT") || markOf[k] >= 0 || is(k, "que", "qu'")) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens [from, to) are one short adjunct: a preposition and up to four words, no verb or comma. */
  private boolean shortAdjunct(int from, int to) {
    if (to - from < 2 || to - from > 5 || !is(from, "à", "au", "devant", "dans", "sur", "lors", "en", "pendant")) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (posIs(k, "VERB") || posIs(k, "AUX") || posIs(k, "PUNCT") || markOf[k] >= 0) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern ELIDED_ON = Pattern.compile("(?:lorsqu|puisqu|quoiqu|qu|jusqu)['’]on");

  /** Whether a cue has a subject that can speak: a person, a speaker-like phrase or a subject pronoun. */
  private boolean subjectCanSpeak(Cue c) {
    return c != null && !c.subject().isEmpty() && (personLike(c.subject().get(0)) || speakerLike(c.subject().get(0))
        || subjectPronoun(c.subject().get(0).from()) || describesSomeone(c.subject().get(0)));
  }

  /** "Cet ancien guérillero de 62 ans": a demonstrative and a noun for a person, not a thing or a body. */
  private boolean describesSomeone(NP np) {
    int h = head(np);
    return is(np.from(), "ce", "cet", "cette") && posIs(h, "NOUN") && !thingOrBody(h);
  }

  /** Whether head noun h names a thing, an act, a document or a body rather than a person ("la loi", "l'agence"). */
  private boolean thingOrBody(int h) {
    return THING_SUFFIX.matcher(low[h]).matches() || INSTITUTION_WORDS.contains(lem[h]) || BODY_NOUNS.contains(lem[h])
        || lex.isDocumentNoun(lem[h]) || lex.isNonSpeaker(lem[h]) || GENERIC_BODIES.contains(lem[h])
        || COMPANY_HEADS.contains(lem[h]) || MEDIA_HEADS.contains(lem[h]) || STATE_BODIES.contains(lem[h]);
  }

  /** Verbs that urge someone to do something ("exhorter X à", "appeler X à", "sommer X de"). */
  private static final Set<String> DEMAND_VERBS = Set.of("exhorter", "appeler", "inviter", "inciter", "enjoindre",
      "sommer", "presser", "encourager", "conjurer", "implorer", "supplier", "adjurer", "demander", "réclamer");

  /**
   * A verb urging someone, whose object ends at token j: up to fifteen tokens back, over a noun phrase that may
   * hold commas, names and parentheses but no other verb and no quote marks; -1 when there is none.
   */
  private int demandVerbBefore(int j, int w) {
    for (int k = j; k >= w && j - k < 15; k--) {
      if (markOf[k] >= 0 || is(k, ";", ":", "que", "qu'", "qui")) {
        return -1;
      }
      if (posIs(k, "VERB") && !infinitive(k)) {
        return DEMAND_VERBS.contains(lem[k]) ? k : -1;
      }
    }
    return -1;
  }

  /** Verbs of wanting, whose object in marks an incise after it may report as its own speaker's words. */
  private static final Set<String> WISH_VERBS = Set.of("espérer", "souhaiter", "vouloir", "compter", "entendre",
      "attendre", "désirer");

  /** Verbs of taking a stand, whose complement in marks is the words of their subject when it can speak. */
  private static final Set<String> STANCE_VERBS = Set.of("opposer", "décider", "conditionner", "théoriser", "prôner",
      "vanter", "militer", "promouvoir", "refuser", "inviter", "inciter", "défendre", "brandir", "invoquer",
      "proposer", "suggérer");

  /**
   * The verb governing a complement that ends at token j: walks left over what may stand between a verb and
   * its complement (prepositions, articles, adverbs, clitics, a short noun phrase, an infinitive auxiliary).
   */
  private int verbBefore(int j, int w, int maxGap, boolean wide) {
    int nouns = 0;
    int k = j;
    int aside = 0;
    while (k >= w && j - k < maxGap + aside) {
      if (markOf[k] >= 0 && !wide) {
        return -1;
      }
      if (is(k, ",") && aside == 0) {
        // ("avait dénoncé, quelques minutes avant, une décision « »": an aside between commas does not count.)
        int c = k - 1;
        while (c > w && k - c <= 5 && !is(c, ",") && !posIs(c, "VERB") && !posIs(c, "AUX") && markOf[c] < 0
            && !posIs(c, "PROPN")) {
          c--;
        }
        if (is(c, ",") && k - c >= 2 && c - 1 >= w && (posIs(c - 1, "VERB") || aux(c - 1))) {
          aside = k - c + 1;
          k = c - 1;
          continue;
        }
      }
      if (posIs(k, "VERB") && !(is(k, "été", "avoir", "être") || aux(k))) {
        return k;
      }
      String p = pos[k];
      boolean ok = p.equals("ADP") || p.equals("DET") || p.equals("ADV") || p.equals("PRON") && !is(k, "qui")
          || p.equals("AUX") || is(k, ",") || is(k, "été", "avoir", "être");
      if (!ok && p.equals("ADJ")) {
        ok = true;
      }
      if (!ok && (p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM"))) {
        // A full name counts once ("a qualifié Vladimir Poutine de « »"), a weekday not at all.
        if (!TIME_WORDS.contains(low[k]) && !(p.equals("PROPN") && posIs(k + 1, "PROPN"))) {
          nouns++;
        }
        ok = wide || nouns <= 2;
      }
      if (!ok && wide && (is(k, "(", ")") || markOf[k] >= 0)) {
        ok = true;
      }
      if (!ok) {
        return -1;
      }
      k--;
    }
    return -1;
  }

  private Cue verbCue(int v, int w) {
    int g = groupStart(v);
    if (negated(g, v)) {
      return null;
    }
    if (posIs(v, "VERB") && !infinitive(v) && !participleAnt(v) && g == v && is(g - 1, "et")) {
      // "a suspendu la séance et dénoncé un comportement « inacceptable »": a participle coordinated with a
      // compound verb shares its subject.
      // ("a aussitôt « pris acte » de cette décision et demandé": the first verb may stand in marks.)
      // ("a « pris acte » de cette décision, qui a selon lui « validé » le projet, et demandé": over a relative.)
      for (int k = g - 2; k >= w && g - k <= 30 && !is(k, ";", ":"); k--) {
        int after = k + 1;
        while (after < g && (posIs(after, "ADV") || isOpener(after)) && after - k <= 3) {
          after++;
        }
        if (aux(k) && !quoted(k) && posIs(after, "VERB")) {
          List<NP> first = subjectOf(k, w);
          if (!first.isEmpty() && speakerLike(first.get(0))) {
            return new Cue(v, v + 1, first, "verb");
          }
          break;
        }
      }
    }
    if (passiveParticiple(g, v)) {
      // "qualifié de « coup d'État » par ses détracteurs": the speaker is the agent, if the text names one.
      int hi = windowEnd(v);
      for (int k = v + 1; k < hi; k++) {
        if (is(k, "par") && !quoted(k)) {
          List<NP> agent = npRight(k + 1, hi);
          if (!agent.isEmpty() && speakerLike(agent.get(0))) {
            return new Cue(v, v + 1, agent, "verb");
          }
          break;
        }
      }
      return null;
    }
    List<NP> subject = subjectOf(v, w);
    if (subject.size() == 1 && subject.get(0).to() - subject.get(0).from() == 1
        && ELIDED_ON.matcher(low[subject.get(0).from()]).matches()) {
      // ("Lorsqu'on lui a demandé, dans une interview à « 60 Minutes »": one token the tagger took for a name.)
      return null;
    }
    if (subject.size() == 1 && subject.get(0).to() - subject.get(0).from() == 1 && impersonal(subject.get(0).from())) {
      // "Il s'agit du mot « raciste »", "Il faut « ... »": an impersonal "il" names nobody.
      return null;
    }
    if (participleAnt(v) && !subject.isEmpty() && reporterOfWords(subject.get(0))) {
      // "des propos rapportés samedi par Le Monde accusant le système « politico-militaire »": the words accuse,
      // and they are the main clause's subject's; the newspaper only reported them.
      subject = List.of();
    }
    if (participleAnt(v) && subject.isEmpty()) {
      List<NP> main = participleSubject(g, w);
      if (main == null && onlyPunctuation(w, g)) {
        // "Accusant le milliardaire d'avoir « peur », l'équipe de campagne a déclaré": a participle opening the
        // sentence has the subject after its clause.
        main = subjectAfterComma(v, w);
      }
      if (main != null) {
        return new Cue(Math.min(g, v), v + 1, main, "verb");
      }
    }
    int hp = g - 2;
    while (hp > w && is(hp, "pas", "plus", "jamais")) {
      hp--;
    }
    if (subject.isEmpty() && infinitive(g) && is(g - 1, "à", "de", "d'") && hp >= w && participleAnt(hp)
        && HASTE.contains(lem[hp]) && onlyPunctuation(w, groupStart(hp))) {
      // "N'hésitant pas à traiter les Marocains de « racailles », Geert Wilders a bâti": the subject after it.
      List<NP> main = subjectAfterComma(hp, w);
      if (main != null) {
        return new Cue(groupStart(hp), v + 1, main, "verb");
      }
    }
    if (subject.isEmpty() && (is(g - 1, "après", "pour", "sans", "avant", "afin", "de", "d'")
        || is(g - 1, "à") && (SPEECH_MODALS.contains(lem[g - 2]) || HASTE.contains(lem[g - 2])))
        && (infinitive(g) || is(g, "avoir", "être")) && marksRightAfter(v)) {
      // "Il a commencé sa campagne après avoir théorisé les « deux gauches »": an infinitive after a preposition
      // has the subject of the clause it depends on.
      List<NP> main = participleSubject(g - 1, w);
      if (main == null) {
        main = subjectAfterFrontedClause(g - 1, w);
      }
      if (main != null) {
        return new Cue(Math.min(g, v), v + 1, main, "verb");
      }
    }
    int until = -1;
    for (int k = Math.max(w, g - 1); k < v; k++) {
      until = is(k, "jusqu'à", "jusqu'au") ? k : until;
    }
    if (subject.isEmpty() && infinitive(v) && until > w && participleAnt(until - 1)) {
      // "allant jusqu'à proclamer sur ses affiches : « ... »": the participle's subject, the sentence's.
      List<NP> main = participleSubject(until - 1, w);
      for (int k = w; main == null && k < until - 1; k++) {
        // (Else the sentence's first subject: "Pendant sa campagne, il a tout fait ..., allant jusqu'à".)
        if (subjectPronoun(k) && !is(k, "on") && (aux(k + 1) || posIs(k + 1, "VERB")) && !is(k - 1, "que", "qu'")) {
          main = List.of(new NP(k, k + 1));
        }
      }
      return main != null ? new Cue(until - 1, v + 1, main, "verb") : null;
    }
    if (subject.isEmpty() && infinitive(g) && is(g - 1, "de", "d'") && g - 2 >= 0 && (is(g - 2, "et")
        || is(g - 2, "avant", "puis")) && sentenceStart[g - 2]) {
      // ("Avant de souligner que ... « le recours à la force »", a sentence of its own after the speaker's.)
      // "Et d'ajouter : « ... »", "Et de conclure que ...": the narrative infinitive goes on with the one the text
      // spoke of last, whom resolve() finds.
      return new Cue(g - 2, v + 1, List.of(), "narrative");
    }
    String kind = participleAnt(v) && subject.isEmpty() ? "participle" : "verb";
    if (subject.isEmpty() && !kind.equals("participle")) {
      // An inverted subject: "comme l'a dit X « ... »".
      if (!is(g - 1, "comme") && !is(g - 2, "comme")) {
        return null;
      }
      subject = npRight(v + 1, windowEnd(v));
      if (subject.isEmpty()) {
        return null;
      }
    }
    return new Cue(Math.min(g, v), v + 1, subject, kind);
  }

  /** Verbs of taking a stand whose object in marks is the subject's words, beyond the reporting lexicon. */
  private static final Set<String> STAND_VERBS = Set.of("entendre", "engager", "redire", "remercier", "attribuer",
      "haranguer");
  /** Verbs of wishing and fearing: what one hopes for in marks is seldom one's own words. */
  private static final Set<String> HOPE_VERBS = Set.of("espérer", "souhaiter", "craindre", "redouter", "désirer");

  /**
   * Words in marks inside the object of a verb of speech or stance, with no cue of their own: "Antonio Guterres a
   * dénoncé l'absence de « vision stratégique »", "Lula a promis de faire du climat une « priorité »". The
   * subject of the verb chose those words; a reader gives them to it when the text names who that subject is
   * (resolve() drops the cue otherwise). A proper name in marks is a name, not words.
   */
  private Cue stanceCue(int o, int w) {
    if (properNameInMarks(o)) {
      return null;
    }
    int hops = 0;
    boolean object = true;
    for (int k = o - 1; k >= w && o - k <= 30; k--) {
      if (markOf[k] >= 0 || quoted(k)) {
        continue; // ("« Agressive », « incompréhensible » ...": other words in marks of the same object.)
      }
      if (is(k, ".", ";", ":", "!", "?", "(", ")", "que", "qu'", "selon") || isDashToken(k)) {
        // A clause of its own, an aside or a source: whose words these are is not the verb's subject's to say.
        return null;
      }
      if (!posIs(k, "VERB") && !posIs(k, "AUX")) {
        continue;
      }
      int g = groupStart(k);
      if (infinitive(k) || aux(k) && infinitive(g)) {
        // "a promis de faire du climat une « priorité »": the infinitive says what the verb before it commits to.
        if (++hops > 2) {
          return null;
        }
        for (int b = k + 1; b < o && hops == 1; b++) {
          object &= posIs(b, "DET") || posIs(b, "ADV");
        }
        k = g;
        continue;
      }
      if (aux(k) || passiveParticiple(g, k) && g == k) {
        // "ce format est « le plus convenable »", "l'idée proposée par la Pologne « pourrait ... »": a copula or a
        // participle describing a noun reports nothing.
        return null;
      }
      for (int b = w; b < g; b++) {
        if (is(b, "que", "qu'", "selon") || is(b, "d'") && is(b + 1, "après")) {
          // "Selon l'ONU, les rapports font état de « »", "a ajouté que l'idée « »": the words belong to the
          // reported clause, whose speaker the other cues find.
          return null;
        }
      }
      boolean stand = reporting(k, false) || STANCE_VERBS.contains(lem[k]) || NAMING_VERBS.contains(lem[k])
          || DEMAND_VERBS.contains(lem[k]) || STAND_VERBS.contains(lem[k]);
      if (!stand || HOPE_VERBS.contains(lem[k])
          || hops > 0 && !reporting(k, false) && (!object || !STANCE_VERBS.contains(lem[k])
              && !STAND_VERBS.contains(lem[k]))) {
        // ("a refusé de prendre part à l'« union gazière »": what one refuses to do is one's stand, a label in a
        // complement of it is not one's words; "a proposé de créer une « mission de paix »" is.)
        return null;
      }
      Cue c = verbCue(k, w);
      NP who = c == null || c.subject().isEmpty() ? null : c.subject().get(0);
      if (who == null || !subjectCanSpeak(c) || who.to() - who.from() == 1 && plural(who)
          && subjectPronoun(who.from())) {
        // ("Aussi menacent-ils de porter plainte pour « non-assistance »": a group a pronoun stands for is too
        // loose an owner for words nobody says.)
        return null;
      }
      return new Cue(c.from(), c.to(), c.subject(), "stance");
    }
    return null;
  }

  /** Whether quote marks open right after verb v, with at most two articles or prepositions between. */
  private boolean marksRightAfter(int v) {
    for (int k = v + 1; k < n && k <= v + 3; k++) {
      if (isOpener(k)) {
        return true;
      }
      if (!posIs(k, "DET") && !posIs(k, "ADP")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "X, a lui cherché à ..., s'opposant à « ... »": for a participle whose group starts at token g, the subject
   * of the sentence's finite verb before it, when that subject comes before its verb; else null.
   */
  /** Whether np is the agent of a participle that reports words: "des propos rapportés samedi par [np]". */
  private boolean reporterOfWords(NP np) {
    int k = np.from() - 1;
    while (k > 0 && np.from() - k <= 4 && (posIs(k, "DET") || posIs(k, "NOUN") || posIs(k, "ADJ"))) {
      k--; // "par le journal français Le Monde"
    }
    if (!is(k, "par")) {
      return false;
    }
    k--;
    while (k > 0 && (TIME_WORDS.contains(low[k]) || MONTHS.contains(low[k]) || low[k].matches("\\d{1,4}(er)?"))) {
      k--;
    }
    return k > 0 && passiveParticiple(k, k) && (SPEECH_NOUNS.contains(lem[k - 1]) || SPEECH_NOUNS.contains(low[k - 1])
        || lex.isDocumentNoun(lem[k - 1]));
  }

  private List<NP> participleSubject(int g, int w) {
    for (int k = g - 1; k >= w; k--) {
      if (!quoted(k) && (posIs(k, "VERB") || posIs(k, "AUX")) && !participleAnt(k) && !infinitive(k)
          && !is(groupStart(k) - 1, "qui", "que", "qu'", "dont", "où")
          && !(posIs(k, "VERB") && !hasAux(groupStart(k), k) && (FIRST_GROUP_PARTICIPLE.matcher(low[k]).matches()
              || pastParticipleOnly(k) || is(k + 1, "par")))) {
        // ("la loi très contestée sur le travail, ..., annonçant": an adjectival participle is no finite verb; nor
        // is "le travail accompli par le G7, qualifiant".)
        int gk = groupStart(k);
        for (int x = Math.max(w, gk - 1); x <= k + 1 && x < n; x++) {
          if (inverted(x)) {
            // ("« ... » des forêts, a-t-il assuré, rappelant son objectif": the incise's subject.)
            return List.of(new NP(x, x + 1));
          }
        }
        List<NP> incise = inciseSubject(k, gk, g);
        if (incise != null) {
          return incise;
        }
        List<NP> main = subjectOf(aux(gk) ? mainVerbOf(gk, k) : k, w);
        if (main.isEmpty() && aux(gk)) {
          // ("a dit souhaiter un apaisement, appelant à": the infinitive after the verb has no subject of its own.)
          main = subjectOf(k, w);
        }
        if (!main.isEmpty() && is(main.get(0).from() - 1, "que", "qu'")) {
          // "Il a noté que l'OTAN avait invoqué ..., rappelant ainsi": a reported clause's verb; the one who
          // reports it is further back.
          k = main.get(0).from() - 1;
          continue;
        }
        if (!main.isEmpty() && main.get(0).to() <= gk && speakerLike(main.get(0)) && !inverted(main.get(0).from())) {
          return main;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * "..., a déclaré le juge Punya Udchachon, en précisant que": the subject after the reporting verb k (its group
   * starting at gk after a comma) when it is one person closed by a comma, before token hi; else null.
   */
  private List<NP> inciseSubject(int k, int gk, int hi) {
    if (!reporting(k, true) || !is(gk - 1, ",")) {
      return null;
    }
    Cue inv = inversionAt(gk, hi);
    if (inv == null) {
      return null;
    }
    NP first = inv.subject().get(0);
    boolean one = first.from() > k && personLike(first) && !plural(first);
    return one && is(inv.subject().get(inv.subject().size() - 1).to(), ",") ? inv.subject() : null;
  }

  /**
   * "Après avoir salué « l'immense courage » du peuple ukrainien, Emmanuel Macron a déclaré": a clause that opens
   * the sentence with a preposition (at token p) has the subject that follows its comma; else null.
   */
  private List<NP> subjectAfterFrontedClause(int p, int w) {
    int start = p;
    while (start > w && (is(start - 1, "après", "avant", "pour", "sans", "afin") || posIs(start - 1, "ADV"))) {
      start--;
    }
    if (start != w || !is(start, "après", "avant", "pour", "sans", "afin")) {
      return null;
    }
    return subjectAfterComma(p, w);
  }

  /** The subject of the main clause after the fronted clause that token p is in: the phrase after its comma. */
  private List<NP> subjectAfterComma(int p, int w) {
    int hi = windowEnd(p);
    for (int k = p + 1; k < hi; k++) {
      if (quoted(k) || !is(k, ",")) {
        continue;
      }
      List<NP> np = npRight(k + 1, hi);
      if (np.isEmpty()) {
        continue;
      }
      int after = np.get(np.size() - 1).to();
      if (speakerLike(np.get(0)) && (posIs(after, "VERB") || aux(after) || is(after, "ne", "n'", "se", "s'"))) {
        return np;
      }
    }
    return null;
  }

  /** "X a déclaré : « »", "Poutine : « »", "X a publié un communiqué : « »". */
  private Cue colonCue(int w, int colon) {
    for (Mention m : mentions) {
      int first = firstTokenAt(m.span().start());
      int last = lastTokenBefore(m.span().end());
      if (m.type() != EntityType.PER || first <= w || first < colon - 20 || last >= colon
          || !is(first - 1, "comme", "par", "selon")) {
        continue;
      }
      boolean others = last + 1 < colon
          && mentionsIn(span(last + 1, colon)).stream().anyMatch(o -> o.type() == EntityType.PER);
      if (!others && (last == colon - 1 || is(last + 1, ",") && colon - last <= 15 && !hasVerb(last + 2, colon))) {
        // "comme Florentin Moussavou, le troisième vice-président de l'Assemblée : « »", "relayée par Gérard
        // Larcher, le président du Sénat : « »": the name the colon closes on, in apposition or not.
        return new Cue(colon, colon + 1, List.of(new NP(first, last + 1)), "colon");
      }
    }
    if (is(w, "et") && w + 1 < colon) {
      // "Et le ministre saoudien de se rétracter : « ... »": a narrative infinitive with its subject.
      List<NP> np = npRight(w + 1, colon);
      int de = np.isEmpty() ? -1 : np.get(np.size() - 1).to();
      int inf = is(de + 1, "se", "s'") ? de + 2 : de + 1;
      if (de > 0 && is(de, "de", "d'") && inf < colon && infinitive(inf) && speakerLike(np.get(0))) {
        return new Cue(de, inf + 1, np, "verb");
      }
    }
    for (int k = w + 1; k + 2 < colon; k++) {
      if (is(k, "pour") && markOf[k] < 0) {
        // "L'occasion pour lui de lancer : « ... »", "une façon pour le ministre de rappeler :": the one the
        // infinitive of speech is for.
        boolean stressed = is(k + 1, "lui", "elle", "eux", "elles");
        List<NP> np = stressed ? List.of(new NP(k + 1, k + 2)) : npRight(k + 1, colon);
        int de = np.isEmpty() ? -1 : np.get(np.size() - 1).to();
        if (de > 0 && de + 2 == colon && is(de, "de", "d'") && infinitive(de + 1)
            && (lex.isInciseVerb(low[de + 1]) || lex.isVerb(low[de + 1])) && (stressed || speakerLike(np.get(0)))) {
          return new Cue(de, de + 2, np, "verb");
        }
      }
    }
    for (int k = Math.max(w, colon - 8); k + 1 < colon; k++) {
      if ("citer".equals(lem[k]) && markOf[k] < 0 && (participleAnt(k) || is(k, "citant"))) {
        // "Le journal a ajouté citant Faisal bin Farhan : « ... »": the words are the one cited's.
        List<NP> np = npRight(k + 1, colon);
        if (!np.isEmpty() && np.get(np.size() - 1).to() == colon && (personLike(np.get(0))
            || speakerLike(np.get(0)))) {
          return new Cue(k, k + 1, np, "verb");
        }
      }
    }
    for (int v = colon - 1; v >= w; v--) {
      if (markOf[v] >= 0) {
        continue;
      }
      if (reporting(v, true)) {
        Cue c = verbCue(v, w);
        if (c == null && v == w + 1 && is(w, "qui") && opensSentence(w)) {
          // "Qui détaille les infractions supposées : « ... »": a sentence going on from the one before.
          c = new Cue(v, v + 1, List.of(new NP(w, w + 1)), "verb");
        }
        if (c != null) {
          List<NP> voice = voiceOf(v + 1, colon);
          return voice == null ? c : new Cue(c.from(), c.to(), voice, c.kind());
        }
        // "« ... », confirme Arnaud Rousseau : « ... »": an incise whose subject the colon ends.
        Cue inv = inversionAt(groupStart(v), colon);
        if (inv != null && inv.subject().get(inv.subject().size() - 1).to() == colon) {
          return inv;
        }
      }
    }
    // "Ce n'est pas l'avis de Fottorino : « ... »": the person whose opinion or words the colon announces.
    for (Mention m : mentions) {
      int first = firstTokenAt(m.span().start());
      int last = lastTokenBefore(m.span().end());
      if (m.type() == EntityType.PER && first - 2 >= w && last < colon && deLink(first - 1)
          && OPINION_NOUNS.contains(low[first - 2]) && (last == colon - 1 || is(last + 1, ",")
              && !hasVerb(last + 1, colon))) {
        // (An apposition may follow the name: "l'analyse de Gabriel Ruyiri, le président-fondateur de Olucome :".)
        return new Cue(colon, colon + 1, List.of(new NP(first, last + 1)), "colon");
      }
    }
    // No reporting verb: the subject of the main verb nearest the colon, when it can speak ("le Mouvement
    // républicain a proposé de signer une déclaration : « ... »").
    boolean verb = false;
    for (int v = colon - 1; v >= w; v--) {
      int dashes = 0;
      for (int d = w; d < v; d++) {
        dashes += isDashToken(d) ? 1 : 0;
      }
      if (dashes % 2 == 1) {
        // ("Jean-Luc Moudenc est revenu sur la démission de François Piquemal – l'élu a décidé de ... – au
        // moment de donner la parole à Maxime Le Texier : « »": an aside between dashes is not the main clause.)
        continue;
      }
      if (markOf[v] >= 0 || !(posIs(v, "VERB") || posIs(v, "AUX")) || participleAnt(v) || infinitive(v)
          || posIs(v - 1, "NOUN") && pastParticipleOnly(v)) {
        // ("une déclaration enregistrée :": a participle after its noun describes it.)
        continue;
      }
      verb = true;
      int g = groupStart(v);
      if (is(g - 1, "qui") && g - 2 > w) {
        // "C'est Maradona qui a fait le premier pas vers la réconciliation : « ... »": the one the cleft puts
        // forward.
        NP np = npLeft(g - 2, w);
        if (np != null && np.from() - 1 >= w && is(np.from() - 1, "est") && is(np.from() - 2, "c'", "ce")
            && namesPerson(np)) {
          return new Cue(colon, colon + 1, List.of(np), "colon");
        }
      }
      if (is(g - 1, "qui", "que", "qu'", "dont", "où")) {
        continue;
      }
      List<NP> subject = subjectOf(v, w);
      int f = subject.isEmpty() ? -1 : subject.get(0).from();
      if (f > w && is(f - 1, "si", "s'") && !reporting(v, true)) {
        // ("a proposé des « avantages » s'ils signaient la paix : « ... »": a condition's subject is not the one
        // who speaks; the main clause's is.)
        continue;
      }
      boolean clauseInitial = f == w || f > 0 && (is(f - 1, ",", ";", "et") || posIs(f - 1, "PUNCT"));
      if (!subject.isEmpty() && (speakerLike(subject.get(0)) || subjectPronoun(f)
          || clauseInitial && posIs(f, "DET") && posIs(head(subject.get(0)), "NOUN")
          && !lex.isNonSpeaker(lem[head(subject.get(0))]))) {
        List<NP> voice = voiceOf(v + 1, colon);
        return new Cue(colon, colon + 1, voice != null ? voice : subject, "colon");
      }
      return null;
    }
    if (verb) {
      return null;
    }
    NP np = npLeft(colon - 1, w);
    if (np != null && np.from() <= w + 1 && speakerLike(np)) {
      return new Cue(colon, colon + 1, List.of(np), "colon");
    }
    for (int c = w + 1; c < colon - 1 && c - w <= 8; c++) {
      if (is(c, ",", ":")) {
        // "Ursula von der Leyen, présidente de la Commission européenne : « ... »": a name and its apposition
        // open the line ("Josep Borrell : haut représentant de l'UE aux Affaires étrangères : « ... »").
        for (Mention m : mentionsIn(span(w, c))) {
          int first = firstTokenAt(m.span().start());
          if (m.type() == EntityType.PER && first <= w + 1 && lastTokenBefore(m.span().end()) == c - 1
              && !hasVerb(c, colon)) {
            return new Cue(colon, colon + 1, List.of(new NP(first, c)), "colon");
          }
        }
        break;
      }
    }
    return null;
  }

  /**
   * "... afin de « revoir les objectifs ». C'est ce qu'a annoncé le président de la Région Auguste Rollandin": a
   * cleft that opens the next sentence and refers back to the quote's, with its reporting verb and subject.
   */
  private Cue cleftAfter(int c0) {
    int k = c0 + 1;
    while (k < n && posIs(k, "PUNCT") && !sentenceEnd(k) && !is(k, ":")) {
      k++;
    }
    if (k < n && is(c0 - 1, ".", "!", "?", "…") && !posIs(k, "PUNCT")) {
      k--; // the quote's own end stop ends the sentence: "« Nous ne céderons rien. » Ce sont les propos de X."
    } else if (k >= n || !sentenceEnd(k) && !is(k, ":")) {
      return null;
    }
    k++;
    // "C'est ce qu'a annoncé X", "« ... » : c'est en ces termes que X s'est adressé", "c'est ainsi que X".
    int que = -1;
    if (is(k, "c'") && is(k + 1, "est")) {
      if (is(k + 2, "ce", "ainsi") && is(k + 3, "que", "qu'")) {
        que = k + 3;
      } else if (is(k + 2, "en") && is(k + 3, "ces") && is(k + 4, "termes", "mots") && is(k + 5, "que", "qu'")) {
        que = k + 5;
      }
    }
    if (que < 0 && is(k, "tels", "telles", "tel", "telle", "ce", "voilà", "voici")
        && is(k + 1, "sont", "étaient", "furent", "est", "était", "les", "la", "le")) {
      // "Tels sont les mots prononcés par l'ancien ministre de l'Économie", "Ce sont les propos de X".
      int m = k + 2;
      if (is(m, "les", "la", "le", "l'", "ces")) {
        m++;
      }
      if (SPEECH_NOUNS.contains(low[m]) || is(m, "mots", "propos", "paroles")) {
        m++;
        if (posIs(m, "VERB") || posIs(m, "ADJ")) {
          m++; // "prononcés", "tenus"
        }
        // (Not "les propos du président ukrainien": the role without its article is not read as one.)
        if (is(m, "par", "de", "d'")) {
          int from = m + 1;
          List<NP> np = npRight(from, windowEnd(from));
          if (!np.isEmpty() && speakerLike(np.get(0))) {
            return new Cue(k, from, np, "verb");
          }
        }
      }
      return null;
    }
    if (que < 0) {
      return null;
    }
    int hi = windowEnd(que + 1);
    Cue inverted = inversionAt(que + 1, hi);
    if (inverted != null) {
      return inverted;
    }
    // "C'est ce que le ministre a déclaré": a subject before its verb.
    for (int v = que + 1; v < hi && v <= que + 11; v++) {
      if (reporting(v, false) || lem[v].equals("adresser") && que > k + 3) {
        if (isOpener(v + 1) || isOpener(v + 2)) {
          return null; // "C'est ce que Joe Biden a appelé « son carnage »": the cleft's own words
        }
        Cue cue = verbCue(v, k + 4);
        return cue == null || cue.subject().isEmpty() ? null : cue;
      }
    }
    return null;
  }

  /** A past participle of a verb in -er ("déclaré", "contestées"): never a finite form, unlike "dit" or "devrait". */
  private static final Pattern FIRST_GROUP_PARTICIPLE = Pattern.compile(".*(é|ée|és|ées)");
  private static final Pattern PAST_PARTICIPLE = Pattern.compile(
      ".+(é|ée|és|ées|it|ite|its|ites|u|ue|us|ues|is|ise|ises)");
  /** Verbs whose passive gives the words in marks before it to its agent, besides the reporting verbs. */
  private static final Set<String> SPOKEN = Set.of("prononcer", "tenir", "formuler", "employer", "utiliser",
      "publier", "diffuser", "adresser", "signer", "scander", "chanter", "lire");

  /** The last document named in the paragraph before token k ("Dans un communiqué de l'aéroport X, ..."), or null. */
  private NP documentBefore(int k) {
    for (int i = k - 1; i > 0 && !blankLineBefore(i + 1); i--) {
      if (markOf[i] < 0 && posIs(i, "NOUN") && lex.isDocumentNoun(lem[i]) && posIs(i - 1, "DET")) {
        List<NP> np = npRight(i - 1, windowEnd(i));
        return np.isEmpty() ? null : np.get(0);
      }
    }
    return null;
  }

  /** What attributes a quote after it: "», a déclaré X", "», selon X", "» – X", or an incise later on. */
  private Cue postCue(int c0, boolean sentenceInitial) {
    int hi = windowEnd(c0);
    int k = c0 + 1;
    boolean dash = false;
    int skipped = 0;
    while (k < hi && skipped < 3 && (is(k, ",", ";") || isDashToken(k))) {
      dash |= isDashToken(k);
      k++;
      skipped++;
    }
    if (k < hi && newlineBefore(k)) {
      return null;
    }
    Cue inv = inversionAt(k, hi);
    if (inv == null && skipped > 0 && !dash && isCloser(c0)) {
      inv = unlistedIncise(k, hi);
    }
    if (inv == null && skipped > 0 && is(k, "comme") && (is(k + 1, "le", "l'") && !posIs(k + 1, "DET")
        || aux(k + 1))) {
      // "« l'incarnation de l'ennui en politique », comme l'a écrit le Spiegel": a source the sentence ends on.
      Cue as = inversionAt(is(k + 1, "le", "l'") ? k + 2 : k + 1, hi);
      boolean reported = false;
      int o0 = markOf[c0] >= 0 ? openTok[markOf[c0]] : c0;
      for (int t = windowStart(c0); t < o0 && !reported; t++) {
        // (Not words in marks inside someone's reported clause: "Joe Biden a déclaré qu'il déplacerait des
        // troupes « à court terme », comme l'a averti son secrétaire à la Défense".)
        reported = reporting(t, false) && !quoted(t);
      }
      if (as != null && !reported && !inverted(as.subject().get(0).from())) {
        return new Cue(k, as.to(), as.subject(), as.kind());
      }
    }
    if (inv != null && skipped == 0) {
      // Without a comma, "« État islamique » a revendiqué les attaques" is a sentence, not an incise: only an
      // inverted pronoun or a speaker after the verb makes it one, and only after a quote that opens its
      // sentence.
      NP subj = inv.subject().get(0);
      boolean pronounSubject = inverted(subj.from());
      int after = inv.subject().get(inv.subject().size() - 1).to();
      // (An apposition may close it: "» a déclaré Jean-Claude Juncker, président de la Commission européenne.")
      boolean endsSentence = after >= hi || sentenceEnd(after) || is(after, ",") && !hasVerb(after, hi);
      boolean personHead = false;
      for (Mention m : mentions) {
        personHead |= m.type() == EntityType.PER && m.span().overlaps(span(head(subj), head(subj) + 1));
      }
      if (!pronounSubject && (!sentenceInitial && !(endsSentence && personHead) || !speakerLike(subj))) {
        inv = null;
      }
    }
    if (inv != null) {
      return inv;
    }
    Cue sel = selonAt(k, hi);
    if (sel != null) {
      return sel;
    }
    boolean readsOn = is(k, "lit", "lisait", "lira") && k + 1 < hi && low[k + 1].matches("-(t-)?on");
    if (readsOn || is(k, "peut") && k + 2 < hi && low[k + 1].matches("-(t-)?on")) {
      // "« ... » peut-on lire dans le communiqué de la Maison Blanche", "peut-on y lire", "lit-on dans le
      // texte": the document speaks for its author; "y" is the one the paragraph named before the quote.
      int m = readsOn ? k + 1 : k + 2;
      boolean there = is(m + (readsOn ? 1 : 0), "y");
      if (there) {
        m++;
      }
      if (readsOn || is(m, "lire")) {
        if (is(m + 1, "dans", "sur")) {
          List<NP> np = npRight(m + 2, hi);
          if (!np.isEmpty() && lex.isDocumentNoun(lem[head(np.get(0))])) {
            return new Cue(k, m + 1, np, "incise");
          }
        }
        NP doc = there ? documentBefore(c0) : null;
        if (doc != null) {
          return new Cue(k, m + 1, List.of(doc), "incise");
        }
      }
    }
    if (posIs(k, "VERB") && is(k + 1, "par") && PAST_PARTICIPLE.matcher(low[k]).matches()
        && (reporting(k, true) || SPOKEN.contains(lem[k]))) {
      // "la réplique « C'est pas de votre faute ! » lancée par le député", "des propos « ... » tenus par X".
      List<NP> agent = npRight(k + 2, hi);
      if (!agent.isEmpty() && speakerLike(agent.get(0))) {
        return new Cue(k, k + 2, agent, "verb");
      }
    }
    Cue english = englishIncise(k, hi);
    if (english != null && (skipped > 0 || text.substring(s[c0 - 1], e[c0]).matches("(?s).*,\\s*\\S+$")
        || is(c0 - 1, ","))) {
      return english;
    }
    if (dash) {
      List<NP> np = npRight(k, hi);
      if (!np.isEmpty() && speakerLike(np.get(0))) {
        return new Cue(k - 1, k, np, "dash");
      }
    }
    if (sentenceInitial && skipped == 0 && is(k, ":") && (c0 - 1 < 0 || !is(c0 - 1, ":"))) {
      // A headline: "« Nous ne céderons à aucune pression » : le président sénégalais Macky Sall défend ...",
      // the one who speaks after the colon, as subject of the sentence.
      List<NP> np = npRight(k + 1, hi);
      int after = np.isEmpty() ? -1 : np.get(np.size() - 1).to();
      if (!np.isEmpty() && (namesPerson(np.get(0)) || namesOrganization(np.get(0)))
          && after < hi && (posIs(after, "VERB") || posIs(after, "AUX") || is(after, ","))) {
        return new Cue(k, k + 1, np, "colon");
      }
    }
    if (sentenceInitial && skipped == 1 && is(c0 + 1, ",")) {
      // A headline's order: "« Nous sommes ensemble ! », Macron félicite Lula": a name, then its reporting verb.
      List<NP> np = npRight(k, hi);
      int after = np.isEmpty() ? -1 : np.get(np.size() - 1).to();
      int v = after >= 0 && aux(after) ? after + 1 : after;
      if (!np.isEmpty() && (namesPerson(np.get(0)) || namesOrganization(np.get(0))) && v >= 0 && v < hi
          && reporting(v, true) && !inverted(v + 1)) {
        return new Cue(after, v + 1, np, "verb");
      }
    }
    return sentenceInitial ? laterIncise(k, hi) : null;
  }

  /**
   * An incise whose verb the lexicon does not list, right after words in marks and a comma, with an inverted
   * pronoun, a person's name or a definite phrase naming a person for subject: "« ... », salive Estanguet", "« ...
   * », s'esclaffe-t-il", "« ... », introduit le coach des Diables". The place
   * makes it an incise, whatever the verb: journalists vary them on purpose.
   */
  private Cue unlistedIncise(int k, int hi) {
    int j = is(k, "se", "s'") ? k + 1 : k;
    boolean compound = aux(j);
    int pron = -1;
    if (compound) {
      j++;
      if (inverted(j)) {
        pron = j++; // "a-t-il salivé"
      }
    }
    // (The tagger may read a rare verb as a noun or an adjective: "salive"; the inverted pronoun or the name
    // after it decide. Not an office: "« ... », président Macron".)
    boolean verb = posIs(j, "VERB") || (posIs(j, "NOUN") || posIs(j, "ADJ")) && !startsUpper(j) && !personNoun(j)
        && !posIs(j - 1, "DET");
    if (j >= hi || !verb || infinitive(j) || participleAnt(j)
        || compound && !PAST_PARTICIPLE.matcher(low[j]).matches()
        // (A bare participle describes the words in marks, a title: "“Alazar”, signé Bela Hailu Lemma".)
        || !compound && pastParticipleOnly(j)) {
      return null;
    }
    if (pron < 0 && inverted(j + 1)) {
      pron = j + 1;
    }
    if (pron >= 0 && !low[pron].endsWith("on")) {
      // (Not "peut-on lire": "on" is nobody, and other rules know where to read.)
      return new Cue(k, Math.max(pron, j) + 1, List.of(new NP(pron, pron + 1)), "incise");
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && firstTokenAt(m.span().start()) == j + 1) {
        int after = lastTokenBefore(m.span().end()) + 1;
        return after >= hi || posIs(after, "PUNCT") && !is(after, "-")
            ? new Cue(k, j + 1, List.of(new NP(j + 1, after)), "incise") : null;
      }
    }
    // "« ... », introduit le coach des Diables.": a definite phrase naming a person, that ends the clause.
    List<NP> subject = is(j + 1, "le", "la", "l'") ? npRight(j + 1, hi) : List.of();
    int after = subject.isEmpty() ? -1 : subject.get(subject.size() - 1).to();
    return !subject.isEmpty() && personNoun(head(subject.get(0))) && (after >= hi || posIs(after, "PUNCT")
        && !is(after, "-")) ? new Cue(k, j + 1, subject, "incise") : null;
  }

  /** An incise or a source after a comma later in the sentence, from token k on, before any other words in marks. */
  private Cue laterIncise(int k, int hi) {
    for (int j = k + 1; j < hi; j++) {
      if (isOpener(j)) {
        break;
      }
      if (is(j - 1, ",") && markOf[j] < 0) {
        // ("« Un coup magistral », en termes de communication, selon Louise Tourret": a source after an aside.)
        Cue later = is(j, "selon") ? selonAt(j, hi) : inversionAt(j, hi);
        if (later != null) {
          return later;
        }
      }
    }
    return null;
  }

  /**
   * Whether words in marks open the sentence at w and only words without a verb join them to the opening mark at
   * o ("« ... » et jusqu'en « ... »").
   */
  private boolean quoteLed(int w, int o) {
    if (!isOpener(w) || closeTok[markOf[w]] < 0 || closeTok[markOf[w]] >= o) {
      return false;
    }
    for (int t = closeTok[markOf[w]] + 1; t < o; t++) {
      // (The tagger may read "jusqu'en" as a verb.)
      boolean verb = (posIs(t, "VERB") || posIs(t, "AUX")) && !low[t].startsWith("jusqu");
      if (markOf[t] < 0 && (verb || subjectPronoun(t) || is(t, ":", ";"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence before the opening mark at o, from w, is only an adverbial opener and its comma
   * ("Entre-temps, « ... »", "Dans la soirée, « ... »"): no verb, no name, no pronoun.
   */
  private boolean openerOnly(int w, int o) {
    if (o - w < 2 || o - w > 6 || !is(o - 1, ",")) {
      return false;
    }
    for (int t = w; t < o - 1; t++) {
      if (posIs(t, "VERB") || posIs(t, "AUX") || posIs(t, "PRON") || posIs(t, "PROPN") || markOf[t] >= 0
          || is(t, ",", ":", "selon", "pour", "d'après")) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Indirect quotes

  private List<Cand> indirectQuotes(List<Cand> direct) {
    List<Cand> out = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (quoted(v) || !reporting(v, false)) {
        continue;
      }
      Cand c = queClause(v, direct);
      if (c == null) {
        c = infinitiveClause(v, direct);
      }
      if (c != null) {
        out.add(c);
      }
    }
    for (int k = 1; k < n; k++) {
      if (quoted(k) || !is(k - 1, ",")) {
        continue;
      }
      Cand c = inciseClause(k, direct, out);
      if (c != null) {
        out.add(c);
      }
    }
    for (int k = 0; k < n; k++) {
      if (quoted(k)) {
        continue;
      }
      Cand c = selonClause(k, direct, out);
      if (c == null) {
        c = selonLequelClause(k, direct);
      }
      if (c != null) {
        out.add(c);
      }
    }
    dropNested(out);
    return out;
  }

  private Cand queClause(int v, List<Cand> direct) {
    int w = windowStart(v);
    int hi = windowEnd(v);
    int q = -1;
    if (is(v + 1, ",")) {
      // "Il a ajouté, dans des communiqués diffusés par la chaîne Russia Today, mercredi, que ...": an aside
      // between commas, whatever its verbs, then the clause.
      for (int k = v + 2; k + 1 < hi && k - v <= 25 && !sentenceEnd(k) && markOf[k] < 0 && !is(k, ":", ";"); k++) {
        if (is(k, ",") && is(k + 1, "que", "qu'")) {
          q = k + 1;
          break;
        }
      }
    }
    for (int k = faireSavoir(v) ? v + 2 : v + 1; k < hi && k - v <= 30 && q < 0; k++) {
      // ("rappelant ainsi qu'une attaque ...": "ainsi" right after the verb is its adverb; after a noun, ", ainsi que
      // des évaluations" adds to it.)
      if (is(k, "que", "qu'") && CONJUNCTIONS_BEFORE_QUE.contains(low[k - 1])
          && !(is(k - 1, "ainsi") && k - 1 == v + 1)) {
        // "expliquant ainsi une fracture, tandis que ...": a conjunction, not the verb's complement.
        return null;
      }
      if (is(k, "que", "qu'")) {
        q = k;
        break;
      }
      if (k == v + 1 && STANCE_WORDS.contains(low[k])) {
        continue; // "s'est dit convaincu que"
      }
      String p = pos[k];
      if (p.equals("VERB") || p.equals("AUX") || p.equals("SCONJ") || markOf[k] >= 0 || is(k, ":", ";", "(")
          && !is(k, "(") || sentenceEnd(k)) {
        return null;
      }
    }
    if (q < 0 || directObjectBefore(v, q)) {
      return null;
    }
    int g = groupStart(v);
    if (negated(g, v) || passive(g, v)) {
      return null;
    }
    if (infinitive(g) && is(g - 1, "de", "d'", "à")) {
      for (int k = g - 2; k >= w && k >= g - 8; k--) {
        if (posIs(k, "VERB") || posIs(k, "AUX")) {
          if (DIRECTIVES.contains(lem[k]) || posIs(k, "AUX") && lem[k].equals("être")) {
            // "a demandé aux élus de reconnaître que": theirs to say, not the minister's; "Il est important de
            // rappeler que": nobody's.
            return null;
          }
          break;
        }
      }
    }
    List<NP> subject = subjectOf(v, w);
    List<NP> voice = voiceOf(v + 1, q);
    if (voice != null) {
      subject = voice;
    }
    boolean participle = false;
    boolean adverbsOnly = q > v;
    for (int k = v + 1; k < q; k++) {
      adverbsOnly &= posIs(k, "ADV") && !is(k, "ne", "n'", "pas");
    }
    if (subject.isEmpty() && participleAnt(v) && adverbsOnly) {
      // "..., affirmant qu'il avait pu observer « ... »", "promettant aussi que": the sentence's subject, or the
      // one who spoke before it in the sentence.
      List<NP> main = participleSubject(g, w);
      if (main == null && onlyPunctuation(w, g)) {
        // "Assurant que l'objectif est de parvenir à « un équilibre », Kim Jong-un a estimé": a participle that
        // opens the sentence has the subject after its clause, and its clause ends at that comma.
        main = subjectAfterComma(v, w);
        if (main != null) {
          hi = main.get(0).from() - 1;
        }
      }
      if (main != null) {
        subject = main;
      } else {
        participle = true;
      }
    }
    if (subject.isEmpty() && infinitive(g) && (is(g - 1, "pour", "sans") || is(g - 1, "de", "d'", "à")
        && (is(g - 2, "avant") || SPEECH_MODALS.contains(lem[g - 2]) || HASTE.contains(lem[g - 2])))) {
      // "a souri avant de préciser que", "Il a tenu à préciser que", "n'a pas tardé à rappeler que": the
      // subject of the verb the infinitive depends on.
      List<NP> main = participleSubject(g - 1, w);
      if (main != null && !(main.size() == 1 && main.get(0).to() - main.get(0).from() == 1
          && impersonal(main.get(0).from()))) {
        subject = main;
      }
    }
    if (subject.isEmpty() && !participle) {
      subject = npRight(v + 1, q);
      if (subject.isEmpty() || !inverted(subject.get(0).from()) && !posIs(g - 1, "SCONJ") && !is(g - 1, "l'", "comme")) {
        return null;
      }
    }
    if (!subject.isEmpty() && is(head(subject.get(0)), "on")) {
      return null;
    }
    int from = q + 1;
    while (from < hi && is(from, ",")) {
      from++;
    }
    Cue lead = selonAt(from, hi);
    if (lead != null && isOpener(lead.subject().get(lead.subject().size() - 1).to())) {
      // "a rappelé que selon lui « ... »": the words in marks are the quote.
      from = lead.subject().get(lead.subject().size() - 1).to();
    }
    if (isOpener(from)) {
      // "a précisé que « ... » et qu'il importait peu ...": the words in marks are a quote of their own; the
      // reported clause is the one after them.
      int k = from + 1;
      while (k < hi && !isCloser(k)) {
        k++;
      }
      if (k + 2 < hi && is(k + 1, "et", ",") && is(k + 2, "que", "qu'")) {
        from = k + 3;
      } else if (k + 3 < hi && is(k + 1, ",") && is(k + 2, "et") && is(k + 3, "que", "qu'")) {
        from = k + 4;
      }
    }
    int to = clauseEnd(from, hi);
    if (to <= from) {
      return null;
    }
    for (int k = from + 3; k + 2 < to; k++) {
      if (is(k, "et") && is(k + 1, "que", "qu'") && markOf[k] < 0 && !is(k - 1, "ainsi", "alors", "tandis")) {
        // "indique qu'il ne voit « aucune raison ... » et que le groupe prévoit toujours des attaques": when the
        // words in marks carry the first clause, the second is a quote of its own; else the two are one
        // reported clause, as readers mark them.
        if (reportedClause(g, v, subject, participle, from, k, direct) == null) {
          return reportedClause(g, v, subject, participle, k + 2, to, direct);
        }
        break;
      }
    }
    return reportedClause(g, v, subject, participle, from, to, direct);
  }

  /** The reported clause [from, to) of verb v, or null when a quote in marks carries it or it is too short. */
  private Cand reportedClause(int g, int v, List<NP> subject, boolean participle, int from, int to,
      List<Cand> direct) {
    Span clause = span(from, to);
    // A quote in marks that the clause mostly is: the direct quote carries it.
    int covered = 0;
    for (Cand d : direct) {
      for (Span p : d.pieces) {
        covered += p.shared(clause);
      }
    }
    if (covered * 2 >= clause.length()) {
      // "Il a souligné que les États-Unis se sont « engagés ... »": the verb is the cue of the quote in marks.
      int g0 = Math.min(g, v);
      for (Cand d : direct) {
        if (d.cue == null && d.pieces.get(0).overlaps(clause)) {
          d.cue = new Cue(g0, v + 1, subject, participle ? "participle" : "verb");
          d.sameAsPrevious = participle;
          d.confidence = 0.9;
        }
      }
      return null;
    }
    // A quote with its own attribution after it ends the clause before it.
    for (Cand d : direct) {
      if (d.cue != null && clause.contains(d.pieces.get(0)) && d.cue.from() > d.mark && s[d.cue.from()] > d.start()) {
        int o = openTok[d.mark];
        int cut = o;
        for (int k = o - 1; k > from; k--) {
          if (is(k, ",")) {
            cut = k;
            break;
          }
        }
        to = Math.min(to, cut);
      }
    }
    while (to > from && (posIs(to - 1, "PUNCT") && !isCloser(to - 1) || is(to - 1, "et", "mais"))) {
      to--;
    }
    if (to <= from || to - from < 3) {
      return null;
    }
    Cand c = new Cand();
    c.direct = false;
    c.pieces.add(span(from, withBrackets(from, to)));
    int cueEnd = faireSavoir(v) && is(v + 1, "savoir", "valoir", "entendre") ? v + 2 : v + 1;
    c.cue = new Cue(Math.min(g, v), cueEnd, subject, participle ? "participle" : "verb");
    c.sameAsPrevious = participle;
    c.confidence = 0.8;
    Span kept = c.pieces.get(0);
    for (Cand d : direct) {
      boolean ours = d.cue != null && d.cue.from() >= Math.min(g, v) && d.cue.to() <= from;
      if ((d.cue == null || ours) && kept.contains(d.pieces.get(0))) {
        // "a indiqué que ses auteurs seront « traqués »": the fragment is the speaker's own words.
        d.cue = c.cue;
        d.confidence = 0.85;
        c.absorbed.add(d);
      }
    }
    return c;
  }

  /** Verbs whose object is the person told, before the "que" clause: "a assuré les familles que". */
  private static final Set<String> TELL_VERBS = Set.of("assurer", "prévenir", "informer", "avertir", "persuader",
      "convaincre", "rassurer", "alerter");
  /** Nouns of time that follow a verb without being its object: "a rappelé la semaine dernière que". */
  private static final Set<String> TIME_NOUNS = Set.of("semaine", "mois", "année", "an", "jour", "journée", "soir",
      "soirée", "matin", "matinée", "nuit", "week-end", "veille", "lendemain", "fois", "heure", "après-midi");

  /**
   * Whether verb v has a direct object before the "que" at token q, which then is a relative or a noun's
   * complement, not the verb's clause: "a condamné ces violences dans un message qu'il a posté", "a dénoncé le
   * fait que".
   */
  private boolean directObjectBefore(int v, int q) {
    if (TELL_VERBS.contains(lem[v])) {
      return false;
    }
    int k = v + 1;
    while (k < q && posIs(k, "ADV")) {
      k++;
    }
    if (k >= q - 1 || !posIs(k, "DET") || markOf[k] >= 0) {
      return false;
    }
    int h = k + 1;
    while (h < q && posIs(h, "ADJ")) {
      h++;
    }
    // ("a reconnu ce mercredi que": a day, not an object.)
    return h < q && posIs(h, "NOUN") && !TIME_NOUNS.contains(lem[h]) && !TIME_NOUNS.contains(low[h])
        && !TIME_WORDS.contains(low[h]);
  }

  /** Words that make "que" a conjunction ("tandis que", "alors que", "bien que"). */
  private static final Set<String> CONJUNCTIONS_BEFORE_QUE = Set.of("tandis", "alors", "bien", "parce", "avant",
      "après", "pour", "afin", "sans", "dès", "lors", "pendant", "tant", "sitôt", "malgré", "ainsi");

  /** Verbs whose infinitive complement is what the subject says: "a affirmé avoir vu", "dit assumer son bilan". */
  private static final Set<String> INFINITIVE_SPEECH = Set.of("déclarer", "affirmer", "dire", "assurer", "annoncer",
      "estimer", "reconnaître", "nier", "démentir", "expliquer", "indiquer", "raconter", "confier", "admettre",
      "prétendre", "avouer", "jurer", "certifier", "soutenir", "réaffirmer", "préciser");

  /**
   * "Hassan Rohani a annoncé se rendre en Italie", "Il dit pourtant assumer pleinement son bilan", "a déclaré à
   * l'AFP avoir vu ...": a reporting verb whose complement is an infinitive said by its subject.
   */
  private Cand infinitiveClause(int v, List<Cand> direct) {
    if (!INFINITIVE_SPEECH.contains(lem[v]) && guessLemmas(low[v]).stream().noneMatch(INFINITIVE_SPEECH::contains)) {
      return null;
    }
    int w = windowStart(v);
    int hi = windowEnd(v);
    int k = v + 1;
    while (k < hi && k - v <= 3 && (posIs(k, "ADV") || TIME_WORDS.contains(low[k])) && !is(k, "ne", "n'")) {
      k++; // "dit pourtant assumer", "a affirmé samedi être proche de"
    }
    if (is(k, "à", "au", "aux")) {
      // "a déclaré à l'AFP avoir vu": the addressee, up to a short noun phrase.
      int j = k + 1;
      while (j < hi && j - k <= 5 && (posIs(j, "DET") || posIs(j, "NOUN") || posIs(j, "PROPN") || posIs(j, "ADJ")
          || is(j, "de", "du", "des", "d'"))) {
        j++;
      }
      k = j;
    }
    int from = k;
    if (is(k, "ne", "n'")) {
      k++;
      if (is(k, "pas", "jamais", "plus", "rien")) {
        k++;
      }
    }
    for (int c = 0; c < 2 && is(k, "se", "s'", "le", "la", "l'", "les", "lui", "leur", "y", "en", "me", "m'",
        "te", "t'", "nous", "vous"); c++) {
      k++; // "indiquant les avoir arrêtées", "affirme lui en avoir parlé"
    }
    if (k >= hi || markOf[k] >= 0 || !(posIs(k, "VERB") || posIs(k, "AUX")) || !infinitive(k)) {
      return null;
    }
    int g = groupStart(v);
    if (negated(g, v) || passive(g, v) || infinitive(v)) {
      return null;
    }
    List<NP> subject = subjectOf(v, w);
    if (subject.isEmpty() && participleAnt(v)) {
      // "..., tout en expliquant être favorable à la république": the sentence's subject.
      List<NP> main = participleSubject(g, w);
      subject = main == null ? List.of() : main;
    }
    if (subject.isEmpty()) {
      return null;
    }
    int to = clauseEnd(from, hi);
    while (to > from && (posIs(to - 1, "PUNCT") && !isCloser(to - 1) || is(to - 1, "et", "mais"))) {
      to--;
    }
    if (to - from < 3) {
      return null;
    }
    Cand c = new Cand();
    c.direct = false;
    c.pieces.add(span(from, withBrackets(from, to)));
    c.cue = new Cue(Math.min(g, v), v + 1, subject, "verb");
    c.confidence = 0.75;
    // "a affirmé avoir été « trompé »": the words in marks are the speaker's.
    absorbFragments(c, direct);
    return c;
  }

  /** Words in marks without a cue inside reported clause c are its speaker's: they take its cue. */
  private static void absorbFragments(Cand c, List<Cand> direct) {
    Span kept = c.pieces.get(0);
    for (Cand d : direct) {
      if (d.cue == null && kept.contains(d.pieces.get(0))) {
        d.cue = c.cue;
        d.confidence = 0.85;
        c.absorbed.add(d);
      }
    }
  }

  /** The end (exclusive) of a reported clause starting at token from. */
  private int clauseEnd(int from, int hi) {
    // Whether the reporting verb stands in a relative clause ("Paul Morin, qui estimait que ..."): the main clause
    // takes over after a comma.
    int q = from - 1;
    while (q > 0 && is(q, ",")) {
      q--;
    }
    boolean relative = is(q, "que", "qu'") && q > 1 && is(groupStart(q - 1) - 1, "qui");
    for (int k = from; k < hi; k++) {
      if (markOf[k] >= 0) {
        continue;
      }
      if (is(k, ";") || is(k, "(") && k > from && (isCloser(k - 1) || sentenceEnd(k - 1))
          || is(k, ":") && k + 1 < n && isOpener(k + 1)) {
        // (An editor's parenthesis after the quoted words is not reported.)
        return k;
      }
      if (is(k, ",") && (selonAt(k + 1, hi) != null || inversionAt(k + 1, hi) != null)) {
        return k;
      }
      if (is(k, ",") && k > from && relative && (aux(k + 1) || posIs(k + 1, "VERB") && !participleAnt(k + 1)
          && !infinitive(k + 1) && !PAST_PARTICIPLE.matcher(low[k + 1]).matches() || posIs(k + 1, "DET")
          || posIs(k + 1, "PROPN") || subjectPronoun(k + 1))) {
        // "Paul Morin, qui estimait que la loi était inutile, est parti", "Face aux critiques de Paul Morin qui
        // estimait que la loi était inutile, la ministre a répondu": the main clause goes on.
        return k;
      }
      if (is(k, ",") && is(k + 1, "sans") && infinitive(k + 2)) {
        // "a déclaré que les prix baisseraient, sans préciser quand": the writer's remark on the speaker.
        return k;
      }
      if (is(k, ",") && (is(k + 1, "en") && participleAnt(k + 2)
          || is(k + 1, "tout") && is(k + 2, "en") && participleAnt(k + 3))) {
        // ", tout en expliquant ...": a gerund goes back to the speaker's own predicate.
        return k;
      }
      if (is(k, ",") && is(k + 1, "comme") && (is(k + 2, "l'", "le") && (aux(k + 3) || reporting(k + 3, true))
          || reporting(k + 2, true))) {
        // ", comme l'a averti son secrétaire à la Défense": an aside about someone else's words.
        return k;
      }
      if (k > from && is(k, "et", "mais") && (aux(k + 1) && (reporting(k + 2, false) || posIs(k + 2, "ADV")
          && reporting(k + 3, false)))) {
        // "Il a estimé que les sanctions ne suffisaient pas et a demandé la fermeture de l'espace aérien": a
        // reporting verb after "et" goes back to the speaker.
        return k;
      }
    }
    return hi;
  }

  /**
   * "les propos de Vladimir Poutine selon lesquels la signature ... est inutile", "M. Witkoff, selon lequel Moscou
   * « veut que tout cela se termine »": a relative "selon lequel" reports what its antecedent said, or what the
   * author of the words it names said.
   */
  private Cand selonLequelClause(int k, List<Cand> direct) {
    if (!is(k, "selon") || !is(k + 1, "lequel", "laquelle", "lesquels", "lesquelles") || k < 1) {
      return null;
    }
    int w = windowStart(k);
    int hi = windowEnd(k);
    NP antecedent = npLeft(is(k - 1, ",") ? k - 2 : k - 1, w);
    if (antecedent == null || !(personLike(antecedent) || speakerLike(antecedent))) {
      return null;
    }
    int from = k + 2;
    int to = clauseEnd(from, hi);
    for (int j = from + 1; j < to; j++) {
      if (is(j, ",") && !quoted(j) && (aux(j + 1) || posIs(j + 1, "VERB"))) {
        // "M. Witkoff, selon lequel « ... », a quitté la salle": the main clause goes on after the relative.
        to = j;
        break;
      }
    }
    NP owner = appositionOwner(antecedent, w);
    return reportedClause(k, k + 1, owner == null ? List.of(antecedent) : List.of(owner, antecedent), false, from,
        to, direct);
  }

  /**
   * The person whose apposition holds np, or null: "Matteo Salvini, ministre des Infrastructures, selon lequel",
   * where the relative is the person's and the apposition gives their office.
   */
  private NP appositionOwner(NP np, int w) {
    for (int comma = np.from() - 1; comma > w && comma >= np.from() - 8; comma--) {
      if (is(comma, ",")) {
        for (Mention m : mentionsIn(span(w, comma))) {
          if (m.type() == EntityType.PER && lastTokenBefore(m.span().end()) == comma - 1) {
            return new NP(firstTokenAt(m.span().start()), comma);
          }
        }
        return null;
      }
      if (markOf[comma] >= 0 || posIs(comma, "VERB") || posIs(comma, "AUX")) {
        return null;
      }
    }
    return null;
  }

  /** "Ce renforcement, a-t-il ajouté, s'inscrit ...", "..., a ajouté M. Blinken." */
  private Cand inciseClause(int k, List<Cand> direct, List<Cand> found) {
    int w = windowStart(k);
    int hi = windowEnd(k);
    Cue cue = inversionAt(k, hi);
    if (cue == null && is(k, "comme") && (is(k + 1, "le", "l'") && !posIs(k + 1, "DET") || aux(k + 1))) {
      // "..., comme le rappelle la ministre du travail Myriam El Khomri .": a named source closing the sentence.
      Cue as = inversionAt(is(k + 1, "le", "l'") ? k + 2 : k + 1, hi);
      int end = as == null ? -1 : as.subject().get(as.subject().size() - 1).to();
      if (as != null && namedSource(as.subject()) && (end >= hi || sentenceEnd(end))) {
        cue = new Cue(k, as.to(), as.subject(), as.kind());
      }
    }
    if (cue == null) {
      return null;
    }
    if (k - 1 > w && marksCover(span(w, k - 1))) {
      return null;
    }
    boolean afterMarks = isCloser(k - 2);
    if (afterMarks && (openTok[markOf[k - 2]] - w < 8 || is(openTok[markOf[k - 2]] - 1, ":")
        || !hasVerb(w, openTok[markOf[k - 2]]))) {
      // ("X a eu l'occasion de revenir sur cette finale : « ... », a-t-il admis": a colon gives the marks the
      // quote, and the incise is theirs.)
      // "« ... », a déclaré X": the incise is the quote's. Only a clause of its own that ends with a few words in
      // marks is reported as a whole: "Un camion intervient pour s'assurer qu'il n'y a pas de « dispositif de
      // piégeage », explique Pierre-Henry Brandet".
      return null;
    }
    for (int i = w; i < k; i++) {
      if (inBlock[i]) {
        return null;
      }
    }
    for (Cand f : found) {
      if (f.cue != null && f.cue.from() >= w && f.cue.from() < k) {
        return null;
      }
    }
    int before = k - 1;
    if (before - w < 2 || !hasVerb(w, before) && !hasVerbAfter(cue, hi)) {
      return null;
    }
    int after = cue.subject().get(cue.subject().size() - 1).to();
    while (after < hi && !posIs(after, "PUNCT")) {
      after++;
    }
    int to = before;
    if (!hasVerb(w, before) && is(after, ",")) {
      if (after + 1 < hi && participleAnt(after + 1)
          || mentionsIn(span(w, before)).stream().anyMatch(m -> m.type() == EntityType.PER)) {
        // "La porte-parole, Sarah Sanders, a critiqué les démocrates, qualifiant ...": a subject and its verb,
        // not a clause that an incise cuts.
        return null;
      }
      to = hi;
      while (to > after && posIs(to - 1, "PUNCT")) {
        to--;
      }
    }
    int from = afterDateline(w, to);
    while (from < to && posIs(from, "PUNCT")) {
      from++;
    }
    if (to - from < 3) {
      return null;
    }
    Cand c = new Cand();
    c.direct = false;
    c.pieces.add(span(from, withBrackets(from, to)));
    c.cue = cue;
    c.confidence = 0.75;
    NP who = cue.subject().get(0);
    if (personLike(who) || who.to() - who.from() == 1 && subjectPronoun(who.from()) && !is(who.from(), "on")) {
      // ("La hausse sera « contenue » en 2023, a-t-il assuré": a pronoun in the incise stands for a person.)
      // "Il pourrait s'agir de « ... » depuis le début de la crise, a précisé M. Di Giacomo.": the words in marks
      // are the person's (an institution's incise, "..., a déclaré la Maison Blanche", is not enough to make a
      // label such as « flanc oriental » its words).
      absorbFragments(c, direct);
      if (namesPerson(who)) {
        // "Le dirigeant n'a pas « montré d'honnêteté » en nommant l'avocat X, a déclaré le juge Punya Udchachon":
        // the clause's subject is what the words are about; the one the incise names says them.
        Span kept = c.pieces.get(0);
        for (Cand d : direct) {
          NP own = d.cue == null || d.cue.subject().isEmpty() ? null : d.cue.subject().get(0);
          if (own != null && kept.contains(d.pieces.get(0)) && span(own).start() >= kept.start()
              && !namesPerson(own) && !subjectPronoun(own.from()) && ("verb".equals(d.cue.kind())
              || "subject".equals(d.cue.kind()))) {
            d.cue = null;
            d.confidence = 0.85;
            c.absorbed.add(d);
          }
        }
      }
      if (afterMarks) {
        Span kept = c.pieces.get(0);
        for (Cand d : direct) {
          if (d.cue != null && d.cue.from() == cue.from() && kept.contains(d.pieces.get(0))) {
            d.confidence = 0.85;
            c.absorbed.add(d);
          }
        }
      }
    }
    if (afterMarks && c.absorbed.isEmpty()) {
      return null;
    }
    return c;
  }

  private boolean hasVerbAfter(Cue cue, int hi) {
    int after = cue.subject().get(cue.subject().size() - 1).to();
    return is(after, ",") && hasVerb(after + 1, hi);
  }

  private boolean hasVerb(int from, int to) {
    for (int i = from; i < to; i++) {
      if ((posIs(i, "VERB") || posIs(i, "AUX")) && !participleAnt(i)) {
        return true;
      }
    }
    return false;
  }

  /** A news agency's dateline: "MOSCOU, 26 février (Reuters) - ", "WASHINGTON | ", "GENÈVE, Suisse — ", "20h23: ". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}'’ .-]{2,}(?:,[^\\n.;:|—–-]{0,40})?\\s*[-—–|]|\\d{1,2}\\s?h\\s?\\d{2}\\s*:)\\s*");

  /** The first token after a dateline that opens a clause starting at token from, else from. */
  private int afterDateline(int from, int to) {
    if (from >= to) {
      return from;
    }
    java.util.regex.Matcher m = DATELINE.matcher(text).region(s[from], e[to - 1]);
    if (!m.lookingAt() || m.end() == s[from]) {
      return from;
    }
    int k = from;
    while (k < to && s[k] < m.end()) {
      k++;
    }
    return k < to ? k : from;
  }

  /** "Selon X, ...", "..., selon X.", "Pour X, ...". */
  private Cand selonClause(int k, List<Cand> direct, List<Cand> found) {
    int w = windowStart(k);
    int hi = windowEnd(k);
    Cue cue = selonAt(k, hi);
    boolean pour = false;
    if (cue == null && k == w && is(k, "pour")) {
      List<NP> np = npRight(k + 1, hi);
      boolean title = k + 2 < hi && is(k + 1, "le", "la", "l'", "les") && startsUpper(k + 1) && startsUpper(k + 2);
      boolean named = false;
      for (NP x : np) {
        // ("Pour la militante écologiste et ancienne ministre, Marina Silva, ...": the name in apposition.)
        named |= namesPerson(x);
      }
      if (!np.isEmpty() && is(np.get(np.size() - 1).to(), ",") && (personLike(np.get(0)) || title || named)) {
        // ("Pour L'Orient-Le Jour, ...": an article with a capital inside a sentence starts a newspaper's name.)
        cue = new Cue(k, k + 1, np, "selon");
        pour = true;
      }
    }
    if (cue == null) {
      return null;
    }
    boolean marked = false;
    for (int i = w; i < hi; i++) {
      marked |= markOf[i] >= 0;
    }
    for (Cand f : found) {
      if (f.pieces.get(0).overlaps(span(w, hi)) || f.cue != null && f.cue.from() >= w && f.cue.from() < hi) {
        return null;
      }
    }
    int npEnd = cue.subject().get(cue.subject().size() - 1).to();
    for (Mention m : mentionsIn(span(cue.subject().get(cue.subject().size() - 1)))) {
      // "Selon l'Agence américaine océanique et atmosphérique (NOAA)": a name with "et" in it is one source.
      int last = lastTokenBefore(m.span().end());
      if (last >= npEnd && last < hi && m.type() != EntityType.MISC) {
        npEnd = last + 1;
      }
    }
    if (!is(npEnd, ",") && !is(npEnd, "(") && npEnd < hi && !sentenceEnd(npEnd)) {
      // "Selon des policiers présents sur les lieux, ...", "Selon les scientifiques qui l'ont découvert, ...",
      // "... selon l'agence Anatolie connue pour être proche du gouvernement.": what describes the source goes
      // with it.
      int described = sourceDescriptionEnd(npEnd, hi);
      npEnd = described > 0 ? described : npEnd;
    }
    if (is(npEnd, "(")) {
      // "Selon l'Institut royal météorologique de Belgique (IRM), ...": the acronym goes with the name.
      int close = npEnd + 1;
      while (close < hi && close - npEnd <= 8 && !is(close, ")")) {
        close++;
      }
      npEnd = is(close, ")") ? close + 1 : npEnd;
    }
    int first = w;
    int from;
    int to;
    boolean colon = false;
    while (first < k && (posIs(first, "PUNCT") || posIs(first, "ADV") || posIs(first, "CCONJ"))) {
      first++;
    }
    // (Also a clause that a conjunction opens: "Les causes demeurent inconnues, mais selon le ministre, ...".)
    if ((k == first || is(k - 1, "mais", "et", "car", "or") && is(k - 2, ",")) && is(npEnd, ",")) {
      from = npEnd + 1;
      to = hi;
      int app = appositionEnd(cue.subject().get(0), from, hi);
      if (app > from) {
        // "Selon Laurent Lafon , maire UDI de Vincennes, les blessures ...": the role is the speaker's.
        from = app + 1;
      }
    } else if (is(k - 1, ",") && is(k - 2, "qui") && is(npEnd, ",")) {
      // "Giorgia Meloni avait remercié la France qui, selon elle, acceptait d'accueillir l'Ocean Viking": the
      // relative clause the source sits in, after it.
      from = npEnd + 1;
      to = hi;
    } else if (is(k - 1, ",") && (npEnd >= hi || sentenceEnd(npEnd) || is(npEnd, ","))) {
      from = w;
      to = k - 1;
      boolean unfinished = posIs(k - 2, "VERB") || posIs(k - 2, "AUX") || posIs(k - 2, "DET")
          || posIs(k - 2, "ADP");
      if ((!hasVerb(w, k - 1) || unfinished) && is(npEnd, ",")) {
        // "La monotonie de l'habitation est, selon les volontaires, ce qui est le plus difficile": an incise in
        // the middle of the clause, which goes on after it.
        to = hi;
      }
    } else if (is(k - 1, ",") && !hasVerb(npEnd, sentenceEndFrom(npEnd, hi))) {
      // "..., selon un photographe de l'AFP présent sur place.": words that describe the source close the
      // sentence.
      from = w;
      to = k - 1;
    } else if (k - w >= 4 && (npEnd >= hi || sentenceEnd(npEnd)) && hasVerb(w, k)
        && (!marked || namedSource(cue.subject()) || namesCountry(cue.subject().get(0)))) {
      // "... serait l'otage des militaires putschistes selon l'agence Anatolie.", "... transportait 81 personnes
      // selon la compagnie.": a source closing the sentence without a comma. (What an unnamed source is said to
      // have said in marks, "s'est tué « sans intervention d'un tiers » selon une source judiciaire", is the words
      // in marks.)
      from = w;
      to = k;
      for (int i = k - 3; i > w; i--) {
        if (is(i, ":", ";") && markOf[i] < 0) {
          // "... sans compter les clics : 5,5 millions sur le mur des Inconnus selon Le Dauphiné.": the source
          // vouches for what follows the colon, which needs no verb of its own.
          from = i + 1;
          colon = true;
          break;
        }
      }
    } else if (k - first >= 2 && (posIs(k - 1, "AUX") || posIs(k - 1, "VERB"))
        && npEnd < hi && !sentenceEnd(npEnd) && !is(npEnd, ",") && hasVerb(w, k)) {
      // "Cette mesure est selon Deutsche Welle une mesure de rétorsion", "Cela est dû selon eux au fait que":
      // the source sits inside the clause between its verb and what follows, without commas.
      from = w;
      to = hi;
    } else {
      return null;
    }
    while (to > from && posIs(to - 1, "PUNCT") && !(isCloser(to - 1) && markOf[to - 1] >= 0
        && openTok[markOf[to - 1]] >= from)) {
      // A closing mark stays when its opening one is in the clause: "ces mesures sont « illégitimes »".
      to--;
    }
    from = from == w ? afterDateline(w, to) : from;
    while (from < to && posIs(from, "PUNCT")) {
      from++;
    }
    if (to - from < 3 || !colon && !hasVerb(from, to)) {
      return null;
    }
    Span clause = span(from, withBrackets(from, to));
    List<Cand> inside = new ArrayList<>();
    if (marked) {
      // "Selon l'armée, désormais, un « conseil de paix » serait au pouvoir": words in marks inside the clause
      // are part of it; a clause that is mostly a quote in marks, or that holds someone else's, is left to it.
      int covered = 0;
      for (Cand d : direct) {
        for (Span p : d.pieces) {
          covered += p.shared(span(w, hi));
        }
        if (d.pieces.get(0).overlaps(span(w, hi))) {
          boolean ours = d.cue == null || d.cue.from() == cue.from();
          if (!ours || !clause.contains(d.pieces.get(0))) {
            return null;
          }
          inside.add(d);
        }
      }
      if (covered * 2 >= clause.length() || hasVerbInMarks(inside) ) {
        return null;
      }
    }
    Cand c = new Cand();
    c.direct = false;
    c.pieces.add(clause);
    c.cue = cue;
    c.confidence = pour ? 0.6 : 0.7;
    for (Cand d : inside) {
      d.cue = cue;
      c.absorbed.add(d);
    }
    return c;
  }

  /**
   * Where a description of a source that starts at token i ends: an adjective, a participle or a relative clause
   * running to the next comma or the sentence end within a few words ("présents sur les lieux", "cités par CNN",
   * "qui l'ont découvert"); else -1.
   */
  private int sourceDescriptionEnd(int i, int hi) {
    boolean describes = is(i, "qui") || posIs(i, "ADJ") && !startsUpper(i)
        || (posIs(i, "VERB") || posIs(i, "ADJ")) && PAST_PARTICIPLE.matcher(low[i]).matches()
        || posIs(i, "ADP") && !is(i, "de", "d'") && posIs(i - 1, "ADJ") && !startsUpper(i - 1);
    if (!describes) {
      return -1;
    }
    for (int j = i + 1; j <= hi && j <= i + 10; j++) {
      if (j == hi || is(j, ",") || sentenceEnd(j)) {
        return j;
      }
      if (markOf[j] >= 0 || is(j, "que", "qu'", "selon")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * After a named person and a comma, the comma that closes a role in apposition ("un professeur en astronomie de
   * l'université du Michigan ,"), when a clause with a verb follows it; else -1.
   */
  private int appositionEnd(NP named, int from, int hi) {
    boolean person = false;
    for (Mention m : mentions) {
      person |= m.type() == EntityType.PER && span(named).contains(m.span());
    }
    if (!person || from >= hi || !(posIs(from, "DET") && posIs(from + 1, "NOUN") || posIs(from, "NOUN"))
        || startsUpper(posIs(from, "DET") ? from + 1 : from)) {
      return -1;
    }
    for (int k = from + 1; k < hi && k - from <= 20; k++) {
      if (posIs(k, "VERB") || posIs(k, "AUX") || markOf[k] >= 0 || sentenceEnd(k) || is(k, ";", ":")) {
        return -1;
      }
      if (is(k, ",")) {
        return hasVerb(k + 1, hi) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether some of these quotes in marks hold a verb (a sentence of their own, not a fragment). */
  private boolean hasVerbInMarks(List<Cand> quotes) {
    for (Cand d : quotes) {
      for (Span p : d.pieces) {
        if (hasVerb(firstTokenAt(p.start()), lastTokenBefore(p.end()) + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The organization whose name, mentioned before pos, starts with the noun at token h ("armée turque" for
   * "l'armée"), when there is exactly one; else null.
   */
  private Entity organizationWithHead(int h, int pos) {
    if (!posIs(h, "NOUN")) {
      return null;
    }
    Entity found = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORG || m.span().end() > pos) {
        continue;
      }
      int t = firstTokenAt(m.span().start());
      int last = lastTokenBefore(m.span().end());
      if (posIs(t, "DET")) {
        t++;
      }
      // ("l'agence onusienne" after "l'Agence internationale de l'énergie atomique (AIEA)": a proper name of
      // several words led by the noun.)
      boolean ledByNoun = !startsUpper(t) || last - t >= 2 && low[t].equals(lem[h]);
      if (t < last && t < n && lem[t].equals(lem[h]) && ledByNoun) {
        Entity ent = entityAt(m.span());
        if (ent == null || found != null && found != ent) {
          return null;
        }
        found = ent;
      }
    }
    return found;
  }

  /** The organizations named before pos, in text order. */
  private List<Mention> organizationsBefore(int pos) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.span().end() > pos) {
        break;
      }
      if (m.type() == EntityType.ORG) {
        out.add(m);
      }
    }
    return out;
  }

  /** Acronyms of a kind of body, not of one ("l'ONG", "une PME"): the body is the one the article named. */
  private static final Set<String> KIND_ACRONYMS = Set.of("ONG", "PME", "TPE", "ETI", "PMI");

  /** Nouns that name the same kind of body: "l'ONG" after "l'organisation humanitaire SOS Méditerranée". */
  private static final Set<String> NGO_KINDS = Set.of("ong", "organisation", "association");
  private static final Set<String> PRESS_KINDS = Set.of("journal", "quotidien", "hebdomadaire");
  private static final List<Set<String>> BODY_KINDS = List.of(NGO_KINDS,
      Set.of("groupe", "entreprise", "société", "compagnie", "firme"), PRESS_KINDS);

  /** Whether the nouns a and b name the same kind of body. */
  private static boolean sameKind(String a, String b) {
    return a.equals(b) || BODY_KINDS.stream().anyMatch(k -> k.contains(a) && k.contains(b));
  }

  /** Heads that stand for a company the article named: "la compagnie", "le groupe", "l'entreprise". */
  private static final Set<String> COMPANY_HEADS = Set.of("compagnie", "entreprise", "société", "groupe",
      "constructeur", "firme", "opérateur", "fabricant", "transporteur", "laboratoire", "enseigne", "géant");

  /**
   * The organization named before pos whose name is a brand ("Air Méditerranée", "Renault"), not a body named
   * by a common noun ("le tribunal de commerce de Tarbes", "la Cour des comptes", "le ministère"): the only one,
   * or the one named more often than any other and at least twice ("Air Méditerranée" beside the "Airbus" and
   * the "Boeing" of its fleet); else null.
   */
  private Entity theOneCompany(int pos) {
    java.util.Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
    Set<Entity> otherKind = new java.util.HashSet<>();
    List<Mention> before = organizationsBefore(pos);
    for (Mention m : before) {
      // ("l'organisation humanitaire SOS Méditerranée" is no company.)
      int k = firstTokenAt(m.span().start()) - 1;
      while (k >= 0 && posIs(k, "ADJ")) {
        k--;
      }
      if (k >= 0 && !startsUpper(k) && (NGO_KINDS.contains(low[k]) || PRESS_KINDS.contains(low[k])
          || INSTITUTION_WORDS.contains(low[k])) && entityAt(m.span()) != null) {
        otherKind.add(entityAt(m.span()));
      }
    }
    for (Mention m : before) {
      if (otherKind.contains(entityAt(m.span()))) {
        continue;
      }
      int t = firstTokenAt(m.span().start());
      if (posIs(t, "DET")) {
        t++;
      }
      if (t >= n || Character.isLowerCase(text.charAt(s[t])) || INSTITUTION_WORDS.contains(low[t]) || quoted(t)
          || m.text().matches(".*\\s\\S*\\d\\S*") || portfolio(m)) {
        // (A name ending in a number is a product: "Airbus A321", "Boeing 737-500".)
        continue;
      }
      Entity ent = entityAt(m.span());
      if (ent == null) {
        return null;
      }
      counts.merge(ent, 1, Integer::sum);
    }
    // "VW" beside "Volkswagen": a short name in capitals whose letters the other's spell in order is the same
    // company, counted once.
    for (Entity shortName : new ArrayList<>(counts.keySet())) {
      List<Entity> full = counts.keySet().stream()
          .filter(other -> other != shortName && abbreviates(shortName.name(), other.name())).toList();
      if (full.size() == 1) {
        counts.merge(full.get(0), counts.remove(shortName), Integer::sum);
      }
    }
    return mostNamed(counts);
  }

  /** Whether a (two to four capitals) abbreviates name: same first letter, and a's letters in order in name. */
  static boolean abbreviates(String a, String name) {
    if (!a.matches("\\p{Lu}{2,4}") || name.length() <= a.length() || name.charAt(0) != a.charAt(0)) {
      return false;
    }
    String low = name.toLowerCase(Locale.ROOT);
    int at = 1;
    for (int i = 1; i < a.length(); i++) {
      at = low.indexOf(Character.toLowerCase(a.charAt(i)), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** "le ministre de l'Intérieur": a minister's portfolio, which names no company. */
  private boolean portfolio(Mention m) {
    int t = firstTokenAt(m.span().start()) - 1;
    while (t >= 0 && (posIs(t, "DET") || is(t, "de", "du", "des", "d'"))) {
      t--;
    }
    return t >= 0 && (lem[t].startsWith("ministr") || lem[t].startsWith("ministèr") || is(t, "secrétaire"));
  }

  /** Heads that stand for the city the article is about, speaking through its council. */
  private static final Set<String> CITY_HEADS = Set.of("ville", "mairie", "municipalité");

  /**
   * The place named before pos that is not a country, when the article names one only or one more often than any
   * other and at least twice ("Toronto" beside "l'Alberta" once); else null.
   */
  private Entity theOneCity(int pos) {
    java.util.Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.span().end() > pos) {
        break;
      }
      Entity ent = m.type() == EntityType.LOC ? entityAt(m.span()) : null;
      if (ent != null && countries.apply(m.text()) == null
          && !CITY_HEADS.contains(m.text().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(la |l')", ""))) {
        counts.merge(ent, 1, Integer::sum);
      }
    }
    return mostNamed(counts);
  }

  /** The only key, or the one counted most and at least twice; else null. */
  private static Entity mostNamed(java.util.Map<Entity, Integer> counts) {
    if (counts.size() == 1) {
      return counts.keySet().iterator().next();
    }
    Entity best = null;
    int top = 0;
    int second = 0;
    for (java.util.Map.Entry<Entity, Integer> c : counts.entrySet()) {
      if (c.getValue() > top) {
        second = top;
        top = c.getValue();
        best = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    return top >= 2 && top > second ? best : null;
  }

  /** First words of the names of public bodies, which no "la compagnie" stands for. */
  private static final Set<String> INSTITUTION_WORDS = Set.of("tribunal", "cour", "conseil", "ministère",
      "assemblée", "sénat", "parlement", "commission", "parquet", "police", "gendarmerie", "préfecture", "mairie",
      "gouvernement", "agence", "autorité", "office", "institut", "université", "école", "parti", "union",
      "organisation", "fédération", "comité", "association", "syndicat", "armée", "banque");

  /**
   * The organization the article introduced with the noun at token h before pos ("le quotidien libanais
   * L'Orient-Le Jour", "la compagnie Air Méditerranée"); with several, the one mentioned last before pos.
   */
  private Entity organizationIntroducedAs(int h, int pos) {
    // ("le sénateur" after "les sénateurs LR": a person noun before a body names its members, not the body.)
    if (!posIs(h, "NOUN") && !KIND_ACRONYMS.contains(text.substring(s[h], e[h])) || ROLE_NOUNS.contains(lem[h])
        || ROLE_NOUNS.contains(low[h])) {
      return null;
    }
    Set<Entity> introduced = new LinkedHashSet<>();
    for (Mention m : organizationsBefore(pos)) {
      int t = firstTokenAt(m.span().start());
      // Back over adjectives ("libanais", "aérienne") to the noun that announces the name.
      int k = t - 1;
      while (k >= 0 && t - k <= 3 && posIs(k, "ADJ")) {
        k--;
      }
      if (k >= 0 && k < t && !startsUpper(k) && sameKind(lem[k].toLowerCase(Locale.ROOT), lem[h].toLowerCase(Locale.ROOT))
          && !quoted(t)) {
        Entity ent = entityAt(m.span());
        if (ent != null) {
          introduced.add(ent);
        }
      }
    }
    Entity best = null;
    int bestAt = -1;
    for (Mention m : mentions) {
      if (m.span().end() > pos) {
        break;
      }
      Entity ent = introduced.isEmpty() ? null : entityAt(m.span());
      if (ent != null && introduced.contains(ent) && m.span().start() > bestAt) {
        best = ent;
        bestAt = m.span().start();
      }
    }
    return best;
  }

  /** The first sentence end at or after token k, or hi. */
  private int sentenceEndFrom(int k, int hi) {
    while (k < hi && !sentenceEnd(k)) {
      k++;
    }
    return k;
  }

  /**
   * The country the article names that a demonym right after the head (one word between at most) stands for: "les
   * autorités turques", "la résolution américaine"; else null.
   */
  private Entity countryByDemonym(NP main, int h) {
    for (int k = h + 1; k < main.to() && k <= h + 2; k++) {
      EntityAnnotator.Country c = posIs(k, "ADJ") || posIs(k, "NOUN") ? countries.apply(text.substring(s[k], e[k]))
          : null;
      if (c != null) {
        for (Entity ent : entities) {
          boolean same = c.qid() != null ? c.qid().equals(ent.qid())
              : ent.type() == EntityType.LOC && c.name().equals(ent.name());
          if (same) {
            return ent;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "selon la Corée du Sud": a country, which speaks through its government. */
  private boolean namesCountry(NP np) {
    for (Mention m : mentionsIn(span(np))) {
      Entity ent = m.type() == EntityType.LOC && span(np).contains(m.span()) ? entityAt(m.span()) : null;
      if (ent != null && ent.qid() != null && countries.apply(m.text()) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean namedSource(List<NP> nps) {
    for (NP np : nps) {
      for (Mention m : mentions) {
        if ((m.type() == EntityType.PER || m.type() == EntityType.ORG) && span(np).contains(m.span())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean personLike(NP np) {
    int h = head(np);
    if (is(h, "lui", "elle", "eux", "elles")) {
      return true;
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && m.span().overlaps(span(np))) {
        return true;
      }
    }
    return posIs(np.from(), "DET") && (PERSON_NOUNS.contains(lem[h]) || PERSON_NOUNS.contains(low[h]));
  }

  /** Drops a reported clause that only reports another one: "le Kremlin a déclaré que Poutine avait dit que". */
  private void dropNested(List<Cand> out) {
    List<Cand> drop = new ArrayList<>();
    for (Cand a : out) {
      for (Cand b : out) {
        if (a != b && b.cue != null && !b.cue.subject().isEmpty()
            && a.pieces.get(0).contains(span(b.cue.from(), b.cue.to()))) {
          NP bs = b.cue.subject().get(0);
          if (s[bs.from()] <= a.start() + 1 && s[bs.from()] >= a.start()) {
            drop.add(a);
          } else {
            // "..., et le ministre X a déclaré que ...": the first clause ends before the second speaker; "...,
            // rappelant ainsi qu'...", a participle whose subject is the sentence's, before the participle.
            int cut = b.cue.from() - bs.to() <= 3 ? bs.from() : b.cue.from();
            int k = cut - 1;
            while (k > 0 && (is(k, "et", "mais", ",", ";") || posIs(k, "ADV"))) {
              k--;
            }
            if (e[k] > a.start() && e[k] < a.end() && s[cut] > a.start()) {
              Span old = a.pieces.get(0);
              a.pieces.set(0, new Span(old.start(), e[k]));
            }
          }
        }
      }
    }
    out.removeAll(drop);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Speakers

  /** The person a cleft at verb v puts first ("C'est [tout de même] Lula qui"), or null. */
  private NP cleftFocus(int v) {
    if (!is(v, "est", "était", "fut") || !is(v - 1, "c'", "ce")) {
      return null;
    }
    int k = v + 1;
    while (k < n && k - v <= 4 && (posIs(k, "ADV") || is(k, "tout", "de", "même", "bien", "encore"))) {
      k++;
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && firstTokenAt(m.span().start()) == k) {
        int after = lastTokenBefore(m.span().end()) + 1;
        return is(after, "qui") ? new NP(k, after) : null;
      }
    }
    return null;
  }

  /**
   * The person's name that closes a sentence's opening "Pour X," or "Selon X," ("Pour le Premier ministre Sama
   * Lukonde,"), when words in marks follow in the sentence; or null. (Without them the view may be a pollster's
   * figure: "Pour Ipsos Sopra Steria, le candidat recueillerait 62% des voix".)
   */
  private NP sourceOpening(int first, int last) {
    if (!is(first, "pour", "selon") || markOf[first] >= 0) {
      return null;
    }
    boolean marked = false;
    for (int k = first; k < last && !marked; k++) {
      marked = isOpener(k);
    }
    if (!marked) {
      return null;
    }
    for (int k = first + 1; k < last && k - first <= 10 && markOf[k] < 0; k++) {
      if (posIs(k, "VERB") || posIs(k, "AUX") || is(k, ":", ";")) {
        return null;
      }
      if (is(k, ",")) {
        for (Mention m : mentions) {
          if (m.type() == EntityType.PER && lastTokenBefore(m.span().end()) == k - 1
              && firstTokenAt(m.span().start()) > first) {
            return new NP(firstTokenAt(m.span().start()), k);
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Words that open a subordinate clause with "que": "après que", "alors que", "bien que". */
  private static final Set<String> SUBORDINATORS = Set.of("alors", "après", "avant", "dès", "pendant", "tandis",
      "bien", "parce");

  /**
   * Whether a subordinate clause opens between the sentence start and verb v: "Lorsque X a ...", "Après que X a
   * ...", so that v is not the main clause's.
   */
  private boolean subordinateBefore(int first, int v) {
    for (int k = first; k < v; k++) {
      if (is(k, ",") || markOf[k] >= 0) {
        return false;
      }
      boolean opens = is(k, "lorsque", "lorsqu'", "quand", "puisque", "puisqu'")
          || SUBORDINATORS.contains(low[k]) && is(k + 1, "que", "qu'");
      if (opens) {
        return true;
      }
    }
    return false;
  }

  private void resolve(List<Cand> cands) {
    List<Salient> salient = new ArrayList<>();
    // Sentence subjects, for pronouns: precomputed positions, merged in text order with the quotes.
    List<int[]> subjects = new ArrayList<>();
    for (Sentence sen : sentences) {
      int first = firstTokenAt(sen.span().start());
      int last = firstTokenAt(sen.span().end());
      boolean verb = false;
      NP source = sourceOpening(first, last);
      if (source != null) {
        // "Pour le Premier ministre Sama Lukonde, c'est toute la RDC qui est visée : « ... », a-t-il déclaré": the
        // person whose view the sentence gives is the one a pronoun after it stands for.
        subjects.add(new int[] {source.from(), source.to(), -1, -1});
      }
      for (int v = first; v < last; v++) {
        if (markOf[v] >= 0) {
          continue;
        }
        if ((posIs(v, "VERB") || posIs(v, "AUX")) && is(v + 1, ",") && !aux(v - 1)
            && (PAST_PARTICIPLE.matcher(low[v]).matches() || participleAnt(v))) {
          // "Ces pseudo-excuses acceptées, Conte a donc décidé": an absolute clause has no subject of its own.
          continue;
        }
        int fronted = v == first && posIs(v, "VERB") && !inverted(v + 1) ? frontedPhraseEnd(v, last) : -1;
        if (fronted > 0) {
          // "Présent en sélection depuis 2006, Lionel Messi a connu ...": a phrase before the subject, no verb.
          v = fronted;
          continue;
        }
        if ((posIs(v, "VERB") || posIs(v, "AUX")) && subordinateBefore(first, v)) {
          // "Après que le président Macron a annoncé le retrait, le colonel Maïga a donné dans la surenchère": the
          // main clause comes after the subordinate one's comma.
          int comma = v;
          while (comma < last && !is(comma, ",")) {
            comma++;
          }
          v = comma;
          first = Math.min(comma + 1, last);
          continue;
        }
        if (posIs(v, "VERB") || posIs(v, "AUX")) {
          verb = true;
          NP cleft = cleftFocus(v);
          if (cleft != null) {
            // "C'est tout de même Lula qui arrive en tête": the person the cleft puts first is the subject.
            subjects.add(new int[] {cleft.from(), cleft.to(), -1, -1});
            break;
          }
          List<NP> subj = subjectOf(v, first);
          Cue inv = (is(v - 1, ",") || isDashToken(v - 1)) && subj.stream().noneMatch(this::speakerLike)
              ? inversionAt(v, last) : null;
          if (inv != null && !inverted(inv.subject().get(0).from()) && speakerLike(inv.subject().get(0))) {
            // "-Non, répond le Capitaine Dadis.": a reply in dialogue, whose subject comes after its verb.
            subj = inv.subject();
          }
          if (!subj.isEmpty()) {
            subjects.add(new int[] {subj.get(0).from(), subj.get(0).to(), subj.size() > 1 ? subj.get(1).from() : -1,
                subj.size() > 1 ? subj.get(1).to() : -1});
          }
          break;
        }
      }
      if (!verb && sen.span().of(text).strip().endsWith(":")) {
        // A heading that names who the next lines are about: "Emmanuel Macron, président français :".
        for (Mention m : mentionsIn(sen.span())) {
          if (m.type() == EntityType.PER && firstTokenAt(m.span().start()) == first) {
            subjects.add(new int[] {first, lastTokenBefore(m.span().end()) + 1, -1, -1});
          }
          break;
        }
      }
      // A person who is the subject of a clause coordinated later in the sentence is the one spoken of last:
      // "Olha Kharlan finit par réagir et Brunet flanche à nouveau. « ... » a-t-elle déclaré".
      for (Mention m : mentionsIn(sen.span())) {
        int t = firstTokenAt(m.span().start());
        int after = lastTokenBefore(m.span().end()) + 1;
        if (m.type() == EntityType.PER && t > first && is(t - 1, "et", "mais", "puis") && posIs(t - 1, "CCONJ")
            && after < last && markOf[t] < 0 && (posIs(after, "VERB") || posIs(after, "AUX")
                // ("C'était attendu et Bruno Le Maire l'a confirmé": an object pronoun before the verb)
                || is(after, "ne", "n'", "se", "s'", "l'", "le", "la", "les", "lui", "leur", "y", "en")
                && (posIs(after + 1, "VERB") || posIs(after + 1, "AUX")))) {
          subjects.add(new int[] {t, after, -1, -1});
        }
      }
    }
    subjects.sort(Comparator.comparingInt(a -> a[0]));
    int si = 0;
    Cand previous = null;
    for (Cand c : cands) {
      while (si < subjects.size() && s[subjects.get(si)[0]] < c.start()) {
        int[] sj = subjects.get(si++);
        List<NP> nps = new ArrayList<>();
        nps.add(new NP(sj[0], sj[1]));
        if (sj[2] >= 0) {
          nps.add(new NP(sj[2], sj[3]));
        }
        Speaker sp = speakerOf(nps, salient, false);
        if (sp != null && (sp.entity() != null || sp.plural())
            && !(sj[0] > 0 && posIs(sj[0] - 1, "ADP") && !sentenceStart[sj[0]]
                && speakerLaterIn(sj[0], salient))) {
          // (Not a person named after a preposition, inside a subject about something else, when the sentence names
          // its own speaker: "Le déjeuner avec le président Emmanuel Macron, selon Lula, avait pour point ...".)
          salient.add(new Salient(s[sj[0]], sp, false, false));
        } else if (sp == null && sj[2] < 0 && is(sj[0], "un", "une") && sj[1] - sj[0] <= 8
            && personNoun(head(nps.get(0)))) {
          // Someone new the text does not name: "Un porte-parole de l'armée a appelé les habitants à partir. « ... »,
          // a-t-il dit" is not the person named before; a pronoun after it stands for nobody the article names.
          Span who = span(sj[0], sj[1]);
          salient.add(new Salient(s[sj[0]], new Speaker(who, null, fallbackName(nps.get(0)),
              is(sj[0], "une") ? 'f' : 'm', false, true, 0.5, false), false, false));
        }
      }
      if (c.cue != null && "narrative".equals(c.cue.kind())) {
        c.speaker = lastSpokenOf(c, salient);
      } else if (c.cue != null && !c.sameAsPrevious) {
        c.speaker = speakerOf(c.cue.subject(), salient, true);
        Speaker alt = c.other != null && (c.speaker == null || c.speaker.entity() == null)
            ? speakerOf(c.other.subject(), salient, true) : null;
        if (alt != null && alt.entity() != null) {
          // "Il a donc jugé « ... », a souligné le groupe": the incise names who the pronoun left unknown.
          c.speaker = alt;
          c.cue = c.other;
        }
        Speaker same = goesOn(c, previous);
        if (same != null) {
          c.speaker = same;
        }
        if ("stance".equals(c.cue.kind()) && (c.speaker == null || c.speaker.entity() == null)) {
          // Words in marks that only a verb's subject could own: a subject nobody identifies leaves them unowned.
          c.speaker = null;
          c.cue = null;
        }
      } else if (c.sameAsPrevious && previous != null && previous.speaker != null
          && windowStart(firstTokenAt(previous.start())) == windowStart(firstTokenAt(c.start()))) {
        c.speaker = previous.speaker;
      } else if (c.cue == null && c.direct && resumesAfterIncise(c, previous)) {
        c.speaker = previous.speaker;
        c.cue = previous.cue;
        c.confidence = previous.confidence;
        c.resumes = previous;
      } else if (c.cue == null && c.direct) {
        c.speaker = continuation(c, previous);
        if (c.speaker != null) {
          c.confidence = 0.75;
        }
        if (c.speaker == null) {
          c.speaker = firstPersonParagraph(c, salient);
        }
        if (c.speaker == null) {
          c.speaker = leadQuoteSpeaker(c);
        }
      }
      if (c.speaker != null) {
        // Firm: a quote that will be kept whoever its speaker (words in marks), or one a name attributes.
        boolean firm = c.direct || !c.absorbed.isEmpty() || c.speaker.named();
        // (A signature on the line below speaks where its quote is: "« ... », dit-il. Pour lui, ... / — Khaled
        // Freak".)
        int at = c.cue == null || "dash".equals(c.cue.kind()) && s[c.cue.from()] > c.start() ? c.start()
            : s[c.cue.from()];
        salient.add(new Salient(at, c.speaker, true, firm));
        c.confidence = Math.min(c.confidence, Math.max(0.3, c.speaker.confidence()));
      }
      if (c.speaker == null && c.cue == null && c.direct && !c.dialogue && !c.standaloneLine) {
        Speaker same = sameSentenceFragment(c, previous);
        if (same == null) {
          same = relativeOfSpeaker(c, previous);
        }
        if (same != null) {
          c.speaker = same;
          c.cue = previous.cue;
          c.confidence = 0.7;
        } else {
          Cue said = sentenceSpeech(c);
          Speaker who = said == null ? null : speakerOf(said.subject(), salient, true);
          if (who != null && who.entity() != null && who.entity().type() == EntityType.PER && !who.plural()) {
            c.cue = said;
            c.speaker = who;
            c.confidence = 0.5;
          }
        }
      }
      if (c.speaker == null && c.direct && !c.dialogue) {
        c.scare = c.standaloneLine || shortOrVerbless(c);
      }
      if (c.speaker != null || !c.scare) {
        previous = c.speaker != null ? c : previous;
      }
    }
    for (int i = cands.size() - 2; i >= 0; i--) {
      // "« Nous avons trouvé beaucoup de promesses » mais « moins d'argent », a souligné le Premier ministre":
      // words in marks that an incise after the next ones in the sentence attributes are that speaker's too.
      Cand c = cands.get(i);
      Cand next = cands.get(i + 1);
      // So are words in marks in a clause fronted before the speaker's own: "Dès le lendemain, « au regard des
      // tendances », il a félicité « le président ... »".
      boolean fronted = false;
      if (c.mark >= 0 && closeTok[c.mark] >= 0 && next.mark >= 0 && openTok[next.mark] >= 0 && next.cue != null
          && !next.cue.subject().isEmpty() && is(closeTok[c.mark] + 1, ",")) {
        int from = Math.min(next.cue.from(), next.cue.subject().get(0).from());
        int to = Math.max(next.cue.to(), next.cue.subject().get(next.cue.subject().size() - 1).to());
        fronted = from == closeTok[c.mark] + 2 && to == openTok[next.mark];
      }
      if (c.speaker == null && c.cue == null && c.direct && !c.dialogue && !c.standaloneLine && next.direct
          && next.speaker != null && next.cue != null && (fronted || s[next.cue.from()] >= next.end()
              && sameSentenceFragment(next, withSpeaker(c, next)) != null)) {
        c.speaker = next.speaker;
        c.cue = next.cue;
        c.scare = false;
        c.confidence = 0.7;
      }
    }
    for (int i = 0; i < cands.size(); i++) {
      Cand c = cands.get(i);
      if (!c.direct || c.speaker != null || c.dialogue || c.mark < 0 || closeTok[c.mark] < 0) {
        continue;
      }
      Speaker signed = signatureAfter(c);
      if (signed != null) {
        // "« je n'ai jamais souhaité que le sang d'un seul Guinéen soit versé » (Capitaine Dadis Camara)".
        c.speaker = signed;
        c.scare = false;
        c.confidence = 0.7;
        continue;
      }
      if (!c.standaloneLine || !pullQuote(c) || endsWithStop(c)) {
        continue;
      }
      Speaker opener = speakingSubjectAfter(closeTok[c.mark] + 1);
      if (opener != null) {
        // "« Un espoir pour la Grèce qui a tant souffert »\n\nFrançois Hollande s'est félicité de l'accord": the
        // subheading is the words of the one the next line has speak.
        c.speaker = opener;
        c.scare = false;
        c.confidence = 0.5;
        continue;
      }
      for (int j = i + 1; j < cands.size() && cands.get(j).start() - c.end() <= 900; j++) {
        Speaker next = cands.get(j).speaker;
        if (next != null && next.entity() != null && next.entity().type() == EntityType.PER && !next.plural()) {
          // A pull quote set as a subheading ("« La situation est hors de contrôle »" over the paragraph where
          // Marina Silva says so) is the words of the one the section quotes first.
          c.speaker = new Speaker(next.mention(), next.entity(), next.name(), next.gender(), false, true, 0.5,
              next.named());
          c.scare = false;
          c.confidence = 0.5;
          break;
        }
      }
    }
  }

  /**
   * The person who opens the line after token k and speaks there: a name (of an entity the article knows) followed
   * by a reporting verb ("François Hollande s'est félicité de l'accord"); else null.
   */
  private Speaker speakingSubjectAfter(int k) {
    int t = k;
    while (t < n && !newlineBefore(t) && posIs(t, "PUNCT")) {
      t++;
    }
    if (t >= n || !newlineBefore(t)) {
      return null;
    }
    for (Mention m : mentionsIn(span(t, t + 1))) {
      Entity ent = m.type() == EntityType.PER && m.span().start() == s[t] ? entityAt(m.span()) : null;
      int after = ent == null ? -1 : lastTokenBefore(m.span().end()) + 1;
      int v = after;
      while (v >= 0 && v < n && v - after <= 3 && (aux(v) || clitic(v) || posIs(v, "ADV"))) {
        v++;
      }
      if (ent != null && v < n && reporting(v, false)) {
        return new Speaker(m.span(), ent, ent.name(), entityGender(ent), false, true, 0.5, true);
      }
    }
    return null;
  }

  /** A person named in parentheses right after the closing mark, on the same line: the one who said it. */
  private Speaker signatureAfter(Cand c) {
    int close = closeTok[c.mark];
    if (close + 3 >= n || !is(close + 1, "(") || newlineBefore(close + 1)) {
      return null;
    }
    int end = close + 2;
    while (end < n && end - close <= 8 && !is(end, ")") && !newlineBefore(end)) {
      end++;
    }
    if (!is(end, ")")) {
      return null;
    }
    for (Mention m : mentionsIn(span(close + 2, end))) {
      Entity ent = m.type() == EntityType.PER ? entityAt(m.span()) : null;
      if (ent != null) {
        return new Speaker(m.span(), ent, ent.name(), entityGender(ent), false, true, 0.7, true);
      }
    }
    return null;
  }

  /** Whether the words in marks end with a full stop, as a line of dialogue does and a subheading does not. */
  private boolean endsWithStop(Cand c) {
    String t = c.pieces.get(c.pieces.size() - 1).of(text).strip();
    return !t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0
        || closeTok[c.mark] + 1 < n && sentenceEnd(closeTok[c.mark] + 1) && !newlineBefore(closeTok[c.mark] + 1);
  }

  /** Words in marks that read as someone's statement: a verb and three words or more, or the first person. */
  private boolean pullQuote(Cand c) {
    return wordsIn(c) >= 3 && (verbIn(c) || FIRST_PERSON.matcher(c.pieces.get(0).of(text)).find());
  }

  /** The words (not punctuation) of a quote's first token span to its end. */
  private int wordsIn(Cand c) {
    int words = 0;
    for (int i = firstTokenAt(c.start()); i < firstTokenAt(c.end()); i++) {
      words += posIs(i, "PUNCT") ? 0 : 1;
    }
    return words;
  }

  /** Whether a quote holds a verb or an auxiliary. */
  private boolean verbIn(Cand c) {
    for (int i = firstTokenAt(c.start()); i < firstTokenAt(c.end()); i++) {
      if (posIs(i, "VERB") || posIs(i, "AUX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one the text spoke of last before a narrative infinitive ("Et d'ajouter : « ... »"): the last speaker or
   * sentence subject that names someone, within a few lines; else null.
   */
  private Speaker lastSpokenOf(Cand c, List<Salient> salient) {
    int at = s[c.cue.from()];
    for (int i = salient.size() - 1; i >= 0; i--) {
      Salient sa = salient.get(i);
      if (sa.at() >= at) {
        continue;
      }
      Speaker w = sa.who();
      if (at - sa.at() > 800 || w.name() == null) {
        return null;
      }
      return new Speaker(w.mention(), w.entity(), w.name(), w.gender(), w.plural(), w.person(), 0.6, w.named());
    }
    return null;
  }

  /**
   * Offices whose masculine form the press also gives a woman who holds them ("Theresa May ... Le Premier ministre
   * a affirmé"): a woman who just spoke may be "le ministre", though no one else is.
   */
  private static final Set<String> EPICENE_OFFICES = Set.of("ministre", "chef", "secrétaire", "porte-parole",
      "juge", "procureur", "maire");

  /**
   * "le Norvégien", "la Britannique", "le Toulousain": an article and a capitalized demonym, of a country or by its
   * ending of a city or a region, which stand for a person.
   */
  private boolean demonymPhrase(NP np) {
    int h = np.from() + 1;
    if (np.to() - np.from() != 2 || !is(np.from(), "le", "la", "l'", "ce", "cette", "cet") || !startsUpper(h)) {
      return false;
    }
    String word = text.substring(s[h], e[h]);
    for (Mention m : mentionsIn(span(np.from(), h + 1))) {
      if (m.type() == EntityType.LOC && m.span().contains(span(np.from(), h + 1))) {
        return false; // "Le Vatican condamne": a place named with its article, whose adjective is the same word
      }
    }
    if (countries.apply(word) != null) {
      return true;
    }
    for (Mention m : mentionsIn(span(h, h + 1))) {
      if (m.type() == EntityType.ORG || m.type() == EntityType.PER) {
        return false; // a body or a person the tagger named
      }
    }
    // ("Le Parisien" is also a newspaper's name.)
    return CITY_DEMONYM.matcher(word).matches() && !low[h].equals("parisien");
  }

  /** Endings of French demonyms of cities and regions: "Toulousain", "Marseillais", "Genevois", "Lyonnaise". */
  private static final Pattern CITY_DEMONYM = Pattern.compile(
      "\\p{Lu}\\p{Ll}{3,}(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne)");

  /** Words in marks after "être" that tell how the subject stands: "est « persuadé que ... »". */
  private static final Set<String> STANCE_WORDS = Set.of("persuadé", "persuadée", "persuadés", "persuadées",
      "convaincu", "convaincue", "convaincus", "convaincues", "certain", "certaine", "sûr", "sûre", "confiant",
      "confiante", "optimiste", "pessimiste", "déterminé", "déterminée", "déterminés", "prêt", "prête", "prêts",
      "résolu", "résolue", "fier", "fière", "fiers", "heureux", "heureuse", "ravi", "ravie", "inquiet", "inquiète",
      "préoccupé", "préoccupée", "choqué", "choquée", "attristé", "attristée", "indigné", "indignée", "favorable",
      "opposé", "opposée", "ouvert", "ouverte", "déçu", "déçue", "satisfait", "satisfaite", "très", "profondément",
      "extrêmement");

  /** Verbs whose subject is the author of the document that is their object: "prononcer un discours". */
  private static final Set<String> AUTHOR_VERBS = Set.of("prononcer", "publier", "lire", "adresser", "envoyer",
      "tenir", "diffuser", "signer", "rédiger", "écrire", "poster", "présenter", "livrer");

  /** Nouns for any organization, which stand for the one the text named last: "l'institution", "l'organisation". */
  private static final Set<String> GENERIC_BODIES = Set.of("institution", "organisation", "organisme", "instance",
      "agence");

  /** A prosecutor's title right before a name: "le procureur ", "la procureure de la République de Paris, ". */
  private static final Pattern PROSECUTOR_BEFORE = Pattern.compile(
      "(?iu)\\bprocureure?s?(?:\\s+adjointe?)?(?:\\s+(?:de la République|général|générale))?"
          + "(?:\\s+(?:de|d'|du|des)\\s*[^,.;:\\n]{1,30})?\\s*,?\\s*$");

  /** The one person the article names as a prosecutor before a position, or null (none, or several). */
  private Entity theOneProsecutor(int at) {
    Entity found = null;
    for (Mention m : mentions) {
      if (m.span().start() >= at) {
        break;
      }
      Entity ent = m.type() == EntityType.PER ? entityAt(m.span()) : null;
      if (ent != null && PROSECUTOR_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 60),
          m.span().start())).find()) {
        if (found != null && found != ent) {
          return null;
        }
        found = ent;
      }
    }
    return found;
  }

  /** The organization with a proper name that the text named last before a position, a few paragraphs back at most. */
  private Entity lastOrganizationBefore(int at) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.span().end() > at) {
        continue;
      }
      if (at - m.span().end() > 1500) {
        return null;
      }
      Entity ent = m.type() == EntityType.ORG ? entityAt(m.span()) : null;
      if (ent != null && ent.type() == EntityType.ORG && ent.proper()) {
        return ent;
      }
    }
    return null;
  }

  /**
   * Whether words in marks go on with the quote before them after its incise and a circumstance: "« Cette décision
   * », a précisé Jean Dupuis devant les salariés, « était la seule possible »", "« Nous poursuivrons l'effort »,
   * a-t-il insisté en référence au matériel livré, « et nous évoquerons ... »".
   */
  private boolean resumesAfterIncise(Cand c, Cand previous) {
    if (previous == null || !previous.direct || previous.speaker == null || previous.cue == null
        || previous.resumes != null || previous.mark < 0 || c.mark < 0 || !"incise".equals(previous.cue.kind())
        || s[previous.cue.from()] < previous.end()) {
      return false;
    }
    int from = closeTok[previous.mark] + 1;
    int o = openTok[c.mark];
    if (from <= 0 || o <= from || o - from > 30 || !is(o - 1, ",") || windowStart(from) != windowStart(o)) {
      return false;
    }
    for (int k = from; k < o; k++) {
      if (markOf[k] >= 0 || sentenceEnd(k) || is(k, ";", ":")) {
        return false;
      }
      boolean inCue = k >= previous.cue.from() && k < previous.cue.to();
      boolean inSubject = false;
      for (NP np : previous.cue.subject()) {
        inSubject |= k >= np.from() && k < np.to();
      }
      if (!inCue && !inSubject && (posIs(k, "VERB") || posIs(k, "AUX")) && !participleAnt(k) && !infinitive(k)
          && !PAST_PARTICIPLE.matcher(low[k]).matches()) {
        // Another finite verb: a clause of its own stands between.
        return false;
      }
    }
    return true;
  }

  /** Verbs that say a speaker goes on: "a poursuivi le milliardaire républicain", "ajoute l'agence onusienne". */
  private static final Set<String> GOING_ON = Set.of("poursuivre", "ajouter", "conclure", "renchérir", "enchaîner",
      "insister", "compléter", "continuer");

  /**
   * The previous quote's speaker, for a cue that says the speaker goes on and names them only by a definite
   * description nothing else resolved ("le milliardaire républicain"), a few lines later at most; else null.
   */
  private Speaker goesOn(Cand c, Cand previous) {
    // (In one sentence, a description after "ajoute" with no name in it is the one who just spoke, whoever else it
    // might describe: "« ... », assure le ministre Abdou Karim Fofana, mais « ... », ajoute le porte-parole du
    // gouvernement".)
    boolean sameSentence = previous != null && c.cue != null && !c.cue.subject().isEmpty()
        && windowStart(firstTokenAt(previous.start())) == windowStart(c.cue.from())
        && mentionsIn(span(c.cue.subject().get(0))).isEmpty();
    if (c.speaker == null || c.speaker.entity() != null && (c.speaker.named() || !sameSentence)
        || c.speaker.plural() || previous == null
        || previous.speaker == null || previous.speaker.entity() == null || previous.speaker.plural()
        || c.cue.subject().isEmpty()) {
      return null;
    }
    NP main = c.cue.subject().get(0);
    int words = 0;
    for (int k = main.from(); k < main.to(); k++) {
      words += k > main.from() && s[k] == s[k - 1] ? 0 : 1; // ("du" is two tokens, "de" and "le")
    }
    if (!is(main.from(), "le", "la", "l'") || words > 4) {
      return null;
    }
    boolean goingOn = false;
    for (int k = c.cue.from(); k < c.cue.to() && k < n; k++) {
      goingOn |= GOING_ON.contains(lem[k]) || is(k, "encore");
    }
    int from = Math.min(previous.end(), s[c.cue.from()]);
    int to = Math.max(previous.end(), s[c.cue.from()]);
    // (A paragraph break may come between: "a poursuivi" opens its paragraph on the words of the one before.)
    if (!goingOn || to - from > 600) {
      return null;
    }
    for (int k = firstTokenAt(previous.end()); k + 1 < c.cue.from() && k < n; k++) {
      if (is(k, "un", "une") && posIs(k, "DET") && !quoted(k) && (personNoun(k + 1) || personNoun(k + 2)
          || NEWCOMER_NOUNS.contains(lem[k + 1]) || NEWCOMER_NOUNS.contains(lem[Math.min(n - 1, k + 2)]))) {
        // ("Un haut responsable de l'armée américaine s'était prononcé. « ... », a insisté le militaire": someone
        // new came in since.)
        return null;
      }
    }
    Speaker p = previous.speaker;
    boolean person = p.entity().type() == EntityType.PER;
    int h = head(main);
    // (A spokesman is a person: "« ... », assure le ministre Abdou Karim Fofana, mais « ... », ajoute le porte-parole
    // du gouvernement".)
    boolean body = INSTITUTION_WORDS.contains(lem[h]) || COMPANY_HEADS.contains(lem[h])
        || MEDIA_HEADS.contains(lem[h]) || ORG_VOICES.contains(lem[h]) && !personNoun(h) || "agence".equals(lem[h]);
    char g = genderOf(main, null);
    if (person == body || person && g != '?' && p.gender() != '?' && g != p.gender()) {
      return null;
    }
    return new Speaker(c.speaker.mention(), p.entity(), p.name(), p.gender(), false, person, 0.6, false);
  }

  /** A copy of quote c as if it had the speaker and cue of another, to test what lies between them. */
  private static Cand withSpeaker(Cand c, Cand other) {
    Cand copy = new Cand();
    copy.pieces.addAll(c.pieces);
    copy.direct = c.direct;
    copy.mark = c.mark;
    copy.speaker = other.speaker;
    copy.cue = other.cue;
    return copy;
  }

  /**
   * Whether reported speech is a quotation worth reporting as such: a person named in the sentence, or a pronoun
   * standing for a person the article names ("Il a souligné que", "Selon lui,"), states something, or the clause
   * quotes some of the speaker's words in marks. Announcements of decisions ("a annoncé que", "a déclaré qu'il se
   * rendrait à Moscou") are events, and stay out of the quotes layer (the events layer is where announcements
   * belong). What institutions, countries or unnamed sources are said to think stays out too, unless the
   * configuration asks for all reported speech ({@link QuoteConfig.ReportedSpeech#ALL}).
   */
  private boolean quotable(Cand c) {
    if (c.speaker == null || c.speaker.name() == null || c.cue == null) {
      return false;
    }

    if (!c.absorbed.isEmpty()) {
      // Words in quote marks inside the clause make it a quotation, whoever the speaker.
      return true;
    }
    NP subject = c.cue.subject().isEmpty() ? null : c.cue.subject().get(0);
    boolean pronounForAPerson = subject != null && subject.to() - subject.from() == 1
        && subjectPronoun(head(subject)) && c.speaker.entity() != null
        && c.speaker.entity().type() == EntityType.PER && c.speaker.entity().proper() && !c.speaker.plural();
    if (!allReportedSpeech && !c.speaker.named() && !pronounForAPerson && !("selon".equals(c.cue.kind())
        && c.speaker.entity() != null && c.speaker.entity().proper() && c.speaker.entity().type() != EntityType.PER)) {
      // What institutions, unnamed sources and bare roles are said to have said ("le Pentagone a précisé que", "le
      // secrétaire général a rappelé que") is left out unless asked for: the seeds' gold leaves it out.
      return false;
    }
    int first = firstTokenAt(c.start());
    int last = firstTokenAt(c.end());
    for (int i = c.cue.from(); i < c.cue.to(); i++) {
      if (posIs(i, "VERB") && (lem[i].equals("annoncer") || guessLemmas(low[i]).contains("annoncer"))
          && announcesAnAct(first, last)) {
        return false;
      }
    }
    if (is(first, "il", "elle", "ils", "elles") && !impersonal(first) && !"selon".equals(c.cue.kind())) {
      // (After "selon X", the pronoun is someone else, whose plans the source reports.)
      for (int i = first + 1; i < last && i < first + 6; i++) {
        if (ownPlan(i)) {
          return false;
        }
      }
    }
    return true;
  }

  /** "Il y aurait", "il faudrait", "il pourrait s'agir": an impersonal "il" at token i, which names nobody. */
  private boolean impersonal(int i) {
    if (!is(i, "il")) {
      return false;
    }
    if (is(i + 1, "y") || is(i + 1, "n'", "ne") && is(i + 2, "y")) {
      // ("il y a", "il n'y en aurait pas de meilleur")
      return true;
    }
    for (int k = i + 1; k < n && k <= i + 4; k++) {
      if (lem[k].equals("falloir") || lem[k].equals("agir") && is(k - 1, "s'", "se")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an announced clause [first, last) is an act (a decision or a plan: "que les États-Unis avaient imposé
   * des sanctions", "qu'il se rendrait à Moscou"), which the events layer reports, rather than a statement of
   * fact ("que six policiers ont été tués"): its subject is a pronoun or names someone, or its verb is a future
   * or a conditional.
   */
  private boolean announcesAnAct(int first, int last) {
    if (subjectPronoun(first)) {
      return true;
    }
    int verb = -1;
    for (int i = first; i < last && i < first + 12; i++) {
      if (posIs(i, "VERB") || posIs(i, "AUX")) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return true;
    }
    for (int i = verb; i < last && i < verb + 4; i++) {
      if (ownPlan(i)) {
        return true;
      }
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.MISC && m.span().start() >= s[first] && m.span().end() <= s[verb]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words in marks of a headline or of a line of their own that nobody was found to say are the words of the one
   * person whose longer quote holds them word for word: taken from the body ("Sunak veut ... pour « finir le
   * travail »", then « ... je veux finir le travail », déclare le chef du gouvernement).
   */
  private void echoes(List<Cand> all) {
    int firstLineEnd = text.indexOf('\n');
    java.util.Map<Cand, String> words = new java.util.HashMap<>();
    for (Cand c : all) {
      words.put(c, wordsOf(c));
    }
    for (Cand d : all) {
      boolean headline = firstLineEnd > d.end();
      if (!d.direct || d.dialogue || d.speaker != null && d.speaker.name() != null
          || !headline && !d.standaloneLine) {
        // (A term in the body that a speaker used too is the journalist's as much: "le plafonnement des prix".)
        continue;
      }
      String own = words.get(d);
      if (own.length() < 8 || own.indexOf(' ') < 0) {
        continue;
      }
      Speaker who = null;
      boolean two = false;
      for (Cand e : all) {
        if (e == d || !e.direct || e.speaker == null || e.speaker.entity() == null) {
          continue;
        }
        String longer = words.get(e);
        if (longer.length() > own.length() && (" " + longer + " ").contains(" " + own + " ")
            && (!headline || e.start() > firstLineEnd)) {
          two |= who != null && who.entity() != e.speaker.entity();
          who = e.speaker;
        }
      }
      if (who != null && !two) {
        d.speaker = who;
        d.scare = false;
        d.confidence = 0.6;
      }
    }
  }

  /** The words of a quote's pieces, folded, without punctuation, one space between them. */
  private String wordsOf(Cand c) {
    StringBuilder b = new StringBuilder();
    for (Span p : c.pieces) {
      b.append(folded, p.start(), p.end()).append(' ');
    }
    return b.toString().replaceAll("[^\\p{L}\\p{Nd}']+", " ").strip();
  }

  /** Words quoted twice by the same speaker (a headline, then the body) are one quote: the first is kept. */
  private void dropRepeats(List<Cand> all) {
    java.util.Map<String, Cand> seen = new java.util.HashMap<>();
    List<Cand> drop = new ArrayList<>();
    for (Cand c : all) {
      if (c.speaker == null || c.speaker.name() == null) {
        continue;
      }
      StringBuilder key = new StringBuilder(c.speaker.name()).append('|');
      for (Span p : c.pieces) {
        key.append(folded, p.start(), p.end()).append('|');
      }
      if (seen.putIfAbsent(key.toString(), c) != null) {
        drop.add(c);
      }
    }
    all.removeAll(drop);
  }

  private static final Pattern OWN_PLAN = Pattern.compile(".+(rait|raient|ra|ront|rais)");

  /**
   * A verb in the future or the conditional that announces what its subject will do ("qu'il se rendrait à
   * Moscou"), not "être" with an adjective, which says how things are ("qu'il ne serait pas capable de", "qu'il
   * sera nécessaire de"), nor a past conditional, which reports what may have happened ("qu'il aurait tenté").
   */
  private boolean ownPlan(int i) {
    if (!(posIs(i, "VERB") || posIs(i, "AUX")) || !OWN_PLAN.matcher(low[i]).matches()) {
      return false;
    }
    if (posIs(i, "AUX") && (lem[i].equals("avoir") || lem[i].equals("être")) && low[i].contains("rai") && i + 1 < n
        && posIs(i + 1, "VERB") && PAST_PARTICIPLE.matcher(low[i + 1]).matches()) {
      return false;
    }
    if (lem[i].equals("être")) {
      int k = i + 1;
      while (k < n && k <= i + 3 && (is(k, "pas", "plus", "jamais", "guère", "point") || posIs(k, "ADV"))) {
        k++;
      }
      return !(k < n && posIs(k, "ADJ"));
    }
    return true;
  }

  private boolean shortOrVerbless(Cand c) {
    return wordsIn(c) <= 8 || !verbIn(c);
  }

  /**
   * The speaker of a quoted fragment that follows another one in the same sentence with no other speaker or
   * reporting verb between: "Ils s'affirment « prêts » à suspendre le mouvement « en cas de ... »", "a exprimé
   * « sa grande joie » et son « bonheur »".
   */
  /**
   * The speaker of the previous quote when words in marks stand in a relative clause about them: "« ... », a
   * déclaré Jair Bolsonaro, 67 ans, qui attend désormais de « jouer la deuxième mi-temps »"; else null.
   */
  private Speaker relativeOfSpeaker(Cand c, Cand previous) {
    if (previous == null || previous.speaker == null || previous.speaker.mention() == null || c.mark < 0
        || openTok[c.mark] < 0 || previous.speaker.mention().end() > c.start()) {
      return null;
    }
    int o = openTok[c.mark];
    int qui = -1;
    for (int k = o - 1; k >= 0 && o - k <= 6; k--) {
      if (is(k, "qui") && posIs(k, "PRON")) {
        qui = k;
        break;
      }
      if (posIs(k, "PUNCT") || markOf[k] >= 0 || posIs(k, "NOUN") || posIs(k, "PROPN")) {
        return null;
      }
    }
    if (qui < 0 || windowStart(qui) != windowStart(o) || !(posIs(qui + 1, "VERB") || posIs(qui + 1, "AUX"))) {
      return null;
    }
    int after = lastTokenBefore(previous.speaker.mention().end()) + 1;
    if (qui < after || qui - after > 5) {
      return null;
    }
    for (int k = after; k < qui; k++) {
      // (An apposition may come between: ", 67 ans,".)
      if (posIs(k, "VERB") || posIs(k, "AUX") || markOf[k] >= 0 || is(k, ".", ";", ":")) {
        return null;
      }
    }
    return previous.speaker;
  }

  /**
   * Words in marks deep in the object of a sentence whose one named person speaks: "Dans son discours, elle a tenu à
   * saluer les femmes qui se battent tous les jours « pour garder l'espoir »", "Erin O'Toole a rappelé les mérites
   * de son plan pour « remettre le pays sur les rails »". The first verb of reported speech before the marks, and
   * the one person the sentence names before them, who comes before that verb; else null.
   */
  private Cue sentenceSpeech(Cand c) {
    int o = openTok[c.mark];
    int w = windowStart(o);
    int k = w;
    while (k < o && (markOf[k] >= 0 || !posIs(k, "VERB") && !posIs(k, "AUX"))) {
      k++;
    }
    if (k >= o || participleAnt(k) || infinitive(k)) {
      return null;
    }
    int m = k;
    while (m < o && m - k < 4 && (aux(m) || posIs(m, "ADV") || clitic(m)) && !posIs(m, "VERB")) {
      m++;
    }
    if (m + 2 < o && SPEECH_MODALS.contains(lem[m]) && is(m + 1, "de", "d'", "à")) {
      m += 2; // "elle a tenu à saluer"
    }
    // (Not "Il se dit opposé à l'acronyme « AURA »": a stance, and a name in marks, "l'ONG « Fight Impunity »".)
    String words = c.pieces.get(0).of(text).strip();
    if (m >= o || !posIs(m, "VERB") || !reporting(m, false) || passive(groupStart(k), m)
        || lem[m].equals("dire") && is(m - 1, "se", "s'") || BELIEFS.contains(lem[m])
        || !words.isEmpty() && java.util.Arrays.stream(words.split("\\s+"))
            .allMatch(x -> Character.isUpperCase(x.charAt(0)))) {
      return null;
    }
    List<NP> subject = subjectOf(k, w);
    if (subject.size() != 1) {
      return null;
    }
    Entity person = null;
    for (Mention x : mentionsIn(span(w, o))) {
      Entity ent = x.type() == EntityType.PER && !quoted(firstTokenAt(x.span().start())) ? entityAt(x.span()) : null;
      if (ent != null && person != null && ent != person) {
        return null; // (two persons: either may be the one whose words they are)
      }
      person = ent != null ? ent : person;
    }
    NP who = subject.get(0);
    boolean named = person != null && person.spans().stream().anyMatch(sp -> sp.overlaps(span(who)));
    return named || subjectPronoun(who.from()) ? new Cue(groupStart(k), m + 1, subject, "verb") : null;
  }

  /**
   * Verbs of belief or wish, whose object need not be the subject's words: "Elle espère ... du « backstop »" (the
   * verbs of opinion besides HOPE_VERBS, which are here too).
   */
  private static final Set<String> BELIEFS = Set.of("espérer", "estimer", "penser", "croire", "juger",
      "considérer", "souhaiter", "craindre", "vouloir", "redouter", "attendre");

  private Speaker sameSentenceFragment(Cand c, Cand previous) {
    if (previous == null || previous.speaker == null || !previous.direct || previous.cue == null
        || previous.end() > c.start()) {
      return null;
    }
    int from = firstTokenAt(previous.end());
    int to = firstTokenAt(c.start());
    if (windowStart(from) != windowStart(to) || to - from > 14) {
      return null;
    }
    for (int k = from; k < to; k++) {
      // "a exprimé « ... » et salué l'« ... »": a verb coordinated with the first shares its subject.
      // ("« un accord qui ouvre la voie » et qui répond aux « ... »": a relative coordinated with the quote's own.)
      boolean coordinated = (posIs(k, "VERB") || posIs(k, "AUX")) && (is(k - 1, "et") || aux(k - 1) && is(k - 2, "et")
          || is(k - 1, "qui") && is(k - 2, "et"));
      if (markOf[k] >= 0 && markOf[k] != previous.mark && markOf[k] != c.mark || sentenceEnd(k) || is(k, ";", ":")
          || !coordinated && (reporting(k, true) || (posIs(k, "VERB") || posIs(k, "AUX")) && !infinitive(k)
          && !participleAnt(k) && !aux(k))) {
        return null;
      }
      for (Mention m : mentions) {
        if (m.type() == EntityType.PER && m.span().overlaps(span(k, k + 1))) {
          return null;
        }
      }
    }
    return previous.speaker;
  }

  /**
   * A quote in the first person that opens the article, whose speaker the next sentence names: "« J'espère que
   * nous pourrons arriver à la libération de tous les otages. » Quelques heures après l'annonce d'un accord ...,
   * Benjamin Netanyahu a donné une conférence de presse". The one person that sentence names, else null.
   */
  private Speaker leadQuoteSpeaker(Cand c) {
    // (At the start of the text or of a paragraph: "«Nous avons quitté le bureau vendredi ...» Gérant de fortune,
    // Xavier est encore sous le choc.")
    if (c.pieces.size() != 1 || c.mark < 0 || !text.substring(0, openTok[c.mark] < 0 ? 0 : s[openTok[c.mark]])
        .isBlank() && !(openTok[c.mark] >= 0 && blankLineBefore(openTok[c.mark]))
        || !FIRST_PERSON.matcher(c.pieces.get(0).of(text)).find() || shortOrVerbless(c)) {
      return null;
    }
    int k = firstTokenAt(c.end());
    while (k < n && (posIs(k, "PUNCT") || isCloser(k))) {
      k++;
    }
    if (k >= n || newlineBefore(k) && text.substring(c.end(), s[k]).contains("\n\n")) {
      return null;
    }
    int end = sentenceEndFrom(k, n);
    Entity found = null;
    Mention first = null;
    for (Mention m : mentionsIn(span(k, Math.min(n, end + 1)))) {
      Entity ent = m.type() == EntityType.PER ? entityAt(m.span()) : null;
      if (ent != null && found != null && ent != found) {
        return null;
      }
      if (ent != null && found == null) {
        found = ent;
        first = m;
      }
    }
    return found == null ? null : new Speaker(first.span(), found, found.name(), entityGender(found), false, true,
        0.5, false);
  }

  /**
   * A paragraph that is nothing but a quote in the first person, with no cue, after a paragraph about one person:
   * that person's words ("Pierre Karl Péladeau a annoncé lundi ... qu'il démissionnait ... / « Aujourd'hui, je suis
   * devant une absence d'alternative ... »"); inside a paragraph, a quote in the first person that ends it or a
   * whole sentence in marks, after a sentence about one person.
   */
  private Speaker firstPersonParagraph(Cand c, List<Salient> salient) {
    if (c.pieces.size() != 1 || c.mark < 0) {
      return null;
    }
    // ("on" is the speaker's "we" as often as not: "« Là, on va redescendre un peu en nombre parce qu'on a aussi
    // une famille »".)
    boolean firstPerson = (FIRST_PERSON.matcher(c.pieces.get(0).of(text)).find()
        || SPEAKER_ON.matcher(c.pieces.get(0).of(text)).find()) && !shortOrVerbless(c);
    // (Paragraphs may be single lines: then the person must be the subject of the line just before.)
    boolean lineApart = c.standaloneLine && !blankLineBefore(openTok[c.mark]) && firstPerson;
    int lineBefore = lineApart ? text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', c.start()) - 1)) : -1;
    if (!c.standaloneLine || !blankLineBefore(openTok[c.mark]) && !lineApart) {
      // In the paragraph, after a sentence about one person: "Elisa Di Francisca a brandi le drapeau de l'Union
      // européenne après le podium. « Je voulais montrer le drapeau ... »", when the quote ends the paragraph;
      // or a whole sentence in marks right after it, wherever it stands ("Michel Cadot a annoncé des contrôles
      // renforcés. « Des contrôles de sacs seront faits à chaque entrée. »").
      if (!c.sentenceInitial || !(firstPerson && endsItsParagraph(c) || wholeSentence(c))) {
        return null;
      }
      Speaker subject = subjectOfSentenceBefore(c, salient);
      return subject != null || !FIRST_PERSON.matcher(c.pieces.get(0).of(text)).find() ? subject
          : personNamedInSentenceBefore(c, salient);
    }
    if (!firstPerson) {
      return null;
    }
    for (int i = salient.size() - 1; i >= 0; i--) {
      Salient sa = salient.get(i);
      if (sa.at() >= c.start()) {
        continue;
      }
      Speaker w = sa.who();
      if (c.start() - sa.at() > 800 || w.entity() == null || sa.at() <= lineBefore) {
        return null;
      }
      if (w.entity().type() == EntityType.PER && w.entity().proper() && !w.plural()) {
        return new Speaker(w.mention(), w.entity(), w.name(), w.gender(), false, true, 0.6, false);
      }
      return null;
    }
    return null;
  }

  /**
   * Whether the quote is a sentence of its own: a capital first, a verb, at least four words and a full stop,
   * question or exclamation mark inside the marks ("« Nous ne toucherons pas aux impôts locaux. »").
   */
  private boolean wholeSentence(Cand c) {
    String words = c.pieces.get(0).of(text).strip();
    // (The full stop may stand after the closing mark: "« ... pour le Cameroun ».")
    int after = c.mark >= 0 ? marks.get(c.mark).end() : c.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    boolean stopAfter = after < text.length() && "!?.…".indexOf(text.charAt(after)) >= 0;
    if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))
        || "!?.…".indexOf(words.charAt(words.length() - 1)) < 0 && !stopAfter) {
      return false;
    }
    int from = firstTokenAt(c.start());
    int to = firstTokenAt(c.end());
    int count = 0;
    boolean verb = false;
    for (int i = from; i < to; i++) {
      count += posIs(i, "PUNCT") ? 0 : 1;
      verb |= (posIs(i, "VERB") || posIs(i, "AUX")) && !infinitive(i);
    }
    return count >= 4 && verb;
  }

  /** Whether nothing but punctuation follows the quote's marks up to the end of its line. */
  private boolean endsItsParagraph(Cand c) {
    int end = c.mark >= 0 ? marks.get(c.mark).end() : c.end();
    int eol = text.indexOf('\n', end);
    return text.substring(end, eol < 0 ? text.length() : eol).matches("[\\s.!?…,;]*");
  }

  /**
   * The one person the sentence before the quote is about, in the same paragraph: its subject, with no other
   * person named between it and the quote; else null.
   */
  private Speaker subjectOfSentenceBefore(Cand c, List<Salient> salient) {
    int para = text.lastIndexOf('\n', c.start());
    for (int i = salient.size() - 1; i >= 0; i--) {
      Salient sa = salient.get(i);
      if (sa.at() >= c.start()) {
        continue;
      }
      Speaker w = sa.who();
      if (sa.at() <= para || w.entity() == null || w.entity().type() != EntityType.PER || !w.entity().proper()
          || w.plural()) {
        return null;
      }
      for (Mention m : mentions) {
        if (m.type() == EntityType.PER && m.span().start() > sa.at() && m.span().end() <= c.start()
            && entityAt(m.span()) != w.entity()) {
          return null;
        }
      }
      return new Speaker(w.mention(), w.entity(), w.name(), w.gender(), false, true, 0.55, false);
    }
    return null;
  }

  /**
   * The one person named in the sentence right before words in the first person, when that sentence has no
   * subject the text could speak of (no person nor body): "Mais ça ne convainc pas Elizabeth. « Moi je crois
   * plutôt les ingénieurs ... »". Else null.
   */
  private Speaker personNamedInSentenceBefore(Cand c, List<Salient> salient) {
    int open = s[openTok[c.mark]];
    int end = open - 1;
    while (end >= 0 && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n') {
      end--;
    }
    if (end < 0 || ".!?…".indexOf(text.charAt(end)) < 0) {
      return null;
    }
    int from = end - 1;
    while (from >= 0 && text.charAt(from) != '\n'
        && !(".!?…".indexOf(text.charAt(from)) >= 0 && from + 1 < end && text.charAt(from + 1) == ' ')) {
      from--;
    }
    int start = from + 1;
    for (Salient sa : salient) {
      if (sa.at() >= start && sa.at() < open) {
        return null;
      }
    }
    for (int k = firstTokenAt(start); k < n && s[k] < end; k++) {
      if (is(k, "il", "elle", "ils", "elles") || personNoun(k) && posIs(k - 1, "DET")) {
        // ("Cette mère de famille l'affirme, ... elle comprend l'engouement que peut provoquer le professeur
        // Raoult. « Je ... »": someone the sentence speaks of by a pronoun or a description is the one.)
        return null;
      }
    }
    Entity one = null;
    Span where = null;
    for (Mention m : mentionsIn(new Span(start, end))) {
      Entity ent = m.type() == EntityType.PER ? entityAt(m.span()) : null;
      if (m.type() == EntityType.PER && (ent == null || !ent.proper() || one != null && ent != one)) {
        return null;
      }
      if (ent != null && one == null) {
        one = ent;
        where = m.span();
      }
    }
    return one == null ? null : new Speaker(where, one, one.name(), entityGender(one), false, true, 0.5, false);
  }

  /** A line that is nothing but words in marks with no end stop after them: a section title. */
  private static final Pattern SECTION_TITLE_LINE = Pattern.compile(
      "\\n[ \\t]*[«\"“][^\\n«»\"“”]{1,80}[»\"”][ \\t]*(?=\\n)");

  /** A quote with no cue continues the previous speaker in the same paragraph, or after a quote ending the last. */
  private Speaker continuation(Cand c, Cand previous) {
    if (previous == null || previous.speaker == null || !c.sentenceInitial) {
      return null;
    }
    int from = previous.end();
    if (previous.cue != null) {
      from = Math.max(from, e[previous.cue.to() - 1]);
    }
    if (from > c.start()) {
      return null;
    }
    String between = text.substring(from, c.start());
    int breaks = 0;
    for (int i = 0; i < between.length(); i++) {
      if (between.charAt(i) == '\n') {
        breaks++;
      }
    }
    boolean sameParagraph = breaks == 0;
    if (sameParagraph) {
      // Within a paragraph, any sentences may come between (the speaker is still the topic), but not another
      // named person's words.
      return previous.speaker;
    }
    // The next paragraph: only right after a quote or its incise, or past a section title in marks ("«Les
    // départs sont massifs»" on a line of its own, between a speaker's words and more of them).
    String rest = SECTION_TITLE_LINE.matcher(between).replaceAll("\n").strip();
    // (The end of the last sentence and the next one's opening mark: ".\n\n« ".)
    boolean onlyTail = rest.isEmpty() || rest.length() <= 6 && !rest.matches("(?s).*[\\p{L}\\p{N}].*");
    // (A line of words in marks with no end stop is a section title: "\n« Nous devons la clarté aux Français »\n".)
    String own = text.substring(c.start(), c.end()).strip();
    int after = c.end();
    while (after < text.length() && (text.charAt(after) == ' ' || "»\"”’'".indexOf(text.charAt(after)) >= 0)) {
      after++;
    }
    boolean stop = !own.isEmpty() && ".!?…".indexOf(own.charAt(own.length() - 1)) >= 0
        || after < text.length() && ".!?…".indexOf(text.charAt(after)) >= 0;
    boolean title = c.standaloneLine && !stop;
    // (After reported speech that ends its paragraph too: "Joe Biden a déclaré lundi qu'il était préoccupé ...
    // \n« Je ne suis pas inquiet, mais je suis préoccupé ... »".)
    if (onlyTail && !title) {
      return previous.speaker;
    }
    int tailFrom = from;
    if (previous.cue != null && !previous.cue.subject().isEmpty()) {
      // After an incise's subject: "« ... », a déclaré António Guterres après avoir atterri à Sindh.\n« ... »".
      int subjectEnd = e[previous.cue.subject().get(previous.cue.subject().size() - 1).to() - 1];
      tailFrom = subjectEnd > from && subjectEnd <= c.start() ? subjectEnd : from;
    }
    // (Without the next words' opening mark.)
    String tail = SECTION_TITLE_LINE.matcher(text.substring(tailFrom, c.start())).replaceAll("\n").strip()
        .replaceAll("[\\s«“\"‹]+$", "");
    if (!title && stop && wordsIn(c) >= 4 && previous.cue != null && "incise".equals(previous.cue.kind())
        && (tail.startsWith(",") || !tail.isEmpty() && Character.isLowerCase(tail.charAt(0)))
        && tail.indexOf('.') == tail.length() - 1 && tail.length() <= 200
        && !namesSomeoneElse(from, c.start(), previous.speaker)) {
      // "« ... », a-t-il insisté, dressant une liste des questions urgentes.\n« ... »": the incise's sentence ends
      // on what the speaker does while speaking; the next paragraph's words go on.
      return previous.speaker;
    }
    return null;
  }

  /**
   * Whether a person other than the speaker is named between two offsets, other than in a complement ("selon une
   * vidéo publiée par le bureau du Premier ministre Shehbaz Sharif" names nobody who speaks).
   */
  private boolean namesSomeoneElse(int from, int to, Speaker speaker) {
    for (Mention m : mentionsIn(new Span(from, to))) {
      if (m.type() != EntityType.PER || speaker.entity() != null && entityAt(m.span()) == speaker.entity()) {
        continue;
      }
      int t = firstTokenAt(m.span().start());
      int k = t - 1;
      while (k > 0 && t - k <= 3 && (personNoun(k) || posIs(k, "ADJ") || ROLE_NOUNS.contains(low[k])
          || is(k, "premier", "première"))) {
        k--;
      }
      if (posIs(k, "DET") && k > 0) {
        k--; // ("du Premier ministre": the contraction's article, after its "de")
      }
      if (!deLink(k) && !is(k, "du", "des", "par")) {
        return true;
      }
    }
    return false;
  }

  /** The mentions that overlap a span, in text order. */
  private List<Mention> mentionsOverlapping(Span sp) {
    if (longestMention < 0) {
      longestMention = 0;
      for (Mention m : mentions) {
        longestMention = Math.max(longestMention, m.span().length());
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentionsIn(new Span(Math.max(0, sp.start() - longestMention), sp.end()))) {
      if (m.span().overlaps(sp)) {
        out.add(m);
      }
    }
    return out;
  }

  private int longestMention = -1;

  /** The mentions that start inside a span, in text order (a binary search: long articles have thousands). */
  private List<Mention> mentionsIn(Span sp) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).span().start() < sp.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < mentions.size() && mentions.get(end).span().start() < sp.end()) {
      end++;
    }
    return mentions.subList(lo, end);
  }

  /** Resolves the noun phrases of a cue to a speaker. */
  private Speaker speakerOf(List<NP> nps, List<Salient> salient, boolean asSpeaker) {
    if (nps.isEmpty()) {
      return null;
    }
    // A name anywhere in the subject and its appositions.
    for (NP np : nps) {
      Span sp = span(np);
      Mention best = null;
      for (Mention m : mentionsIn(sp)) {
        // (A name the tagger typed MISC that the entity layer knows as a person: "Sarah Sanders".)
        boolean person = m.type() == EntityType.PER || m.type() == EntityType.MISC && entityAt(m.span()) != null
            && entityAt(m.span()).type() == EntityType.PER;
        if (person && sp.contains(m.span())) {
          // "un responsable de l'administration de Barack Obama" is not Barack Obama.
          int before = firstTokenAt(m.span().start()) - 1;
          int h0 = head(np);
          boolean voice = VOICE_HEADS.contains(lem[h0]) || VOICE_HEADS.contains(low[h0]);
          if (before >= np.from() && (deLink(before) && !voice || is(before, "à", "au", "aux", "par", "pour",
              "avec"))) {
            // ("l'exception notable de Idriss Déby" is Idriss Déby.)
            continue;
          }
          if (!voice && posIs(h0, "NOUN") && h0 < before && !personNoun(h0) && !lex.isDocumentNoun(lem[h0])
              && deLinkBetween(h0, before)) {
            // "La bataille juridique autour de la dépouille du roi Mwambutsa IV": a person in a complement of a
            // thing is not the subject ("le communiqué de X" is, through its author).
            continue;
          }
          int link = is(before - 1, "la", "l'", "le", "les") ? before - 2 : before - 1;
          boolean officeOfGroup = deLink(link) && GROUP_HEADS.contains(lem[before])
              && m.text().trim().contains(" ");
          if (before >= np.from() && INSTITUTION_HEADS.contains(lem[before]) && !officeOfGroup) {
            // "le gouvernement Assad", "l'administration Obama": the institution, not the person ("le premier
            // secrétaire du parti Jean-Christophe Cambadélis", "le porte-parole du gouvernement Stéphane Le Foll"
            // are the person: a full name after an office of the group).
            continue;
          }
          // The first name of a coordination ("Guy Chevrette et Benoît Jugand") leads it.
          best = m;
          break;
        }
      }
      if (best != null) {
        Entity ent = entityAt(best.span());
        Speaker named = make(trimNp(np), ent, ent != null ? ent.name() : best.text(), np, 0.95);
        boolean plural = named.plural();
        char gender = named.gender();
        int office = np.from() - 1;
        if (is(np.from(), "des") && (ent == null || ent.type() == EntityType.PER) && !coordinated(np)
            && office > 0 && posIs(office, "NOUN") && (MASC.contains(low[office - 1])
                || FEM.contains(low[office - 1]))) {
          // "La ministre des Armées Florence Parly": the name's phrase starts with the portfolio's "des"; she is one
          // woman, as the office before it says, for the pronouns after it ("a-t-elle martelé").
          plural = false;
          gender = gender != '?' ? gender : MASC.contains(low[office - 1]) ? 'm' : 'f';
        }
        return new Speaker(named.mention(), named.entity(), named.name(), gender, plural, true, 0.95, true);
      }
    }
    NP main = nps.get(0);
    int h = head(main);
    if (main.to() - main.from() == 1 && subjectPronoun(h)) {
      return pronoun(h, salient);
    }
    if (main.to() - main.from() == 1 && is(h, "qui") && opensSentence(h)) {
      // "Qui détaille les infractions supposées : « ... »": a sentence that goes on from the last speaker's.
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        if (sa.speaker() && sa.at() < s[h] && s[h] - sa.at() < 1500 && sa.who().entity() != null) {
          Speaker w = sa.who();
          return new Speaker(span(h, h + 1), w.entity(), w.name(), w.gender(), w.plural(), w.person(), 0.6, false);
        }
      }
    }
    if (nps.size() > 1 && SPEAKING_BODIES.contains(lem[h])) {
      // "le commandement militaire des Etats-Unis pour le Moyen-Orient, Centcom": the body's name in apposition.
      NP apposed = nps.get(1);
      for (Mention m : mentionsIn(span(apposed))) {
        Entity ent = m.type() != EntityType.MISC && m.type() != EntityType.PER && m.span().equals(span(apposed))
            && countries.apply(m.text()) == null ? entityAt(m.span()) : null;
        if (ent != null) {
          return make(trimNp(main), ent, ent.name(), main, 0.85);
        }
      }
    }
    if (main.to() - main.from() == 2 && is(main.from(), "la", "l'") && CITY_HEADS.contains(low[h])) {
      // "dit la Ville dans un communiqué" in an article on Toronto: the city, whatever the tagger made of "Ville".
      Entity city = theOneCity(s[main.from()]);
      if (city != null) {
        return make(trimNp(main), city, city.name(), main, 0.75);
      }
    }
    if (main.to() - main.from() == 2 && is(main.from(), "ce", "cette") && is(main.from() + 1, "dernier", "dernière")) {
      // "Ce dernier indique": the person named last before it.
      Mention last = null;
      for (Mention m : mentions) {
        if (m.span().end() > s[main.from()]) {
          break;
        }
        if (m.type() == EntityType.PER && !namesAPlace(m)) {
          last = m;
        }
      }
      Entity ent = last != null && s[main.from()] - last.span().end() < 600 ? entityAt(last.span()) : null;
      if (ent != null) {
        return new Speaker(trimNp(main), ent, ent.name(), genderOf(main, ent), false, true, 0.7, false);
      }
    }
    Span hs = span(h, h + 1);
    // (Not a demonym the tagger read as a place: "le Toulousain".)
    boolean demonym = demonymPhrase(main);
    Entity covering = entityCovering(hs);
    if (covering != null && covering.type() == EntityType.LOC && demonym) {
      covering = null; // "a réagi le Toulousain": a demonym the tagger read as a place, for the rules below
    }
    if (covering != null) {
      return make(trimNp(main), covering, covering.name(), main, 0.9);
    }
    // A noun that announces the organization named right after it: "la chaîne publique TRT", "l'agence
    // Anatolie", "le quotidien libanais L'Orient-Le Jour" (not "le porte-parole du Kremlin").
    for (Mention m : mentionsIn(span(main))) {
      if (m.type() == EntityType.ORG && span(main).contains(m.span()) && m.span().start() > e[h]) {
        int first = firstTokenAt(m.span().start());
        boolean apposed = true;
        // (The noun's complement may come between when the name ends the phrase: "le groupe de défense des droits
        // Amnesty", "la télévision d'Etat CCTV".)
        boolean body = SPEAKING_BODIES.contains(lem[h]) || MEDIA_HEADS.contains(lem[h])
            || COMPANY_HEADS.contains(lem[h]) || GENERIC_BODIES.contains(lem[h]) || is(h, "télévision");
        boolean last = body && m.span().end() == e[main.to() - 1] && first > h + 1 && deLink(h + 1)
            && (main.to() >= n || posIs(main.to(), "PUNCT") || posIs(main.to(), "VERB") || posIs(main.to(), "AUX"));
        for (int k = h + 1; k < first; k++) {
          // ("l'agence de presse Anadolu")
          apposed &= posIs(k, "ADJ") || is(k, "de") && is(k + 1, "presse") || is(k, "presse") && is(k - 1, "de")
              || last && (deLink(k) || posIs(k, "DET") || (posIs(k, "NOUN") || posIs(k, "ADJ")) && !startsUpper(k)
                  && !personNoun(k)
                  || is(k, "etat", "état")) && mentionsIn(span(k, k + 1)).isEmpty();
        }
        Entity ent = apposed ? entityAt(m.span()) : null;
        if (ent != null) {
          return make(trimNp(main), ent, ent.name(), main, 0.85);
        }
      }
    }
    // A group named by its members: "les pays du G7", "les Alliés de l'OTAN".
    if (plural(main)) {
      for (Mention m : mentionsIn(span(main))) {
        if ((m.type() == EntityType.ORG) && span(main).contains(m.span()) && m.span().start() > e[h]) {
          Entity ent = entityAt(m.span());
          return make(trimNp(main), ent, ent != null ? ent.name() : m.text(), main, 0.85);
        }
      }
    }
    // A document stands for its author: "le communiqué de la Maison Blanche", "les paroles de l'écrivain",
    // else the last speaker.
    Entity issuer = lex.isDocumentNoun(lem[h]) ? countryByDemonym(main, h) : null;
    if (issuer != null) {
      // "La résolution américaine soulignait « ... »": a state's document speaks for the country.
      return make(trimNp(main), issuer, issuer.name(), main, 0.75);
    }
    if (lex.isDocumentNoun(lem[h])) {
      boolean authored = false;
      for (int k = h + 1; k < main.to() - 1; k++) {
        if (deLink(k)) {
          NP of = new NP(k + 1, main.to());
          Speaker author = speakerOf(List.of(of), salient, false);
          if (author != null && (author.entity() != null || author.named())) {
            return new Speaker(trimNp(main), author.entity(), author.name(), author.gender(), author.plural(),
                author.person(), 0.8, false);
          }
          // "l'avis de la plus haute autorité administrative" names its author, if not one the article knows.
          // ("communiqué de presse" is a compound: its complement has no article.)
          authored = speakerLike(of) && (posIs(of.from(), "DET") || posIs(of.from(), "PROPN"));
          break;
        }
      }
      if (authored) {
        return make(trimNp(main), null, fallbackName(main), main, 0.6);
      }
      for (Mention m : mentionsIn(span(main))) {
        if (m.type() != EntityType.MISC && span(main).contains(m.span()) && m.span().start() > e[h]) {
          Entity ent = entityAt(m.span());
          return make(trimNp(main), ent, ent != null ? ent.name() : m.text(), main, 0.85);
        }
      }
      // "Theresa May ne prononce un discours disant qu'elle ...": the author of a document is who delivers it.
      int v = main.from() - 1;
      if (v >= 0 && posIs(v, "VERB") && AUTHOR_VERBS.contains(lem[v]) && !quoted(v)) {
        Speaker author = speakerOf(subjectOf(v, windowStart(v)), salient, false);
        if (author != null && author.entity() != null) {
          return new Speaker(trimNp(main), author.entity(), author.name(), author.gender(), author.plural(),
              author.person(), 0.7, false);
        }
      }
      if (is(main.from(), "son", "sa", "ses", "leur", "leurs")) {
        // "Justine Triet a profité de la tribune pour dénoncer ..., selon ses propos, « ... »": a possessive in
        // the sentence of a person's subject is theirs, not the last speaker's.
        int ws = s[windowStart(main.from())];
        for (int i = salient.size() - 1; i >= 0; i--) {
          Salient sa = salient.get(i);
          if (sa.at() >= s[main.from()]) {
            continue;
          }
          Speaker w = sa.who();
          if (sa.at() >= ws && w.entity() != null && w.entity().type() == EntityType.PER && !w.plural()) {
            return new Speaker(trimNp(main), w.entity(), w.name(), w.gender(), false, true, 0.7, false);
          }
          break;
        }
      }
      // (A document already spoken of, or a new one from a body that speaks through documents: "selon un
      // communiqué" after the White House's words; "un document publié vendredi" after Theresa May's is not hers.)
      boolean known = is(main.from(), "le", "la", "l'", "les", "ce", "cet", "cette", "son", "sa", "ses", "leur");
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        if (sa.speaker() && sa.who().name() != null && sa.at() < s[main.from()]) {
          Speaker w = sa.who();
          if (!known && w.person()) {
            break;
          }
          return new Speaker(trimNp(main), w.entity(), w.name(), w.gender(), w.plural(), w.person(), 0.7, false);
        }
      }
    }
    // An institution or place named in the phrase's head (not a demonym, as above).
    for (Mention m : mentionsOverlapping(hs)) {
      if (m.type() != EntityType.MISC && m.span().overlaps(hs) && !(demonym && m.type() == EntityType.LOC)
          && !KIND_ACRONYMS.contains(m.text().strip().toUpperCase(Locale.ROOT))) {
        Entity ent = entityAt(m.span());
        return make(trimNp(main), ent, ent != null ? ent.name() : m.text(), main, 0.85);
      }
    }
    Mention title = titleNamed(main);
    if (title != null) {
      Entity ent = entityAt(title.span());
      return make(trimNp(main), ent, ent != null ? ent.name() : title.text(), main, 0.75);
    }
    // "l'armée" after "L'armée turque annonce ...": the one organization the article named with that head noun.
    Entity shortened = is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 3
        ? organizationWithHead(h, s[main.from()]) : null;
    if (shortened == null && is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 3) {
      // "le quotidien note que" after "le quotidien libanais L'Orient-Le Jour".
      shortened = organizationIntroducedAs(h, s[main.from()]);
    }
    if (shortened == null && is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 3
        && COMPANY_HEADS.contains(lem[h]) && h == main.from() + 1) {
      // "La compagnie annonce" in an article on "Air Méditerranée" and "le tribunal de commerce de Tarbes".
      shortened = theOneCompany(s[main.from()]);
    }
    if (shortened == null && is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 3
        && MEDIA_HEADS.contains(lem[h])) {
      // "Pour L'Opinion, il s'agit d'une « » que le journal estime « »": the newspaper that spoke last in the
      // paragraph.
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        if (sa.speaker() && sa.at() < s[main.from()]) {
          Speaker w = sa.who();
          boolean medium = w.entity() != null ? w.entity().type() == EntityType.ORG
              || w.entity().type() == EntityType.MISC : w.name() != null && !w.person();
          if (medium && !w.plural() && text.substring(sa.at(), s[main.from()]).indexOf('\n') < 0) {
            return new Speaker(trimNp(main), w.entity(), w.name(), w.gender(), false, false, 0.7, false);
          }
          break;
        }
      }
    }
    if (shortened == null && is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 4
        && GENERIC_BODIES.contains(lem[h]) && h == main.from() + 1) {
      // "indique l'institution sous-régionale" after "la CEDEAO": the organization the text named last.
      shortened = lastOrganizationBefore(s[main.from()]);
    }
    if (shortened == null && is(main.from(), "le", "la", "l'") && main.to() - main.from() <= 3
        && h == main.from() + 1 && SPEAKING_BODIES.contains(lem[h]) && !is(h, "parquet")) {
      // "« ... », a réagi le syndicat" after "La Fédération autonome de l'enseignement (FAE) dit rejeter": the
      // organization that spoke last, a few paragraphs back at most.
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        Entity who = sa.who().entity();
        if (sa.speaker() && sa.at() < s[main.from()] && who != null) {
          shortened = who.type() == EntityType.ORG && s[main.from()] - sa.at() < 1500 ? who : null;
          break;
        }
      }
    }
    if (shortened == null && is(main.from(), "le") && is(h, "parquet") && h == main.from() + 1) {
      // "conclut le parquet" in an article that names "le procureur Yann Le Bris": the prosecutor speaks for it.
      shortened = theOneProsecutor(s[main.from()]);
    }
    if (shortened != null) {
      return make(trimNp(main), shortened, shortened.name(), main, 0.75);
    }
    // A role the article ties to a name elsewhere: "le secrétaire général" after "le secrétaire général de
    // l'OTAN, Jens Stoltenberg".
    // ("a promis le Président élu du Sénégal": the one who will take the office, not its holder nor one bound to it.)
    boolean elect = is(h + 1, "élu", "élue", "désigné", "désignée") || is(main.to(), "élu", "élue", "désigné",
        "désignée");
    Entity role = elect ? null : roleAntecedent(main);
    if (role == null && !elect && is(main.from(), "le", "la", "l'") && personNoun(h)) {
      role = officerOf(main, h);
    }
    if (role != null) {
      return make(trimNp(main), role, role.name(), main, 0.8);
    }
    // A definite role ("le chef du gouvernement") is most often the person the paragraph is about.
    // ("la page Facebook du musicien": the article is in the contraction.)
    boolean definite = is(main.from(), "le", "la", "l'", "son", "sa") || main.from() == h && is(h - 1, "du");
    if (definite && (ROLE_NOUNS.contains(lem[h]) || ROLE_NOUNS.contains(low[h]))
        && !plural(main) && !namesSomeone(main, h) && !perpetrator(h)) {
      // Only when one person has been the subject or the speaker lately: with two ("Eric Chu ... le nouveau
      // chef de l'État"), the role may be either, and its own words are more honest than a guess.
      char g = genderOf(main, null);
      // The person who spoke last in the same paragraph, if the role fits them: "le Premier ministre a indiqué
      // que ... « ... », a déclaré le chef du gouvernement".
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        if (!sa.speaker() || !sa.firm() || sa.at() >= s[main.from()]) {
          continue;
        }
        Speaker w = sa.who();
        Entity between = lastPersonAfterSentenceOf(sa.at(), main.from());
        if (w.entity() != null && w.entity().type() == EntityType.PER && !w.plural()
            && text.substring(sa.at(), s[main.from()]).indexOf('\n') < 0
            && (between == null || between == w.entity())
            && (g == '?' || w.gender() == '?' || g == w.gender() || g == 'm' && EPICENE_OFFICES.contains(low[h]))
            && roleFits(w.entity(), h)
            && !nationalityConflict(w.entity(), main)) {
          return new Speaker(trimNp(main), w.entity(), w.name(), w.gender(), false, true, 0.65, false);
        }
        break;
      }
      Speaker only = null;
      int onlyAt = -1;
      boolean ambiguous = false;
      for (int i = salient.size() - 1; i >= 0; i--) {
        Salient sa = salient.get(i);
        Speaker w = sa.who();
        if (sa.at() >= s[main.from()] || s[main.from()] - sa.at() > 1200) {
          continue;
        }
        if (w.entity() != null && w.entity().type() == EntityType.PER && !w.plural()
            && (g == '?' || w.gender() == '?' || g == w.gender()) && agrees(g, w.entity(), h)
            && roleFits(w.entity(), h) && !nationalityConflict(w.entity(), main)) {
          if (only == null) {
            only = w;
            onlyAt = sa.at();
          } else if (only.entity() != w.entity()) {
            ambiguous = true;
          }
        }
      }
      if (only != null && !ambiguous) {
        // Someone else the role may stand for, named since ("Johnny Hallyday a chanté ... une allocution
        // prononcée par Victor Hugo ... les paroles de l'écrivain"): no guess.
        int para = text.lastIndexOf("\n\n", s[main.from()]);
        Set<Entity> others = new LinkedHashSet<>();
        for (Mention m : mentions) {
          Entity other = m.type() == EntityType.PER && m.span().start() > Math.max(onlyAt, para)
              && m.span().end() <= s[main.from()] && !namesAPlace(m) && !quoted(firstTokenAt(m.span().start()))
              ? entityAt(m.span()) : null;
          if (other != null && other != only.entity() && roleFits(other, h) && agrees(g, other, h)) {
            // ("le ministre ..., Gérald Darmanin" named since is not "la présidente du Conseil".)
            ambiguous = true;
            others.add(other);
          }
        }
        if (ambiguous && onlyAt < para && others.size() == 1) {
          // The subject of an earlier paragraph, and one person this paragraph names ("cet acte ferait suite
          // aux propos lancés par Karim Benzema. En effet, l'attaquant avait déclaré"): that person.
          Entity one = others.iterator().next();
          return new Speaker(trimNp(main), one, one.name(), genderOf(main, one), false, true, 0.55, false);
        }
      }
      if (only == null) {
        // Nobody was the subject lately: the one person of the paragraph the role fits ("Mohamed Rabii, seul
        // athlète marocain médaillé, sera reçu par le roi du Maroc ... le boxeur de 23 ans"), or of the paragraph
        // before when this one names nobody before the role (a quote opening a paragraph: "« ... » a déclaré la
        // championne" after a paragraph on "la judokate Majlinda Kelmendi").
        int para = text.lastIndexOf("\n\n", s[main.from()]);
        boolean personInParagraph = false;
        for (Mention m : mentions) {
          personInParagraph |= m.type() == EntityType.PER && m.span().start() > para
              && m.span().end() <= s[main.from()];
        }
        int from = personInParagraph || para <= 0 ? para : text.lastIndexOf("\n\n", para - 1);
        boolean generic = GENERIC_ROLES.contains(lem[h]) || GENERIC_ROLES.contains(low[h]);
        // A person the article gave a role of the same kind outranks one it gave no role ("la judokate X a battu
        // l'Italienne Y ... la championne"): two such, or two of the same rank, and there is no guess.
        Entity strong = null;
        boolean strongAmbiguous = false;
        for (Mention m : mentions) {
          Entity other = m.type() == EntityType.PER && m.span().start() > from && m.span().end() <= s[main.from()]
              && !namesAPlace(m) && !quoted(firstTokenAt(m.span().start())) ? entityAt(m.span()) : null;
          if (other == null || !roleFits(other, h) || !rolesKnown(other) && generic
              || singlePost(h) && rolesKnown(other) && !sameRole(knownRoles(other), h)
              || nationalityConflict(other, main) || !agrees(g, other, h)) {
            // (A person the article gives no role to may be "l'attaquant", not "le ministre"; nor is one it gave
            // another role, who has neither spoken nor been a subject lately: "la mort du général iranien
            // Soleimani. ... Pour le ministre iranien des Affaires étrangères".)
            continue;
          }
          if (rolesKnown(other)) {
            strongAmbiguous |= strong != null && strong != other;
            strong = strong == null ? other : strong;
          }
          if (only == null) {
            only = make(m.span(), other, other.name(), new NP(firstTokenAt(m.span().start()),
                firstTokenAt(m.span().start()) + 1), 0.55);
          } else if (only.entity() != other) {
            ambiguous = true;
          }
        }
        if (ambiguous && strong != null && !strongAmbiguous) {
          return new Speaker(trimNp(main), strong, strong.name(), genderOf(main, strong), false, true, 0.55, false);
        }
      }
      if (only != null && !ambiguous) {
        return new Speaker(trimNp(main), only.entity(), only.name(), only.gender(), false, true, 0.6, false);
      }
      if (only == null && !ambiguous) {
        Entity next = personOpeningASentenceAfter(main, h, g);
        if (next != null) {
          return new Speaker(trimNp(main), next, next.name(), genderOf(main, next), false, true, 0.5, false);
        }
        Entity sole = soleNamedPerson(main, h, g);
        if (sole != null) {
          return new Speaker(trimNp(main), sole, sole.name(), genderOf(main, sole), false, true, 0.45, false);
        }
      }
    }
    // A state's bodies named by its demonym speak for the country the article names: "les autorités turques",
    // "la diplomatie russe", "le gouvernement français".
    Entity state = STATE_BODIES.contains(lem[h]) || STATE_BODIES.contains(low[h]) ? countryByDemonym(main, h) : null;
    if (state != null) {
      return make(trimNp(main), state, state.name(), main, 0.8);
    }
    // Who speaks for an organization the article names: "la direction du groupe Canal +", "un porte-parole du
    // collectif Indecline", "à l'initiative du CHRU de Reims".
    if ((ORG_VOICES.contains(lem[h]) || ORG_VOICES.contains(low[h])) && h + 1 < main.to() && deLink(h + 1)) {
      for (Mention m : mentionsIn(span(main))) {
        if ((m.type() == EntityType.ORG || m.type() == EntityType.LOC) && span(main).contains(m.span())
            && m.span().start() > e[h]) {
          Entity ent = entityAt(m.span());
          if (ent != null) {
            return make(trimNp(main), ent, ent.name(), main, 0.75);
          }
          break;
        }
      }
    }
    Entity described = asSpeaker ? describedPerson(main, h, salient) : null;
    if (described != null) {
      return new Speaker(trimNp(main), described, described.name(), genderOf(main, described), false, true, 0.5,
          false);
    }
    if (!asSpeaker && !plural(main)) {
      return null;
    }
    Span m = trimNp(main);
    return make(m, null, fallbackName(main), main, 0.6);
  }

  /**
   * The one person the whole text has named before a definite role, when the role fits them: "le discours
   * d'Édouard Philippe sur les retraites ... « ... », déclare le chef du gouvernement". A reader takes the office
   * for the only person in sight even when the article never ties the two; with two persons named, or none,
   * null.
   */
  private Entity soleNamedPerson(NP main, int h, char g) {
    Entity one = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.PER || m.span().end() > s[main.from()]) {
        continue;
      }
      Entity ent = namesAPlace(m) || quoted(firstTokenAt(m.span().start())) ? null : entityAt(m.span());
      if (ent == null) {
        continue;
      }
      if (one != null && ent != one || !ent.proper()) {
        return null;
      }
      one = ent;
    }
    return one != null && roleFits(one, h) && !(singlePost(h) && rolesKnown(one) && !sameRole(knownRoles(one), h))
        && agrees(g, one, h) && !nationalityConflict(one, main) ? one : null;
  }

  /**
   * A role named before its holder, with nobody before it in its paragraph: "La gardienne de l'équipe américaine
   * a qualifié ses adversaires de « bande de lâches ». Hope Solo, poursuivant sa déclaration, ...". The one person
   * who opens one of the next two sentences of the paragraph, when the role fits them and nobody else is named
   * before; else null.
   */
  private Entity personOpeningASentenceAfter(NP main, int h, char g) {
    int para = text.indexOf("\n\n", e[main.to() - 1]);
    int limit = para < 0 ? text.length() : para;
    int sentencesSeen = 0;
    for (int k = main.to(); k < n && s[k] < limit && sentencesSeen <= 2; k++) {
      if (sentenceStart[k] && !quoted(k)) {
        sentencesSeen++;
      }
      for (Mention m : mentionsIn(span(k, k + 1))) {
        if (m.type() != EntityType.PER || m.span().start() != s[k]) {
          continue;
        }
        Entity who = entityAt(m.span());
        if (who == null || !sentenceStart[k] || quoted(k) || !roleFits(who, h)) {
          // Someone else named first (an object, a name in marks): no guess.
          return null;
        }
        char wg = genderOf(new NP(k, k + 1), who);
        return g == '?' || wg == '?' || g == wg ? who : null;
      }
    }
    return null;
  }

  /**
   * Whether a person can hold the role headed by token h: yes unless the article gives them other roles only
   * ("le sélectionneur, Didier Deschamps" is not "l'attaquant").
   */
  /** Whether the text gives this person a part in the story right before a mention ("Le suspect, Marc Dupuis"). */
  private boolean hasAPart(Entity ent) {
    for (Span sp : ent.spans()) {
      int t = firstTokenAt(sp.start());
      for (int k = t - 1; k >= 0 && t - k <= 3; k--) {
        if (NEWCOMER_NOUNS.contains(lem[k]) && !ROLE_NOUNS.contains(lem[k])) {
          return true;
        }
        if (!is(k, ",") && !posIs(k, "ADJ")) {
          break;
        }
      }
    }
    return false;
  }

  private boolean roleFits(Entity ent, int h) {
    Set<String> roles = knownRoles(ent);
    if (roles.isEmpty() || sameRole(roles, h)) {
      return true;
    }
    if (singlePost(h) && roles.stream().anyMatch(SINGLE_POSTS::contains)) {
      // ("Pour le ministre iranien des Affaires étrangères, ... Le président Hassan Rohani évoque": one office is
      // not another; "le général Tiani" may be "le président de la transition".)
      return false;
    }
    return GENERIC_ROLES.contains(lem[h]) || GENERIC_ROLES.contains(low[h]);
  }

  private boolean singlePost(int h) {
    return SINGLE_POSTS.contains(lem[h]) || SINGLE_POSTS.contains(low[h]);
  }

  /** Offices that name one post each, which a person known by another of them does not hold. */
  private static final Set<String> SINGLE_POSTS = Set.of("ministre", "président", "présidente", "chancelier",
      "chancelière");

  /** Whether head h names one of these roles or one of their profession ("le coach" for an "entraîneur"). */
  private boolean sameRole(Set<String> roles, int h) {
    for (Set<String> family : ROLE_FAMILIES) {
      if (family.contains(lem[h]) || family.contains(low[h])) {
        // "le politologue X ... l'universitaire belge": one profession under several names.
        for (String r : roles) {
          if (family.contains(r)) {
            return true;
          }
        }
      }
    }
    return roles.contains(lem[h]) || roles.contains(low[h]);
  }

  /** The roles the article gives a person, in a title before a name or an apposition after it. */
  private Set<String> knownRoles(Entity ent) {
    Set<String> roles = new java.util.HashSet<>();
    for (Span sp : ent.spans()) {
      int t = firstTokenAt(sp.start());
      for (int k = t - 1; k >= 0 && t - k <= 6; k--) {
        // ("Le suspect, Marc Dupuis": a part in the story is a role too, and no magistrate's.)
        if (ROLE_NOUNS.contains(lem[k]) || ROLE_NOUNS.contains(low[k]) || NEWCOMER_NOUNS.contains(lem[k])) {
          roles.add(lem[k]);
          break;
        }
        if (posIs(k, "PUNCT") && !is(k, ",") || posIs(k, "VERB") || posIs(k, "AUX")) {
          break;
        }
      }
      int after = firstTokenAt(sp.end());
      if (is(after, ",")) {
        for (int k = after + 1; k < n && k - after <= 3; k++) {
          if (ROLE_NOUNS.contains(lem[k]) || ROLE_NOUNS.contains(low[k])) {
            roles.add(lem[k]);
            break;
          }
        }
      }
    }
    return roles;
  }

  private static final List<Set<String>> ROLE_FAMILIES = List.of(
      Set.of("universitaire", "politologue", "économiste", "historien", "historienne", "sociologue", "analyste",
          "philosophe", "juriste", "chercheur", "chercheuse", "scientifique", "expert", "experte", "professeur",
          "professeure", "spécialiste"),
      Set.of("athlète", "sportif", "sportive", "champion", "championne", "boxeur", "nageur", "nageuse", "coureur",
          "coureuse", "footballeur", "tennisman", "pilote", "cycliste", "triathlète", "médaillé", "médaillée",
          "relayeur", "relayeuse", "judoka", "judokate", "escrimeur", "escrimeuse", "sprinteur", "sprinteuse"),
      Set.of("chanteur", "chanteuse", "acteur", "actrice", "cinéaste", "réalisateur", "réalisatrice", "artiste",
          "musicien", "musicienne"),
      Set.of("roi", "reine", "souverain", "souveraine", "monarque", "empereur", "impératrice", "prince",
          "princesse", "émir", "sultan"),
      // "Mathilde Panot, présidente du groupe La France insoumise ... Pour la députée": a member of parliament.
      Set.of("député", "députée", "sénateur", "sénatrice", "parlementaire", "élu", "élue", "président",
          "présidente"),
      // "Olivier Nduhungirehe, ministre rwandais des Affaires étrangères ... Le diplomate rwandais".
      Set.of("diplomate", "ministre", "ambassadeur", "ambassadrice", "émissaire", "envoyé", "envoyée"),
      // "La procureure de Lille, Anne Collet ... la magistrate": an officer of the court.
      Set.of("procureur", "procureure", "magistrat", "magistrate", "juge"),
      // "L'entraîneur du FC Nantes Antoine Kombouaré ... le coach des Canaris".
      Set.of("entraîneur", "entraineur", "entraîneuse", "coach", "sélectionneur", "sélectionneuse"),
      // "Le secrétaire général de la CGT, Philippe Martinez ... le syndicaliste": a union's officer.
      Set.of("syndicaliste", "secrétaire", "délégué", "déléguée", "porte-parole", "représentant", "représentante"));

  /** A person's name after a common noun names a place or a thing: "l'aéroport Mohammed V", "le lycée Victor Hugo". */
  private boolean namesAPlace(Mention m) {
    int before = firstTokenAt(m.span().start()) - 1;
    if (!(before >= 0 && posIs(before, "NOUN") && !ROLE_NOUNS.contains(lem[before])
        && !PERSON_NOUNS.contains(lem[before]) && !ROLE_NOUNS.contains(low[before]) && !startsUpper(before))) {
      return false;
    }
    for (int k = before - 1; k >= 0 && before - k <= 5; k--) {
      if (personNoun(k) && titleBefore(k, before + 1)) {
        return false; // an office's portfolio: "la ministre de la culture Rima Abdul Malak"
      }
    }
    return true;
  }

  /** The person named last in [from, to), or null. */
  /**
   * The last person named between the end of the sentence holding character {@code at} and token {@code k}.
   * Someone named after a speaker or a subject in their own sentence is the object of their words or acts ("M.
   * Bolsonaro a accusé M. Macron d'« ... ». « ... », a écrit le président d'extrême droite"), not a new topic.
   */
  private Entity lastPersonAfterSentenceOf(int at, int k) {
    int end = sentenceEndFrom(firstTokenAt(at), k);
    return lastPersonBetween(end < k ? e[end] : at, s[k]);
  }

  private Entity lastPersonBetween(int from, int to) {
    Entity last = null;
    int at = -1;
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && m.span().start() >= from && m.span().end() <= to && m.span().start() > at
          && !namesAPlace(m) && !quoted(firstTokenAt(m.span().start()))) {
        // (Someone named inside a quote is talked about, not talking.)
        Entity ent = entityAt(m.span());
        if (ent != null) {
          last = ent;
          at = m.span().start();
        }
      }
    }
    return last;
  }

  /** Offices of a state, whose holder is of the state the role's adjective names. */
  private static final Set<String> STATE_OFFICES = Set.of("ministre", "président", "présidente", "premier",
      "première", "chancelier", "chancelière", "porte-parole", "chef", "cheffe");
  /** Heads of international bodies' names: their officials speak for no state. */
  private static final Pattern INTERNATIONAL = Pattern.compile(
      "(?i)\\b(ONU|Nations unies|OTAN|Otan|Union européenne|UE|Commission européenne|Conseil européen|OMS|FMI"
          + "|OSCE)\\b");

  /**
   * Whether a state's office with a nationality ("le ministre israélien de la Défense") cannot be this person:
   * the article describes them with another nationality or an office of an international body ("António
   * Guterres, secrétaire général des Nations unies"). Without such evidence the person stays possible.
   */
  private boolean nationalityConflict(Entity ent, NP role) {
    int h = head(role);
    if (!STATE_OFFICES.contains(lem[h]) && !STATE_OFFICES.contains(low[h])) {
      return false;
    }
    EntityAnnotator.Country wanted = null;
    for (int k = role.from(); k < role.to() && wanted == null; k++) {
      wanted = posIs(k, "ADJ") ? countries.apply(text.substring(s[k], e[k])) : null;
    }
    if (wanted == null) {
      return false;
    }
    boolean other = false;
    for (Span sp : ent.spans()) {
      int t = firstTokenAt(sp.start());
      int last = lastTokenBefore(sp.end());
      for (int k = Math.max(0, t - 6); k < n && k <= last + 6; k++) {
        EntityAnnotator.Country c = posIs(k, "ADJ") ? countries.apply(text.substring(s[k], e[k])) : null;
        if (c != null && java.util.Objects.equals(c.name(), wanted.name())) {
          return false;
        }
        other |= c != null;
      }
      int from = s[Math.max(0, t - 6)];
      int to = e[Math.min(n - 1, last + 6)];
      other |= INTERNATIONAL.matcher(text.substring(from, to)).find();
    }
    return other;
  }

  /** Whether the article gives this person a role (an apposition or a title before the name). */
  private boolean rolesKnown(Entity ent) {
    for (Span sp : ent.spans()) {
      int t = firstTokenAt(sp.start());
      for (int k = t - 1; k >= 0 && t - k <= 6; k--) {
        if (ROLE_NOUNS.contains(lem[k]) || ROLE_NOUNS.contains(low[k])) {
          return true;
        }
        if (posIs(k, "PUNCT") && !is(k, ",") || posIs(k, "VERB") || posIs(k, "AUX")) {
          break;
        }
      }
      int after = firstTokenAt(sp.end());
      if (is(after, ",")) {
        for (int k = after + 1; k < n && k - after <= 3; k++) {
          if (ROLE_NOUNS.contains(lem[k]) || ROLE_NOUNS.contains(low[k])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Heads that name a leader whatever the title ("le chef du gouvernement" is the Prime Minister). */
  private static final Set<String> GENERIC_ROLES = Set.of("chef", "dirigeant", "dirigeante", "responsable",
      "homologue", "premier", "première", "ministre", "président", "présidente", "chancelier", "chancelière",
      "numéro", "leader", "patron", "patronne", "cheffe", "intéressé", "intéressée", "quadragénaire",
      "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire", "trentenaire", "quarantenaire");

  /** Whether the phrase names an entity after its head ("le porte-parole du Kremlin", "le directeur de l'OMS"). */
  private boolean namesSomeone(NP np, int h) {
    for (Mention m : mentions) {
      // ("le ministre de l'Économie et des Finances": a portfolio is no body with officers of its own.)
      // ("la présidente du Conseil (d'extrême droite)": the head of a government, which "Conseil" does not name.)
      String body = m.text().toLowerCase(Locale.ROOT);
      if (m.type() != EntityType.MISC && span(np).contains(m.span()) && m.span().start() >= e[h]
          && !PORTFOLIO_WORDS.contains(body) && !UNNAMED_BODIES.contains(UNNAMED_QUALIFIER.matcher(body).replaceAll(""))) {
        return true;
      }
    }
    return false;
  }

  private Speaker make(Span mention, Entity ent, String name, NP np, double conf) {
    char gender = genderOf(np, ent);
    boolean person = ent != null ? ent.type() == EntityType.PER : PERSON_NOUNS.contains(lem[head(np)]);
    return new Speaker(mention, ent, name, gender, plural(np), person, conf, false);
  }

  private Span trimNp(NP np) {
    int from = np.from();
    int to = np.to();
    for (int i = from + 1; i < to; i++) {
      if (is(i, "(", "[")) {
        to = i;
        break;
      }
    }
    while (to > from + 1 && (posIs(to - 1, "PUNCT") && !low[to - 1].startsWith("@")
        || TIME_WORDS.contains(low[to - 1]))) {
      // "a affirmé l'ONU lundi": the day is not the speaker's.
      to--;
    }
    return span(from, Math.max(to, from + 1));
  }

  /** The phrase's text as a name: without its article when it is a name or a handle. */
  private String fallbackName(NP np) {
    int from = np.from();
    int h = head(np);
    boolean named = false;
    for (int i = from + 1; i < np.to(); i++) {
      named |= startsUpper(i) || low[i].startsWith("@");
    }
    // Institutions and handles go by their name ("ministère russe des Affaires étrangères"); a role keeps its
    // article ("le président américain"), as people write both.
    if (named && posIs(from, "DET")) {
      from++;
    }
    Span sp = span(from, np.to());
    return text.substring(sp.start(), sp.end()).strip();
  }

  private boolean plural(NP np) {
    if (PLURAL_DET.contains(low[np.from()])) {
      return true;
    }
    return is(head(np), "ils", "elles", "eux", "-ils", "-elles") || coordinated(np);
  }

  /** Whether the phrase joins two or more with "et" ("Guy Chevrette et Benoît Jugand"). */
  private boolean coordinated(NP np) {
    for (int i = np.from(); i < np.to(); i++) {
      if (is(i, "et") && !is(i + 1, "à", "de", "du", "d'")) {
        // (Not two complements of one head: "l'ex-commissaire à la paix et à la sécurité".)
        return true;
      }
    }
    return false;
  }

  private char genderOf(NP np, Entity ent) {
    String first = low[np.from()];
    boolean particle = startsUpper(np.from()) && mentionStartsAt(np.from(), EntityType.PER);
    // ("Le Fur", "La Fontaine": a surname's particle is no article.)
    if (MASC.contains(first) && !particle) {
      return 'm';
    }
    if (FEM.contains(first) && !particle) {
      return 'f';
    }
    String h = low[head(np)];
    if (h.equals("il") || h.equals("-il") || h.equals("-t-il") || h.equals("lui")) {
      return 'm';
    }
    if (h.equals("elle") || h.equals("-elle") || h.equals("-t-elle")) {
      return 'f';
    }
    if (ent != null && ent.type() != EntityType.PER && posIs(head(np), "NOUN") && !startsUpper(head(np))) {
      // "l'armée israélienne": a body named by a common noun has that noun's gender, whatever the elided article
      // hides ("l'armée ... s'est-il borné" is not the army).
      char noun = nounGender(low[head(np)]);
      if (noun != '?') {
        return noun;
      }
    }
    return ent != null ? entityGender(ent) : '?';
  }

  /** The gender the dictionary gives a common noun, when all its noun readings agree; else '?'. */
  private static char nounGender(String form) {
    char g = '?';
    for (org.vigie.fr.internal.FrenchDictionary.Reading r : org.vigie.fr.internal.FrenchDictionary.get().readings(
        org.vigie.fr.internal.FrenchDictionary.normalize(form))) {
      String[] tag = r.tag().split(" ");
      if (tag.length >= 2 && tag[0].equals("N") && !tag[1].isEmpty()) {
        char c = tag[1].charAt(0);
        if (c != 'm' && c != 'f' || g != '?' && g != c) {
          return '?';
        }
        g = c;
      }
    }
    return g;
  }

  /** A person's gender as the words before their mentions tell it ("M.", "la", "du roi", "la présidente"). */
  /**
   * Whether a role of gender g (from its article) may stand for this person: "la chancelière" is not Emmanuel
   * Macron. A man's office in the masculine may be a woman's too ("le Premier ministre" for Theresa May).
   */
  private boolean agrees(char g, Entity ent, int h) {
    char known = g == '?' ? '?' : entityGender(ent);
    return known == '?' || g == known || g == 'm' && EPICENE_OFFICES.contains(low[h]);
  }

  private char entityGender(Entity ent) {
    int m = 0;
    int f = 0;
    for (Span sp : ent.spans()) {
      int t = firstTokenAt(sp.start()) - 1;
      if (t >= 0) {
        char role = roleGender(t);
        if (MASC.contains(low[t]) || role == 'm') {
          m++;
        } else if (FEM.contains(low[t]) || role == 'f') {
          f++;
        }
      }
      String txt = folded.substring(sp.start(), sp.end());
      boolean particle = mentionStartsAt(firstTokenAt(sp.start()), EntityType.PER);
      // ("Le Fur" is a surname, not "le" and a noun.)
      if (txt.startsWith("le ") && !particle || txt.startsWith("m. ")) {
        m++;
      } else if (txt.startsWith("la ") && !particle || txt.startsWith("mme ")) {
        f++;
      }
    }
    if (m == f) {
      // Nothing in the text: the first name, if it tells ("Marie-Anne Soubré", "Éric Dupond-Moretti").
      char named = FirstNames.of(ent.name());
      for (int i = 0; named == '?' && i < ent.spans().size(); i++) {
        named = FirstNames.of(ent.spans().get(i).of(text));
      }
      return named;
    }
    return m > f ? 'm' : 'f';
  }

  private static final Pattern FEMININE_ROLE = Pattern.compile(
      ".*(trice|euse|ière|enne|esse|ée|ante|ente|onne|ine)");

  /** The gender a role noun at token t shows ("roi", "présidente"); '?' for other words and for "ministre". */
  private char roleGender(int t) {
    if (!ROLE_NOUNS.contains(low[t])) {
      return '?';
    }
    if (FEMININE_ROLE.matcher(low[t]).matches()) {
      return 'f';
    }
    return low[t].endsWith("e") ? '?' : 'm';
  }

  /**
   * A pronoun inside a sentence-opening participle clause stands for the subject after it: "Interrogé sur le point
   * de savoir s'il considérait son homologue comme un « dictateur », Joe Biden a répondu". The person named as
   * that subject, or null.
   */
  private Entity subjectAfterParticipleClause(int h) {
    if (!is(h - 1, "s'", "si", "qu'", "que")) {
      // Only the subject of a subordinate clause inside the participle clause ("s'il", "qu'il").
      return null;
    }
    int start = h;
    while (start > 0 && !sentenceStart[start]) {
      start--;
    }
    if (!posIs(start, "VERB") || !PAST_PARTICIPLE.matcher(low[start]).matches() || !startsUpper(start)) {
      return null;
    }
    for (int k = h + 1; k < n && !sentenceStart[k]; k++) {
      if (is(k, ",") && !quoted(k)) {
        List<NP> np = npRight(k + 1, windowEnd(k));
        if (np.isEmpty()) {
          continue;
        }
        int after = np.get(np.size() - 1).to();
        if (!namesPerson(np.get(0)) || !(posIs(after, "VERB") || posIs(after, "AUX"))) {
          continue;
        }
        for (Mention m : mentionsIn(span(np.get(0)))) {
          Entity ent = m.type() == EntityType.PER ? entityAt(m.span()) : null;
          if (ent != null) {
            return ent;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Whether someone already speaks in the sentence of token i, after it (a "selon X" or an incise). */
  private boolean speakerLaterIn(int i, List<Salient> salient) {
    int end = windowEnd(i);
    for (Salient sa : salient) {
      if (sa.speaker() && sa.at() > s[i] && (end >= n || sa.at() < s[end])) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i opens a sentence or a line. */
  private boolean opensSentence(int i) {
    return i == 0 || sentenceEnd(i - 1) || newlineBefore(i);
  }

  /**
   * The person named right before "et" and a group of unnamed others ("Alan et quelques autres jeunes
   * agriculteurs", "Marie et ses collègues"), given the group's span; else null.
   */
  private Entity leaderOfGroup(Span group) {
    int t = firstTokenAt(group.start());
    if (t < 2 || !is(t - 1, "et") || mentionsIn(group).stream().anyMatch(m -> m.type() == EntityType.PER)
        || !is(t, "quelques", "d'", "des", "ses", "leurs", "plusieurs", "deux", "trois", "certains", "certaines")) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER && lastTokenBefore(m.span().end()) == t - 2) {
        return entityAt(m.span());
      }
    }
    return null;
  }

  /** A sentence opened by whose side it gives: "Du côté de", "Côté", "Chez", up to the name. */
  private static final Pattern SIDE_OPENING = Pattern.compile("^(?:du côté (?:de |d'|du |des )|côté |chez )");

  /**
   * Whose "on" a sentence opened by their side is: "Du côté de Patrice Spinosi, avocat de la Ligue, on confie « un
   * sentiment de gâchis »", "Chez Renault, on assure que ...": the person or body named first; else null.
   */
  private Speaker sideOf(int h) {
    int w = windowStart(h);
    java.util.regex.Matcher m = SIDE_OPENING.matcher(folded.substring(s[w], s[h]));
    if (!m.find()) {
      return null;
    }
    int nameAt = s[w] + m.end();
    for (Mention men : mentionsIn(new Span(nameAt, s[h]))) {
      Entity ent = men.span().start() <= nameAt + 4 && men.type() != EntityType.MISC ? entityAt(men.span()) : null;
      if (ent == null || !text.substring(men.span().end(), s[h]).contains(",")) {
        return null;
      }
      return new Speaker(men.span(), ent, ent.name(), entityGender(ent), false, ent.type() == EntityType.PER, 0.6,
          false);
    }
    return null;
  }

  private Speaker pronoun(int h, List<Salient> salient) {
    String f = low[h].replace("-t-", "").replace("-", "");
    if (f.equals("on")) {
      return sideOf(h);
    }
    boolean plural = f.equals("ils") || f.equals("elles") || f.equals("eux") || f.equals("they")
        || f.startsWith("ceux") || f.startsWith("celles");
    // ("celle-ci", "celle-là" are feminine too.)
    char gender = f.startsWith("elle") || f.startsWith("celle") || f.equals("she") ? 'f' : 'm';
    Span at = span(h, h + 1);
    Entity ahead = subjectAfterParticipleClause(h);
    if (ahead != null && !plural) {
      return new Speaker(at, ahead, ahead.name(), gender, false, true, 0.7, false);
    }
    boolean again = false;
    for (int k = Math.max(0, h - 3); k < Math.min(n, h + 4) && !again; k++) {
      again = AGAIN.contains(low[k]) && markOf[k] < 0;
    }
    for (int i = salient.size() - 1; i >= 0 && again; i--) {
      // "Il a également souligné": someone who spoke before says more, past the people named in between ("Le
      // fils aîné de Widodo, Gibran Rakabuming Raka, a été nommé vice-président. Il a également souligné").
      Salient sa = salient.get(i);
      Speaker w = sa.who();
      if (sa.at() >= s[h]) {
        continue;
      }
      if (s[h] - sa.at() > 2500) {
        break;
      }
      if (sa.speaker() && w.person() && w.entity() != null && w.plural() == plural
          && (w.gender() == '?' || w.gender() == gender)) {
        return new Speaker(at, w.entity(), w.name(), w.gender(), w.plural(), true, 0.75, false);
      }
    }
    Entity newcomer = plural ? null : newcomerBefore(h, gender, salient);
    if (newcomer != null) {
      return new Speaker(at, newcomer, newcomer.name(), gender, false, true, 0.6, false);
    }
    for (int i = salient.size() - 1; i >= 0; i--) {
      Salient sa = salient.get(i);
      Speaker w = sa.who();
      if (sa.at() >= s[h] || s[h] - sa.at() > 2500) {
        continue;
      }
      if (inverted(h) && !sa.speaker() && !w.plural() && w.entity() != null && w.entity().type() != EntityType.PER
          && sa.at() >= s[windowStart(h)] && i > 0 && personJustBefore(salient.get(i - 1), h, gender)) {
        // "L'Italie fait « pleinement partie de l'Europe », avait-elle affirmé" after a sentence on Giorgia
        // Meloni: a place or a body that the words in marks are about is not who the incise's pronoun is.
        continue;
      }
      Entity leader = w.plural() && !plural && w.mention() != null ? leaderOfGroup(w.mention()) : null;
      char leaderGender = leader == null ? '?' : entityGender(leader);
      if (leader != null && (leaderGender == '?' || leaderGender == gender)) {
        // "Alan et quelques autres jeunes agriculteurs sont sur les lieux. ... « ... », s'interroge-t-il": the one
        // person the group names.
        return new Speaker(at, leader, leader.name(), gender, false, true, 0.6, false);
      }
      if (w.plural() != plural) {
        continue;
      }
      if (w.gender() != '?' && w.gender() != gender) {
        continue;
      }
      if (w.name() == null) {
        continue;
      }
      // (Not someone named in that speaker's own sentence, the object of their words.)
      Entity since = w.entity() == null && !plural ? lastPersonAfterSentenceOf(sa.at(), h) : null;
      char sinceGender = since == null ? '?' : entityGender(since);
      if (since != null && (sinceGender == '?' || sinceGender == gender) && !sufferedLast(since, s[h])) {
        // Someone named since a speaker Vigie could not name: "Son parti n'a « ... » ... Bruno Gollnisch qui
        // « reçoit encore des menaces » dit-il".
        return new Speaker(at, since, since.name(), gender, false, true, 0.6, false);
      }
      // A pronoun standing for a role the article names nobody for ("..., a déclaré le secrétaire d'État
      // américain. « ... », a-t-il ajouté") is replaced by that role's mention, which the store resolves.
      Span mention = w.entity() == null && w.mention() != null && namesAnOffice(w.mention()) ? w.mention() : at;
      return new Speaker(mention, w.entity(), w.name(), w.gender(), w.plural(), w.person(), 0.8, false);
    }
    if (!plural) {
      // The last person named before the pronoun, if the pronoun's gender fits them ("la nièce du monarque ...
      // elle déclarait" is not the king).
      boolean skipped = false;
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention m = mentions.get(i);
        if (m.type() == EntityType.PER && m.span().end() <= s[h]) {
          if (skipped && s[h] - m.span().end() > 600) {
            break;
          }
          Entity ent = entityAt(m.span());
          char known = ent != null ? entityGender(ent) : '?';
          if (known == '?' && ent != null) {
            known = FirstNames.of(ent.name());
          }
          if (known != '?' && known != gender) {
            // ("M. Conille était accompagné de Monica Juma, conseillère du président William Ruto. Elle a
            // déclaré": past a man's name to the woman's; only a name whose gender is known fits then.)
            skipped = true;
            continue;
          }
          if (skipped && known == '?') {
            break;
          }
          return new Speaker(at, ent, ent != null ? ent.name() : m.text(), gender, false, true, 0.6, false);
        }
      }
    }
    return new Speaker(at, null, null, gender, plural, true, 0.3, false);
  }

  /**
   * The one person the sentence before a quote's own sentence introduces, where that sentence has no subject
   * that speaks and no pronoun of its own: "la déception était immense pour le perchiste français Thibaut Collet,
   * éliminé dès les qualifications. « J'ai extrêmement honte », a-t-il lâché" are Collet's words, not those of
   * the champion quoted before him.
   */
  private Entity newcomerBefore(int h, char gender, List<Salient> salient) {
    int here = windowStart(h);
    if (here <= 0 || blankLineBefore(here)) {
      return null;
    }
    int before = windowStart(here - 1);
    for (Salient sa : salient) {
      if (sa.at() >= s[before] && sa.at() < s[h] && !throughWords(sa.who())) {
        // (Not someone's words as the subject: "Ses propos ont fait réagir la ministre Rima Abdul Malak".)
        return null;
      }
    }
    Entity one = null;
    int firstAt = -1;
    for (Mention m : mentionsIn(span(before, here))) {
      int t = firstTokenAt(m.span().start());
      if (m.type() != EntityType.PER || quoted(t) || namesAPlace(m)) {
        continue;
      }
      Entity ent = entityAt(m.span());
      if (ent == null || one != null && one != ent) {
        return null;
      }
      one = ent;
      firstAt = firstAt < 0 ? t : firstAt;
    }
    if (one == null) {
      return null;
    }
    for (int t = before; t < here; t++) {
      if (subjectPronoun(t) || t < firstAt - 3 && personNoun(t) && markOf[t] < 0 && !titleBefore(t, firstAt)) {
        // (someone else the sentence is about: "Le président a reçu Olaf Scholz"; not the name's own title: "la
        // ministre de la culture Rima Abdul Malak")
        return null;
      }
    }
    char known = entityGender(one);
    if (known == '?') {
      known = FirstNames.of(one.name());
    }
    return known != '?' && known != gender || sufferedLast(one, s[h]) ? null : one;
  }

  /** Whether the person noun at t opens a title that runs up to the name at name ("la ministre de la culture X"). */
  private boolean titleBefore(int t, int name) {
    if (name - t > 7) {
      return false;
    }
    for (int k = t + 1; k < name; k++) {
      if (!(deLink(k) || posIs(k, "DET") || posIs(k, "ADJ") || posIs(k, "NOUN") || posIs(k, "PROPN"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether sa is one person of that gender, the subject or speaker of the sentence before the one of token h. */
  private boolean personJustBefore(Salient sa, int h, char gender) {
    Speaker w = sa.who();
    int here = windowStart(h);
    return here > 0 && sa.at() >= s[windowStart(here - 1)] && sa.at() < s[here] && w.entity() != null
        && w.entity().type() == EntityType.PER && !w.plural() && (w.gender() == '?' || w.gender() == gender);
  }

  /** Whether the speaker was found through a document or words of theirs ("ses propos", "le communiqué"). */
  private boolean throughWords(Speaker w) {
    Span m = w.mention();
    int t = m == null ? n : firstTokenAt(m.start());
    return t + 1 < n && (lex.isDocumentNoun(lem[t]) || s[t + 1] < m.end() && lex.isDocumentNoun(lem[t + 1]));
  }

  /**
   * Whether the last mention of this person before a position is the subject of a passive ("où Issam Abdallah, un
   * journaliste caméraman de l'agence Reuters, a été tué"): someone things happened to, not one who speaks next.
   */
  private boolean sufferedLast(Entity person, int before) {
    Span last = null;
    for (Span sp : person.spans()) {
      if (sp.end() <= before && (last == null || sp.start() > last.start())) {
        last = sp;
      }
    }
    if (last == null) {
      return false;
    }
    for (int k = firstTokenAt(last.end()); k < n && s[k] < before && k - firstTokenAt(last.end()) <= 12; k++) {
      if (aux(k) || posIs(k, "VERB")) {
        return is(k + 1, "été") || is(k, "été");
      }
    }
    return false;
  }

  /**
   * Nouns that bring in someone new rather than describe someone the text named: kin, the parties to a crime or a
   * trial, passers-by and crowds ("a déclaré la victime" after the suspect's name is not the suspect).
   */
  private static final Set<String> NEWCOMER_NOUNS = Set.of("victime", "suspect", "suspecte", "témoin", "accusé",
      "accusée", "prévenu", "prévenue", "agresseur", "meurtrier", "mère", "père", "fils", "fille", "femme", "mari",
      "épouse", "époux", "frère", "sœur", "soeur", "oncle", "tante", "cousin", "cousine", "ami", "amie", "voisin",
      "voisine", "enfant", "habitant", "habitante", "passant", "passante", "manifestant", "manifestante", "policier",
      "policière", "gendarme", "soldat", "militaire", "patient", "patiente", "élève", "étudiant", "étudiante",
      "journaliste", "auteur", "autrice", "interlocuteur", "interlocutrice", "adversaire", "rival", "rivale",
      "homologue", "successeur", "prédécesseur", "remplaçant", "remplaçante", "avocat", "avocate", "juge",
      "procureur", "procureure", "médecin", "chirurgien", "pompier", "sauveteur", "secouriste", "otage", "détenu",
      "détenue", "prisonnier", "prisonnière", "propriétaire", "locataire", "client", "cliente", "salarié", "salariée",
      "employé", "employée", "source", "responsable", "porte-parole", "président", "présidente", "ministre",
      "secrétaire", "directeur", "directrice", "maire", "député", "députée", "sénateur", "sénatrice");

  /** Bodies and sides named by a common noun, which a description of a person is not. */
  private static final Set<String> BODY_NOUNS = Set.of("département", "parquet", "accusation", "défense", "police",
      "justice", "armée", "état", "pouvoir", "opposition", "majorité", "direction", "commission", "assemblée", "sénat",
      "cour", "tribunal", "conseil", "mairie", "préfecture", "ville", "région", "pays", "nation", "république", "union",
      "alliance", "coalition", "famille", "club", "partie", "substitut", "service", "ambassade", "consulat", "garde",
      "marine", "aviation", "rédaction", "chaîne", "station", "site", "plateforme", "application", "campagne",
      "presse", "agence", "télévision", "radio", "enquête", "étude", "sondage", "rapport", "note", "lettre");

  /** Feminine nouns that describe men as well ("l'icône de la gauche", "la star du PSG"). */
  private static final Set<String> EPICENE_EPITHETS = Set.of("star", "vedette", "icône", "légende", "figure",
      "personnalité", "tête", "recrue", "idole", "référence", "sentinelle");

  /** Endings of nouns for things and acts ("la déclaration", "le gouvernement", "la loi"), not for persons. */
  private static final Pattern THING_SUFFIX = Pattern.compile(
      ".*(tion|sion|ment|ence|ance|age|ure|isme|ité|erie|oire|ique)");

  /**
   * "L'icône de la gauche a accusé son prédécesseur d'avoir « ... »", "a lancé le polytechnicien": a definite
   * description that no other rule resolved, with no name in it, of the person the text was just about: the last
   * person named as a subject or a speaker in this paragraph or the one before, when nobody else was named since.
   * Nouns that bring in someone new (a victim, a witness, a relative, an office) are left alone.
   */
  private Entity describedPerson(NP main, int h, List<Salient> salient) {
    // ("La jeune femme a poursuivi" after Kim Yo-jong: with its article, "femme" is an epithet, not a wife.)
    boolean epithet = is(h, "femme", "homme") && is(main.from(), "la", "l'", "le");
    // "Le Norvégien, qui quittera son poste à l'automne, est ..." after Jens Stoltenberg: a demonym alone.
    boolean demonym = demonymPhrase(main);
    // ("Cet ancien guérillero de 62 ans a proposé" after Gustavo Petro: a demonstrative points back too.)
    boolean demonstrative = is(main.from(), "ce", "cet", "cette");
    boolean ofBody = false;
    boolean member = MEMBER_HEADS.contains(lem[h]) || MEMBER_HEADS.contains(low[h]);
    boolean namedBefore = false;
    // ("la secrétaire générale de la CGT": a body's head by another name.)
    boolean general = is(h, "secrétaire") && is(h + 1, "général", "générale");
    boolean head = LEADER_HEADS.contains(lem[h]) || LEADER_HEADS.contains(low[h]) || member || general;
    for (Mention m : head && deLink(general ? h + 2 : h + 1) && !demonstrative ? mentionsIn(span(main))
        : List.<Mention>of()) {
      // "Arnaud Rousseau a affirmé ... « ... », a prévenu le président de la FNSEA": the head of a body, when no
      // other rule knows who holds the office, may be the person the text was just about (see below).
      // ("le capitaine de l'Albiceleste": a team may be named by its country.)
      boolean body = (m.type() == EntityType.ORG || member && m.type() == EntityType.LOC) && m.span().start() > e[h];
      ofBody |= body;
      Entity named = body ? entityAt(m.span()) : null;
      namedBefore |= named != null && named.spans().stream().anyMatch(sp -> sp.end() <= s[main.from()]);
    }
    // ("Le PDG de TotalEnergies": an office written in capitals.)
    boolean acronym = personNoun(h) && low[h].length() > 1 && text.substring(s[h], e[h]).equals(
        text.substring(s[h], e[h]).toUpperCase(Locale.ROOT));
    if (!is(main.from(), "le", "la", "l'") && !demonstrative || !posIs(h, "NOUN") && !demonym && !acronym
        || startsUpper(h) && h != main.from()
        && !demonym && !acronym
        || plural(main) || main.to() - main.from() > 8 || !epithet && !ofBody && (NEWCOMER_NOUNS.contains(lem[h])
        || NEWCOMER_NOUNS.contains(low[h])) || thingOrBody(h) || ORG_VOICES.contains(lem[h])
        || INSTITUTION_HEADS.contains(lem[h]) || (ROLE_NOUNS.contains(lem[h]) || ROLE_NOUNS.contains(low[h])) && is(h - 1, "nouveau", "nouvelle",
            "futur", "future", "prochain", "prochaine")) {
      // ("le nouveau chef de l'État" after the loser's words is the one who won.)
      return null;
    }
    for (int k = general ? h + 2 : h + 1; k < main.to(); k++) {
      // ("le négociateur en chef du Brexit": "en chef" qualifies the head.)
      if ((personNoun(k) || NEWCOMER_NOUNS.contains(lem[k])) && !(is(k, "chef") && is(k - 1, "en"))) {
        // "le premier substitut du procureur": an office of someone else's service.
        return null;
      }
    }
    Set<Entity> related = new java.util.HashSet<>();
    for (Mention m : mentionsIn(span(main))) {
      if (m.type() == EntityType.PER && entityAt(m.span()) != null) {
        // "l'ancien bras droit de Macky Sall": someone close to a person, who is not that person.
        related.add(entityAt(m.span()));
      } else if (m.type() != EntityType.MISC && !(ofBody && (m.type() == EntityType.ORG
          || member && m.type() == EntityType.LOC)) && !(demonym && m.type() == EntityType.LOC)) {
        // "le chef de la diplomatie ukrainienne", "le patron de l'UNRWA": roles of a body are for other rules.
        return null;
      }
    }
    int at = s[main.from()];
    int para = text.lastIndexOf("\n\n", at);
    int from = para <= 0 ? 0 : Math.max(0, text.lastIndexOf("\n\n", para - 1));
    if (demonym) {
      // "Cette réunion sera la dernière pour Jens Stoltenberg. « ... », a dit le Norvégien": the one person the
      // paragraph names before it, subject or not.
      // (Its line first: paragraphs may be single lines, "\n" apart.)
      for (int scope : new int[] {Math.max(para, text.lastIndexOf('\n', at)), para}) {
        Entity one = null;
        boolean several = false;
        for (Mention m : mentions) {
          Entity ent = m.type() == EntityType.PER && m.span().start() > Math.max(0, scope) && m.span().end() <= at
              && !quoted(firstTokenAt(m.span().start())) ? entityAt(m.span()) : null;
          if (ent != null && one != null && ent != one) {
            several = true;
          }
          one = one == null ? ent : one;
        }
        if (one != null && !several && !related.contains(one)) {
          return one;
        }
        if (one != null) {
          break;
        }
      }
    }
    for (int i = salient.size() - 1; i >= 0; i--) {
      Salient sa = salient.get(i);
      if (sa.at() >= at) {
        continue;
      }
      Speaker w = sa.who();
      if (sa.at() < from || at - sa.at() > 1200) {
        return null;
      }
      if (w.entity() == null) {
        continue;
      }
      if (!w.plural() && w.entity().type() != EntityType.PER && !sa.speaker()) {
        // ("L'Argentine s'avance vers le Qatar": the team, then its player; "Dédié cette année au Brésil, le
        // Village du monde a soigné son décor. « ... », a reconnu le patron": a thing the text was about.)
        continue;
      }
      if (w.entity().type() != EntityType.PER || !w.entity().proper() || w.plural()) {
        return null;
      }
      char g = is(main.from(), "le", "ce", "cet") ? 'm' : is(main.from(), "la", "cette") ? 'f' : '?';
      char known = entityGender(w.entity());
      char named = known != '?' ? known : w.entity().name().strip().contains(" ")
          ? FirstNames.of(w.entity().name()) : FirstNames.ofWord(w.entity().name());
      if (epithet && named == (is(h, "femme") ? 'm' : 'f')) {
        return null; // "la jeune femme" is no man ("Julien"), whatever the article before it says
      }
      if (g != '?' && known != '?' && g != known && !EPICENE_EPITHETS.contains(lem[h])) {
        // "la presse nationale" after a man's name is not him.
        return null;
      }
      // (A demonym may be anyone named since, object or not: "Joe Biden a reçu Olaf Scholz ... a déclaré
      // l'Allemand".)
      Entity since = demonym ? lastPersonBetween(sa.at(), at) : lastPersonAfterSentenceOf(sa.at(), main.from());
      // (The subject of the sentence before, when the article named the body before: "TotalEnergies ne fait pas de
      // super-profits ... Patrick Pouyanné se défend ... Le PDG de TotalEnergies a affirmé".)
      boolean justBefore = namedBefore && windowStart(main.from()) > 0
          && sa.at() >= s[windowStart(windowStart(main.from()) - 1)];
      boolean sameRole = sameRole(knownRoles(w.entity()), h);
      if (ofBody && (w.entity().qid() != null || rolesKnown(w.entity()) && !sameRole
          || !sa.speaker() && !justBefore && !member)) {
        // (Only the last speaker or the subject of the sentence before, someone no knowledge base or apposition
        // gives an office: "le président de la FNSEA" after Emmanuel Macron's words is somebody else; "Patrick
        // Pouyanné se défend ... Le PDG de TotalEnergies a affirmé" is Pouyanné. An apposition that gives the
        // same office is no other: "l'entraîneur de notre équipe nationale, Domenico Tedesco ... le coach des
        // Diables".)
        return null;
      }
      if (!demonym && (hasAPart(w.entity()) || SPECIFIC_OFFICES.contains(lem[h]) && rolesKnown(w.entity()))
          && !roleFits(w.entity(), h)) {
        // ("le gouverneur de la région" is not "Lionel Bilgo", whom the article made the government's spokesman.)
        // ("Le suspect, Marc Dupuis, a été arrêté. « ... », a déclaré le magistrat": a part that is not theirs.)
        return null;
      }
      return (since == null || since == w.entity()) && !related.contains(w.entity()) ? w.entity() : null;
    }
    return null;
  }

  /** Heads of a body, whose holder may be the person the text was just about: "le président de la FNSEA". */
  private static final Set<String> LEADER_HEADS = Set.of("président", "présidente", "patron", "patronne",
      "dirigeant", "dirigeante", "leader", "fondateur", "fondatrice", "directeur", "directrice", "pdg");

  /**
   * The comma that ends a verbless phrase opening a sentence with a word the tagger read as a verb ("Présent en
   * sélection depuis 2006, Lionel Messi"), when a name or an article follows it; -1 otherwise.
   */
  private int frontedPhraseEnd(int v, int last) {
    for (int k = v + 1; k < last && k - v <= 10; k++) {
      if (posIs(k, "VERB") || posIs(k, "AUX") || markOf[k] >= 0) {
        return -1;
      }
      if (is(k, ",")) {
        return posIs(k + 1, "PROPN") || posIs(k + 1, "DET") ? k : -1;
      }
    }
    return -1;
  }

  /** "L'auteur des faits", "l'auteur de l'agression": someone the article has not named, not a writer. */
  private boolean perpetrator(int h) {
    int k = is(h + 1, "des", "du") ? h + 2 : is(h + 1, "de", "d'") ? (posIs(h + 2, "DET") ? h + 3 : h + 2) : -1;
    return is(h, "auteur", "auteure", "autrice", "auteurs") && k > 0 && k < n && CRIMES.contains(lem[k]);
  }

  private static final Set<String> CRIMES = Set.of("fait", "agression", "attaque", "attentat", "crime", "meurtre",
      "assassinat", "tir", "coup", "vol", "violence", "menace", "incendie", "viol", "braquage", "féminicide");

  /**
   * Members of a team or a cast, who may be the person the text was just about: "a relativisé le joueur du PSG"
   * after Lionel Messi's words.
   */
  private static final Set<String> MEMBER_HEADS = Set.of("joueur", "joueuse", "capitaine", "attaquant",
      "attaquante", "défenseur", "gardien", "gardienne", "entraîneur", "entraineur", "entraîneuse", "sélectionneur",
      "sélectionneuse", "coach", "pilote", "coureur", "coureuse", "footballeur", "footballeuse", "meneur", "ailier",
      "buteur", "recrue", "star", "vedette", "acteur", "actrice", "chanteur", "chanteuse", "réalisateur",
      "réalisatrice", "cofondateur", "cofondatrice", "associé", "associée");

  /** Offices a person the article gave another role does not hold: "le gouverneur" is not its spokesman. */
  private static final Set<String> SPECIFIC_OFFICES = Set.of("gouverneur", "maire", "préfet", "procureur",
      "procureure", "ambassadeur", "ambassadrice", "porte-parole", "juge", "député", "députée", "sénateur",
      "sénatrice", "ministre", "directeur", "directrice");

  /** Adverbs by which a pronoun's speaker says more after speaking before ("Il a également souligné"). */
  private static final Set<String> AGAIN = Set.of("également", "aussi", "encore");

  /** Bodies of a state that speak for it when a demonym qualifies them. */
  private static final Set<String> STATE_BODIES = Set.of("autorités", "autorité", "gouvernement", "diplomatie",
      "exécutif", "dirigeants", "pouvoir", "régime", "présidence", "administration");

  /** Offices whose holder the store finds from the country or organization and the date. */
  private static final Set<String> OFFICES = Set.of("président", "présidente", "ministre", "secrétaire",
      "porte-parole", "chancelier", "chancelière", "premier", "première", "ambassadeur", "ambassadrice",
      "gouverneur", "directeur", "directrice");

  /** Whether a mention is a definite office ("le secrétaire d'État américain", "le porte-parole du Kremlin"). */
  private boolean namesAnOffice(Span mention) {
    int t = firstTokenAt(mention.start());
    return t + 1 < n && is(t, "le", "la", "l'") && (OFFICES.contains(lem[t + 1]) || OFFICES.contains(low[t + 1]));
  }

  /** The entity with a mention overlapping sp, preferring the largest overlap, then persons. */
  private Entity entityAt(Span sp) {
    Entity best = null;
    int bestShared = 0;
    // In the entities' order, as a scan of every span would meet them (ties go to the first).
    for (int i : entitySpansNear(sp)) {
      Entity ent = spanEntity[i];
      int sh = entitySpan[i].shared(sp);
      if (sh > bestShared || sh == bestShared && sh > 0 && best != null && best.type() != EntityType.PER
          && ent.type() == EntityType.PER) {
        best = ent;
        bestShared = sh;
      }
    }
    return best;
  }

  /** Every entity span, by start, with its entity; long articles have thousands, looked up once per speaker. */
  private Span[] entitySpan;
  private Entity[] spanEntity;
  private int[] spanStart;
  private int longestSpan;

  /** Indexes (in entity order) of the entity spans that overlap sp. */
  private int[] entitySpansNear(Span sp) {
    if (entitySpan == null) {
      List<Span> spans = new ArrayList<>();
      List<Entity> owners = new ArrayList<>();
      for (Entity ent : entities) {
        for (Span m : ent.spans()) {
          spans.add(m);
          owners.add(ent);
          longestSpan = Math.max(longestSpan, m.length());
        }
      }
      Integer[] byStart = new Integer[spans.size()];
      for (int i = 0; i < byStart.length; i++) {
        byStart[i] = i;
      }
      Arrays.sort(byStart, Comparator.comparingInt(i -> spans.get(i).start()));
      entitySpan = spans.toArray(new Span[0]);
      spanEntity = owners.toArray(new Entity[0]);
      spanStart = new int[byStart.length];
      int[] order = new int[byStart.length];
      for (int i = 0; i < byStart.length; i++) {
        order[i] = byStart[i];
        spanStart[i] = spans.get(byStart[i]).start();
      }
      spanOrder = order;
    }
    int lo = Arrays.binarySearch(spanStart, sp.start() - longestSpan);
    lo = lo < 0 ? -lo - 1 : lo;
    while (lo > 0 && spanStart[lo - 1] >= sp.start() - longestSpan) {
      lo--;
    }
    int[] found = new int[8];
    int count = 0;
    for (int k = lo; k < spanStart.length && spanStart[k] < sp.end(); k++) {
      int i = spanOrder[k];
      if (entitySpan[i].overlaps(sp)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i;
      }
    }
    int[] out = Arrays.copyOf(found, count);
    Arrays.sort(out);
    return out;
  }

  private int[] spanOrder;


  /** The entity one of whose mentions covers the head token. */
  private Entity entityCovering(Span head) {
    Entity best = null;
    int bestLen = Integer.MAX_VALUE;
    for (int i : entitySpansNear(head)) {
      Span m = entitySpan[i];
      if (m.contains(head) && m.length() < bestLen) {
        best = spanEntity[i];
        bestLen = m.length();
      }
    }
    return best;
  }


  /** Speaking nouns that name a body, not a person's office: no name after one is its holder. */
  private static final Set<String> BODY_HEADS = Set.of("parti", "groupe", "gouvernement", "ministère", "police",
      "gendarmerie", "autorité", "média", "journal", "agence", "presse", "syndicat", "opposition", "diplomatie",
      "parquet", "préfecture", "mairie", "entourage", "famille", "association", "ong", "armée", "rapport", "étude",
      "communiqué", "commission", "organisation", "institut", "office", "service", "collectif", "fédération",
      "union", "quotidien", "hebdomadaire", "site", "chaîne", "radio", "télévision", "compagnie", "entreprise",
      "société", "banque");

  /** A person the article names next to this role ("le secrétaire d'État Antony Blinken", "X, porte-parole de"). */
  private Entity roleAntecedent(NP np) {
    int from = np.from();
    while (from < np.to() && posIs(from, "DET")) {
      from++;
    }
    if (from >= np.to()) {
      return null;
    }
    String role = folded.substring(s[from], e[np.to() - 1]);
    int h = head(np);
    if (role.length() < 4 || !personNoun(h) || BODY_HEADS.contains(lem[h]) || BODY_HEADS.contains(low[h])) {
      // ("Son parti" is no role of "l'ex-numéro 2 du parti Bruno Gollnisch".)
      return null;
    }
    Entity full = roleAntecedent(role, np, 45);
    // "le capitaine montpelliérain" after "son capitaine, Mickaël Guigou": the role's noun suffices.
    return full != null || role.equals(low[h]) ? full : roleAntecedent(low[h], np, 20);
  }

  /**
   * "le secrétaire général de la CGT", "le leader de la CGT" in an article that presents "Philippe Martinez,
   * numéro 1 de la CGT": the one person the article presents as an officer of the body the role names (in an
   * apposition after the name, or in a title right before it); else null.
   */
  /**
   * What may stand between a body's name and its officer's: its acronym in brackets (or the acronym's closing
   * bracket), a comma.
   */
  private static final Pattern OFFICER_AFTER_BODY = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)|\\))?\\s*,?\\s*");

  private Entity officerOf(NP np, int h) {
    Entity body = null;
    for (int k = h + 1; k < np.to() - 1 && body == null; k++) {
      if (deLink(k)) {
        for (Mention m : mentionsIn(span(k + 1, np.to()))) {
          String rest = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 12));
          if (m.type() == EntityType.ORG && !rest.matches("(?s)\\s*(du|de|des|d')\\s*\\p{Ll}.*")) {
            // (Not "le secrétaire général de la CGT du livre": a branch of the body.)
            body = entityAt(m.span());
            break;
          }
        }
      }
    }
    if (body == null) {
      return null;
    }
    Entity found = null;
    for (Mention p : mentions) {
      if (p.type() != EntityType.PER || p.span().overlaps(span(np))) {
        continue;
      }
      Entity person = entityAt(p.span());
      if (person == null || person == found) {
        continue;
      }
      boolean officer = false;
      for (Mention o : mentions) {
        Entity oe = o.type() == EntityType.ORG ? entityAt(o.span()) : null;
        if (oe != body) {
          continue;
        }
        if (o.span().start() >= p.span().end() && o.span().start() - p.span().end() <= 60) {
          // "Philippe Martinez, numéro 1 de la CGT"
          String between = text.substring(p.span().end(), o.span().start());
          officer = between.matches("\\s*,[^,.;:!?«»\"\n]*") && !hasVerb(firstTokenAt(p.span().end()),
              firstTokenAt(o.span().start()));
        } else if (o.span().end() <= p.span().start() && p.span().start() - o.span().end() <= 16
            && OFFICER_AFTER_BODY.matcher(text.substring(o.span().end(), p.span().start())).matches()) {
          // "le patron de la CGT Philippe Martinez", "Le commissaire général de l'Office ... (UNRWA), Philippe
          // Lazzarini"
          int t = firstTokenAt(o.span().start()) - 1;
          if (is(t, "(")) {
            // The acronym in brackets after the body's full name: the office is before the name.
            int k = t - 1;
            while (k > 0 && t - k < 20 && !personNoun(k) && !posIs(k, "VERB") && !posIs(k, "AUX")
                && !is(k, ",", ".", ";", ":", "«", "»")) {
              k--;
            }
            t = k;
          }
          while (t >= 0 && (posIs(t, "DET") || is(t, "de", "du", "des", "d'"))) {
            t--;
          }
          if (t > 0 && (posIs(t, "ADJ") || is(t, "général", "générale", "adjoint", "adjointe"))) {
            t--; // "Le secrétaire général de la CGT, Philippe Martinez"
          }
          officer = t >= 0 && personNoun(t);
        }
        if (officer) {
          break;
        }
      }
      if (officer) {
        if (found != null) {
          return null;
        }
        found = person;
      }
    }
    return found;
  }

  /** Whether the text at pos, after spaces, ends or goes on with punctuation (an apposition closes there). */
  private boolean closesAt(int pos) {
    int i = pos;
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    return i >= folded.length() || ",.;:!?)»\"\n".indexOf(folded.charAt(i)) >= 0;
  }

  /** "Françoise Sivignon, l'autorité a fait part": a role followed by a verb is the next clause's subject. */
  private static final Pattern VERB_NEXT = Pattern.compile(
      "^\\s*,\\s*(le |la |l')?[\\p{L}'-]+( [\\p{L}'-]+)?\\s+(a|avait|est|sont|ont|était|avaient|aurait|va|doit|peut|n'|ne|se|s')\\s");

  private Entity roleAntecedent(String role, NP np, int slack) {
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.type() != EntityType.PER) {
        continue;
      }
      int ms = m.span().start();
      int me = m.span().end();
      int next = lastTokenBefore(me) + 1;
      if (next + 1 < n && isOpener(next) && (posIs(next + 1, "VERB") || posIs(next + 1, "AUX"))) {
        // ("Selon le leader de Chega, Marcelo Rebelo de Sousa « a démenti »": the subject of the words in marks.)
        continue;
      }
      String before = folded.substring(Math.max(0, ms - role.length() - slack), ms);
      String after = folded.substring(me, Math.min(folded.length(), me + role.length() + 8));
      int idx = before.lastIndexOf(role);
      boolean word = idx >= 0 && (idx == 0 || !Character.isLetter(before.charAt(idx - 1)))
          && (idx + role.length() >= before.length() || !Character.isLetter(before.charAt(idx + role.length())));
      boolean closed = closesAt(me);
      boolean verbBetween = false;
      if (word) {
        int roleEnd = ms - before.length() + idx + role.length();
        for (int t = firstTokenAt(roleEnd); t < n && s[t] < ms; t++) {
          verbBetween |= posIs(t, "AUX") || posIs(t, "VERB") && !passiveParticiple(t, t);
        }
        // "le député Dominique Dord (UMP) et le ministre Bernard Cazeneuve": the role is the first name's.
        for (Mention other : mentionsIn(new Span(roleEnd, ms))) {
          verbBetween |= other.type() == EntityType.PER && other.span().end() <= ms;
        }
      }
      // ("un proche de Macron", "l'avocate de Jean-Marc Morandini": a name after "de" is the role's complement,
      // not its holder.)
      // ("le ministère vendredi après les commentaires de Modi": nor the complement of a noun after the role.)
      boolean complement = word && before.substring(idx + role.length()).matches("(?s)(.*\\s)?(de|du|des|d')\\s*");
      boolean near = word && !verbBetween && !complement
          && before.substring(idx + role.length()).matches("[^.;:!?\\n«»\"]*")
          && (closed || before.substring(idx + role.length()).indexOf(',') < 0)
          || after.matches("^\\s*,\\s*(le |la |l')?" + Pattern.quote(role) + "\\b.*")
          && !VERB_NEXT.matcher(folded.substring(me, Math.min(folded.length(), me + role.length() + 24))).find();
      if (!near) {
        continue;
      }
      Entity ent = entityAt(m.span());
      if (ent == null) {
        continue;
      }
      int d = Math.abs(ms - s[np.from()]) + (ms > s[np.from()] ? 100000 : 0);
      if (d < bestDistance) {
        best = ent;
        bestDistance = d;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Output

  /** Speaker mentions for the output: every surface form of the entity, or the mention itself. */
  static List<String> mentionsOf(Speaker sp) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    if (sp.entity() != null) {
      all.addAll(sp.entity().mentions());
    }
    if (sp.name() != null && sp.entity() == null) {
      all.add(sp.name());
    }
    return new ArrayList<>(all);
  }

  /** Whether the text names something with exactly this name ("le journal" resolved to "L'Opinion"). */
  boolean namedInText(String name) {
    for (Mention m : mentions) {
      if (m.text().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a speaker mention holds a proper name (a capitalised word past its first, a handle, or a first word
   * that is a name): "la SDJ d'I-Télé", "Indecline", not "un témoin de l'agression" or "Le texte de la plaque".
   */
  boolean properName(Span mention) {
    if (mention == null) {
      return false;
    }
    int from = firstTokenAt(mention.start());
    int to = lastTokenBefore(mention.end()) + 1;
    if (is(from, "un", "une") && posIs(from + 1, "NOUN")) {
      // "un officier de police de la ville d'Havelian": someone unnamed, whatever place or body the phrase names.
      return false;
    }
    if (posIs(from, "DET") && from + 2 < to && (!startsUpper(from + 1) || personNoun(from + 1))
        && is(from + 2, "de", "du", "des", "d'")
        && (ROLE_NOUNS.contains(low[from + 1]) || is(from + 1, "proche", "proches", "entourage", "avocate"))) {
      // "un proche de Macron", "l'avocate de Jean-Marc Morandini", "le directeur de la discothèque": someone the
      // article does not name, whoever the complement names ("les scientifiques du projet LIGO" are a body).
      return false;
    }
    for (int i = from; i < to && i < n; i++) {
      // (A capitalised office or "État" in a title is no name: "un proche du Président", "le secrétaire d'État".)
      if (low[i].startsWith("@") || i > from && startsUpper(i) && !posIs(i, "PUNCT") && !personNoun(i)
          && !is(i, "état", "république") && !PORTFOLIO_WORDS.contains(low[i])) {
        return true;
      }
    }
    // ("iTELE", "eBay": a brand's capital may come second.)
    boolean capital = from < n && (startsUpper(from) || posIs(from, "PROPN")
        && !text.substring(s[from], e[from]).equals(low[from]));
    return capital && !posIs(from, "DET") && !posIs(from, "PRON") && !subjectPronoun(from)
        && (posIs(from, "PROPN") || to - from == 1);
  }

  /** Capitalised words of a ministry's portfolio, no name: "le ministre israélien de la Défense". */
  /** Bodies a capital letter does not name: "le président du Conseil" is a head of government. */
  private static final Set<String> UNNAMED_BODIES = Set.of("conseil", "gouvernement", "exécutif", "cabinet");
  /** A political colour that the entity layer may join to such a body: "Conseil d'extrême droite". */
  private static final Pattern UNNAMED_QUALIFIER = Pattern.compile("\\s+d['’]extrême[- ](droite|gauche)$");

  private static final Set<String> PORTFOLIO_WORDS = Set.of("défense", "affaires", "étrangères", "intérieur",
      "justice", "économie", "finances", "santé", "travail", "culture", "armées", "éducation", "agriculture",
      "transports", "environnement", "budget", "commerce", "industrie", "sports", "logement", "outre-mer");

  Span cueSpan(Cue c) {
    return span(c.from(), c.to());
  }
}
