package org.vigie.fr.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.EntityType;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;
import org.vigie.fr.backbone.BackboneAnnotator;
import org.vigie.fr.internal.FrenchDictionary;

/**
 * Clean named-entity mentions for news, made from CoreNLP's raw French NER.
 *
 * <p>CoreNLP's French model was trained on Wikipedia and makes systematic mistakes on news: articles and
 * titles inside names ({@code l’OTAN}, {@code M. Blinken}), quote marks inside spans ({@code OTAN »}), role
 * nouns taken for names ({@code secrétaire d’État}), English passages tagged whole ({@code In the month since
 * the Kremlin’s}), dates tagged MISC, surnames typed as places. This annotator cuts mentions to the proper
 * name, drops what is not a name, and fixes types from the bundled gazetteers, organization head nouns and the
 * document's own persons. Every rule is about the shape of the text, never about a particular article.
 */
public final class MentionAnnotator implements Annotator {
  private final NameLexicon lexicon;
  private final OrgRules orgs;

  public MentionAnnotator() {
    this(true);
  }

  /**
   * @param gazetteers whether to use the bundled gazetteers (country and organization names, demonyms, known
   *     names); without them only the rules on the shape of the text apply, which measures what each brings
   */
  public MentionAnnotator(boolean gazetteers) {
    this.lexicon = gazetteers ? NameLexicon.load() : NameLexicon.empty();
    this.orgs = new OrgRules(lexicon);
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, BackboneAnnotator.NER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.MENTIONS);
  }

  /** A word: a distinct token span, with its text normalized for comparisons, and its part of speech. */
  private record Word(Span span, String text, String pos) {
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

    boolean punctuation() {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    String text = doc.text();
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    boolean[] english = englishSentences(sentences, tokens, text);
    List<Mention> out = new ArrayList<>();
    Set<Span> titled = new HashSet<>();
    Set<Span> verbAfterName = new HashSet<>();
    int t = 0;
    for (Mention raw : doc.get(BackboneAnnotator.NER)) {
      while (t < tokens.size() && tokens.get(t).span().end() <= raw.span().start()) {
        t++;
      }
      List<Word> words = new ArrayList<>();
      int sentence = -1;
      for (int k = t; k < tokens.size() && tokens.get(k).span().start() < raw.span().end(); k++) {
        Token tok = tokens.get(k);
        if (!raw.span().contains(tok.span())) {
          continue;
        }
        sentence = tok.sentence();
        if (words.isEmpty() || !words.get(words.size() - 1).span().equals(tok.span())) {
          words.add(new Word(tok.span(), tok.span().of(text).replace('’', '\''), tok.pos()));
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      boolean inEnglish = sentence >= 0 && sentence < english.length && english[sentence];
      int sentenceStart = sentence >= 0 && sentence < sentences.size() ? sentences.get(sentence).span().start() : 0;
      for (List<Word> run : splitAtPunctuation(words, text)) {
        clean(run, raw.type(), inEnglish, sentenceStart, text, out, titled, verbAfterName);
      }
    }
    out.addAll(knownNamesMissed(out, tokens, text));
    out.addAll(surnamesMissed(out, tokens, text));
    out = surnameThenVerb(out, verbAfterName, text);
    out = harmonizeTypes(out, titled);
    out = speakersArePersons(out, tokens);
    out = portfolioBeforeName(out, text);
    out = bodyBeforeName(out, text);
    out = labelBeforeName(out, text);
    out = orgs.apply(out, titled, tokens, text);
    out = holderAfterPortfolio(out, text);
    out = placesInsideEventNames(out, text);
    out = patronymJoins(out, text);
    out = firstNamePersons(out, text);
    out.removeIf(m -> stateInCommonNoun(m, text));
    out.replaceAll(MentionAnnotator::withoutRank);
    out.sort(Comparator.comparing(Mention::span));
    List<Mention> unique = new ArrayList<>();
    for (Mention m : out) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).span().overlaps(m.span())) {
        unique.add(m);
      }
    }
    return doc.with(Layers.MENTIONS, unique);
  }

  private static List<List<Word>> splitAtPunctuation(List<Word> words, String text) {
    List<List<Word>> runs = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      boolean lineBreak = !current.isEmpty()
          && text.substring(current.get(current.size() - 1).span().end(), w.span().start()).indexOf('\n') >= 0;
      if (lineBreak) {
        runs.add(current);
        current = new ArrayList<>();
      }
      boolean breaks = w.punctuation() && !w.text().equals("-") && !w.text().equals("&")
          && !w.text().equals("+") && !insideName(words, i);
      if (breaks) {
        if (!current.isEmpty()) {
          runs.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(w);
      }
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    return runs;
  }

  /** Nouns that take "d'État" as their complement: "secrétaire d'État", "chef d'État", "coup d'État". */
  private static final java.util.regex.Pattern STATE_IN_NOUN = java.util.regex.Pattern.compile(
      "(?iu)(?:^|[^\\p{L}-])(?:sous-)?(?:secrétaires?|chefs?|coups?|ministres?|hommes?|femmes?|raison|secrétariat)"
          + "\\s+d['’]\\s*$");

  /**
   * "le secrétaire d'État américain", "un coup d'État": État there belongs to a common noun (the office, the
   * putsch), so neither "État" nor "État américain" is a name; "l'État islamique" and "Conseil d'État" are.
   */
  private static boolean stateInCommonNoun(Mention m, String text) {
    if (!m.text().startsWith("État") && !m.text().startsWith("Etat")) {
      return false;
    }
    int from = Math.max(0, m.span().start() - 40);
    return STATE_IN_NOUN.matcher(text.substring(from, m.span().start())).find();
  }

  /**
   * An apostrophe glued to letters on both sides that the tokenizer split off ("O'Brien", "Zeid Ra'ad"): French
   * elisions come as one token ("N'", "d'"), so this one is inside a foreign name.
   */
  private static boolean insideName(List<Word> words, int i) {
    Word w = words.get(i);
    if (!(w.text().equals("'") || w.text().equals("’")) || i == 0 || i + 1 >= words.size()) {
      return false;
    }
    Word before = words.get(i - 1);
    Word after = words.get(i + 1);
    return before.span().end() == w.span().start() && after.span().start() == w.span().end()
        && Character.isLetter(before.text().charAt(before.text().length() - 1))
        && Character.isLetter(after.text().charAt(0)) && before.capitalized();
  }

  private void clean(List<Word> run, EntityType rawType, boolean inEnglish, int sentenceStart, String text,
      List<Mention> out, Set<Span> titled, Set<Span> verbAfterName) {
    boolean title = false;
    boolean changed = true;
    while (changed && !run.isEmpty()) {
      changed = false;
      Word first = run.get(0);
      String lower = first.lower();
      if (NameLexicon.TITLES.contains(lower) && run.size() > 1
          || rawType != EntityType.ORG && rawType != EntityType.LOC && RANKS.contains(lower) && run.size() > 1
          && run.get(1).capitalized()) {
        // ("Capitaine Moussa Dadis Camara", "Colonel Nsoe": a rank is a title, not part of the name.)
        run = run.subList(1, run.size());
        title = true;
        changed = true;
      } else if ((NameLexicon.ARTICLES.contains(lower) || NameLexicon.LEADING_FUNCTION.contains(lower))
          && run.size() > 1 && stripArticle(run, sentenceStart, text)) {
        run = run.subList(1, run.size());
        changed = true;
      } else if (inEnglish && first.capitalized() && NameLexicon.ENGLISH_FUNCTION.contains(lower)) {
        run = run.subList(1, run.size());
        changed = true;
      } else if (rawType == EntityType.PER && run.size() > 2 && (lower.equals("source")
          || NEWS_AGENCIES.contains(lower)) && run.get(1).capitalized()) {
        // "Source Reuters Bassirou Diomaye Faye, candidat de l'opposition": a byline glued to the name after it.
        run = run.subList(1, run.size());
        changed = true;
      }
    }
    if (run.isEmpty()) {
      return;
    }
    for (int i = 1; i + 1 < run.size(); i++) {
      Word w = run.get(i);
      if ((w.lower().equals("le") || w.lower().equals("la") || w.lower().equals("les")) && !w.capitalized()
          && run.get(i - 1).capitalized() && !run.get(i + 1).capitalized()) {
        // "a indiqué sur TF1 le ministre de l'Intérieur": an article right after a name, before a common noun,
        // starts another phrase.
        run = run.subList(0, i);
        break;
      }
    }
    boolean lowerHead = NameLexicon.LOWER_ORG_HEADS.contains(run.get(0).lower());
    List<List<Word>> pieces;
    if (lexicon.typeOf(Span.of(run.get(0).span().start(), run.get(run.size() - 1).span().end()).of(text)) != null) {
      pieces = List.of(run);
    } else if (!run.get(0).capitalized() && !lowerHead || inEnglish) {
      pieces = capitalizedRuns(run);
    } else if (roleLed(run)) {
      // "Première ministre britannique Theresa May" tagged as one organization: the role's holder is the name
      // after its lower-case words.
      List<List<Word>> runs = capitalizedRuns(run);
      pieces = List.of(runs.get(runs.size() - 1));
      title = true;
    } else {
      pieces = List.of(stripGenericHead(run));
    }
    for (List<Word> whole : pieces) {
      List<Word> piece = stripGenericHead(whole);
      // "Atletico Nacional mercredi": a weekday or month after a name is the date, not the name.
      while (piece.size() > 1 && NameLexicon.TIME_WORDS.contains(piece.get(piece.size() - 1).lower())
          && !piece.get(piece.size() - 1).capitalized()) {
        piece = piece.subList(0, piece.size() - 1);
      }
      while (piece.size() > 1 && ELIDED_WORD.matcher(piece.get(piece.size() - 1).text()).matches()) {
        // "a répondu Vingegaard lorsqu'on lui a demandé": a conjunction and its pronoun, one token, end the name.
        piece = piece.subList(0, piece.size() - 1);
      }
      if (piece.size() == 2 && !piece.get(1).capitalized() && conjugated(piece.get(1)) && !inEnglish) {
        // "Brunet flanche à nouveau": maybe a surname and its verb; kept whole unless the article names the
        // person (surnameThenVerb).
        verbAfterName.add(Span.of(piece.get(0).span().start(), piece.get(0).span().end()));
      }
      // "secrétaire d'État Antony Blinken" tagged as one place: what follows a role head is a person.
      boolean afterRole = piece.size() >= 2 && piece.size() < whole.size()
          && NameLexicon.PERSON_ROLES.contains(whole.get(whole.size() - piece.size() - 1).lower())
          // "le président de la République François Hollande" (read as one place with "République").
          || piece.size() >= 2 && HEAD_OF_STATE_BEFORE.matcher(
              text.substring(Math.max(0, piece.get(0).span().start() - 40), piece.get(0).span().start())).find();
      Span span = Span.of(piece.get(0).span().start(), piece.get(piece.size() - 1).span().end());
      String surface = span.of(text);
      if (surface.endsWith("'s") || surface.endsWith("’s")) {
        span = Span.of(span.start(), span.end() - 2);
        surface = span.of(text);
      }
      EntityType known = span.isEmpty() ? null : lexicon.typeOf(surface);
      // ("May a affirmé que": CoreNLP's person named like an English month, in a French sentence.)
      boolean surname = rawType == EntityType.PER && !inEnglish && piece.size() == 1 && piece.get(0).capitalized()
          && ENGLISH_MONTHS.contains(piece.get(0).lower());
      if (span.isEmpty() || known == null && !institutionName(piece, rawType) && !surname
          && (!isName(piece) || piece.size() == 1 && lexicon.isDemonym(surface))) {
        continue;
      }
      EntityType type = rawType;
      // ("a déclaré M. Le Maire": the title outside CoreNLP's mention, which it typed MISC.)
      boolean titledBefore = TITLE_BEFORE.matcher(text.substring(Math.max(0, span.start() - 6), span.start())).find();
      if ((title || titledBefore && known != EntityType.LOC || afterRole && known == null)
          && piece.get(0).capitalized()) {
        type = EntityType.PER;
        titled.add(span);
      } else if (known != null) {
        type = known;
      } else if (piece.size() >= 2 && (piece.get(0).lower().equals("état") || piece.get(0).lower().equals("etat"))
          && !piece.get(1).capitalized() && !NameLexicon.PARTICLES.contains(piece.get(1).lower())) {
        type = EntityType.ORG; // "État islamique", "État japonais" (a state as an actor); "État de New York" is a place
      } else if (NameLexicon.ORG_HEADS.contains(surface.split("[\\s']")[0].toLowerCase(Locale.ROOT))
          && type != EntityType.PER) {
        type = EntityType.ORG;
      }
      out.add(new Mention(span, surface, type));
    }
  }

  /** A verb in a conjugated form, not a participle: "flanche", "annonce", "déclare". */
  private static boolean conjugated(Word w) {
    return "VERB".equals(w.pos()) && !PARTICIPLE.matcher(w.lower()).matches();
  }

  private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
      ".*(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|ant|ants|ante|antes)");

  private static final java.util.regex.Pattern HEAD_OF_STATE_BEFORE = java.util.regex.Pattern.compile(
      "(?:[Pp]résidente?|[Cc]hef) de la République\\s+$");

  /** "Alliés de l'OTAN", "Secretary General of NATO": a generic head before a name goes with its particles. */
  private static List<Word> stripGenericHead(List<Word> run) {
    int i = 0;
    while (i < run.size() && NameLexicon.GENERIC.contains(run.get(i).lower())) {
      i++;
    }
    if (i == 0 || i == run.size()) {
      return run;
    }
    int j = i;
    while (j < run.size() && NameLexicon.PARTICLES.contains(run.get(j).lower())) {
      j++;
    }
    if (j == run.size() || !run.get(j).capitalized()) {
      return run;
    }
    return run.subList(j, run.size());
  }

  /** A leading article goes, unless it belongs to the name ("La Haye") or is capitalised mid-sentence. */
  private static boolean stripArticle(List<Word> run, int sentenceStart, String text) {
    Word first = run.get(0);
    if (!first.capitalized() || !run.get(1).capitalized()) {
      return true;
    }
    String joined = NameLexicon.key(Span.of(first.span().start(), run.get(Math.min(1, run.size() - 1)).span().end())
        .of(text));
    if (NameLexicon.ARTICLE_NAMES.contains(joined)) {
      return false;
    }
    if (first.lower().endsWith("'") && !first.lower().equals("l'")) {
      return true; // "D'Ukraine": an elided preposition is never part of a name
    }
    // A capitalised "Le"/"La"/"L'" belongs to a name mid-sentence ("Marine Le Pen", "le quotidien libanais
    // L'Orient-Le Jour"), not at the start of a sentence ("L'OTAN a"), a line or a quotation.
    int before = first.span().start();
    while (before > sentenceStart && !Character.isLetterOrDigit(text.charAt(before - 1))) {
      char c = text.charAt(before - 1);
      if (c == '\n' || c == '«' || c == '“' || c == '"' || c == ':' || c == '—' || c == '(') {
        return true;
      }
      before--;
    }
    return before <= sentenceStart;
  }

  /** Maximal stretches of capitalised words, joined by name particles ("Department of State"). */
  /**
   * A run that opens with a capitalized office and goes on in lower case before a name: "Première ministre
   * britannique Theresa May", "Président brésilien Jair Bolsonaro".
   */
  private static boolean roleLed(List<Word> run) {
    if (run.size() < 3 || !ROLE_OPENERS.contains(run.get(0).lower()) || !run.get(run.size() - 1).capitalized()) {
      return false;
    }
    boolean lower = false;
    for (int i = 1; i < run.size(); i++) {
      Word w = run.get(i);
      if (w.capitalized()) {
        return lower && capitalizedRuns(run.subList(i, run.size())).size() == 1;
      }
      lower |= !NameLexicon.PARTICLES.contains(w.lower());
    }
    return false;
  }

  /** News agencies whose name a byline puts right before the article's first words. */
  private static final Set<String> NEWS_AGENCIES = Set.of("reuters", "afp", "belga", "ansa", "dpa", "efe",
      "xinhua", "tass");

  /** The person's name without the rank that opens it ("le Capitaine Dadis" found after "répond"). */
  private static Mention withoutRank(Mention m) {
    int space = m.text().indexOf(' ');
    if (m.type() != EntityType.PER || space < 0 || space + 1 >= m.text().length()
        || !RANKS.contains(m.text().substring(0, space).toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(m.text().charAt(space + 1))) {
      return m;
    }
    return new Mention(new Span(m.span().start() + space + 1, m.span().end()), m.text().substring(space + 1),
        EntityType.PER);
  }

  /** Military ranks written before a name with a capital, like a title ("Capitaine Dadis"). */
  private static final Set<String> RANKS = Set.of("capitaine", "colonel", "lieutenant", "lieutenant-colonel",
      "commandant", "sergent", "maréchal", "caporal", "adjudant", "amiral", "général");

  private static final Set<String> ROLE_OPENERS = Set.of("premier", "première", "président", "présidente",
      "chancelier", "chancelière", "ministre", "vice-président", "vice-présidente");

  private static List<List<Word>> capitalizedRuns(List<Word> run) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    List<Word> pending = new ArrayList<>();
    for (Word w : run) {
      if (w.capitalized() && !NameLexicon.ENGLISH_FUNCTION.contains(w.lower())) {
        if (!current.isEmpty()) {
          current.addAll(pending);
        }
        pending.clear();
        current.add(w);
      } else if (!current.isEmpty() && NameLexicon.PARTICLES.contains(w.lower())) {
        pending.add(w);
      } else {
        if (!current.isEmpty()) {
          out.add(current);
        }
        current = new ArrayList<>();
        pending.clear();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * "État islamique", "Forces démocratiques syriennes", "République tchèque": a name that CoreNLP found, made of
   * a generic capitalised head and lower-case words, as French writes institution and state names. ("États
   * membres" is not one: its other word is generic too; nor is "Président américain", a person's role.)
   */
  private static boolean institutionName(List<Word> piece, EntityType rawType) {
    String head = piece.get(0).lower();
    if (rawType == EntityType.PER || rawType == EntityType.MISC || piece.size() < 2 || !piece.get(0).capitalized()
        || !NameLexicon.GENERIC.contains(head) || NameLexicon.PERSON_ROLES.contains(head) && !head.equals("état")
        || head.equals("états") || head.equals("etats")) { // "États occidentaux": a kind of state, not a name
      return false;
    }
    for (Word w : piece.subList(1, piece.size())) {
      if (w.capitalized() || NameLexicon.GENERIC.contains(w.lower()) || w.punctuation()
          || NameLexicon.TIME_WORDS.contains(w.lower()) || !Character.isLetter(w.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** First words of places named after a person ("Saint Martin", "Port Louis"), which stay places. */
  private static final Set<String> PLACE_PREFIXES = Set.of("saint", "sainte", "san", "santa", "são", "port", "mont",
      "cap", "lac", "fort", "new", "nouvelle", "grand", "grande", "petit", "gare", "rue", "place", "avenue",
      "boulevard", "pont", "lycée", "collège", "stade", "hôpital", "aéroport", "université", "institut", "fondation");

  /** English months that are also surnames ("Theresa May", "Brian March"); French text writes its months in French. */
  private static final Set<String> ENGLISH_MONTHS = Set.of("may", "march", "june", "april", "august");

  /** False for pieces that are dates, numbers, generic nouns or lower-case words. */
  private static boolean isName(List<Word> piece) {
    boolean anyCapital = false;
    boolean allTimeOrNumber = true;
    for (Word w : piece) {
      String lower = w.lower();
      anyCapital |= w.capitalized();
      boolean numeric = lower.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
      if (!(numeric || NameLexicon.TIME_WORDS.contains(lower) || NameLexicon.TIME_WORDS.contains(lower.replace(".", ""))
          || NameLexicon.NUMBER_WORDS.contains(lower) || w.punctuation())) {
        allTimeOrNumber = false;
      }
    }
    if (!anyCapital || allTimeOrNumber) {
      return false;
    }
    boolean onlyGenericCapitals = true;
    for (Word w : piece) {
      if (w.capitalized() && !NameLexicon.GENERIC.contains(w.lower())) {
        onlyGenericCapitals = false;
      }
    }
    if (onlyGenericCapitals) {
      return false; // "États membres", "Le président"
    }
    if (piece.size() == 1) {
      String lower = piece.get(0).lower();
      return !NameLexicon.GENERIC.contains(lower) && !NameLexicon.TITLES.contains(lower)
          && !lower.equals("jr.") && !lower.equals("jr") && !lower.equals("sr.") && piece.get(0).text().length() > 1;
    }
    return true;
  }

  /**
   * Names the gazetteers know that CoreNLP missed ("Nations unies", "État islamique", "Union africaine"):
   * the longest known stretch of up to six words starting with a capital, where no mention is.
   */
  private List<Mention> knownNamesMissed(List<Mention> found, List<Token> tokens, String text) {
    List<Word> words = new ArrayList<>();
    List<Integer> sentenceOf = new ArrayList<>();
    for (Token tok : tokens) {
      if (words.isEmpty() || !words.get(words.size() - 1).span().equals(tok.span())) {
        words.add(new Word(tok.span(), tok.span().of(text).replace('’', '\''), tok.pos()));
        sentenceOf.add(tok.sentence());
      }
    }
    List<Mention> added = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word first = words.get(i);
      int taken = 0;
      if (first.capitalized() && !first.punctuation()) {
        for (int n = Math.min(6, words.size() - i); n >= 1 && taken == 0; n--) {
          Word last = words.get(i + n - 1);
          if (!sentenceOf.get(i).equals(sentenceOf.get(i + n - 1)) || last.punctuation()
              || NameLexicon.PARTICLES.contains(last.lower())) {
            continue;
          }
          Span span = Span.of(first.span().start(), last.span().end());
          String surface = span.of(text);
          EntityType type = lexicon.typeOfWritten(surface);
          // One word only when it is an acronym written in capitals ("OTAN", not "Un" for the UN).
          boolean acronym = n == 1 && surface.length() >= 2 && surface.length() <= 6
              && surface.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
              && surface.chars().anyMatch(Character::isLetter);
          // Or a known name capitalised in mid-sentence ("chez Boeing"), where a capital marks a name.
          boolean midSentence = i > 0 && sentenceOf.get(i - 1).equals(sentenceOf.get(i))
              && !words.get(i - 1).punctuation();
          if (type == null || n == 1 && !acronym && !(midSentence && surface.length() > 2)) {
            continue;
          }
          boolean free = found.stream().noneMatch(m -> m.span().overlaps(span))
              && added.stream().noneMatch(m -> m.span().overlaps(span));
          if (free) {
            added.add(new Mention(span, surface, type));
          }
          taken = n;
        }
      }
      i += Math.max(1, taken);
    }
    return added;
  }

  /** Arabic name particles that begin a surname in lower case: "al-Joulani", "el-Sissi", "ben-Ali". */
  private static final java.util.regex.Pattern PARTICLE_SURNAME = java.util.regex.Pattern.compile(
      "(?i:al|el|ad|as|ash|az|ibn|bin|ben|abu|abou)-\\p{Lu}\\p{L}{2,}");

  /**
   * A surname that a person of the document bears, written alone where CoreNLP saw no name: with a lower-case
   * particle ("al-Joulani a annoncé": the capital that marks a name comes after it), or a surname that is also a
   * word ("a déclaré Breton à Chew"). Not after an article ("un Breton" is a man from Brittany), not a name the
   * gazetteers know as something else, and not a sentence's first word unless a verb follows.
   */
  private List<Mention> surnamesMissed(List<Mention> found, List<Token> tokens, String text) {
    Set<String> particled = new HashSet<>();
    Set<String> plain = new HashSet<>();
    for (Mention m : found) {
      if (m.type() == EntityType.PER) {
        String[] parts = m.text().split("\\s+");
        String last = parts[parts.length - 1];
        if (PARTICLE_SURNAME.matcher(last).matches()) {
          particled.add(last.toLowerCase(Locale.ROOT));
        } else if (parts.length > 1 && last.length() > 2 && Character.isUpperCase(last.charAt(0))
            && Character.isLowerCase(last.charAt(last.length() - 1)) && lexicon.typeOf(last) == null) {
          plain.add(last);
        }
      }
    }
    List<Mention> added = new ArrayList<>();
    if (particled.isEmpty() && plain.isEmpty()) {
      return added;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      String form = tok.span().of(text);
      boolean opens = i == 0 || tokens.get(i - 1).sentence() != tok.sentence();
      boolean alone = plain.contains(form) && (i == 0 || !DETERMINERS.contains(tokens.get(i - 1).form()
          .toLowerCase(Locale.ROOT)) && !"DET".equals(tokens.get(i - 1).pos()))
          && (!opens || i + 1 < tokens.size() && ("VERB".equals(tokens.get(i + 1).pos())
              || "AUX".equals(tokens.get(i + 1).pos())));
      if ((particled.contains(form.toLowerCase(Locale.ROOT)) || alone)
          && found.stream().noneMatch(m -> m.span().overlaps(tok.span()))
          && added.stream().noneMatch(m -> m.span().overlaps(tok.span()))) {
        added.add(new Mention(tok.span(), form, EntityType.PER));
      }
    }
    return added;
  }

  /** A title right before a name: "M. ", "Mme ". */
  private static final java.util.regex.Pattern TITLE_BEFORE = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])(?:M\\.|Mme|Mmes|Mlle|MM\\.)\\s+$");

  /**
   * Determiners before a common noun: "un Breton", "les Verts". Fewer than NameLexicon.ARTICLES, which also holds
   * prepositions: a surname alone may follow "de" ("les propos de Breton").
   */
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "l’", "un", "une", "des", "du",
      "ce", "cet", "cette", "ces", "au", "aux");

  /**
   * "Olha Kharlan finit par réagir et Brunet flanche à nouveau": a name and a conjugated verb read as one name
   * are the surname of a person the article names ("Manon Brunet") and the verb.
   */
  private static List<Mention> surnameThenVerb(List<Mention> mentions, Set<Span> verbAfterName, String text) {
    if (verbAfterName.isEmpty()) {
      return mentions;
    }
    Set<String> surnames = new HashSet<>();
    for (Mention m : mentions) {
      String[] parts = m.text().split("\\s+");
      if (m.type() == EntityType.PER && parts.length > 1) {
        surnames.add(NameLexicon.key(parts[parts.length - 1]));
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Span name = null;
      for (Span sp : verbAfterName) {
        if (m.span().start() == sp.start() && m.span().end() > sp.end()) {
          name = sp;
        }
      }
      if (name != null && surnames.contains(NameLexicon.key(name.of(text)))) {
        out.add(new Mention(name, name.of(text), EntityType.PER));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** A lone surname that the document uses for a person elsewhere is that person ("Biden", not a place). */
  private List<Mention> harmonizeTypes(List<Mention> mentions, Set<Span> titled) {
    Set<String> personWords = new HashSet<>();
    Set<String> surnamesAlone = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PER) {
        String[] parts = m.text().split("\\s+");
        if (parts.length > 1) {
          personWords.add(NameLexicon.key(parts[parts.length - 1]));
        } else {
          surnamesAlone.add(NameLexicon.key(parts[0]));
        }
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String key = NameLexicon.key(m.text());
      String[] parts = m.text().split("\\s+");
      // "Theresa May" typed a place, then "May a affirmé" typed a person: the full name is the person's.
      boolean fullName = (m.type() == EntityType.LOC || m.type() == EntityType.MISC) && parts.length == 2
          && !parts[0].isEmpty() && Character.isUpperCase(parts[0].charAt(0))
          && surnamesAlone.contains(NameLexicon.key(parts[1]))
          && !PLACE_PREFIXES.contains(parts[0].toLowerCase(Locale.ROOT))
          && !NameLexicon.TIME_WORDS.contains(parts[0].toLowerCase(Locale.ROOT));
      if (m.type() != EntityType.PER && (personWords.contains(key) || fullName) && lexicon.typeOf(m.text()) == null
          && !NameLexicon.ORG_HEADS.contains(key) && !NameLexicon.ORG_HEADS.contains(NameLexicon.key(parts[0]))) {
        out.add(new Mention(m.span(), m.text(), EntityType.PER));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "Jeux olympiques de Rio", "championnat de France": an event named after its place. Events are not
   * entities (the events layer tells them); the place is one, so the mention becomes the place's when the
   * gazetteers or the article itself know the name as a place.
   */
  private List<Mention> placesInsideEventNames(List<Mention> mentions, String text) {
    Set<String> places = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOC) {
        places.add(NameLexicon.key(m.text()));
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      java.util.regex.Matcher x = EVENT_OF_PLACE.matcher(m.text());
      if (m.type() == EntityType.MISC && x.matches()) {
        String place = x.group(1);
        EntityType known = lexicon.typeOf(place);
        if (known == EntityType.LOC || known == null && places.contains(NameLexicon.key(place))) {
          int start = m.span().end() - place.length();
          out.add(new Mention(Span.of(start, m.span().end()), place, EntityType.LOC));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static final java.util.regex.Pattern EVENT_OF_PLACE = java.util.regex.Pattern.compile(
      "\\p{Lu}.*?\\s(?:de|du|des|d['’]\\s?|à|en)\\s*(\\p{Lu}[\\p{L}'’ -]*?)");

  private static final java.util.regex.Pattern MINISTER_OF_BEFORE = java.util.regex.Pattern.compile(
      "\\bministre(?:\\s+[\\p{L}-]+)?\\s+(?:des|du|de\\s+la|de\\s+l['’])\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  private static final java.util.regex.Pattern PLURAL_ARTICLE_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:des|aux|les)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** One-word portfolios of French ministries ("le ministre du Travail", "la ministre de la Culture"). */
  private static final Set<String> PORTFOLIOS = Set.of("travail", "intérieur", "justice", "économie", "culture",
      "défense", "santé", "agriculture", "éducation", "logement", "transports", "environnement", "budget",
      "commerce", "industrie", "armées", "finances", "sports", "outre-mer", "numérique", "tourisme", "énergie");

  /**
   * "le ministre de la Communication et des Médias Nestor Bankumukunzi": the last word of a portfolio, a plural
   * common noun after "des", is not the first word of the holder's name.
   */
  private static List<Mention> portfolioBeforeName(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] words = m.text().split("\\s+");
      int cut = words[0].length();
      while (cut < m.text().length() && Character.isWhitespace(m.text().charAt(cut))) {
        cut++;
      }
      int lastLower = -1;
      for (int i = 0; i < words.length; i++) {
        if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))) {
          lastLower = i;
        }
      }
      if (m.type() == EntityType.PER && words.length >= 3 && Character.isUpperCase(words[1].charAt(0))
          && PLURAL_ARTICLE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 6), m.span().start())).find()
          && pluralNounOnly(words[0])) {
        Span rest = Span.of(m.span().start() + cut, m.span().end());
        out.add(new Mention(rest, rest.of(text), EntityType.PER));
      } else if (m.type() == EntityType.PER && words.length >= 3 && lastLower < 0
          && PORTFOLIOS.contains(words[0].toLowerCase(Locale.ROOT))
          && MINISTER_OF_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 40), m.span().start())).find()) {
        // "le ministre du Travail Olivier Dussopt": a one-word portfolio before the minister's name.
        Span portfolio = Span.of(m.span().start(), m.span().start() + words[0].length());
        Span name = Span.of(m.span().start() + cut, m.span().end());
        out.add(new Mention(portfolio, portfolio.of(text), EntityType.ORG));
        out.add(new Mention(name, name.of(text), EntityType.PER));
      } else if (lastLower >= 1 && words.length - lastLower >= 3 && Character.isUpperCase(words[0].charAt(0))
          && MINISTER_OF_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 40), m.span().start())).find()) {
        // "le ministre ukrainien des Affaires étrangères Dmytro Kouleba": the portfolio ends at its last lower-case
        // word; the capitalised words after it are the minister.
        out.addAll(splitAfterWords(m, words, lastLower + 1, EntityType.ORG, text));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "le ministre de la Défense Stepan Poltorak": CoreNLP types the name after a portfolio as the ministry's; a
   * name of capitalised words that no gazetteer knows, right after "ministre de la" and its portfolio, is the
   * minister.
   */
  private List<Mention> holderAfterPortfolio(List<Mention> mentions, String text) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(Mention::span));
    List<Mention> out = new ArrayList<>(sorted.size());
    Mention before = null;
    for (Mention m : sorted) {
      String[] words = m.text().split("\\s+");
      boolean capitalised = words.length >= 2 && words.length <= 4;
      for (int i = 0; capitalised && i < words.length; i++) {
        capitalised = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
            && !NameLexicon.ORG_HEADS.contains(words[i].toLowerCase(Locale.ROOT));
      }
      boolean holder = capitalised && m.type() != EntityType.PER && before != null
          && before.span().end() < m.span().start()
          && text.substring(before.span().end(), m.span().start()).isBlank()
          && PORTFOLIOS.contains(before.text().toLowerCase(Locale.ROOT))
          && lexicon.typeOf(m.text()) == null
          && MINISTER_OF_BEFORE.matcher(text.substring(Math.max(0, before.span().start() - 40),
              before.span().start())).find();
      out.add(holder ? new Mention(m.span(), m.text(), EntityType.PER) : m);
      before = m;
    }
    return out;
  }

  /** An office of a body, then the body's name with its article: "la porte-parole de la Maison-Blanche ". */
  private static final java.util.regex.Pattern OFFICE_OF_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:porte-parole|attachée? de presse|secrétaire|conseill(?:er|ère)|chef|cheffe|directeur|directrice|"
      + "présidente?|vice-présidente?|ambassadeur|ambassadrice|représentante?|dirigeante?|leader|fondateur|"
      + "fondatrice|responsable|commandant|patronne?|émissaire|envoyée?|ministre|numéro (?:un|deux))"
      + "(?:\\s+[\\p{L}-]+){0,2}\\s+(?:des|du|de\\s+la|de\\s+l['’])\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * "la porte-parole de la Maison-Blanche Karine Jean-Pierre", "le porte-parole du ministère chinois des Affaires
   * étrangères Hua Chunying", "le porte-parole militaire des Houthis Yahya Saree": after an office and "de la"
   * (no person's name takes an article), the body's name comes first, then its officer's, which CoreNLP reads as
   * one name. The body is the longest start the gazetteers know, else up to the last lower-case word, else the
   * first word; the officer keeps at least two words.
   */
  private List<Mention> bodyBeforeName(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] words = m.text().split("\\s+");
      boolean office = words.length >= 3 && m.type() != EntityType.MISC && OFFICE_OF_BEFORE.matcher(
          text.substring(Math.max(0, m.span().start() - 60), m.span().start())).find();
      int cut = -1; // words in the body's name
      if (office) {
        for (int k = words.length - 2; k >= 1 && cut < 0; k--) {
          if (lexicon.typeOf(String.join(" ", java.util.Arrays.asList(words).subList(0, k))) != null) {
            cut = k;
          }
        }
        int lastLower = -1;
        int particle = -1; // the first particle of a person's name: "Tinne Van der Straeten"
        for (int i = 0; i < words.length; i++) {
          boolean inName = i >= 2 && i < words.length - 1
              && SURNAME_PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))
              && !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].charAt(0));
          particle = inName && particle < 0 ? i : particle;
          if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)) && !inName) {
            lastLower = i;
          }
        }
        if (cut < 0 && lastLower >= 0 && words.length - lastLower >= 3) {
          cut = lastLower + 1;
        } else if (cut < 0 && lastLower < 0 && m.type() == EntityType.PER) {
          cut = 1;
        } else if (cut < 0 && particle >= 2 && particle - 1 > lastLower) {
          // "la ministre fédérale de l'Énergie Tinne Van der Straeten": the holder's given name, before the
          // particles of the surname.
          cut = particle - 1;
        }
        for (int k = 1; cut < 0 && k <= words.length - 2; k++) {
          // "la ministre des Sports Amélie Oudéa-Castéra", typed as one body: the holder starts at a first name,
          // unless the body is named after a person ("la directrice de la Fondation Jean Jaurès").
          if (NameLexicon.isFirstName(words[k]) && !NAMED_AFTER.matcher(words[k - 1] + " ").lookingAt()
              && !NameLexicon.ORG_HEADS.contains(words[k - 1].toLowerCase(Locale.ROOT))) {
            cut = k;
          }
        }
      }
      boolean personAfter = cut > 0 && words.length - cut >= 2 && personName(words, cut);
      if (!personAfter) {
        out.add(m);
        continue;
      }
      EntityType bodyType = lexicon.typeOf(String.join(" ", java.util.Arrays.asList(words).subList(0, cut)));
      out.addAll(splitAfterWords(m, words, cut, bodyType != null ? bodyType : EntityType.ORG, text));
    }
    return out;
  }

  /**
   * A member's office right before a party's or a constituency's name, then the member's: "le député RN ",
   * "la ministre Renaissance ", "la députée des " (group 1: the office; group 2: the "de" of a constituency).
   */
  private static final java.util.regex.Pattern MEMBER_BEFORE = java.util.regex.Pattern.compile(
      "\\b(députée?s?|eurodéputée?s?|sénateurs?|sénatrices?|élue?s?|conseillers?|conseillères?|candidate?s?|"
      + "militante?s?|ministres?|maires?|porte-parole)\\s+(des\\s+|du\\s+|de\\s+la\\s+|de\\s+)?$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);


  /** "a déclaré à Reuters ", "a raconté à l'AFP ", "a dit sur CNN ": a medium spoken to, before the speaker. */
  private static final java.util.regex.Pattern TOLD_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\s|^)(?:à|au|sur|auprès\\s+de|auprès\\s+du)\\s+(?:l['’]|la\\s+|le\\s+)?$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * "Faisal bin Farhan Al Saud": CoreNLP may type the given name apart (here as a place) and start the person at
   * the name after "bin"; a word, "bin" ("ben", "ibn", "bint"), then a person is one person.
   */
  private static List<Mention> patronymJoins(List<Mention> mentions, String text) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(Mention::span));
    List<Mention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Mention a = sorted.get(i);
      Mention b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (b != null && b.type() == EntityType.PER && a.type() != EntityType.PER && a.span().end() < b.span().start()
          && a.text().indexOf(' ') < 0 && Character.isUpperCase(a.text().charAt(0))
          && text.substring(a.span().end(), b.span().start()).matches(" (?:bin|ben|ibn|bint) ")) {
        Span joined = Span.of(a.span().start(), b.span().end());
        out.add(new Mention(joined, joined.of(text), EntityType.PER));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** Words before a name that make it the name of a place or a body: "rue Jean Moulin", "lycée Victor Hugo". */
  private static final java.util.regex.Pattern NAMED_AFTER = java.util.regex.Pattern.compile(
      "(?iu)(?:rue|avenue|boulevard|bd|place|quai|allée|square|pont|lycée|collège|école|hôpital|aéroport|stade|"
      + "université|centre|fondation|institut|prix|gare|station|musée|parc|salle|théâtre|cité|porte|opération|"
      + "navire|porte-avions|île|fort|mont|cap|lac|baie)\\s+(?:d[eu]s?\\s+|de\\s+la\\s+|l['’])?$");

  /**
   * "comme Florentin Moussavou, le troisième vice-président": CoreNLP may type a person's name as a place; two or
   * three capitalized words that start with a common first name, that no gazetteer knows and that do not follow
   * a street or a building, are a person.
   */
  private List<Mention> firstNamePersons(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] words = m.text().split("\\s+");
      boolean person = m.type() != EntityType.PER && words.length >= 2 && words.length <= 3
          && NameLexicon.isFirstName(words[0]) && lexicon.typeOf(m.text()) == null;
      for (int i = 1; person && i < words.length; i++) {
        person = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
            && !NameLexicon.ORG_HEADS.contains(words[i].toLowerCase(Locale.ROOT));
      }
      if (person && NAMED_AFTER.matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find()) {
        person = false;
      }
      out.add(person ? new Mention(m.span(), m.text(), EntityType.PER) : m);
    }
    return out;
  }

  /** A lower-case elided word and what follows it, one token ("lorsqu'on", "puisqu'il"), which no name ends with. */
  private static final java.util.regex.Pattern ELIDED_WORD = java.util.regex.Pattern.compile("\\p{Ll}+['’]\\p{Ll}*");

  /** An incise's verb and medium after words in marks: "», explique au ", "" a dit à l'". */
  private static final java.util.regex.Pattern INCISE_BEFORE = java.util.regex.Pattern.compile(
      "[»”\"]\\s*,?\\s*(?:[\\p{L}'’-]+\\s+){1,4}(?:à|au|sur)\\s+(?:l['’]|la\\s+|le\\s+)?$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** The end of TOLD_BEFORE with an article: "au ", "à la ", "sur l'". */
  private static final java.util.regex.Pattern TOLD_WITH_ARTICLE = java.util.regex.Pattern.compile(
      "(?:\\s|^)(?:au|à\\s+la|à\\s+l['’]|sur\\s+la|sur\\s+le|sur\\s+l['’]|auprès\\s+du)\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * "« ... », a déclaré à Reuters Paul Meyer", "a raconté à l'AFP Thomas Girard": the medium the words were told
   * to, then the speaker; "le député RN Alexandre Loubet", "la députée des Yvelines Nadia Hai": a member's party or
   * constituency, then the member. CoreNLP reads each as one name. The label is a body the gazetteers know or an
   * acronym (after an office, any name the gazetteers know, or one word after "de"); the person keeps at least two
   * words.
   */
  private List<Mention> labelBeforeName(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String[] words = m.text().split("\\s+");
      int cut = -1;
      String before = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
      boolean told = TOLD_BEFORE.matcher(before.substring(Math.max(0, before.length() - 12))).find();
      java.util.regex.Matcher member = MEMBER_BEFORE.matcher(before);
      boolean labelled = member.find();
      // After "de", "du", "des" a member's label may be a place: "la députée des Yvelines Nadia Hai".
      boolean place = labelled && member.group(2) != null && !member.group(1).equalsIgnoreCase("ministre");
      if (words.length >= 3 && (told || labelled)) {
        for (int k = Math.min(3, words.length - 2); k >= 1 && cut < 0; k--) {
          String body = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
          EntityType type = lexicon.typeOf(body);
          // (A party the gazetteers know as something else, "la ministre Renaissance Astrid Panosyan-Bouvet"; any
          // one word after "de", "la députée des Yvelines Nadia Hai".)
          if (type == EntityType.ORG || k == 1 && body.matches("\\p{Lu}{2,6}")
              || labelled && k == 1 && (type != null || place)) {
            cut = k;
          }
        }
      }
      for (int k = 1; cut < 0 && told && k <= words.length - 2; k++) {
        // "explique à Paperjam Me François Prum": a title after the medium opens the person's name.
        if (NameLexicon.TITLES.contains(words[k].toLowerCase(Locale.ROOT))) {
          cut = k;
        }
      }
      if (cut < 0 && told && words.length >= 3 && TOLD_WITH_ARTICLE.matcher(before).find()) {
        // "a déclaré dans une interview au Figaro Christine Lagarde": after "au" comes a medium, as no person's
        // name takes an article; the person starts at the first name.
        for (int k = 1; k <= words.length - 2 && cut < 0; k++) {
          if (NameLexicon.isFirstName(words[k])) {
            cut = k;
          }
        }
      }
      boolean personAfter = cut > 0;
      for (int i = cut; personAfter && i < words.length; i++) {
        personAfter = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
      }
      if (personAfter && m.type() == EntityType.MISC) {
        // ("à l'UEFA Champions League" is one name; "sur CNN M. Witkoff" is two, and so is "», explique au Monde
        // François Prum" in an incise, not "face à la Slovène Tina Trstenjak".)
        personAfter = NameLexicon.TITLES.contains(words[cut].toLowerCase(Locale.ROOT))
            || NameLexicon.isFirstName(words[cut]) && INCISE_BEFORE.matcher(
                text.substring(Math.max(0, m.span().start() - 60), m.span().start())).find();
      }
      if (personAfter) {
        EntityType bodyType = lexicon.typeOf(String.join(" ", java.util.Arrays.asList(words).subList(0, cut)));
        List<Mention> parts = splitAfterWords(m, words, cut, bodyType == EntityType.LOC ? EntityType.LOC
            : bodyType == null && place ? EntityType.LOC : EntityType.ORG, text);
        Mention person = parts.get(1);
        String[] names = person.text().split("\\s+", 2);
        if (names.length == 2 && NameLexicon.TITLES.contains(names[0].toLowerCase(Locale.ROOT))) {
          // "M. Witkoff": the title is not part of the name, as elsewhere in this layer.
          int start = person.text().indexOf(names[1]);
          Span name = Span.of(person.span().start() + start, person.span().end());
          person = new Mention(name, name.of(text), EntityType.PER);
        }
        out.add(parts.get(0));
        out.add(person);
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Mention m cut after its first {@code count} words (its split words): a body of that type, then a person. */
  /**
   * Particles inside a person's name: "Ursula von der Leyen", "Faisal bin Farhan", "Luiz Inácio Lula da Silva"
   * (fewer than NameLexicon.PARTICLES, which joins the words of any name: "et", "of", "sur").
   */
  private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "di", "da", "dos", "do",
      "du", "bin", "ben", "ibn", "al", "el", "la", "le");

  /** Particles that only persons' surnames hold ("Van der Straeten"), not bodies' names ("Conseil de Ville"). */
  private static final Set<String> SURNAME_PARTICLES = Set.of("von", "van", "der", "den", "ter", "ten", "bin", "ben",
      "ibn", "al", "el", "da", "dos");

  /** Whether words from {@code from} on read as a person's name: capitalised words, name particles between them. */
  private static boolean personName(String[] words, int from) {
    for (int i = from; i < words.length; i++) {
      boolean capitalised = !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
      boolean particle = i > from && i < words.length - 1 && NAME_PARTICLES.contains(words[i]);
      if (!capitalised && !particle) {
        return false;
      }
    }
    return true;
  }

  private static List<Mention> splitAfterWords(Mention m, String[] words, int count, EntityType bodyType,
      String text) {
    int at = 0;
    for (int i = 0; i < count; i++) {
      at = m.text().indexOf(words[i], at) + words[i].length();
    }
    int nameStart = at;
    while (nameStart < m.text().length() && Character.isWhitespace(m.text().charAt(nameStart))) {
      nameStart++;
    }
    Span body = Span.of(m.span().start(), m.span().start() + at);
    Span name = Span.of(m.span().start() + nameStart, m.span().end());
    return List.of(new Mention(body, body.of(text), bodyType), new Mention(name, name.of(text), EntityType.PER));
  }

  private static boolean pluralNounOnly(String word) {
    List<FrenchDictionary.Reading> readings = FrenchDictionary.get().readings(FrenchDictionary.normalize(word));
    // Tags read "N m p" and may carry a trailing mark ("N m pM"); "N m sp" is invariable, as first names are.
    return readings.stream().anyMatch(r -> nounNumber(r.tag()).startsWith("p"))
        && readings.stream().noneMatch(r -> nounNumber(r.tag()).startsWith("s") || r.tag().startsWith("Z"));
  }

  /** The number field of a noun or adjective tag, or "" for other tags. */
  private static String nounNumber(String tag) {
    String[] f = tag.split(" ");
    return f.length >= 3 && (f[0].equals("N") || f[0].equals("J")) ? f[2] : "";
  }

  /** An unknown single name right after a reporting verb or "selon" ("a déclaré Kirby") names a person. */
  private List<Mention> speakersArePersons(List<Mention> mentions, List<Token> tokens) {
    List<Mention> out = new ArrayList<>(mentions.size());
    int t = 0;
    for (Mention m : mentions) {
      while (t < tokens.size() && tokens.get(t).span().start() < m.span().start()) {
        t++;
      }
      boolean cue = t > 0 && NameLexicon.REPORTING.contains(tokens.get(t - 1).lemma().toLowerCase(Locale.ROOT));
      if (cue && m.type() != EntityType.PER && m.type() != EntityType.ORG && !m.text().contains(" ")
          && lexicon.typeOf(m.text()) == null) {
        out.add(new Mention(m.span(), m.text(), EntityType.PER));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean[] englishSentences(List<Sentence> sentences, List<Token> tokens, String text) {
    boolean[] english = new boolean[sentences.size()];
    int[] en = new int[sentences.size()];
    int[] fr = new int[sentences.size()];
    for (Token tok : tokens) {
      String w = tok.span().of(text).toLowerCase(Locale.ROOT);
      if (tok.sentence() < en.length) {
        if (NameLexicon.ENGLISH_MARKERS.contains(w)) {
          en[tok.sentence()]++;
        }
        if (NameLexicon.FRENCH_MARKERS.contains(w)) {
          fr[tok.sentence()]++;
        }
      }
    }
    for (int i = 0; i < english.length; i++) {
      english[i] = en[i] >= 2 && en[i] > fr[i];
    }
    return english;
  }
}
