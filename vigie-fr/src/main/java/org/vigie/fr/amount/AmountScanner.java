package org.vigie.fr.amount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.fr.amount.CurrencyLexicon.Head;
import org.vigie.fr.amount.Lexer.Tok;
import org.vigie.fr.amount.Numerals.Kind;
import org.vigie.fr.amount.Numerals.Num;

/**
 * The amount grammar, run over one document's tokens: {@code [qualifier] [range] [currency] figure [scale]
 * [de] [currency | percent | counted noun]}. It finds every numeric expression, decides what it is (money, a
 * count, a percentage, or a plain number) and leaves out what only looks like one (dates, times, years,
 * phone numbers, identifiers such as G7 or F-16, references such as l'article 5, list markers). One instance
 * per document; not shared.
 */
final class AmountScanner {
  /** Money found: characters {@code [start, end)} of the normalized text. {@code code} may be null until resolved. */
  static final class RawAmount {
    final int start;
    final int end;
    final double value;
    final Double upper;
    String code;
    final Head head;
    final boolean explicit;
    final String qualifier;

    RawAmount(int start, int end, double value, Double upper, String code, Head head, boolean explicit,
        String qualifier) {
      this.start = start;
      this.end = end;
      this.value = value;
      this.upper = upper;
      this.code = code;
      this.head = head;
      this.explicit = explicit;
      this.qualifier = qualifier;
    }
  }

  /** A count or a percentage; {@code unitStart}/{@code unitEnd} delimit the counted noun (none for %). */
  record RawQuantity(int start, int end, double value, Double upper, String unit, int unitStart, int unitEnd,
      String qualifier) {}

  /** Any numeric expression, with its kind (cardinal, ordinal, fraction, percent). */
  record RawNumber(int start, int end, double value, String kind) {}

