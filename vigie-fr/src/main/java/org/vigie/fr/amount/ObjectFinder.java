package org.vigie.fr.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.Span;
import org.vigie.core.Token;

/**
 * What an amount is for, as a reader would say it: {@code aide humanitaire} in "1 milliard de dollars en aide
 * humanitaire" and in "une aide humanitaire supplémentaire de plus d'un milliard de dollars", {@code aide à la
 * sécurité} in "200 millions de dollars d'aide à la sécurité", {@code military assistance} in "$1.36 billion in
 * military assistance", {@code renforcer la démocratie} in "320 millions de dollars destinés à renforcer la
 * démocratie". Works on the backbone's words and tags; finds nothing rather than a wrong phrase.
 */
final class ObjectFinder {
  /** One written word (contractions whole), its tag, and its text with ’ folded. */
  private record W(Span span, String text, String key, String pos, String lemma) {
    boolean lower() {
      return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }
  }

  private static final Set<String> PURPOSE_LEMMAS = Set.of("destiner", "consacrer", "allouer", "affecter",
      "réserver", "dédier", "attribuer", "octroyer", "accorder", "verser", "servir");
  private static final Set<String> LINKS = Set.of("a", "de", "d'", "du", "des", "au", "aux", "en", "pour");
  private static final Set<String> ENGLISH_STOP = Set.of("the", "a", "an", "to", "and", "or", "for", "in", "of",
      "on", "at", "by", "with", "from", "across", "over", "this", "that", "which", "who", "as", "is", "was",
      "were", "are", "has", "have", "had", "since", "into", "its", "their", "his", "her", "our", "will", "would");

  private static final Set<String> ENGLISH_NOT_OBJECTS = Set.of("total", "all", "cash", "addition", "return",
      "exchange", "value", "terms", "net", "gross", "full", "part", "sum", "advance", "kind", "principle");

  private final String text;
  private final List<W> words;

  ObjectFinder(String text, List<Token> tokens) {
    this.text = text;
    List<W> ws = new ArrayList<>();
    Span last = null;
    for (Token t : tokens) {
      if (t.span().equals(last)) {
        continue;
      }
      last = t.span();
      String surface = t.span().of(text).replace('\u2019', '\'');
      ws.add(new W(t.span(), surface, Lexer.key(surface), t.pos(), t.lemma()));
    }
    this.words = ws;
  }

