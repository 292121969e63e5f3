package org.vigie.fr.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;
import org.vigie.fr.amount.Amount;
import org.vigie.fr.amount.Quantity;
import org.vigie.fr.entity.Entity;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.quote.Quote;
import org.vigie.fr.time.TimeExpression;

/**
 * Finds the events of one article: one instance per article, not shared between threads.
 *
 * <p>Rules over the other layers, in four steps: a trigger (a verb or noun of {@link EventLexicon} whose
 * conditions hold, outside direct quotes); how the text tells it (tense, mood, negation, the verb governing an
 * infinitive, and whether it is the content of someone's announcement or claim: the quotes layer says); its
 * arguments inside the clause (the subject's entities, the objects' entities and demonyms, the place, the time
 * expression nearest to it, else the date the paragraph is telling about, else the publication date; money and
 * counts); and last, tellings of one event in one article merged.
 */
final class EventFinder {
  private static final Set<String> PREPOSITIONS = Set.of("de", "d'", "du", "des", "à", "au", "aux", "en", "par",
      "pour", "avec", "contre", "sur", "dans", "lors", "entre", "vers", "chez", "après", "avant", "depuis", "selon",
      "sous", "face", "malgré", "envers", "auprès", "parmi", "of", "to", "in", "with", "against", "from", "by",
      "during", "at", "on", "for", "over", "after", "before", "about");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "en", "au", "aux", "dans", "vers", "to", "in");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles");
  private static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs");
  private static final Set<String> RIGHT_STOPS = Set.of(";", ":", ".", "!", "?", "«", "»", "“", "”", "\"", "qui",
      "dont", "où", "lequel", "laquelle", "lesquels", "mais", "tandis", "alors", "lorsque", "quand", "puisque",
      "car", "si", "afin", "which", "who", "but", "while");
  private static final Set<String> LEFT_STOPS = Set.of(";", ":", "«", "»", "“", "”", "\"", "que", "qu'", "qu’",
      "that");
  private static final Set<String> ETRE_VERBS = Set.of("arriver", "venir", "aller", "partir", "entrer", "sortir",
      "rentrer", "retourner", "revenir", "tomber", "devenir", "rester", "parvenir", "intervenir", "survenir");
  private static final Set<String> INTENT_GOVERNORS = Set.of("vouloir", "souhaiter", "envisager", "prévoir",
      "compter", "entendre", "espérer", "chercher", "tenter", "projeter", "aller", "devoir", "apprêter", "engager",
      "promettre", "proposer", "viser", "préparer");
  private static final Set<String> ANNOUNCE_GOVERNORS = Set.of("décider", "annoncer", "ordonner", "choisir",
      "résoudre");
  private static final Set<String> PHASE_GOVERNORS = Set.of("commencer", "continuer", "poursuivre", "achever",
      "finir", "recommencer", "reprendre", "terminer");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("refuser", "renoncer", "exclure", "éviter");
  private static final Set<String> DEMAND_GOVERNORS = Set.of("appeler", "demander", "exhorter", "inviter",
      "enjoindre", "pousser", "presser", "sommer", "inciter", "encourager", "conseiller", "permettre");
  private static final Set<String> MOVE_VERBS = Set.of("rendre", "aller", "venir", "arriver", "voyager", "partir",
      "déplacer", "visiter");
  private static final Set<String> NEGATIONS = Set.of("pas", "jamais", "plus", "guère", "point", "aucun",
      "aucune", "nullement", "not", "never", "n't");
  private static final Set<String> BORDER_WORDS = Set.of("frontière", "frontières", "autour", "près", "long",
      "portes", "abords", "proximité", "border");
  private static final Set<String> MEDIUM_WORDS = Set.of("téléphone", "téléphonique", "téléphoniques", "vidéo",
      "visioconférence", "vidéoconférence", "phone", "telephone", "video");
  private static final Set<String> ANNOUNCE_CUES = Set.of("annonc", "confirm", "décid", "dévoil", "révél",
      "officialis", "ordonn", "approuv", "fait savoir", "announc");
  private static final Set<String> ENGLISH_MODALS = Set.of("will", "would", "could", "may", "might", "should",
      "to", "can");

  private final EventLexicon lexicon;
  private final VerbMorph morph;
  private final EntityAnnotator entities;
  private final String text;
  private final String docDate;
  private final List<Token> tokens;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final boolean[] paragraphStart;
  private final List<Mentioned> mentions;
  private final List<Entity> entityList;
  private final List<TimeRef> times;
  private final List<Quote> quotes;
  private final List<Amount> amounts;
  private final List<Quantity> quantities;

  /** One outermost mention of an entity. */
  private record Mentioned(Span span, Entity entity) {}

  /** One mention of a time expression (first mention or a repeat). */
  private record TimeRef(Span span, TimeExpression time) {}

  /** How a trigger is told. */
  private record Telling(String modality, int finite, boolean passive) {}

  /** An event while it is being built. */
  private static final class Draft {
    String type;
    String cameo;
    int quad;
    Span trigger;
    int triggerToken;
    int sentence;
    final List<Event.Argument> participants = new ArrayList<>();
    String date;
    String dateSource;
    Span dateSpan;
    int dateStrength;
    Event.Argument place;
    final List<Event.Argument> amounts = new ArrayList<>();
    final List<Event.Argument> quantities = new ArrayList<>();
    String modality;
    Event.Argument reportedBy;
    boolean anaphoric;
    final List<Span> mentions = new ArrayList<>();
    Span span;
    double confidence;
  }

  EventFinder(EventLexicon lexicon, VerbMorph morph, EntityAnnotator entities, String text, String docDate,
      List<Token> tokens, List<Sentence> sentences, List<Entity> entityList, List<TimeExpression> timeList,
      List<Quote> quotes, List<Amount> amounts, List<Quantity> quantities) {
    this.lexicon = lexicon;
    this.morph = morph;
    this.entities = entities;
    this.text = text;
    this.docDate = docDate;
    this.tokens = tokens;
    this.entityList = entityList;
    this.quotes = quotes;
    this.amounts = amounts;
    this.quantities = quantities;
    int n = sentences.size();
    sentenceStart = new int[n];
    sentenceEnd = new int[n];
    java.util.Arrays.fill(sentenceStart, -1);
    for (int i = 0; i < tokens.size(); i++) {
      int s = tokens.get(i).sentence();
      if (s < n) {
        if (sentenceStart[s] < 0) {
          sentenceStart[s] = i;
        }
        sentenceEnd[s] = i + 1;
      }
    }
    paragraphStart = new boolean[n];
    for (int s = 0; s < n; s++) {
      // Agency copy puts each sentence or two on its own line: a blank line, not a newline, ends a passage.
      paragraphStart[s] = s == 0 || text.substring(sentences.get(s - 1).span().end(), sentences.get(s).span().start())
          .replace("\r", "").contains("\n\n");
    }
    List<Mentioned> all = new ArrayList<>();
    for (Entity e : entityList) {
      for (Span sp : e.spans()) {
        all.add(new Mentioned(sp, e));
      }
    }
    all.sort(Comparator.comparingInt((Mentioned m) -> m.span().start()).thenComparingInt(m -> -m.span().length()));
    List<Mentioned> outer = new ArrayList<>();
    for (Mentioned m : all) {
      if (outer.isEmpty() || !outer.get(outer.size() - 1).span().contains(m.span())) {
        outer.add(m);
      }
    }
    this.mentions = outer;
    List<TimeRef> refs = new ArrayList<>();
    for (TimeExpression t : timeList) {
      refs.add(new TimeRef(t.span(), t));
      for (List<Integer> r : t.repeats()) {
        refs.add(new TimeRef(new Span(r.get(0), r.get(1)), t));
      }
    }
    refs.sort(Comparator.comparingInt(r -> r.span().start()));
    this.times = refs;
  }

  /** The events told as having happened, and those told as possible, intended, planned, denied or claimed. */
  record Found(List<Event> realis, List<Event> irrealis) {}

  Found run() {
    List<Draft> drafts = new ArrayList<>();
    for (int s = 0; s < sentenceStart.length; s++) {
      if (sentenceStart[s] < 0) {
        continue;
      }
      for (int i = sentenceStart[s]; i < sentenceEnd[s]; i++) {
        Token t = tokens.get(i);
        if (insideDirectQuote(t.span())) {
          continue;
        }
        triggersAt(s, i, drafts);
      }
    }
    accusationsInContent(drafts);
    statements(drafts);
    List<Draft> realis = new ArrayList<>();
    List<Draft> irrealis = new ArrayList<>();
    for (Draft d : drafts) {
      // Someone must act: a visit "à Bobigny" with nobody named visiting tells an analyst nothing.
      boolean actor = d.participants.stream().anyMatch(a -> !"target".equals(a.role()) || a.entity() != null
          && entityList.stream().anyMatch(x -> x.id().equals(a.entity()) && x.type() != EntityType.LOC));
      if (d.participants.isEmpty() || !actor) {
        continue;
      }
      (Event.REALIS.contains(d.modality) ? realis : irrealis).add(d);
    }
    return new Found(build(merge(realis)), build(merge(irrealis)));
  }

  // --- triggers -----------------------------------------------------------------------------------------

  private void triggersAt(int s, int i, List<Draft> out) {
    Token t = tokens.get(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String form = t.form().toLowerCase(Locale.ROOT).replace('’', '\'');
    List<EventLexicon.Entry> entries = new ArrayList<>();
    if (t.pos().equals("VERB")) {
      entries.addAll(lexicon.lookup('V', lemma));
    } else if (t.pos().equals("NOUN")) {
      entries.addAll(lexicon.lookup('N', lemma));
    }
    entries.addAll(lexicon.lookup('E', form));
    for (EventLexicon.Entry e : entries) {
      Draft d = switch (e.kind()) {
        case 'V' -> verbEvent(e, s, i);
        case 'N' -> nounEvent(e, s, i);
        default -> englishEvent(e, s, i);
      };
      if (d != null) {
        out.add(d);
        return;
      }
    }
  }

  private Draft verbEvent(EventLexicon.Entry e, int s, int i) {
    int[] clause = clause(s, i);
    if (!conditionsHold(e, s, i, clause)) {
      return null;
    }
    Telling telling = tellingOfVerb(s, i);
    if (telling == null) {
      return null;
    }
    String type = e.type();
    String cameo = e.cameo();
    if (e.has("border") && hasWord(i + 1, clause[1], BORDER_WORDS)) {
      type = "MOBILIZE";
      cameo = "154";
    }
    Draft d = draft(type, cameo, s, i, telling.modality());
    int firstVerb = telling.finite();
    List<Event.Argument> subjects = subjects(s, clause[0], firstVerb, i, clause[1]);
    if (telling.passive()) {
      List<Event.Argument> agents = agents(i + 1, clause[1]);
      d.participants.addAll(agents);
      d.participants.addAll(subjects.stream().map(a -> a.withRole("target")).toList());
      addTargets(d, i + 1, clause[1], e);
    } else {
      d.participants.addAll(subjects);
      addTargets(d, i + 1, clause[1], e);
    }
    if (d.participants.stream().noneMatch(a -> "source".equals(a.role()))) {
      // An act without its actor ("les Alliés ont condamné", no entity) is not an event an analyst can use.
      return null;
    }
    finish(d, s, i, clause);
    return d;
  }

  private static final Set<String> REPORTING_HEADS = Set.of("annonce", "début", "lancement", "confirmation",
      "occasion", "cours", "issue", "fin", "lendemain", "veille", "suite", "moment", "terme", "cadre", "marge");

  private Draft nounEvent(EventLexicon.Entry e, int s, int i) {
    int[] clause = clause(s, i);
    if (!conditionsHold(e, s, i, clause) || nounComplement(s, i)) {
      return null;
    }
    String modality = tellingOfClause(s, i, clause);
    if (modality == null) {
      return null;
    }
    Draft d = draft(e.type(), e.cameo(), s, i, modality);
    int det = i - 1;
    while (det > sentenceStart[s] && tokens.get(det).pos().equals("ADJ")) {
      det--;
    }
    // The determiner, past adjectives: "sa première visite", "cette conférence téléphonique".
    Token prev = det >= sentenceStart[s] && det < i ? tokens.get(det) : null;
    d.anaphoric = prev != null && Set.of("ce", "cet", "cette", "ces").contains(prev.form().toLowerCase(Locale.ROOT));
    boolean possessive = prev != null && POSSESSIVES.contains(prev.form().toLowerCase(Locale.ROOT));
    List<Event.Argument> subjects = subjectEntities(clause[0], i);
    if (subjects.isEmpty() && possessive) {
      Event.Argument a = antecedent(prev.span().start(), s);
      if (a != null) {
        subjects = List.of(a);
      }
    }
    d.participants.addAll(subjects);
    if (possessive && prev.form().toLowerCase(Locale.ROOT).startsWith("leur")) {
      // "leur réunion": those the sentence names outside quotes are the ones meeting.
      for (Mentioned m : mentionsIn(sentenceStart[s], sentenceEnd[s])) {
        if (m.entity().type() != EntityType.LOC && isActor(m.entity()) && !insideAnyQuote(m.span())
            && !precededBy(m.span().start(), Set.of("selon", "après", "d'après", "d’après"))) {
          addParticipant(d, argument(m, "source"));
        }
      }
    }
    addTargets(d, i + 1, clause[1], e);
    finish(d, s, i, clause);
    return d;
  }

  private Draft englishEvent(EventLexicon.Entry e, int s, int i) {
    int[] clause = clause(s, i);
    if (!conditionsHold(e, s, i, clause)) {
      return null;
    }
    String modality = "asserted";
    for (int j = Math.max(sentenceStart[s], i - 3); j < i; j++) {
      String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
      if (ENGLISH_MODALS.contains(f)) {
        return null;
      }
      if (NEGATIONS.contains(f)) {
        modality = "negated";
      }
    }
    Draft d = draft(e.type(), e.cameo(), s, i, modality);
    d.participants.addAll(subjectEntities(clause[0], i));
    addTargets(d, i + 1, clause[1], e);
    finish(d, s, i, clause);
    return d;
  }

  private Draft draft(String type, String cameo, int s, int i, String modality) {
    Draft d = new Draft();
    d.type = type;
    d.cameo = cameo;
    d.quad = EventLexicon.quadClass(cameo);
    d.trigger = tokens.get(i).span();
    d.triggerToken = i;
    d.sentence = s;
    d.modality = modality;
    d.confidence = 0.7;
    return d;
  }

  /**
   * A noun trigger completing another noun ("les plans du retrait", "la menace d'un déploiement") names a topic, not
   * an event that took place; "l'annonce du retrait", "à l'issue de la réunion" are the exceptions.
   */
  private boolean nounComplement(int s, int i) {
    int j = i - 1;
    while (j >= sentenceStart[s] && (tokens.get(j).pos().equals("DET") || tokens.get(j).pos().equals("ADJ"))) {
      j--;
    }
    if (j < sentenceStart[s]) {
      return false;
    }
    String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
    if (!(f.equals("de") || f.equals("d'") || f.equals("d’") || f.equals("du") || f.equals("des"))) {
      return false;
    }
    int k = j - 1;
    while (k >= sentenceStart[s] && tokens.get(k).pos().equals("ADJ")) {
      k--;
    }
    return k >= sentenceStart[s] && tokens.get(k).pos().equals("NOUN")
        && !REPORTING_HEADS.contains(tokens.get(k).lemma());
  }

  private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "an", "with", "has", "have", "had", "to",
      "in", "of", "and", "by", "his", "her", "their", "its", "on", "for", "was", "were", "is", "are", "said",
      "president", "minister", "secretary");

  /**
   * An English trigger word in an English passage: not a French word ("met" is mettre), or next to English words
   * ("sent the troops").
   */
  private boolean englishContext(int s, int i) {
    if (morph.forms(tokens.get(i).form()).isEmpty()) {
      return true;
    }
    for (int j = Math.max(sentenceStart[s], i - 2); j < Math.min(sentenceEnd[s], i + 3); j++) {
      if (j != i && ENGLISH_WORDS.contains(tokens.get(j).form().toLowerCase(Locale.ROOT))
          && !tokens.get(j).form().equalsIgnoreCase("a")) {
        return true;
      }
    }
    return false;
  }

  /** The determiner of a noun, past its adjectives ("leur seconde réunion": leur), lower-cased; "" if none. */
  private String determinerOf(int s, int i) {
    int det = i - 1;
    while (det > sentenceStart[s] && tokens.get(det).pos().equals("ADJ")) {
      det--;
    }
    return det >= sentenceStart[s] && det < i ? tokens.get(det).form().toLowerCase(Locale.ROOT) : "";
  }

  private boolean conditionsHold(EventLexicon.Entry e, int s, int i, int[] clause) {
    int end = clause[1];
    if (e.has("refl") && !reflexive(s, i)) {
      return false;
    }
    if (e.kind() == 'E' && !englishContext(s, i)) {
      return false;
    }
    if (e.has("unless")) {
      Set<String> words = Set.of(e.get("unless").split("\\|"));
      for (int j = clause[0]; j < end; j++) {
        if (words.contains(tokens.get(j).form().toLowerCase(Locale.ROOT)) || words.contains(tokens.get(j).lemma())) {
          return false;
        }
      }
    }
    if (e.has("not_to") && i + 1 < sentenceEnd[s]) {
      String next = tokens.get(i + 1).form().toLowerCase(Locale.ROOT);
      if (next.equals("à") || next.equals("au") || next.equals("aux")) {
        return false;
      }
    }
    if (e.has("with") && e.kind() == 'E') {
      if (!hasWord(i + 1, Math.min(end, i + 4), Set.of("with"))) {
        return false;
      }
    } else if (e.has("with")) {
      boolean with = hasWord(i + 1, Math.min(end, i + 12), Set.of("avec", "entre", "with"))
          || Set.of("leur", "leurs").contains(determinerOf(s, i));
      if (!with && subjectEntities(clause[0], i).size() < 2) {
        return false;
      }
    }
    if (e.has("obj")) {
      String type = e.get("obj");
      boolean found = false;
      for (Mentioned m : mentionsIn(i + 1, Math.min(end, i + 9))) {
        if (type.equals("ENT") ? isActor(m.entity()) || m.entity().type() == EntityType.LOC
            : m.entity().type().name().equals(type)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    if (e.has("to") && placeAfter(i + 1, Math.min(end, i + 8)) == null) {
      return false;
    }
    if (e.has("noun") && !nounWithin(i + 1, Math.min(end, i + 8), e.get("noun"))) {
      return false;
    }
    if (e.has("noun_after")) {
      String set = switch (e.type()) {
        case "PROVIDE_AID" -> "AID";
        case "SANCTION" -> "SANCTIONS";
        case "DEPLOY", "WITHDRAW" -> "TROOPS";
        default -> "AGREEMENT";
      };
      if (!nounWithin(i + 1, Math.min(end, i + 8), set)) {
        return false;
      }
    }
    if (e.has("mod")) {
      Set<String> mods = Set.of(e.get("mod").split("\\|"));
      boolean found = false;
      for (int j = i + 1; j < Math.min(sentenceEnd[s], i + 3); j++) {
        Token t = tokens.get(j);
        if (mods.contains(t.form().toLowerCase(Locale.ROOT)) || mods.contains(t.lemma())) {
          found = !t.form().equalsIgnoreCase("en") || j + 1 < sentenceEnd[s]
              && tokens.get(j + 1).form().equalsIgnoreCase("ligne");
          if (found) {
            break;
          }
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  // --- how the text tells it ------------------------------------------------------------------------------

  /** Tense, mood, negation and governing verb of a verb trigger; null when it tells no event (a state, a demand). */
  private Telling tellingOfVerb(int s, int i) {
    Token verb = tokens.get(i);
    int aux = -1;
    boolean passive = false;
    boolean reflexive = false;
    for (int j = i - 1; j >= Math.max(sentenceStart[s], i - 5); j--) {
      Token t = tokens.get(j);
      String lemma = t.lemma();
      if (t.pos().equals("AUX") && (lemma.equals("avoir") || lemma.equals("être"))) {
        if (t.form().equalsIgnoreCase("été")) {
          passive = true;
          continue;
        }
        aux = j;
        break;
      }
      if (!(t.pos().equals("ADV") || t.pos().equals("PRON") || t.pos().equals("PART"))) {
        break;
      }
      if (t.pos().equals("PRON") && isReflexive(t)) {
        reflexive = true;
      }
    }
    String modality;
    int finite = aux >= 0 ? aux : i;
    if (aux >= 0) {
      Token a = tokens.get(aux);
      if (a.lemma().equals("être") && !passive && !reflexive && !reflexiveBefore(aux, s)
          && !ETRE_VERBS.contains(verb.lemma())) {
        passive = true;
        modality = simpleTense(a, s, i);
      } else {
        Set<VerbMorph.Form> f = morph.forms(a.form());
        if (f.contains(VerbMorph.Form.PRESENT) || f.contains(VerbMorph.Form.IMPERFECT)
            || f.contains(VerbMorph.Form.SIMPLE_PAST) || f.contains(VerbMorph.Form.SUBJUNCTIVE)
            || f.contains(VerbMorph.Form.PRESENT_PARTICIPLE)) {
          modality = "asserted";
        } else if (f.contains(VerbMorph.Form.CONDITIONAL)) {
          modality = "alleged";
        } else if (f.contains(VerbMorph.Form.FUTURE)) {
          modality = "planned";
        } else if (f.contains(VerbMorph.Form.INFINITIVE)) {
          modality = governed(aux, s);
        } else {
          modality = null;
        }
      }
    } else {
      modality = simpleTense(verb, s, i);
    }
    if (modality == null) {
      return null;
    }
    if (negated(finite, i, s)) {
      modality = "negated";
    }
    modality = inContent(verb.span(), modality);
    return modality == null ? null : new Telling(modality, firstOfVerbGroup(finite, s), passive);
  }

  private String simpleTense(Token verb, int s, int i) {
    Set<VerbMorph.Form> f = morph.forms(verb.form());
    if (f.contains(VerbMorph.Form.INFINITIVE)) {
      return governed(i, s);
    }
    if (f.contains(VerbMorph.Form.PRESENT)) {
      if (hasWord(Math.max(sentenceStart[s], i - 5), i, Set.of("train")) || headline(s)) {
        return "asserted";
      }
      return null;
    }
    if (f.contains(VerbMorph.Form.SIMPLE_PAST) || f.contains(VerbMorph.Form.SUBJUNCTIVE)) {
      return "asserted";
    }
    if (f.contains(VerbMorph.Form.FUTURE)) {
      return "planned";
    }
    if (f.contains(VerbMorph.Form.CONDITIONAL)) {
      return "alleged";
    }
    return null;
  }

  /** The modality an infinitive gets from what governs it. */
  private String governed(int i, int s) {
    int j = i - 1;
    while (j >= sentenceStart[s] && (isClitic(tokens.get(j)) || tokens.get(j).pos().equals("ADV"))) {
      j--;
    }
    if (j < sentenceStart[s]) {
      return null;
    }
    Token g = tokens.get(j);
    String gf = g.form().toLowerCase(Locale.ROOT);
    if (gf.equals("de") || gf.equals("d'") || gf.equals("d’") || gf.equals("à")) {
      if (j - 1 >= sentenceStart[s]) {
        String before = tokens.get(j - 1).form().toLowerCase(Locale.ROOT);
        if (before.equals("avant")) {
          return "asserted";
        }
        if (before.equals("train") && j - 2 >= sentenceStart[s]
            && tokens.get(j - 2).form().equalsIgnoreCase("en")) {
          return "asserted";
        }
        if (before.equals("afin")) {
          return purposeOfMove(j - 1, s);
        }
      }
      j--;
      while (j >= sentenceStart[s] && (isClitic(tokens.get(j)) || tokens.get(j).pos().equals("ADV"))) {
        j--;
      }
      if (j < sentenceStart[s]) {
        return null;
      }
      g = tokens.get(j);
    } else if (gf.equals("pour")) {
      return purposeOfMove(j, s);
    } else if (gf.equals("après")) {
      return "asserted";
    }
    String lemma = g.lemma();
    if (!(g.pos().equals("VERB") || g.pos().equals("AUX"))) {
      return null;
    }
    if (lemma.equals("pouvoir")) {
      return "possible";
    }
    if (lemma.equals("menacer")) {
      return "possible";
    }
    if (INTENT_GOVERNORS.contains(lemma)) {
      return "intended";
    }
    if (NEGATING_GOVERNORS.contains(lemma)) {
      return "negated";
    }
    if (lemma.equals("nier") || lemma.equals("démentir") || lemma.equals("contester")) {
      return "denied";
    }
    if (DEMAND_GOVERNORS.contains(lemma)) {
      return null;
    }
    if (ANNOUNCE_GOVERNORS.contains(lemma) || PHASE_GOVERNORS.contains(lemma)) {
      Telling t = tellingOfVerbNoContent(j, s);
      if (t == null) {
        return null;
      }
      String m = t.modality();
      if (ANNOUNCE_GOVERNORS.contains(lemma)) {
        return m.equals("asserted") ? "announced" : m;
      }
      return m;
    }
    return null;
  }

  private Telling tellingOfVerbNoContent(int j, int s) {
    Token g = tokens.get(j);
    int aux = -1;
    for (int k = j - 1; k >= Math.max(sentenceStart[s], j - 4); k--) {
      Token t = tokens.get(k);
      if (t.pos().equals("AUX") && (t.lemma().equals("avoir") || t.lemma().equals("être"))) {
        aux = k;
        break;
      }
      if (!(t.pos().equals("ADV") || t.pos().equals("PRON") || t.pos().equals("PART"))) {
        break;
      }
    }
    if (aux >= 0) {
      Set<VerbMorph.Form> f = morph.forms(tokens.get(aux).form());
      if (f.contains(VerbMorph.Form.CONDITIONAL)) {
        return new Telling("alleged", aux, false);
      }
      if (f.contains(VerbMorph.Form.FUTURE)) {
        return new Telling("planned", aux, false);
      }
      return new Telling("asserted", aux, false);
    }
    Set<VerbMorph.Form> f = morph.forms(g.form());
    if (f.contains(VerbMorph.Form.CONDITIONAL)) {
      return new Telling("announced", j, false);
    }
    if (f.contains(VerbMorph.Form.FUTURE)) {
      return new Telling("planned", j, false);
    }
    if (f.contains(VerbMorph.Form.SIMPLE_PAST)) {
      return new Telling("asserted", j, false);
    }
    if (f.contains(VerbMorph.Form.PRESENT) && headline(s)) {
      return new Telling("asserted", j, false);
    }
    return null;
  }

  /** "pour rencontrer" after a trip that happened: the meeting happened too, as news tells it. */
  private String purposeOfMove(int j, int s) {
    for (int k = j - 1; k >= Math.max(sentenceStart[s], j - 10); k--) {
      Token t = tokens.get(k);
      if (t.pos().equals("VERB") && MOVE_VERBS.contains(t.lemma())) {
        Telling tt = tellingOfVerbNoContent(k, s);
        return tt != null && tt.modality().equals("asserted") ? "asserted" : null;
      }
    }
    return null;
  }

  /** The modality of a noun trigger: that of the clause's finite verb, or asserted in a verbless caption. */
  private String tellingOfClause(int s, int i, int[] clause) {
    String modality = null;
    boolean sawVerb = false;
    for (int j = i - 1; j >= clause[0] && modality == null; j--) {
      Token t = tokens.get(j);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        sawVerb = true;
        Telling tt = tellingOfVerbNoContent(j, s);
        if (tt == null && morph.forms(t.form()).contains(VerbMorph.Form.INFINITIVE)) {
          String g = governed(j, s);
          if (g == null) {
            return null;
          }
          modality = g;
        } else if (tt == null) {
          if (morph.forms(t.form()).contains(VerbMorph.Form.PAST_PARTICIPLE)) {
            sawVerb = false;
            continue;
          }
          return null;
        } else {
          modality = tt.modality();
        }
        if (negated(j, j, s)) {
          modality = "negated";
        }
      }
    }
    if (modality == null) {
      for (int j = i + 1; j < clause[1]; j++) {
        Token t = tokens.get(j);
        if (t.pos().equals("AUX") || t.pos().equals("VERB")
            && !morph.forms(t.form()).contains(VerbMorph.Form.PAST_PARTICIPLE)) {
          sawVerb = true;
          Telling tt = tellingOfVerbNoContent(t.pos().equals("AUX") ? j + 1 < clause[1] ? j + 1 : j : j, s);
          if (tt == null) {
            return null;
          }
          modality = tt.modality();
          break;
        }
      }
    }
    if (modality == null) {
      modality = sawVerb ? null : "asserted";
    }
    return modality == null ? null : inContent(tokens.get(i).span(), modality);
  }

  /**
   * Adjusts a modality for a trigger inside someone's words: announced by its actor (kept), reported in an incise
   * or after "selon" (kept, with who reported it), claimed in a "que" clause of a speech verb (not told as done).
   */
  private String inContent(Span trigger, String modality) {
    Content c = contentOf(trigger);
    if (c == null) {
      return modality;
    }
    if (c.kind() == ContentKind.ANNOUNCE) {
      return switch (modality) {
        case "alleged", "planned" -> "announced";
        default -> modality;
      };
    }
    if (c.kind() == ContentKind.REPORT) {
      return modality.equals("asserted") ? "reported" : modality;
    }
    if (c.kind() == ContentKind.DENY) {
      return "denied";
    }
    return switch (modality) {
      case "asserted", "announced" -> "claimed";
      case "alleged" -> "intended";
      default -> modality;
    };
  }

  private enum ContentKind { ANNOUNCE, REPORT, SAY, DENY }

  /** Someone's words a trigger is part of: what kind of report, and who speaks (null when unknown). */
  private record Content(ContentKind kind, Event.Argument speaker) {}

  private static final Set<String> SPEECH_LEMMAS = Set.of("déclarer", "dire", "affirmer", "souligner", "estimer",
      "indiquer", "assurer", "expliquer", "noter", "rappeler", "ajouter", "préciser", "avertir", "prévenir",
      "répéter", "insister", "reconnaître", "juger", "penser", "croire", "considérer", "marteler", "signaler",
      "observer", "constater", "prétendre", "soutenir", "démentir", "nier", "écrire", "raconter", "confier",
      "relever", "réaffirmer", "souhaiter", "espérer", "craindre", "redouter", "accuser", "dénoncer");
  private static final Set<String> DENY_LEMMAS = Set.of("nier", "démentir", "contester");
  private static final Set<String> ANNOUNCE_LEMMAS = Set.of("annoncer", "confirmer", "décider", "dévoiler",
      "révéler", "officialiser", "ordonner", "approuver");

  /**
   * The words a trigger belongs to: a quote of the quotes layer, else a "que" clause of a verb of saying found
   * here ("le Pentagone a annoncé qu'il déploierait..."), since not every such clause is a quote.
   */
  private Content contentOf(Span trigger) {
    Quote q = indirectQuoteAt(trigger);
    if (q != null) {
      String cue = q.cueText() == null ? "" : q.cueText().toLowerCase(Locale.ROOT);
      ContentKind kind = ANNOUNCE_CUES.stream().anyMatch(cue::contains) ? ContentKind.ANNOUNCE
          : cue.contains("ni") && cue.matches(".*\\bni(é|e|ent|ait)\\b.*") || cue.contains("dément")
              || cue.contains("démenti") ? ContentKind.DENY
          : q.cue() != null && q.cue().start() >= q.span().end() || cue.startsWith("selon")
              || cue.startsWith("d'après") || cue.startsWith("d’après") ? ContentKind.REPORT : ContentKind.SAY;
      return new Content(kind, speakerArgument(q, "announcer"));
    }
    int i = tokenAt(trigger.start());
    if (i < 0) {
      return null;
    }
    int s = tokens.get(i).sentence();
    int l = clause(s, i)[0];
    if (l - 1 < sentenceStart[s] || !tokens.get(l - 1).pos().equals("SCONJ")
        || !tokens.get(l - 1).lemma().equals("que")) {
      return null;
    }
    for (int j = l - 2; j >= Math.max(sentenceStart[s], l - 16); j--) {
      Token t = tokens.get(j);
      if (t.pos().equals("VERB")) {
        String lemma = t.lemma();
        ContentKind kind = ANNOUNCE_LEMMAS.contains(lemma) ? ContentKind.ANNOUNCE
            : DENY_LEMMAS.contains(lemma) ? ContentKind.DENY
            : SPEECH_LEMMAS.contains(lemma) ? ContentKind.SAY : null;
        if (kind == null) {
          return null;
        }
        int[] outer = clause(s, j);
        List<Event.Argument> speakers = subjectEntities(outer[0], firstOfVerbGroup(auxOf(j, s), s));
        return new Content(kind, speakers.isEmpty() ? null : speakers.get(0).withRole("announcer"));
      }
    }
    return null;
  }

  private int auxOf(int verb, int s) {
    for (int k = verb - 1; k >= Math.max(sentenceStart[s], verb - 4); k--) {
      Token t = tokens.get(k);
      if (t.pos().equals("AUX")) {
        return k;
      }
      if (!(t.pos().equals("ADV") || t.pos().equals("PRON") || t.pos().equals("PART"))) {
        break;
      }
    }
    return verb;
  }

  private boolean negated(int finite, int verb, int s) {
    boolean ne = false;
    for (int j = Math.max(sentenceStart[s], finite - 3); j < finite; j++) {
      String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
      if (f.equals("ne") || f.equals("n'") || f.equals("n’")) {
        ne = true;
      }
    }
    if (!ne) {
      return false;
    }
    for (int j = finite + 1; j <= Math.min(verb + 2, sentenceEnd[s] - 1); j++) {
      if (NEGATIONS.contains(tokens.get(j).form().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean headline(int s) {
    if (s != 0 || sentenceStart[s] < 0) {
      return false;
    }
    Token last = tokens.get(sentenceEnd[s] - 1);
    return !last.form().equals(".");
  }

  // --- arguments -------------------------------------------------------------------------------------------

  /** The clause around token i: [first, end) token indexes within its sentence. */
  private int[] clause(int s, int i) {
    int l = i;
    int closed = 0;
    while (l > sentenceStart[s]) {
      Token t = tokens.get(l - 1);
      if (LEFT_STOPS.contains(t.form().toLowerCase(Locale.ROOT)) && !t.pos().equals("ADV")) {
        break;
      }
      if (t.form().equals(")")) {
        closed++;
      } else if (t.form().equals("(") && closed-- == 0) {
        // Inside a parenthesis: it is a clause of its own.
        break;
      }
      l--;
    }
    int r = i + 1;
    int open = 0;
    while (r < sentenceEnd[s] && r - i < 70) {
      Token t = tokens.get(r);
      String f = t.form().toLowerCase(Locale.ROOT);
      if (RIGHT_STOPS.contains(f) || t.pos().equals("SCONJ") || startsCue(t.span())) {
        break;
      }
      if (f.equals("(")) {
        open++;
      } else if (f.equals(")") && open-- == 0) {
        break;
      }
      if ((f.equals("pour") || f.equals("afin")) && r + 2 < sentenceEnd[s]
          && (isInfinitive(tokens.get(r + 1)) || isInfinitive(tokens.get(r + 2)))) {
        break;
      }
      if ((f.equals("et") || f.equals("mais")) && newClauseAhead(r + 1, s)) {
        break;
      }
      if (f.equals("et") && r + 2 < sentenceEnd[s] && tokens.get(r + 1).pos().equals("ADP")
          && tokens.get(r + 2).pos().equals("DET") && i < r - 1 && tokens.get(i).pos().equals("NOUN")) {
        // "une réunion avec X et d'un appel à Y": a second event phrase starts.
        break;
      }
      r++;
    }
    return new int[] {l, r};
  }

  private boolean isInfinitive(Token t) {
    return t.pos().equals("VERB") && morph.forms(t.form()).contains(VerbMorph.Form.INFINITIVE);
  }

  /** After "et": a subject then a finite verb of its own, before any punctuation. */
  private boolean newClauseAhead(int from, int s) {
    for (int j = from; j < Math.min(sentenceEnd[s], from + 7); j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("PUNCT")) {
        return false;
      }
      if (t.pos().equals("AUX") || t.pos().equals("VERB")) {
        return j > from && !morph.forms(t.form()).contains(VerbMorph.Form.INFINITIVE)
            && !morph.forms(t.form()).contains(VerbMorph.Form.PAST_PARTICIPLE);
      }
    }
    return false;
  }

  /** The first word of a quote's reporting cue (", a déclaré la Maison Blanche" ends the clause before it). */
  private boolean startsCue(Span span) {
    for (Quote q : quotes) {
      if (q.cue() != null && q.cue().start() == span.start()) {
        return true;
      }
    }
    return false;
  }

  /** The actors of a verb's subject; a pronoun stands for its antecedent; after the verb when inverted. */
  private List<Event.Argument> subjects(int s, int clauseStart, int firstVerb, int verb, int clauseEnd) {
    List<Event.Argument> out = subjectEntities(clauseStart, firstVerb);
    if (!out.isEmpty()) {
      return out;
    }
    int j = firstVerb - 1;
    // Back over clitics and the verbs governing an infinitive: "il pourrait se rendre".
    while (j >= clauseStart && firstVerb - j <= 6 && !isSubjectPronoun(tokens.get(j))
        && (isClitic(tokens.get(j)) || tokens.get(j).pos().equals("VERB") || tokens.get(j).pos().equals("AUX")
            || tokens.get(j).pos().equals("ADV"))) {
      j--;
    }
    if (j >= clauseStart && isSubjectPronoun(tokens.get(j))) {
      Content c = contentOf(tokens.get(j).span());
      Event.Argument a = c != null && c.speaker() != null ? c.speaker().withRole("source")
          : antecedent(tokens.get(j).span().start(), s);
      return a == null ? List.of() : List.of(a);
    }
    boolean inverted = true;
    for (int k = clauseStart; k < firstVerb; k++) {
      Token t = tokens.get(k);
      if (!(t.pos().equals("ADV") || t.pos().equals("PUNCT") || isClitic(t))) {
        inverted = false;
        break;
      }
    }
    if (inverted) {
      List<Event.Argument> after = new ArrayList<>();
      for (Mentioned m : mentionsIn(verb + 1, clauseEnd)) {
        if (isActor(m.entity())) {
          after.add(argument(m, "source"));
        }
      }
      return after;
    }
    return out;
  }

  /** Entities and demonyms in [from, to) that are not the object of a preposition. */
  private List<Event.Argument> subjectEntities(int from, int to) {
    List<Event.Argument> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    for (Mentioned m : mentionsIn(from, to)) {
      if (!afterPreposition(m.span().start(), from) && !insideDirectQuote(m.span())
          && !verbBefore(from, tokenAt(m.span().start()))) {
        addTo(out, argument(m, "source"));
      }
    }
    for (Event.Argument a : demonyms(from, to, "source", true)) {
      addTo(out, a);
    }
    return out;
  }

  /**
   * A verb in [from, to) since the last comma: what follows it is its object or complement, not the clause's
   * subject ("Après avoir quitté Bruxelles, M. Blinken s'est rendu": Blinken is the subject, Bruxelles is not).
   */
  private boolean verbBefore(int from, int to) {
    for (int j = to - 1; j >= from; j--) {
      Token t = tokens.get(j);
      if (t.form().equals(",")) {
        return false;
      }
      if (t.pos().equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  private List<Event.Argument> agents(int from, int to) {
    for (int j = from; j < to; j++) {
      if (tokens.get(j).form().equalsIgnoreCase("par")) {
        List<Event.Argument> out = new ArrayList<>();
        for (Mentioned m : mentionsIn(j + 1, Math.min(to, j + 8))) {
          addTo(out, argument(m, "source"));
          break;
        }
        return out;
      }
    }
    return List.of();
  }

  private static final Set<String> RECIPIENT_TYPES = Set.of("PROVIDE_AID", "SANCTION", "ACCUSE", "CRITICIZE",
      "THREATEN", "AGREE");
  private static final Set<String> INTERACTIONS = Set.of("MEET", "CALL", "CONSULT", "NEGOTIATE");

  private void addTargets(Draft d, int from, int to, EventLexicon.Entry e) {
    boolean placesAreTargets = Set.of("VISIT", "DEPLOY", "MOBILIZE", "WITHDRAW", "ATTACK").contains(d.type);
    if (INTERACTIONS.contains(d.type) && hasMedium(d.sentence, from, to)) {
      d.type = "CALL";
      d.cameo = "041";
      d.quad = 1;
    }
    int withFrom = INTERACTIONS.contains(d.type) ? partnersFrom(from, to) : from;
    for (Mentioned m : mentionsIn(from, to)) {
      if (insideDirectQuote(m.span())) {
        continue;
      }
      if (INTERACTIONS.contains(d.type) && afterPreposition(m.span().start(), from)
          && !groupComplement(m.span().start()) && (tokenAt(m.span().start()) < withFrom
              ? !precededBy(m.span().start(), Set.of("à", "au", "aux"))
              : !precededBy(m.span().start(), Set.of("avec", "entre", "with", "et", ",")) && !conjunctOfDe(m))) {
        // "a discuté de la situation en Ukraine avec X", "une réunion avec X après le lancement par Y": only
        // the partners named after "avec" (and the object) take part.
        continue;
      }
      // "une aide à l'Ukraine", "des sanctions au Mali": with these, "à" names who gets it, not where.
      boolean placeLike = m.entity().type() == EntityType.LOC && precededBy(m.span().start(), RECIPIENT_TYPES
          .contains(d.type) ? Set.of("en", "dans") : PLACE_PREPOSITIONS);
      if (placeLike && d.place == null) {
        d.place = argument(m, null);
      }
      if (placeLike && !placesAreTargets) {
        continue;
      }
      if (d.type.equals("PROVIDE_AID") && precededBy(m.span().start(), Set.of("de", "d'", "d’", "du", "des"))
          && !groupComplement(m.span().start())) {
        // "l'aide aux victimes de la guerre de Poutine": the one aided is named with "à", not "de".
        continue;
      }
      addParticipant(d, argument(m, "target"));
    }
    if (!INTERACTIONS.contains(d.type)) {
      // "un entretien avec Joe Biden en pleine crise russe": no demonym takes part in a talk.
      for (Event.Argument a : demonyms(from, to, "target", false)) {
        addParticipant(d, a);
      }
    }
    if (d.place == null && d.type.equals("VISIT")) {
      // "a visité le camp d'Auschwitz": the place visited is the object.
      d.place = d.participants.stream().filter(a -> "target".equals(a.role()) && a.entity() != null
          && entityList.stream().anyMatch(x -> x.id().equals(a.entity()) && x.type() == EntityType.LOC))
          .findFirst().map(a -> a.withRole(null)).orElse(null);
    }
  }

  private static final Set<String> GROUP_NOUNS = Set.of("allié", "dirigeant", "membre", "représentant", "chef",
      "ministre", "délégation", "homologue", "partenaire", "pays", "responsable", "état", "gouvernement",
      "émissaire", "envoyé", "diplomate", "leader", "officiel", "négociateur");

  /** "les alliés de l'OTAN", "les dirigeants des Neuf de Bucarest": the group stands for the organization. */
  private boolean groupComplement(int offset) {
    int j = tokenAt(offset) - 1;
    while (j >= 0 && tokens.get(j).pos().equals("DET")) {
      j--;
    }
    if (j < 1) {
      return false;
    }
    String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
    if (!(f.equals("de") || f.equals("d'") || f.equals("d’") || f.equals("du") || f.equals("des"))) {
      return false;
    }
    Token head = tokens.get(j - 1);
    String form = head.form().toLowerCase(Locale.ROOT);
    // Plural heads only ("les dirigeants de l'OTAN"): "le président des États-Unis" is a person, not the country.
    boolean group = form.endsWith("s") || form.endsWith("x") || form.equals("délégation")
        || form.equals("gouvernement");
    return head.pos().equals("NOUN") && group && GROUP_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** "et du Conseil européen": a conjunct repeating the "de" of the first. */
  private boolean conjunctOfDe(Mentioned m) {
    int j = tokenAt(m.span().start()) - 1;
    while (j >= 0 && tokens.get(j).pos().equals("DET")) {
      j--;
    }
    return j >= 1 && Set.of("de", "d'", "d’", "du", "des").contains(tokens.get(j).form().toLowerCase(Locale.ROOT))
        && tokens.get(j - 1).form().equalsIgnoreCase("et");
  }

  /** Where the partners of an interaction start: after "avec", or "entre" right after the trigger; else nowhere. */
  private int partnersFrom(int from, int to) {
    for (int j = from; j < to; j++) {
      String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
      if (f.equals("avec") || f.equals("with") || f.equals("entre") && j - from <= 3) {
        return j;
      }
    }
    return to;
  }

  /** Told as happening by telephone or video: "lors d'un appel téléphonique", "via un lien vidéo". */
  private boolean hasMedium(int s, int from, int to) {
    int a = Math.max(sentenceStart[s], from - 12);
    for (int j = a; j < to; j++) {
      String f = tokens.get(j).form().toLowerCase(Locale.ROOT);
      if (MEDIUM_WORDS.contains(f) || f.equals("en") && j + 1 < to
          && tokens.get(j + 1).form().equalsIgnoreCase("ligne")) {
        return true;
      }
    }
    return false;
  }

  private void finish(Draft d, int s, int i, int[] clause) {
    Content c = contentOf(tokens.get(i).span());
    if (c != null && c.speaker() != null) {
      if (c.kind() == ContentKind.ANNOUNCE) {
        addParticipant(d, c.speaker());
      } else {
        d.reportedBy = c.speaker().withRole(null);
      }
    }
    attachTime(d, s, i, clause);
    attachValues(d, clause);
    int start = d.trigger.start();
    int end = d.trigger.end();
    Span sentence = new Span(tokens.get(sentenceStart[s]).span().start(), tokens.get(sentenceEnd[s] - 1).span().end());
    for (Event.Argument a : d.participants) {
      if (a.span() != null && sentence.contains(a.span())) {
        start = Math.min(start, a.span().start());
        end = Math.max(end, a.span().end());
      }
    }
    d.span = new Span(start, end);
    d.mentions.add(d.span);
    d.confidence = Math.min(1.0, 0.5 + 0.15 * Math.min(2, d.participants.size())
        + (d.dateSource != null && d.dateSource.equals("text") ? 0.1 : 0.0)
        + (tokens.get(i).pos().equals("VERB") ? 0.05 : 0.0));
  }

  private void attachTime(Draft d, int s, int i, int[] clause) {
    Span sentence = new Span(tokens.get(sentenceStart[s]).span().start(), tokens.get(sentenceEnd[s] - 1).span().end());
    Span window = new Span(tokens.get(clause[0]).span().start(), tokens.get(clause[1] - 1).span().end());
    Quote own = indirectQuoteAt(tokens.get(i).span());
    TimeRef best = null;
    int bestScore = Integer.MAX_VALUE;
    for (TimeRef r : times) {
      if (!sentence.contains(r.span()) || !usableDate(r.time()) || insideDirectQuote(r.span())
          || !datesTrigger(r.span(), i, s)) {
        continue;
      }
      int distance = Math.abs(tokenAt(r.span().start()) - i);
      if (!window.contains(r.span())) {
        distance += 40;
      }
      Quote other = indirectQuoteAt(r.span());
      if (other != null && other != own) {
        distance += 100;
      }
      if (distance < bestScore) {
        bestScore = distance;
        best = r;
      }
    }
    if (best != null) {
      setDate(d, best, "text");
      return;
    }
    for (int k = s - 1; k >= Math.max(0, s - 2) && !paragraphStart[k + 1]; k--) {
      TimeRef last = null;
      for (TimeRef r : times) {
        if (sentenceStart[k] >= 0 && inSentence(r.span(), k) && usableDate(r.time()) && dayPrecision(r.time())
            && !insideDirectQuote(r.span())) {
          last = r;
        }
      }
      if (last != null) {
        setDate(d, last, "narrative");
        return;
      }
    }
    if (docDate != null) {
      d.date = docDate;
      d.dateSource = "document";
      d.dateStrength = 0;
    }
  }

  /**
   * Whether a time expression of the trigger's sentence can date it: not the complement of
   * another participle ("née en 1965", "nommée en septembre", "publiée le 27 juillet"), and not across another
   * finite verb, unless that verb is the one announcing or reporting the trigger ("Mercredi, le Pentagone a
   * annoncé qu'il déploierait...").
   */
  private boolean datesTrigger(Span time, int trigger, int s) {
    int t = tokenAt(time.start());
    String first = tokens.get(t).form().toLowerCase(Locale.ROOT);
    if (t - 1 >= sentenceStart[s] && t - 1 != trigger && Set.of("en", "le", "du", "au", "depuis", "dès").contains(first)) {
      Token p = tokens.get(t - 1);
      if ((p.pos().equals("VERB") || p.pos().equals("ADJ"))
          && morph.forms(p.form()).contains(VerbMorph.Form.PAST_PARTICIPLE)
          && (t - 2 < 0 || !tokens.get(t - 2).pos().equals("AUX"))) {
        return false;
      }
    }
    // A time right after another verb is that verb's: "qui a démissionné du ministère en août, s'est déclaré
    // candidat lors de la visite" does not date the visit in August.
    int governor = trigger;
    if (tokens.get(trigger).pos().equals("NOUN")) {
      for (int j = trigger - 1; j >= Math.max(sentenceStart[s], clause(s, trigger)[0]); j--) {
        if (isFinite(tokens.get(j))) {
          governor = j;
          break;
        }
      }
    }
    for (int j = t - 1; t < trigger && j >= sentenceStart[s]; j--) {
      if (isFinite(tokens.get(j)) && !insideAnyQuote(tokens.get(j).span())) {
        boolean own = j >= auxOf(governor, s) && j <= governor
            || (SPEECH_LEMMAS.contains(headLemma(j)) || ANNOUNCE_LEMMAS.contains(headLemma(j)))
            && contentOf(tokens.get(trigger).span()) != null;
        if (!own) {
          return false;
        }
        break;
      }
    }
    int from = Math.min(t, trigger);
    int to = Math.max(t, trigger);
    for (int j = from + 1; j < to; j++) {
      Token v = tokens.get(j);
      if (j == trigger || !(v.pos().equals("VERB") || v.pos().equals("AUX"))) {
        continue;
      }
      Set<VerbMorph.Form> f = morph.forms(v.form());
      // "à huis clos": a form that can be a participle is no finite verb of its own.
      boolean finite = (f.contains(VerbMorph.Form.PRESENT) || f.contains(VerbMorph.Form.IMPERFECT)
          || f.contains(VerbMorph.Form.SIMPLE_PAST) || f.contains(VerbMorph.Form.FUTURE)
          || f.contains(VerbMorph.Form.CONDITIONAL))
          && (v.pos().equals("AUX") || !f.contains(VerbMorph.Form.PAST_PARTICIPLE));
      if (!finite || j + 1 < tokens.size() && j + 3 > trigger && j < trigger) {
        // Not finite, or the trigger's own auxiliary.
        continue;
      }
      int head = v.pos().equals("AUX") && j + 1 < to ? j + 1 : j;
      String lemma = tokens.get(head).lemma();
      boolean governs = (SPEECH_LEMMAS.contains(lemma) || ANNOUNCE_LEMMAS.contains(lemma))
          && t < trigger && contentOf(tokens.get(trigger).span()) != null
          // "X a pris part, mardi, à une conférence téléphonique": the verb that governs a noun trigger.
          || tokens.get(trigger).pos().equals("NOUN") && j < trigger && j >= clause(s, trigger)[0];
      if (!governs) {
        return false;
      }
    }
    return true;
  }

  /** A finite verb or auxiliary (a form that can be a participle counts only as an auxiliary). */
  private boolean isFinite(Token v) {
    if (!(v.pos().equals("VERB") || v.pos().equals("AUX"))) {
      return false;
    }
    Set<VerbMorph.Form> f = morph.forms(v.form());
    return (f.contains(VerbMorph.Form.PRESENT) || f.contains(VerbMorph.Form.IMPERFECT)
        || f.contains(VerbMorph.Form.SIMPLE_PAST) || f.contains(VerbMorph.Form.FUTURE)
        || f.contains(VerbMorph.Form.CONDITIONAL))
        && (v.pos().equals("AUX") || !f.contains(VerbMorph.Form.PAST_PARTICIPLE));
  }

  /** The lemma of the verb a finite token heads: the participle after an auxiliary, else itself. */
  private String headLemma(int j) {
    Token v = tokens.get(j);
    if (v.pos().equals("AUX") && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("VERB")) {
      return tokens.get(j + 1).lemma();
    }
    return v.lemma();
  }

  private void setDate(Draft d, TimeRef r, String source) {
    String v = r.time().value();
    int t = v.indexOf('T');
    d.date = t > 0 ? v.substring(0, t) : v;
    d.dateSource = source;
    d.dateSpan = r.span();
    d.dateStrength = source.equals("text") ? 2 + d.date.length() : 1;
  }

  private static boolean usableDate(TimeExpression t) {
    if (!(t.kind().equals("date") || t.kind().equals("time"))) {
      return false;
    }
    String mod = t.mod();
    if (mod != null && Set.of("before", "on_or_before", "since", "after", "on_or_after").contains(mod)) {
      return false;
    }
    String v = t.value();
    return !v.isEmpty() && Character.isDigit(v.charAt(0)) && !v.contains("X") && !v.contains("W")
        || v.matches("\\d{4}-W\\d\\d");
  }

  private static boolean dayPrecision(TimeExpression t) {
    return t.value().matches("\\d{4}-\\d\\d-\\d\\d.*");
  }

  private void attachValues(Draft d, int[] clause) {
    Span window = new Span(tokens.get(clause[0]).span().start(), tokens.get(clause[1] - 1).span().end());
    if (d.type.equals("PROVIDE_AID") || d.type.equals("SANCTION")) {
      for (Amount a : amounts) {
        if (window.contains(a.span())) {
          d.amounts.add(new Event.Argument(a.span(), a.text(), null, null, null, null, a.value(), a.unit(),
              a.qualifier(), a.object()));
        }
      }
    }
    if (Set.of("DEPLOY", "MOBILIZE", "WITHDRAW", "SANCTION", "PROVIDE_AID").contains(d.type)) {
      for (Quantity q : quantities) {
        if (window.contains(q.span()) && !q.unit().equals("%")) {
          d.quantities.add(new Event.Argument(q.span(), q.text(), null, null, null, null, q.value(), q.unit(),
              q.qualifier(), null));
        }
      }
    }
  }

  // --- events the other layers tell ----------------------------------------------------------------------

  /** "X a annoncé que des membres des forces russes ont commis des crimes de guerre": X accuses Russia. */
  private void accusationsInContent(List<Draft> out) {
    for (Quote q : quotes) {
      if (q.speakerEntity() == null) {
        continue;
      }
      int from = tokenAt(q.span().start());
      int to = tokenAt(q.span().end() - 1) + 1;
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (!(t.lemma().equals("commettre") || t.lemma().equals("perpétrer"))) {
          continue;
        }
        if (!nounWithin(i + 1, Math.min(to, i + 6), "CRIME")) {
          continue;
        }
        int s = t.sentence();
        Draft d = draft("ACCUSE", "112", s, i, "asserted");
        Event.Argument speaker = speakerArgument(q, "source");
        if (speaker != null) {
          d.participants.add(speaker);
        }
        int[] clause = clause(s, i);
        int lo = Math.max(from, clause[0]);
        for (Mentioned m : mentionsIn(lo, i)) {
          if (!afterPreposition(m.span().start(), lo)) {
            addParticipant(d, argument(m, "target"));
          }
        }
        for (Event.Argument a : demonymsAnywhere(lo, i, "target")) {
          addParticipant(d, a);
        }
        finish(d, s, i, clause);
        d.reportedBy = null;
        out.add(d);
        break;
      }
    }
  }

  /**
   * A dated statement: someone's words reported with the day they said them ("Le 14 avril, X a déclaré à la
   * presse que..."), when those words tell no event of their own.
   */
  private void statements(List<Draft> out) {
    Set<Integer> groups = new LinkedHashSet<>();
    for (Quote q : quotes) {
      if (q.cue() == null || q.speakerEntity() == null || !groups.add(q.group())) {
        continue;
      }
      boolean told = false;
      for (Draft d : out) {
        if (q.span().contains(d.trigger) && Event.REALIS.contains(d.modality)) {
          told = true;
          break;
        }
      }
      if (told) {
        continue;
      }
      int ci = tokenAt(q.cue().start());
      if (ci < 0 || !statementCue(q)) {
        continue;
      }
      int s = tokens.get(ci).sentence();
      TimeRef when = null;
      for (TimeRef r : times) {
        // "la déclaration du 15 avril": a date inside a noun phrase dates the noun, not the saying.
        String lower = r.time().text().toLowerCase(Locale.ROOT);
        int ti = tokenAt(r.span().start());
        if (inSentence(r.span(), s) && !insideAnyQuote(r.span()) && usableDate(r.time()) && dayPrecision(r.time())
            && !r.time().anchor().startsWith("previous") && !lower.startsWith("du ") && !lower.startsWith("de ")
            && !lower.startsWith("d'") && !lower.startsWith("d’") && (ti < ci || ti - ci <= 4)
            && datesTrigger(r.span(), ci, s)) {
          when = r;
          break;
        }
      }
      if (when == null) {
        continue;
      }
      Draft d = draft("STATEMENT", "010", s, ci, "asserted");
      d.trigger = q.cue();
      Event.Argument speaker = speakerArgument(q, "source");
      if (speaker == null) {
        continue;
      }
      d.participants.add(speaker);
      int[] clause = {sentenceStart[s], sentenceEnd[s]};
      for (Mentioned m : mentionsIn(sentenceStart[s], sentenceEnd[s])) {
        if (m.entity().type() == EntityType.LOC && !insideAnyQuote(m.span())
            && precededBy(m.span().start(), Set.of("à"))) {
          d.place = argument(m, null);
          break;
        }
      }
      setDate(d, when, "text");
      d.span = q.cue();
      d.mentions.add(d.span);
      d.confidence = 0.6;
      out.add(d);
    }
  }

  private static final Set<String> STATEMENT_CUES = Set.of("déclar", "annonc", "affirm", "dit", "indiqu",
      "soulign", "expliqu", "estim", "assur", "précis", "insist", "répét", "martel", "réaffirm", "said", "stated");

  /** A cue that makes a statement: a verb of saying, not a colon, a dash or a "selon". */
  private static boolean statementCue(Quote q) {
    String cue = q.cueText().toLowerCase(Locale.ROOT);
    return STATEMENT_CUES.stream().anyMatch(cue::contains);
  }

  // --- merging and building ---------------------------------------------------------------------------------

  /** Tellings of one event merge: same type (a consultation is the call or meeting it belongs to), actors nested. */
  private static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft into = null;
      int bestShared = 0;
      for (Draft o : out) {
        // Of several candidates, the one sharing most actors, then the nearest telling.
        int shared = sameEvent(o, d) ? shared(o, d) : 0;
        if (shared > bestShared || shared > 0 && shared == bestShared
            && Math.abs(o.trigger.start() - d.trigger.start()) < Math.abs(into.trigger.start() - d.trigger.start())) {
          bestShared = shared;
          into = o;
        }
      }
      if (into == null && d.anaphoric) {
        // "cette conférence téléphonique": the one told before.
        for (int k = out.size() - 1; k >= 0 && into == null; k--) {
          if (out.get(k).type.equals(d.type) && out.get(k).trigger.start() < d.trigger.start()) {
            into = out.get(k);
          }
        }
      }
      if (into == null) {
        out.add(d);
      } else {
        absorb(into, d);
      }
    }
    return out;
  }

  private static int shared(Draft a, Draft b) {
    int shared = 0;
    for (Event.Argument x : a.participants) {
      for (Event.Argument y : b.participants) {
        if (x.sameReferent(y)) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  private static boolean sameEvent(Draft a, Draft b) {
    boolean typeOk = a.type.equals(b.type) || Set.of(a.type, b.type).contains("CONSULT")
        && Set.of("CALL", "MEET", "CONSULT").containsAll(Set.of(a.type, b.type));
    if (!typeOk || !a.modality.equals(b.modality) && !(Event.REALIS.contains(a.modality)
        && Event.REALIS.contains(b.modality))) {
      return false;
    }
    if (a.dateSource != null && b.dateSource != null && a.dateSource.equals("text") && b.dateSource.equals("text")
        && !(a.date.startsWith(b.date) || b.date.startsWith(a.date))) {
      return false;
    }
    int shared = 0;
    for (Event.Argument x : a.participants) {
      for (Event.Argument y : b.participants) {
        if (x.sameReferent(y)) {
          shared++;
          break;
        }
      }
    }
    int min = Math.min(a.participants.size(), b.participants.size());
    return shared > 0 && (shared == min || shared >= 2);
  }

  private static void absorb(Draft into, Draft d) {
    if (into.type.equals("CONSULT") && !d.type.equals("CONSULT")) {
      into.type = d.type;
      into.cameo = d.cameo;
      into.quad = d.quad;
    }
    for (Event.Argument a : d.participants) {
      addParticipant(into, a);
    }
    if (d.dateStrength > into.dateStrength) {
      into.date = d.date;
      into.dateSource = d.dateSource;
      into.dateSpan = d.dateSpan;
      into.dateStrength = d.dateStrength;
    }
    if (into.place == null) {
      into.place = d.place;
    }
    for (Event.Argument a : d.amounts) {
      if (into.amounts.stream().noneMatch(x -> x.span().equals(a.span()))) {
        into.amounts.add(a);
      }
    }
    for (Event.Argument a : d.quantities) {
      if (into.quantities.stream().noneMatch(x -> x.span().equals(a.span()))) {
        into.quantities.add(a);
      }
    }
    if (rank(d.modality) < rank(into.modality)) {
      into.modality = d.modality;
      into.reportedBy = d.reportedBy;
    }
    for (Span m : d.mentions) {
      if (!into.mentions.contains(m)) {
        into.mentions.add(m);
      }
    }
    into.confidence = Math.min(1.0, Math.max(into.confidence, d.confidence) + 0.05);
  }

  private static int rank(String modality) {
    return switch (modality) {
      case "asserted" -> 0;
      case "announced" -> 1;
      case "reported" -> 2;
      default -> 3;
    };
  }

  private List<Event> build(List<Draft> drafts) {
    List<Event> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(new Event(d.span, d.span.of(text), d.type, d.cameo, d.quad, d.trigger, d.trigger.of(text),
          d.participants, d.date, d.dateSource, d.dateSpan, d.place, d.amounts, d.quantities, d.modality,
          d.reportedBy, d.mentions, Math.round(d.confidence * 100) / 100.0));
    }
    out.sort(Comparator.comparing(Event::span));
    return out;
  }

  // --- small helpers -----------------------------------------------------------------------------------------

  private static void addParticipant(Draft d, Event.Argument a) {
    addTo(d.participants, a);
  }

  private static void addTo(List<Event.Argument> list, Event.Argument a) {
    if (a == null) {
      return;
    }
    for (Event.Argument x : list) {
      if (x.sameReferent(a)) {
        return;
      }
    }
    list.add(a);
  }

  private Event.Argument argument(Mentioned m, String role) {
    Entity e = m.entity();
    for (org.vigie.fr.entity.Metonymy mt : e.metonymies()) {
      if (mt.start() == m.span().start() && mt.end() == m.span().end() && mt.standsFor() != null) {
        // "Moscou a accusé": the actor is Russia's government, named by its capital.
        String local = entityList.stream().filter(x -> mt.standsFor().equals(x.qid())).map(Entity::id)
            .findFirst().orElse(null);
        return Event.Argument.participant(m.span(), m.span().of(text), mt.standsForName(), mt.standsFor(), local,
            role);
      }
    }
    return Event.Argument.participant(m.span(), m.span().of(text), e.name(), e.qid(), e.id(), role);
  }

  private Event.Argument speakerArgument(Quote q, String role) {
    if (q.speakerEntity() == null) {
      return null;
    }
    for (Entity e : entityList) {
      if (e.id().equals(q.speakerEntity())) {
        return Event.Argument.participant(q.speakerSpan(), q.speakerMention(), e.name(), e.qid(), e.id(), role);
      }
    }
    return null;
  }

  /** Countries named by demonyms in [from, to): "les forces russes" is Russia. */
  private List<Event.Argument> demonyms(int from, int to, String role, boolean subject) {
    return demonyms(from, to, role, subject, false);
  }

  private static final Set<String> ROLE_NOUNS = Set.of("président", "présidente", "dirigeant", "dirigeante",
      "ministre", "chancelier", "chancelière", "chef", "homologue", "premier", "première", "secrétaire",
      "diplomate", "porte-parole", "ambassadeur", "ambassadrice", "représentant", "responsable", "émissaire",
      "envoyé", "négociateur", "souverain", "roi", "reine", "prince", "monarque", "leader", "opposant");

  private List<Event.Argument> demonymsAnywhere(int from, int to, String role) {
    return demonyms(from, to, role, false, true);
  }

  private List<Event.Argument> demonyms(int from, int to, String role, boolean subject, boolean quoted) {
    List<Event.Argument> out = new ArrayList<>();
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (!(t.pos().equals("ADJ") || t.pos().equals("NOUN") && Character.isUpperCase(t.form().charAt(0)))) {
        continue;
      }
      if (insideMention(t.span()) || !quoted && insideDirectQuote(t.span())) {
        continue;
      }
      if (subject && (afterPreposition(npStart(j, from), from) || verbBefore(from, tokenAt(npStart(j, from))))) {
        // "l'invasion par les forces russes, Joe Biden a annoncé": Russia is no subject there.
        continue;
      }
      if (j > 0 && ROLE_NOUNS.contains(tokens.get(j - 1).lemma().toLowerCase(Locale.ROOT))) {
        // "le dirigeant ukrainien": a person's nationality, not the country acting.
        continue;
      }
      EntityAnnotator.Country c = entities.countryOfAdjective(t.form());
      if (c == null) {
        continue;
      }
      Entity known = null;
      for (Entity e : entityList) {
        if (c.qid() != null && c.qid().equals(e.qid())) {
          known = e;
          break;
        }
      }
      addTo(out, Event.Argument.participant(t.span(), t.span().of(text), c.name(), c.qid(),
          known == null ? null : known.id(), role));
    }
    return out;
  }

  /** The first word of the noun phrase a modifier at token j belongs to (back over nouns, adjectives, articles). */
  private int npStart(int j, int floor) {
    int k = j;
    while (k - 1 >= floor && Set.of("NOUN", "ADJ", "DET", "NUM").contains(tokens.get(k - 1).pos())) {
      k--;
    }
    return tokens.get(k).span().start();
  }

  /** The nearest actor named before an offset (this sentence or the previous one), outside prepositions. */
  private Event.Argument antecedent(int offset, int s) {
    int from = sentenceStart[s];
    for (int k = s - 1; k >= Math.max(0, s - 2); k--) {
      if (sentenceStart[k] >= 0) {
        from = sentenceStart[k];
      }
    }
    Mentioned best = null;
    for (Mentioned m : mentions) {
      if (m.span().end() > offset) {
        break;
      }
      int mi = tokenAt(m.span().start());
      if (mi >= from && isActor(m.entity()) && !afterPreposition(m.span().start(), from)
          && !insideDirectQuote(m.span())) {
        best = m;
      }
    }
    return best == null ? null : argument(best, "source");
  }

  private boolean isActor(Entity e) {
    // Countries and capitals act for their governments ("Moscou a accusé"); a place unknown to the knowledge
    // base does not.
    return e.type() == EntityType.PER || e.type() == EntityType.ORG || e.type() == EntityType.LOC && e.qid() != null;
  }

  private List<Mentioned> mentionsIn(int from, int to) {
    List<Mentioned> out = new ArrayList<>();
    if (from >= to || from < 0 || to > tokens.size()) {
      return out;
    }
    int a = tokens.get(from).span().start();
    int b = tokens.get(to - 1).span().end();
    for (Mentioned m : mentions) {
      if (m.span().start() >= a && m.span().end() <= b) {
        out.add(m);
      }
    }
    return out;
  }

  private boolean afterPreposition(int offset, int floorToken) {
    int j = tokenAt(offset) - 1;
    while (j >= floorToken && j >= 0 && tokens.get(j).pos().equals("DET")) {
      j--;
    }
    if (j < 0 || j < floorToken) {
      return false;
    }
    Token t = tokens.get(j);
    String f = t.form().toLowerCase(Locale.ROOT);
    if ((f.equals("et") || f.equals("ou") || f.equals(",")) && j - 1 >= floorToken) {
      // A conjunct shares the preposition of the first: "entre Biden et le président russe".
      Span before = tokens.get(j - 1).span();
      for (Mentioned m : mentions) {
        if (m.span().end() == before.end()) {
          return afterPreposition(m.span().start(), floorToken);
        }
      }
      return false;
    }
    return t.pos().equals("ADP") || PREPOSITIONS.contains(f);
  }

  private boolean precededBy(int offset, Set<String> words) {
    int j = tokenAt(offset) - 1;
    while (j >= 0 && tokens.get(j).pos().equals("DET")) {
      j--;
    }
    return j >= 0 && words.contains(tokens.get(j).form().toLowerCase(Locale.ROOT));
  }

  private Event.Argument placeAfter(int from, int to) {
    for (Mentioned m : mentionsIn(from, to)) {
      if (m.entity().type() == EntityType.LOC && precededBy(m.span().start(), PLACE_PREPOSITIONS)) {
        return argument(m, null);
      }
    }
    return null;
  }

  private boolean nounWithin(int from, int to, String spec) {
    for (int j = from; j < to && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if ((t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("X"))
          && EventLexicon.nounIn(spec, t.lemma().toLowerCase(Locale.ROOT), t.form().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasWord(int from, int to, Set<String> words) {
    for (int j = Math.max(0, from); j < to && j < tokens.size(); j++) {
      if (words.contains(tokens.get(j).form().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean reflexive(int s, int i) {
    for (int j = i - 1; j >= Math.max(sentenceStart[s], i - 5); j--) {
      Token t = tokens.get(j);
      if (t.pos().equals("PRON") && isReflexive(t)) {
        return true;
      }
      if (!(t.pos().equals("AUX") || t.pos().equals("ADV") || t.pos().equals("PRON") || t.pos().equals("PART")
          || t.pos().equals("ADP") || t.pos().equals("VERB") && j == i - 1)) {
        return false;
      }
    }
    return false;
  }

  private boolean reflexiveBefore(int aux, int s) {
    return aux - 1 >= sentenceStart[s] && isReflexive(tokens.get(aux - 1));
  }

  private static boolean isReflexive(Token t) {
    String f = t.form().toLowerCase(Locale.ROOT);
    return f.equals("se") || f.equals("s'") || f.equals("s’") || f.equals("nous") || f.equals("vous");
  }

  private static boolean isClitic(Token t) {
    String f = t.form().toLowerCase(Locale.ROOT);
    return t.pos().equals("PRON") && Set.of("se", "s'", "s’", "y", "en", "le", "la", "les", "l'", "l’", "lui",
        "leur", "me", "m'", "te", "t'", "nous", "vous").contains(f) || f.equals("ne") || f.equals("n'")
        || f.equals("n’");
  }

  private static boolean isSubjectPronoun(Token t) {
    return t.pos().equals("PRON") && SUBJECT_PRONOUNS.contains(t.form().toLowerCase(Locale.ROOT));
  }

  /** The first word of the verb group (its subject clitics and negation excluded). */
  private int firstOfVerbGroup(int finite, int s) {
    int j = finite;
    while (j - 1 >= sentenceStart[s] && isClitic(tokens.get(j - 1))) {
      j--;
    }
    return j;
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Contractions share a span: the first token of it.
    while (best > 0 && tokens.get(best - 1).span().equals(tokens.get(best).span())) {
      best--;
    }
    return best;
  }

  private boolean inSentence(Span span, int s) {
    if (sentenceStart[s] < 0) {
      return false;
    }
    return span.start() >= tokens.get(sentenceStart[s]).span().start()
        && span.end() <= tokens.get(sentenceEnd[s] - 1).span().end();
  }

  private boolean insideMention(Span span) {
    for (Mentioned m : mentions) {
      if (m.span().contains(span)) {
        return true;
      }
    }
    return false;
  }

  private boolean insideDirectQuote(Span span) {
    return quoteAt(span, Quote::direct) != null;
  }

  private boolean insideAnyQuote(Span span) {
    return quoteAt(span, q -> true) != null;
  }

  private Quote indirectQuoteAt(Span span) {
    return quoteAt(span, q -> !q.direct());
  }

  private Quote quoteAt(Span span, java.util.function.Predicate<Quote> kind) {
    for (Quote q : quotes) {
      if (kind.test(q) && q.span().contains(span)) {
        return q;
      }
    }
    return null;
  }
}