  /** Web addresses end here; the address is extended to the left over its characters. */
  private static final Pattern DOMAIN_END = Pattern.compile(
      "(?i)\\.(?:com|org|net|fr|gov|int|eu|io|info|be|ch|ca|uk|de|ru|ua|ly|co)\\b(?:/\\S*)?");
  private static final Pattern SKIPPED = Pattern.compile("(?=[\\d+#@wWhH])(?:" + String.join("|",
      "(?i)(?:https?://|www\\.)\\S+",
      "[#@][\\p{L}\\p{N}_]+",
      "(?<![\\d+])0\\d(?:[ .-]?\\d{2}){4}(?!\\d)",
      "\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}(?!\\d)",
      "(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?(?!\\d)",
      "(?<![\\d.,/])\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?![\\d.,/])",
      "(?<![\\d.,])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d])",
      "(?<![\\d.,])\\d{1,2} ?[hH] ?\\d{2}(?![\\d])",
      "(?<![\\d.,])\\d{1,2} ?h(?![\\p{L}\\d])") + ")");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "re", "ere", "ers", "res", "eres", "e", "es",
      "eme", "emes", "ieme", "iemes", "nd", "rd", "th", "st", "de", "des");
  private static final Pattern ROMAN_ORDINAL = Pattern.compile("([IVX]+)(e|er|eme|ème|è|ᵉ)");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
      "personnel", "staff", "crew", "cattle", "aircraft", "feet", "sheep", "fish", "deer");
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");
  private static final Set<String> ENGLISH_NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands");
  private static final Set<String> SHARED_NUMBER_WORDS = Set.of("six", "million", "millions", "billion",
      "billions", "trillion", "trillions", "zero");
  private static final Map<Character, Double> VULGAR = Map.ofEntries(Map.entry('½', 0.5), Map.entry('¼', 0.25),
      Map.entry('¾', 0.75), Map.entry('⅓', 1 / 3.0), Map.entry('⅔', 2 / 3.0), Map.entry('⅕', 0.2),
      Map.entry('⅖', 0.4), Map.entry('⅗', 0.6), Map.entry('⅘', 0.8), Map.entry('⅙', 1 / 6.0),
      Map.entry('⅚', 5 / 6.0), Map.entry('⅛', 0.125), Map.entry('⅜', 0.375), Map.entry('⅝', 0.625),
      Map.entry('⅞', 0.875));

  private final String s;
  private final List<Tok> toks;
  private final int n;
  private final boolean[] english;
  private final String[] pos;
  private final boolean[] sentenceStart;
  private final boolean[] skip;
  private final CurrencyLexicon lex;

  final List<RawAmount> amounts = new ArrayList<>();
  final List<RawQuantity> quantities = new ArrayList<>();
  final List<RawNumber> numbers = new ArrayList<>();

  /**
   * {@code english}, {@code pos} and {@code sentenceStart} are per token: whether its sentence is in English,
   * its UD tag (null when the backbone has none), and whether it starts a sentence.
   */
  AmountScanner(String normalized, List<Tok> toks, boolean[] english, String[] pos, boolean[] sentenceStart,
      CurrencyLexicon lex) {
    this.s = normalized;
    this.toks = toks;
    this.n = toks.size();
    this.english = english;
    this.pos = pos;
    this.sentenceStart = sentenceStart;
    this.lex = lex;
    this.skip = new boolean[n];
    boolean[] masked = new boolean[s.length()];
    Matcher m = SKIPPED.matcher(s);
    while (m.find()) {
      for (int c = m.start(); c < m.end(); c++) {
        masked[c] = true;
      }
    }
    if (s.indexOf('.') >= 0) {
      // addresses and e-mails: pic.twitter.com/9SDq0KWPDQ, nom@site.fr
      Matcher d = DOMAIN_END.matcher(s);
      while (d.find()) {
        int start = d.start();
        while (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || "._-@+/:".indexOf(s.charAt(start - 1)) >= 0)) {
          start--;
        }
        if (start < d.start()) {
          for (int c = start; c < d.end(); c++) {
            masked[c] = true;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Tok t = toks.get(i);
      for (int c = t.start(); c < t.end() && !skip[i]; c++) {
        skip[i] = masked[c];
      }
    }
  }

  void run() {
    int i = 0;
    while (i < n) {
      int next = tryAt(i, true);
      i = next > i ? next : i + 1;
    }
    resolveCurrencies();
  }

  // --- one expression --------------------------------------------------------------------------------------

  private record Qualifier(String symbol, int end) {}

  private Qualifier qualifierAt(int i) {
    if (i >= n || !toks.get(i).word() || !Words.QUALIFIER_STARTS.contains(toks.get(i).key())) {
      return null;
    }
    Qualifier best = null;
    for (int k = 1; k <= 4 && i + k <= n; k++) {
      String key = CurrencyLexicon.key(toks, i, k);
      String q = Words.QUALIFIERS.get(key);
      if (q != null && (k == 1 || sameLine(i, k))) {
        best = new Qualifier(q, i + k);
      }
    }
    return best;
  }

  private boolean sameLine(int i, int k) {
    for (int j = i + 1; j < i + k && j < n; j++) {
      if (toks.get(j).line()) {
        return false;
      }
    }
    return true;
  }

  private boolean is(int i, String... words) {
    return i >= 0 && i < n && toks.get(i).is(words);
  }

  private boolean isSym(int i, String sym) {
    return i >= 0 && i < n && toks.get(i).sym(sym);
  }

  private boolean glued(int i) {
    return i < n && !toks.get(i).space();
  }

  private boolean isVerb(int i) {
    String t = tag(i);
    return t != null && VERB_TAGS.contains(t);
  }

  private String tag(int i) {
    return i >= 0 && i < n ? pos[i] : null;
  }

  private CurrencyLexicon.Match prefixCurrency(int j) {
    if (j >= n) {
      return null;
    }
    CurrencyLexicon.Match m = lex.symbolAt(toks, j);
    if (m == null) {
      m = lex.codeAt(toks, j);
    }
    if (m == null || m.end() >= n) {
      return null;
    }
    Tok after = toks.get(m.end());
    if (toks.get(j).word() && m.end() == j + 1 && !after.space()) {
      return null; // an ISO code glued to a figure is a name (COP21), not money
    }
    if (after.line() || !(after.num() || (english[j] && after.is("a", "an")) || Numerals.words(toks, m.end(),
        english[j]) != null)) {
      return null;
    }
    return m;
  }

  /**
   * Tries an expression starting at token {@code i}; returns the index after what it consumed, or {@code i}
   * when nothing starts here.
   */
  private int tryAt(int i, boolean moneyScales) {
    if (skip[i]) {
      return i + 1;
    }
    Tok t = toks.get(i);
    if (t.word()) {
      Matcher rm = ROMAN_ORDINAL.matcher(t.text());
      if (rm.matches() && (i == 0 || toks.get(i - 1).word() || toks.get(i - 1).space())) {
        int v = roman(rm.group(1));
        if (v > 0) {
          numbers.add(new RawNumber(t.start(), t.end(), v, "ordinal"));
          return i + 1;
        }
      }
    }
    int j = i;
    Qualifier qual = qualifierAt(j);
    if (qual != null) {
      j = qual.end();
    }
    int rangeIntro = 0;
    if (is(j, "entre", "between")) {
      rangeIntro = 1;
      j++;
    } else if (is(j, "de", "from") && qual == null && !isVerb(j - 1)) {
      rangeIntro = 2;
      j++;
    }
    boolean negative = false;
    if (j + 1 < n && (isSym(j, "-") || isSym(j, "\u2212")) && toks.get(j + 1).num() && glued(j + 1)
        && (toks.get(j).space() || j == 0 || isSym(j - 1, "("))) {
      negative = true;
      j++;
    }
    CurrencyLexicon.Match pre = negative ? null : prefixCurrency(j);
    int at = pre != null ? pre.end() : j;
    boolean englishStyle = english[Math.min(at, n - 1)] || (pre != null && pre.symbol() && glued(at));
    Num a = number(at, moneyScales, englishStyle);
    if (a == null) {
      return i;
    }
    if (negative) {
      a = new Num(a.from(), a.to(), a.start() - 1, a.end(), -a.value(), a.kind(), a.digits(), a.scaled(),
          a.moneyScale(), a.approximate(), false, false, a.scale());
    }
    if (excluded(a, false, pre != null)) {
      return rangeIntro != 0 || qual != null ? a.to() : Math.max(a.to(), i + 1);
    }
    int exprStart = qual != null || rangeIntro == 1 ? toks.get(i).start() : pre != null ? toks.get(j).start()
        : a.start();
    if (a.kind() == Kind.ORDINAL && a.to() < n && Words.MONTHS.contains(toks.get(a.to()).key())) {
      return a.to(); // le 1er mai: a date
    }
    if (a.kind() != Kind.CARDINAL) {
      numbers.add(new RawNumber(a.start(), a.end(), a.value(), a.kind() == Kind.ORDINAL ? "ordinal" : "fraction"));
      return a.to();
    }
    // The second bound of a range.
    Num aAsWritten = a;
    Num b = null;
    CurrencyLexicon.Match preB = null;
    int k = a.to();
    boolean rangeWord = rangeIntro == 1 ? is(k, "et", "and") : rangeIntro == 2 ? is(k, "a", "à", "to", "au")
        : ((isSym(k, "-") || isSym(k, "\u2013")) && glued(k) && glued(k + 1)) || (is(k, "a", "à", "to")
            && !is(j - 1, "de", "from", "d'"));
    if (rangeWord && k + 1 < n && !toks.get(k + 1).line()) {
      preB = pre != null ? prefixCurrency(k + 1) : null;
      int bAt = preB != null ? preB.end() : k + 1;
      b = number(bAt, moneyScales, englishStyle);
      if (b != null && (b.kind() != Kind.CARDINAL || excluded(b, true, pre != null) || b.digits() != a.digits()
          || (pre != null && preB == null && !glued(bAt)))) {
        b = null;
      }
      Num lower = a;
      if (b != null && !a.scaled() && !b.scaled() && a.digits() && b.value() >= 10_000 && a.value() < 1000
          && b.value() % 1000 == 0 && a.value() * 1000 * 10 > b.value()
          && s.substring(b.start(), b.end()).endsWith(" 000")) {
        // entre 60 et 80 000: the thousands of the upper bound belong to the lower one too
        lower = new Num(a.from(), a.to(), a.start(), a.end(), a.value() * 1000, a.kind(), a.digits(), false,
            false, a.approximate(), false, false, 1);
      } else if (b != null && !a.scaled() && b.scaled()) {
        // entre 24 et 26 millions: the scale of the upper bound applies to both
        lower = new Num(a.from(), a.to(), a.start(), a.end(), a.value() * b.scale(), a.kind(), a.digits(), true,
            b.moneyScale(), a.approximate(), false, false, b.scale());
      }
      if (b != null && b.value() > lower.value()) {
        a = lower;
      } else {
        b = null;
      }
    }
    if (rangeIntro != 0 && b == null) {
      return i; // "de 10" or "entre 5" alone: the figure is read again from the next token
    }
    Num last = b != null ? b : a;
    k = last.to();
    String q = qual != null ? qual.symbol() : a.approximate() ? "~" : "=";
    Double upper = b != null ? b.value() : null;

    // A percentage.
    int pct = percentEnd(k);
    if (pct > k && pre == null) {
      int end = toks.get(pct - 1).end();
      String unit = isSym(k, "\u2030") || is(k + 1, "mille") ? "\u2030" : "%";
      quantities.add(new RawQuantity(exprStart, end, a.value(), upper, unit, -1, -1, q));
      numbers.add(new RawNumber(a.start(), b == null ? end : a.end(), a.value(), "percent"));
      if (b != null) {
        numbers.add(new RawNumber(b.start(), end, b.value(), "percent"));
      }
      return pct;
    }
    // A currency after the figure.
    CurrencyLexicon.Match cur = null;
    if (pre == null) {
      int c = k;
      if (is(c, "de", "d'", "of") && (last.scaled() || last.approximate())) {
        c++;
      }
      if (c < n && !toks.get(c).line()) {
        cur = lex.symbolAt(toks, c);
        if (cur == null) {
          cur = lex.codeAt(toks, c);
        }
        if (cur == null) {
          cur = lex.nameAt(toks, c, english[c]);
        }
      }
      if (cur != null && !acceptable(cur, last, c)) {
        cur = null;
      }
    }
    if (cur == null && pre == null && last.moneyScale() && moneyScales) {
      return tryAt(i, false); // 5m with no currency: metres, not millions
    }
    if (a.article() && pre == null && cur == null) {
      return a.to(); // un, une: an article after all
    }
    addNumber(aAsWritten);
    if (b != null) {
      addNumber(b);
    }
    if (pre != null || cur != null) {
      CurrencyLexicon.Match m = cur != null ? cur : pre;
      double factor = m.head() != null && m.head().sub() != null ? 0.01 : 1;
      double value = a.value() * factor;
      Double up = upper == null ? null : upper * factor;
      int endTok = cur != null ? cur.end() : last.to();
      // 15 dollars et 15 cents, 15 dollars 50: the cents belong to the amount.
      if (factor == 1 && b == null && !last.scaled() && cur != null && endTok < n) {
        int e = endTok;
        if (is(e, "et", "and")) {
          e++;
        }
        Num cents = e < n && !toks.get(e).line() ? number(e, false, englishStyle) : null;
        if (cents != null && cents.kind() == Kind.CARDINAL && !cents.scaled() && cents.value() >= 1
            && cents.value() < 100 && cents.value() == Math.rint(cents.value())) {
          int after = cents.to();
          CurrencyLexicon.Match sub = after < n ? lex.nameAt(toks, after, english[after]) : null;
          boolean subunit = sub != null && sub.head() != null && sub.head().sub() != null;
          boolean ends = after >= n || toks.get(after).line() || (toks.get(after).kind() == Lexer.Kind.SYM
              && !toks.get(after).sym("%"));
          if (subunit || (ends && (e == endTok + 1 || cents.digits()))) {
            value += cents.value() / 100.0;
            endTok = subunit ? sub.end() : after;
            addNumber(cents);
          }
        }
      }
      int end = toks.get(endTok - 1).end();
      amounts.add(new RawAmount(exprStart, end, value, up, m.code(), m.head(), m.explicit(), q));
      return endTok;
    }
    // A counted noun.
    int c = k;
    if (is(c, "de", "d'", "of") && (last.scaled() || last.approximate())) {
      c++;
    }
    Noun noun = countedNoun(c);
    double size = Math.abs(upper != null ? upper : a.value());
    if (noun != null && (noun.measure() || size >= 10)) {
      int end = toks.get(noun.to() - 1).end();
      Tok head = toks.get(noun.head());
      quantities.add(new RawQuantity(exprStart, end, a.value(), upper, head.text(), head.start(), head.end(), q));
      return noun.to();
    }
    return last.to();
  }

  private void addNumber(Num a) {
    numbers.add(new RawNumber(a.start(), a.end(), a.value(), "cardinal"));
  }

  /** Whether a currency word after a figure really is one (livres: books unless millions, sterling...). */
  private boolean acceptable(CurrencyLexicon.Match cur, Num num, int at) {
    Head h = cur.head();
    if (h == null) {
      return true;
    }
    if (h.sub() != null && !num.digits() && num.article() && !h.name().equals("penny")) {
      return false;
    }
    if (h.guarded() && !cur.explicit() && !num.scaled() && !(num.digits() && hasCents(num))) {
      return false;
    }
    if (num.article() && cur.code() == null && !cur.explicit()) {
      return false; // une couronne olympique
    }
    if (num.article()) {
      // un franc succès: an adjective, not a currency
      int after = cur.end();
      String tg = tag(after);
      if ("NOUN".equals(tg) && after < n && !toks.get(after).capitalized()) {
        return false;
      }
    }
    return at < n;
  }

  private boolean hasCents(Num num) {
    String text = s.substring(num.start(), num.end());
    return text.matches(".*[.,]\\d{2}");
  }

  /** The index after a percent sign or word at {@code k}, or {@code k}. */
  private int percentEnd(int k) {
    if (k >= n || toks.get(k).line()) {
      return k;
    }
    Tok t = toks.get(k);
    if (t.sym("%") || t.sym("\u2030")) {
      return k + 1;
    }
    if (Words.PERCENT_WORDS.contains(t.key()) || t.key().equals("pour cent") || t.key().equals("per cent")) {
      return k + 1;
    }
    if ((t.is("pour", "per") && is(k + 1, "cent")) || (t.is("pour") && is(k + 1, "mille"))) {
      return k + 2;
    }
    return k;
  }

  // --- numbers ---------------------------------------------------------------------------------------------

  /** A numeral at {@code j} with what scales it, or null. */
  private Num number(int j, boolean moneyScales, boolean englishStyle) {
    if (j >= n || skip[j]) {
      return null;
    }
    Tok t = toks.get(j);
    Num base;
    if (t.num()) {
      base = Numerals.digits(s, toks, j, englishStyle);
      if (base == null) {
        return null;
      }
      // 1er, 2e, 11th: an ordinal.
      if (base.to() < n && glued(base.to()) && toks.get(base.to()).word() && base.value() == Math.rint(base.value())
          && ORDINAL_SUFFIXES.contains(toks.get(base.to()).key()) && base.end() == toks.get(base.to() - 1).end()) {
        Tok suf = toks.get(base.to());
        return new Num(j, base.to() + 1, base.start(), suf.end(), base.value(), Kind.ORDINAL, true, false, false,
            false, false, false, 1);
      }
    } else if (t.kind() == Lexer.Kind.SYM && t.text().length() == 1 && VULGAR.containsKey(t.text().charAt(0))) {
      return new Num(j, j + 1, t.start(), t.end(), VULGAR.get(t.text().charAt(0)), Kind.FRACTION, true, false,
          false, false, false, false, 1);
    } else if (t.word()) {
      base = wordNumber(j);
      if (base == null) {
        return null;
      }
    } else {
      return null;
    }
    if (base.kind() != Kind.CARDINAL) {
      return base;
    }
    return scaleAfter(base, moneyScales);
  }

  private Num wordNumber(int j) {
    Tok t = toks.get(j);
    boolean eng = english[j];
    if (eng && t.is("a", "an") && j + 1 < n) {
      Num w = Numerals.words(toks, j + 1, true, true);
      Tok nx = toks.get(j + 1);
      if (w != null && (Words.HUNDREDS.contains(nx.key()) || Words.THOUSANDS.contains(nx.key())
          || Words.SCALES.containsKey(nx.key()) || Words.BILLIONS.contains(nx.key())
          || Words.TRILLIONS.contains(nx.key()))) {
        return new Num(j, w.to(), t.start(), w.end(), Math.max(1, w.value()), w.kind(), false, w.scaled(),
            false, false, false, false, w.scale());
      }
      return null;
    }
    int space = t.key().indexOf(' ');
    String first = space < 0 ? t.key() : t.key().substring(0, space);
    if (!Numerals.isCardinalWord(first) && Numerals.ordinalBase(first) == null) {
      return null;
    }
    if (ENGLISH_NUMBER_WORDS.contains(first) != eng && !SHARED_NUMBER_WORDS.contains(first)) {
      return null;
    }
    // Les Sept, le groupe des Neuf: a name, not a number (but Deux soldats... at a sentence start is one).
    if (t.capitalized() && !sentenceStart[j] && !t.line() && !(j > 0 && toks.get(j - 1).sym("\""))) {
      return null;
    }
    if (first.equals("neuf") || first.equals("neuve")) {
      if ("NOUN".equals(tag(j - 1)) || is(j - 1, "a", "à")) {
        return null;
      }
    }
    if (first.startsWith("cent") && is(j - 1, "pour", "per")) {
      return null;
    }
    Num w = Numerals.words(toks, j, eng);
    if (w == null) {
      return null;
    }
    if (w.article()) {
      int k = w.to();
      if (k >= n || toks.get(k).line()) {
        return null;
      }
      Tok nx = toks.get(k);
      Num ord = Numerals.words(toks, k, eng);
      boolean counts = Words.APPROXIMATE.containsKey(nx.key()) || Words.DENOMINATORS.containsKey(nx.key())
          || (ord != null && ord.kind() == Kind.ORDINAL) || nx.is("sur")
          || (lex.nameAt(toks, k, eng) != null && lex.nameAt(toks, k, eng).head() != null)
          || nx.key().startsWith("demi ");
      if (!counts) {
        return null;
      }
    }
    return w;
  }


  /** Applies the scale after a numeral: 10k, 1,5 million, 5 Mds, 3 milliers, une dizaine, un tiers, et demi. */
  private Num scaleAfter(Num a, boolean moneyScales) {
    int k = a.to();
    double v = a.value();
    boolean scaled = a.scaled();
    boolean moneyScale = false;
    boolean approximate = false;
    double scale = a.scale();
    Kind kind = a.kind();
    if (a.digits() && k < n && toks.get(k).word() && !toks.get(k).line()) {
      Tok w = toks.get(k);
      Double sc = Words.SCALE_ABBREVIATIONS.get(w.text());
      boolean moneyOnly = Words.MONEY_ONLY_ABBREVIATIONS.contains(w.text());
      boolean spacedOk = !w.space() || !w.text().equals("b");
      if (sc != null && spacedOk && (!moneyOnly || moneyScales)) {
        v *= sc;
        k++;
        scaled = true;
        moneyScale = moneyOnly;
        scale = sc;
      }
    }
    if (!scaled && k < n && toks.get(k).word() && toks.get(k).space() && !toks.get(k).line()) {
      String key = toks.get(k).key();
      double sc = Words.SCALES.getOrDefault(key, 0.0);
      if (Words.BILLIONS.contains(key)) {
        sc = english[k] || englishBillion(a) ? 1e9 : 1e12;
      } else if (Words.TRILLIONS.contains(key)) {
        sc = english[k] || englishBillion(a) ? 1e12 : 1e18;
      } else if (a.digits() && (Words.THOUSANDS.contains(key) || key.equals("millier") || key.equals("milliers"))) {
        sc = 1e3;
      }
      if (sc > 0) {
        v *= sc;
        k++;
        scaled = true;
        scale = sc;
      }
    }
    if (!scaled && k < n && Words.APPROXIMATE.containsKey(toks.get(k).key()) && (a.article() || v < 100)) {
      int unit = Words.APPROXIMATE.get(toks.get(k).key());
      v = (a.article() ? 1 : v) * unit;
      approximate = a.article() || unit != 12;
      scale = unit;
      k++;
      if (is(k, "de", "d'") && k + 1 < n) {
        String key = toks.get(k + 1).key();
        double sc = key.startsWith("millier") ? 1e3 : Words.SCALES.getOrDefault(key, 0.0);
        if (sc > 0) {
          v *= sc;
          scale = sc;
          scaled = true;
          k += 2;
        }
      }
    }
    if (!scaled && a.article() && k < n && toks.get(k).key().startsWith("demi ")) {
      double sc = Words.SCALES.getOrDefault(toks.get(k).key().substring(5), 0.0);
      if (sc > 0) {
        v = 0.5 * sc;
        scale = sc;
        scaled = true;
        k++;
      }
    }
    if (scaled && k + 1 < n && is(k, "et", "and")) {
      if (is(k + 1, "demi", "demie", "half")) {
        v += 0.5 * scale;
        k += 2;
      } else if (toks.get(k + 1).word()) {
        // cinq milliards et trois quarts
        Num f = wordNumber(k + 1);
        Num frac = f == null ? null : scaleAfter(f, false);
        if (frac != null && frac.kind() == Kind.FRACTION && frac.value() < 1) {
          v += frac.value() * scale;
          k = frac.to();
        }
      }
    }
    if (!scaled && !a.digits() && k + 1 < n && is(k, "virgule")) {
      // deux cent virgule cinquante deux
      Num d = Numerals.words(toks, k + 1, english[k]);
      if (d != null && d.kind() == Kind.CARDINAL && !d.scaled()) {
        String decimals = Long.toString((long) d.value());
        v += Double.parseDouble("0." + decimals);
        k = d.to();
      }
    }
    // Fractions in words: un tiers, trois quarts, un cinquième, un sur trois; and 3 et un quart.
    if (!scaled && !approximate && k < n && !a.digits() && (v <= 100 || toks.get(k).is("et"))) {
      Tok w = toks.get(k);
      Integer den = Words.DENOMINATORS.get(w.key());
      if (den == null) {
        Num d = Numerals.words(toks, k, english[k]);
        if (d != null && d.kind() == Kind.ORDINAL && d.value() > 1) {
          den = (int) d.value();
          k = d.to() - 1;
        }
      }
      if (den != null && den > 0) {
        v = (a.article() ? 1 : v) / den;
        kind = Kind.FRACTION;
        k++;
      } else if (w.is("sur") && k + 1 < n) {
        Num d = Numerals.words(toks, k + 1, english[k]);
        if (d == null && toks.get(k + 1).num()) {
          d = Numerals.digits(s, toks, k + 1, english[k]);
        }
        if (d != null && d.kind() == Kind.CARDINAL && d.value() > 0) {
          v = (a.article() ? 1 : v) / d.value();
          kind = Kind.FRACTION;
          k = d.to();
        }
      } else if (w.is("et") && !a.article()) {
        Num f = k + 1 < n && toks.get(k + 1).word() ? wordNumber(k + 1) : null;
        if (f != null) {
          Num frac = scaleAfter(f, false);
          if (frac.kind() == Kind.FRACTION) {
            v += frac.value();
            k = frac.to();
          } else if (is(k + 1, "demi", "demie")) {
            v += 0.5;
            k += 2;
          }
        } else if (is(k + 1, "demi", "demie")) {
          v += 0.5;
          k += 2;
        }
      }
    } else if (!scaled && !approximate && a.digits() && k + 1 < n && is(k, "sur") && v == Math.rint(v)
        && v < 100) {
      // 1 sur 3, 1 sur vingt: a proportion
      Num d = toks.get(k + 1).num() ? Numerals.digits(s, toks, k + 1, english[k]) : Numerals.words(toks, k + 1,
          english[k]);
      if (d != null && d.kind() == Kind.CARDINAL && d.value() >= v && d.value() > 0 && d.value() <= 1000
          && !(d.to() < n && toks.get(d.to()).word() && !toks.get(d.to()).space())) {
        v = v / d.value();
        kind = Kind.FRACTION;
        k = d.to();
      }
    } else if (!scaled && a.digits() && a.kind() == Kind.CARDINAL && v == Math.rint(v) && k < n
        && toks.get(k).num() && toks.get(k).space() && !toks.get(k).line()) {
      // 2 1/4: a whole number and a proper fraction
      Num f = Numerals.digits(s, toks, k, english[k]);
      if (f != null && f.kind() == Kind.FRACTION && f.value() < 1) {
        v += f.value();
        kind = Kind.FRACTION;
        k = f.to();
      }
    }
    if (k == a.to()) {
      return a;
    }
    Tok last = toks.get(k - 1);
    return new Num(a.from(), k, a.start(), last.end(), v, kind, a.digits(), scaled, moneyScale, approximate,
        false, false, scale);
  }

  /** $1.36 billion: a figure written the English way before billion reads it the English way. */
  private boolean englishBillion(Num a) {
    if (!a.digits() || a.from() == 0) {
      return false;
    }
    Tok before = toks.get(a.from() - 1);
    boolean symbolBefore = before.sym("$") || before.sym("£") || before.sym("€");
    return symbolBefore && !toks.get(a.from()).space() && s.substring(a.start(), a.end()).contains(".");
  }

  /** Dates, times, years, identifiers, references and list markers: figures that are not values. */
  private boolean excluded(Num a, boolean rangeEnd, boolean money) {
    if (!a.digits()) {
      return false;
    }
    int f = a.from();
    Tok first = toks.get(f);
    int startTok = f;
    if (a.value() < 0 && f > 0) {
      startTok = f - 1;
    }
    if (startTok > 0 && !toks.get(startTok).space() && !rangeEnd) {
      Tok p = toks.get(startTok - 1);
      if (p.word() && !lex.isCode(p.text())) {
        return true; // G7, MH17, A400M
      }
      if (p.kind() == Lexer.Kind.SYM && !p.sym("(") && !p.sym("$") && !p.sym("£") && !p.sym("€")
          && !p.sym("\u00A5") && !p.sym("\"") && !p.sym("'") && !p.sym("«") && !p.sym("[") && !p.sym("\u201C")) {
        if (p.sym("#") || p.sym("@") || p.sym("°") || p.sym("/") || p.sym("_") || p.sym("\\")) {
          return true;
        }
        if (startTok >= 2 && !p.space() && (toks.get(startTok - 2).word() || toks.get(startTok - 2).num())
            && !lex.isCode(toks.get(startTok - 2).text())) {
          return true; // F-16, COVID-19, 2014-2015 second part, 1.2.3
        }
      }
    }
    int t = a.to();
    if (t < n && glued(t)) {
      Tok nx = toks.get(t);
      if (nx.word() && !(Words.MEASURES.contains(nx.key()) && (nx.key().length() > 1 || nx.text().equals(nx.key())))
          && !lex.isCode(nx.text())
          && lex.nameAt(toks, t, english[t]) == null && !Words.PERCENT_WORDS.contains(nx.key())) {
        return true; // 9SDq0KWPDQ, 3D, 4x4, 21h
      }
      if ((nx.sym(":") || nx.sym(".") || nx.sym("/")) && t + 1 < n && glued(t + 1) && toks.get(t + 1).num()) {
        return true; // 21:24, 1.2.3 versions, dates
      }
    }
    // Dates: 24 mars, 28 Feb. 2022, March 24, mardi 24.
    int nx = t;
    if (is(nx, "er", "re", "ere")) {
      nx++;
    }
    if (nx < n && toks.get(nx).word() && Words.MONTHS.contains(toks.get(nx).key()) && a.value() >= 1
        && a.value() <= 31 && a.value() == Math.rint(a.value()) && !a.scaled()) {
      return true;
    }
    int pv = startTok - 1;
    if (pv >= 0 && toks.get(pv).sym(".") && pv > 0 && toks.get(pv - 1).word()) {
      pv--;
    }
    if (pv >= 0 && toks.get(pv).word()) {
      String pk = toks.get(pv).key();
      if ((Words.MONTHS.contains(pk) && (a.plainYear() || (a.value() >= 1 && a.value() <= 31
          && a.value() == Math.rint(a.value())))) || Words.WEEKDAYS.contains(pk) && a.value() <= 31) {
        return true;
      }
      if (Words.REFERENCE_NOUNS.contains(pk) && !a.scaled()) {
        return true; // l'article 5, page 3, résolution 2334
      }
    }
    if (pv >= 1 && toks.get(pv).sym("°") && toks.get(pv - 1).word()) {
      return true; // n° 5
    }
    // A list marker: 1. or 1) at the start of a line.
    if (first.line() && t < n && (toks.get(t).sym(".") || toks.get(t).sym(")")) && !a.scaled()
        && (t + 1 >= n || toks.get(t + 1).space())) {
      return true;
    }
    // A figure between a capitalized word and a capitalized word (or nothing) is part of a name: Ironman
    // 70.3 Pays d'Aix, Windows 10.
    boolean nameAfter = t >= n || (toks.get(t).word() && toks.get(t).capitalized())
        || (toks.get(t).kind() == Lexer.Kind.SYM && !toks.get(t).sym("%"));
    if (!money && nameAfter && pv >= 0 && pv == startTok - 1 && toks.get(pv).word() && toks.get(pv).capitalized()
        && !sentenceStart[pv] && !first.line() && !lex.isCode(toks.get(pv).text())
        && !Words.QUALIFIER_STARTS.contains(toks.get(pv).key())) {
      return true;
    }
    // A year: four bare figures, unless money or a count follows.
    if (a.plainYear() && !a.scaled() && !money) {
      boolean cue = pv >= 0 && toks.get(pv).word() && (Words.YEAR_CUES.contains(toks.get(pv).key())
          || Words.MONTHS.contains(toks.get(pv).key()));
      if (cue || !valueFollows(t)) {
        return true;
      }
      boolean moneyAfter = lex.symbolAt(toks, t) != null || lex.codeAt(toks, t) != null
          || lex.nameAt(toks, t, english[t]) != null;
      if (!moneyAfter && percentEnd(t) == t && !looksPlural(toks.get(t).key())
          && !Words.MEASURES.contains(toks.get(t).key())) {
        return true; // Roland-Garros 2016 suite à...: a year before a singular noun
      }
    }
    return false;
  }

  /** Whether money or a counted noun follows token {@code t} (which makes 1500 a number, not a year). */
  private boolean valueFollows(int t) {
    if (t >= n) {
      return false;
    }
    if (lex.symbolAt(toks, t) != null || lex.codeAt(toks, t) != null || percentEnd(t) > t) {
      return true;
    }
    CurrencyLexicon.Match m = lex.nameAt(toks, t, english[t]);
    if (m != null) {
      return true;
    }
    Noun noun = countedNoun(t);
    return noun != null;
  }

  private static int roman(String r) {
    Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
    int total = 0;
    for (int i = 0; i < r.length(); i++) {
      int c = v.get(r.charAt(i));
      int next = i + 1 < r.length() ? v.get(r.charAt(i + 1)) : 0;
      total += c < next ? -c : c;
    }
    return r.length() > 1 || r.charAt(0) != 'C' ? total : 0;
  }

  // --- counted nouns ---------------------------------------------------------------------------------------

  /** A counted noun: its head token and the index after the noun phrase; {@code measure} for units. */
  private record Noun(int head, int to, boolean measure) {}

  private Noun countedNoun(int c) {
    if (c >= n || toks.get(c).line()) {
      return null;
    }
    Tok w = toks.get(c);
    if (!w.word()) {
      return null;
    }
    String k = w.key();
    boolean letterCase = k.length() > 1 || w.text().equals(k);
    if (Words.MEASURES.contains(k) && letterCase && !(k.equals("points") && !is(c + 2, "pourcentage", "pourcent"))) {
      int to = c + 1;
      if (to < n && glued(to) && (toks.get(to).sym("²") || toks.get(to).sym("³"))) {
        to++;
      }
      if (k.equals("points") && is(c + 1, "de") && is(c + 2, "pourcentage", "pourcent")) {
        to = c + 3;
      }
      return new Noun(c, to, true);
    }
    if (Words.NOT_COUNTED.contains(k) || Words.TIME_UNITS.contains(k) || Words.MONTHS.contains(k)
        || Words.WEEKDAYS.contains(k) || Numerals.numberWord(k) || lex.head(k) != null
        || Words.PERCENT_WORDS.contains(k) || Words.APPROXIMATE.containsKey(k) || Words.SCALES.containsKey(k)
        || Words.REFERENCE_NOUNS.contains(k) && !k.endsWith("s")) {
      return null;
    }
    if (english[c]) {
      if (looksPlural(k) && (!w.capitalized() || k.length() > 3)) {
        return new Noun(c, c + 1, false); // 470 aggressors, 2,000 Javelins
      }
      if (c + 1 < n && toks.get(c + 1).word() && !toks.get(c + 1).capitalized() && !toks.get(c + 1).line()) {
        String k2 = toks.get(c + 1).key();
        if (looksPlural(k2) && !Words.NOT_COUNTED.contains(k2) && !Words.TIME_UNITS.contains(k2)
            && lex.head(k2) == null) {
          return new Noun(c + 1, c + 2, false);
        }
      }
      return null;
    }
    String tg = tag(c);
    boolean noun = "NOUN".equals(tg) && (!w.capitalized() || looksPlural(k));
    boolean properPlural = "PROPN".equals(tg) && w.capitalized() && looksPlural(k) && k.length() > 3;
    if (!noun && !properPlural) {
      return null;
    }
    int j = c + 1;
    j = adjectives(j);
    if (j + 1 < n && is(j, "et", "ou") && !toks.get(j + 1).line() && toks.get(j + 1).word()
        && !toks.get(j + 1).capitalized() && ("NOUN".equals(tag(j + 1)) || "ADJ".equals(tag(j + 1)))
        && !Words.NOT_COUNTED.contains(toks.get(j + 1).key())) {
      j = adjectives(j + 2);
    }
    return new Noun(c, j, false);
  }

  private int adjectives(int j) {
    while (j < n && toks.get(j).word() && !toks.get(j).line() && "ADJ".equals(tag(j))
        && !toks.get(j).capitalized() && !Numerals.numberWord(toks.get(j).key())) {
      j++;
    }
    return j;
  }

  private static boolean looksPlural(String k) {
    return (k.length() > 2 && (k.endsWith("s") || k.endsWith("x"))) || IRREGULAR_PLURALS.contains(k);
  }

  // --- currencies that the text leaves open ----------------------------------------------------------------

  /**
   * A bare currency noun takes the reading that the article gives it elsewhere (dollars after dollars
   * canadiens), else its usual one; an ambiguous noun (dinars) takes the currency of the nearest country the
   * article names; cents are hundredths of the article's currency.
   */
  private void resolveCurrencies() {
    Map<String, List<RawAmount>> explicitByHead = new HashMap<>();
    for (RawAmount a : amounts) {
      if (a.explicit && a.head != null && a.code != null) {
        explicitByHead.computeIfAbsent(a.head.name(), x -> new ArrayList<>()).add(a);
      }
    }
    List<int[]> countryAt = null;
    List<java.util.Set<String>> countryCodes = null;
    String previous = null;
    for (RawAmount a : amounts) {
      if (a.head != null && a.head.sub() != null) {
        if (a.code == null) {
          a.code = previous != null ? previous : a.head.name().equals("centime") ? "EUR" : "USD";
        }
        continue;
      }
      if (a.head != null && !a.explicit) {
        List<RawAmount> same = explicitByHead.get(a.head.name());
        if (same != null) {
          RawAmount best = same.get(0);
          for (RawAmount e : same) {
            if (e.start <= a.start) {
              best = e;
            }
          }
          a.code = best.code;
        } else if (a.code == null) {
          if (countryAt == null) {
            countryAt = new ArrayList<>();
            countryCodes = new ArrayList<>();
            findCountries(countryAt, countryCodes);
          }
          String bestCode = null;
          int bestDistance = Integer.MAX_VALUE;
          for (int c = 0; c < countryAt.size(); c++) {
            String code = lex.resolve(a.head, countryCodes.get(c));
            int d = countryAt.get(c)[0] <= a.start ? a.start - countryAt.get(c)[0]
                : 2 * (countryAt.get(c)[0] - a.start);
            if (code != null && d < bestDistance) {
              bestDistance = d;
              bestCode = code;
            }
          }
          a.code = bestCode;
        }
      }
      if (a.code != null) {
        previous = a.code;
      }
    }
  }

  private void findCountries(List<int[]> at, List<java.util.Set<String>> codes) {
    for (int i = 0; i < n; i++) {
      if (!toks.get(i).word()) {
        continue;
      }
      for (int k = 3; k >= 1; k--) {
        if (i + k > n) {
          continue;
        }
        java.util.Set<String> cs = lex.country(CurrencyLexicon.key(toks, i, k));
        if (cs != null && (toks.get(i).capitalized() || k == 1)) {
          at.add(new int[] {toks.get(i).start()});
          codes.add(cs);
          i += k - 1;
          break;
        }
      }
    }
  }
}