  /** The object of the amount at {@code [start, end)} of the original text, or null. */
  String objectOf(int start, int end, boolean english) {
    int p = firstAtOrAfter(end);
    while (p < words.size() && ("ADJ".equals(words.get(p).pos()) && words.get(p).lower()
        || Words.EVALUATIVE.contains(words.get(p).key()))) {
      p++;
    }
    // 1 milliard de dollars en aide humanitaire; $1.36 billion in military assistance
    if (p + 1 < words.size() && (english ? words.get(p).key().equals("in") : words.get(p).key().equals("en"))) {
      String np = english ? englishPhrase(p + 1) : nounPhrase(p + 1, false);
      if (np != null) {
        return np;
      }
    }
    // une aide humanitaire supplémentaire de plus d'un milliard de dollars; un contrat de 300 millions
    int q = lastBefore(start);
    if (!english && q >= 1 && (words.get(q).key().equals("de") || words.get(q).key().equals("d'"))) {
      String np = before(q - 1, 2);
      if (np != null) {
        return np;
      }
    }
    // 200 millions de dollars d'aide à la sécurité; $5bn of aid
    if (p + 1 < words.size()) {
      String k = words.get(p).key();
      if (!english && (k.equals("de") || k.equals("d'")) && "ADP".equals(words.get(p).pos())) {
        String np = nounPhrase(p + 1, false);
        if (np != null) {
          return np;
        }
      } else if (english && k.equals("of")) {
        String np = englishPhrase(p + 1);
        if (np != null) {
          return np;
        }
      }
    }
    // destinés à renforcer la démocratie; pour la reconstruction; for reconstruction
    if (p < words.size()) {
      W w = words.get(p);
      int r = -1;
      if (english && w.key().equals("for")) {
        String np = englishPhrase(p + 1);
        if (np != null) {
          return np;
        }
      } else if (!english && w.key().equals("pour")) {
        r = p + 1;
      } else if (!english && PURPOSE_LEMMAS.contains(w.lemma()) && p + 1 < words.size()
          && Set.of("a", "au", "aux").contains(words.get(p + 1).key())) {
        r = p + 2;
      }
      if (r >= 0 && r < words.size()) {
        if ("VERB".equals(words.get(r).pos()) && words.get(r).lower()) {
          int last = nounPhraseEnd(r + 1, true);
          return text.substring(words.get(r).span().start(), words.get(last < 0 ? r : last).span().end());
        }
        String np = nounPhrase(r, true);
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int lastBefore(int offset) {
    return firstAtOrAfter(offset) - 1;
  }

  private boolean headNoun(int i) {
    if (i < 0 || i >= words.size()) {
      return false;
    }
    W w = words.get(i);
    return "NOUN".equals(w.pos()) && w.lower() && !Words.VACUOUS.contains(w.key())
        && !Words.TIME_UNITS.contains(w.key()) && !Numerals.numberWord(w.key())
        && !Words.NOT_OBJECTS.contains(w.key()) && !Words.MONTHS.contains(w.key())
        && !Words.APPROXIMATE.containsKey(w.key());
  }

  /**
   * A French noun phrase from {@code i}: a noun, its adjectives up to an evaluative one, and one complement
   * (aide à la sécurité, armes de défense aérienne). {@code determiner}: a determiner may come first.
   */
  private String nounPhrase(int i, boolean determiner) {
    if (determiner && i < words.size() && "DET".equals(words.get(i).pos())) {
      i++;
    }
    int last = nounPhraseEnd(i, false);
    return last < 0 ? null : text.substring(words.get(i).span().start(), words.get(last).span().end());
  }

  /** The index of the last word of the noun phrase from {@code i}, or -1. */
  private int nounPhraseEnd(int i, boolean determiner) {
    if (determiner && i < words.size() && "DET".equals(words.get(i).pos())) {
      i++;
    }
    if (!headNoun(i)) {
      return -1;
    }
    int end = adjectives(i + 1);
    int last = end - 1;
    if (end + 1 < words.size() && LINKS.contains(words.get(end).key()) && !words.get(end).key().equals("en")
        && !words.get(end).key().equals("pour")) {
      int j = end + 1;
      if (j < words.size() && Set.of("le", "la", "les", "l'").contains(words.get(j).key())) {
        j++;
      }
      if (headNoun(j)) {
        last = adjectives(j + 1) - 1;
      }
    }
    return last;
  }

  private int adjectives(int j) {
    while (j < words.size() && "ADJ".equals(words.get(j).pos()) && words.get(j).lower()
        && !Words.EVALUATIVE.contains(words.get(j).key())) {
      j++;
    }
    return j;
  }

  /** The noun phrase that ends just before a "de" at {@code q + 1}: its noun and the adjectives after it. */
  private String before(int q, int depth) {
    int h = q;
    while (h >= 0 && "ADJ".equals(words.get(h).pos()) && words.get(h).lower()) {
      h--;
    }
    if (h < 0) {
      return null;
    }
    W head = words.get(h);
    if (Words.VACUOUS.contains(head.key()) && depth > 0) {
      // d'un montant de, à hauteur de: the object is further back (une enveloppe d'un montant de)
      int k = h - 1;
      if (k >= 0 && "DET".equals(words.get(k).pos())) {
        k--;
      }
      if (k >= 1 && LINKS.contains(words.get(k).key())) {
        return before(k - 1, depth - 1);
      }
      return null;
    }
    if (!headNoun(h)) {
      return null;
    }
    int end = adjectives(h + 1);
    int first = h;
    // chiffre d'affaires, plan de relance: a noun with its bare complement is one name
    if (h >= 2 && (words.get(h - 1).key().equals("de") || words.get(h - 1).key().equals("d'"))
        && "NOUN".equals(words.get(h - 2).pos()) && words.get(h - 2).lower()) {
      first = h - 2;
    }
    return text.substring(words.get(first).span().start(), words.get(end - 1).span().end());
  }

  /** Up to four lower-case English words that are not function words (military assistance). */
  private String englishPhrase(int i) {
    int j = i;
    while (j < words.size() && j < i + 4) {
      W w = words.get(j);
      if (!w.lower() || ENGLISH_STOP.contains(w.key()) || !w.key().chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
        break;
      }
      j++;
    }
    if (j == i || (j == i + 1 && ENGLISH_NOT_OBJECTS.contains(words.get(i).key()))) {
      return null;
    }
    return text.substring(words.get(i).span().start(), words.get(j - 1).span().end());
  }
}
