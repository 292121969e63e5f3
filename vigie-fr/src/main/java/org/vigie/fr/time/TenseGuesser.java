package org.vigie.fr.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.Token;
import org.vigie.fr.time.Resolver.Tense;

/**
 * The tense of the clause around a temporal expression, read off the nearest conjugated verb of its sentence:
 * {@code a annoncé mardi} is past (the Tuesday before), {@code se rendra mardi} future (the Tuesday after).
 *
 * <p>French verb morphology is regular enough for this: auxiliary plus participle (passé composé), imperfect and
 * simple past endings are past; future and conditional endings, and {@code aller} plus infinitive, are future.
 * The backbone's part-of-speech tags and lemmas say which tokens are verbs and what their infinitive is.
 */
final class TenseGuesser {
  private TenseGuesser() {}

  private static final Set<String> AUX_PRESENT = Set.of("a", "as", "ai", "avons", "avez", "ont", "est", "es",
      "suis", "sommes", "êtes", "sont");
  private static final Set<String> AUX_PAST = Set.of("avait", "avaient", "avais", "avions", "aviez", "était",
      "étaient", "étais", "étions", "étiez", "eut", "eurent", "fut", "furent", "eût", "fût");
  private static final Set<String> AUX_FUTURE = Set.of("aura", "auront", "aurai", "auras", "aurons", "aurez",
      "sera", "seront", "serai", "seras", "serons", "serez");
  private static final Set<String> AUX_CONDITIONAL = Set.of("aurait", "auraient", "aurais", "serait", "seraient",
      "serais");
  private static final Set<String> ALLER_PRESENT = Set.of("va", "vont", "vais", "vas", "allons", "allez", "allait",
      "allaient");
  private static final Set<String> VENIR_PRESENT = Set.of("vient", "viennent", "viens", "venons", "venez",
      "venait", "venaient");

  /** Participles of planning verbs: "le sommet est prévu mardi" speaks of the future. */
  private static final Set<String> PLANNING = Set.of("prévoir", "attendre", "programmer", "planifier", "fixer",
      "envisager", "convoquer", "reporter", "repousser", "ajourner");

  /**
   * The tense nearest to the expression covering characters {@code [start, end)}, looking at the tokens
   * {@code [from, to)} of its sentence.
   */
  static Tense around(List<Token> tokens, int from, int to, int start, int end) {
    int first = -1;
    int last = -1;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.span().end() > start && t.span().start() < end) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    if (first < 0) {
      // No token inside (the expression sits between tokens): measure from where it would be.
      int k = from;
      while (k < to && tokens.get(k).span().start() < start) {
        k++;
      }
      first = k;
      last = k - 1;
    }
    Tense best = Tense.NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      if (k >= first && k <= last) {
        continue;
      }
      int distance = k < first ? first - k : k - last;
      if (distance >= bestDistance) {
        continue;
      }
      Tense t = tenseAt(tokens, k, to);
      if (t != Tense.NONE) {
        best = t;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Common English verbs of news reports, for quoted English passages (the French tagger cannot tag them). */
  private static final Set<String> ENGLISH_PAST = Set.of("said", "told", "met", "was", "were", "had", "did",
      "went", "came", "made", "took", "gave", "spoke", "wrote", "began", "held", "left", "sent", "struck", "won",
      "lost", "saw", "became", "brought", "fought", "led", "paid", "put", "ran", "set", "stood");
  private static final Set<String> ENGLISH_FUTURE = Set.of("will", "would", "'ll", "shall");

  static Tense tenseAt(List<Token> tokens, int k, int to) {
    Token t = tokens.get(k);
    String pos = t.pos();
    String lower = t.form().toLowerCase(Locale.ROOT);
    if (ENGLISH_PAST.contains(lower) || (lower.length() > 5 && lower.endsWith("ed") && lower.chars().allMatch(
        c -> c >= 'a' && c <= 'z') && !pos.equals("NOUN") && !pos.equals("PROPN"))) {
      return Tense.PAST;
    }
    if (ENGLISH_FUTURE.contains(lower)) {
      return Tense.FUTURE;
    }
    if (!pos.equals("VERB") && !pos.equals("AUX")) {
      return Tense.NONE;
    }
    String f = t.form().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (PLANNING.contains(lemma) && participle(f)) {
      return Tense.FUTURE;
    }
    if (lemma.equals("avoir") || lemma.equals("être")) {
      if (AUX_PAST.contains(f)) {
        return Tense.PAST;
      }
      if (AUX_FUTURE.contains(f)) {
        return Tense.FUTURE;
      }
      if (AUX_CONDITIONAL.contains(f)) {
        return participleFollows(tokens, k, to) ? Tense.PAST : Tense.FUTURE;
      }
      if (AUX_PRESENT.contains(f)) {
        return participleFollows(tokens, k, to) ? Tense.PAST : Tense.PRESENT;
      }
    }
    if (ALLER_PRESENT.contains(f) && infinitiveFollows(tokens, k, to)) {
      return Tense.FUTURE;
    }
    if (VENIR_PRESENT.contains(f) && k + 1 < to && tokens.get(k + 1).form().toLowerCase(Locale.ROOT).startsWith("d")
        && infinitiveFollows(tokens, k + 1, to)) {
      return Tense.PAST;
    }
    if (f.equals(lemma)) {
      return Tense.NONE; // an infinitive
    }
    if (f.endsWith("rait") || f.endsWith("raient") || f.endsWith("rais")) {
      return Tense.FUTURE;
    }
    if (f.endsWith("ait") || f.endsWith("aient") || f.endsWith("ais") || f.endsWith("èrent")
        || f.endsWith("irent") || f.endsWith("urent")) {
      return Tense.PAST;
    }
    if (f.length() > 3 && (f.endsWith("ra") || f.endsWith("ront") || f.endsWith("rons") || f.endsWith("rez")
        || f.endsWith("rai") || f.endsWith("ras")) && (lemma.endsWith("er") || lemma.endsWith("ir")
        || lemma.endsWith("re") || lemma.endsWith("oir"))) {
      return Tense.FUTURE;
    }
    if (participle(f) && lemma.length() > 2) {
      return Tense.PAST;
    }
    return Tense.PRESENT;
  }

  private static boolean participleFollows(List<Token> tokens, int k, int to) {
    for (int j = k + 1; j < Math.min(to, k + 4); j++) {
      Token t = tokens.get(j);
      String f = t.form().toLowerCase(Locale.ROOT);
      if ((t.pos().equals("VERB") || t.pos().equals("AUX") || t.pos().equals("ADJ")) && participle(f)) {
        return !PLANNING.contains(t.lemma().toLowerCase(Locale.ROOT));
      }
      if (t.pos().equals("VERB") && !f.equals(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean infinitiveFollows(List<Token> tokens, int k, int to) {
    for (int j = k + 1; j < Math.min(to, k + 4); j++) {
      Token t = tokens.get(j);
      if (t.pos().equals("VERB") || t.pos().equals("AUX")) {
        String f = t.form().toLowerCase(Locale.ROOT);
        return f.equals(t.lemma().toLowerCase(Locale.ROOT)) || f.endsWith("er") || f.endsWith("ir")
            || f.endsWith("re");
      }
    }
    return false;
  }

  private static boolean participle(String f) {
    return f.endsWith("é") || f.endsWith("ée") || f.endsWith("és") || f.endsWith("ées") || f.equals("eu")
        || f.equals("été") || f.equals("fait") || f.equals("dit") || f.equals("pris") || f.equals("mis")
        || f.endsWith("u") || f.endsWith("ue") || f.endsWith("us") || f.endsWith("i") || f.endsWith("ie")
        || f.endsWith("is") || f.endsWith("it") || f.endsWith("ert") || f.endsWith("int");
  }
}
