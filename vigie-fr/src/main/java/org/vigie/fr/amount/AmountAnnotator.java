package org.vigie.fr.amount;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.NormalizedText;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;
import org.vigie.fr.amount.Lexer.Tok;

/**
 * Money, counts and numbers, each made a value that can be compared and summed across articles.
 *
 * <p>Three layers. {@link #AMOUNTS}: sums of money with their value, ISO 4217 currency, qualifier (exact, more
 * than, less than, about), range and object ({@code 1 milliard de dollars en aide humanitaire}: 1e9 USD for
 * {@code aide humanitaire}). {@link #QUANTITIES}: counted nouns ({@code plus de 100 000 soldats}), measures
 * and percentages. {@link #NUMBERS}: every numeric expression with its value. French and English writing are
 * both read: separators ({@code 100 000}, {@code 1,36}, {@code 1.36}, {@code 1,360,000}), scale words and
 * abbreviations ({@code milliard}, {@code 10k}, {@code Mds}, {@code bn}; a billion is 10^9 in an English
 * passage and 10^12 in a French one), number words, currency symbols, codes and names before or after the
 * figure. Dates, times, years, phone numbers, ordinals, identifiers and references are not values.
 *
 * <p>The grammar reads a normalized view of the text (one apostrophe, plain spaces) and maps every span back
 * to the original. Counts below ten ({@code les deux dirigeants}) are description, not figures, and are not
 * quantities (they stay in {@link #NUMBERS}); measures and percentages have no such floor. Durations
 * ({@code trois ans}) belong to the times layer. Thread-safe after construction: the lexicons are immutable
 * and every document gets its own scanner.
 */
public final class AmountAnnotator implements Annotator {
  public static final Layer<Amount> AMOUNTS = Layer.of("amounts", Amount.class);
  public static final Layer<Quantity> QUANTITIES = Layer.of("quantities", Quantity.class);
  public static final Layer<Numeral> NUMBERS = Layer.of("numbers", Numeral.class);

  private static final Set<Layer<?>> PRODUCES = Collections.unmodifiableSet(new LinkedHashSet<>(
      List.of(AMOUNTS, QUANTITIES, NUMBERS)));

  private final CurrencyLexicon lexicon;

  /** Loads the currency lexicon from the bundled gazetteers (a few milliseconds). */
  public AmountAnnotator() {
    this.lexicon = CurrencyLexicon.load();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  /** In a fixed order (amounts, quantities, numbers), so that outputs listing layers are stable. */
  @Override
  public Set<Layer<?>> produces() {
    return PRODUCES;
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    String text = doc.text();
    NormalizedText norm = NormalizedText.of(text);
    List<Tok> toks = Lexer.lex(norm.text());
    List<Token> tokens = doc.get(Layers.TOKENS);
    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    boolean[] englishSentence = englishSentences(sentences, tokens, text);
    int n = toks.size();
    boolean[] english = new boolean[n];
    String[] pos = new String[n];
    boolean[] sentenceStart = new boolean[n];
    int previousSentence = -2;
    for (int i = 0; i < n; i++) {
      Tok t = toks.get(i);
      int start = norm.toOriginal(t.start(), t.end()).start();
      int sentence = sentenceAt(sentences, start);
      english[i] = sentence >= 0 && englishSentence[sentence];
      sentenceStart[i] = sentence != previousSentence;
      previousSentence = sentence;
      Token bt = tokenAt(tokens, start);
      pos[i] = bt == null ? null : bt.pos();
    }
    AmountScanner scanner = new AmountScanner(norm.text(), toks, english, pos, sentenceStart, lexicon);
    scanner.run();
    ObjectFinder objects = scanner.amounts.isEmpty() ? null : new ObjectFinder(text, tokens);
    List<Amount> amounts = new ArrayList<>();
    for (AmountScanner.RawAmount a : scanner.amounts) {
      Span span = norm.toOriginal(a.start, a.end);
      int sentence = sentenceAt(sentences, span.start());
      boolean en = sentence >= 0 && englishSentence[sentence];
      amounts.add(new Amount(span, span.of(text), a.value, a.upper, a.code, a.qualifier,
          objects.objectOf(span.start(), span.end(), en)));
    }
    List<Quantity> quantities = new ArrayList<>();
    for (AmountScanner.RawQuantity q : scanner.quantities) {
      Span span = norm.toOriginal(q.start(), q.end());
      String unit = q.unitStart() < 0 ? q.unit() : norm.toOriginal(q.unitStart(), q.unitEnd()).of(text);
      quantities.add(new Quantity(span, span.of(text), q.value(), q.upper(), unit, q.qualifier()));
    }
    List<Numeral> numbers = new ArrayList<>();
    for (AmountScanner.RawNumber x : scanner.numbers) {
      Span span = norm.toOriginal(x.start(), x.end());
      numbers.add(new Numeral(span, span.of(text), x.value(), x.kind()));
    }
    amounts.sort(Comparator.comparing(Amount::span));
    quantities.sort(Comparator.comparing(Quantity::span));
    numbers.sort(Comparator.comparing(Numeral::span));
    return doc.with(AMOUNTS, amounts).with(QUANTITIES, quantities).with(NUMBERS, numbers);
  }

  /** A sentence is English when English function words outnumber French ones (two at least). */
  private static boolean[] englishSentences(List<Sentence> sentences, List<Token> tokens, String text) {
    int[] en = new int[sentences.size()];
    int[] fr = new int[sentences.size()];
    for (Token t : tokens) {
      if (t.sentence() >= sentences.size()) {
        continue;
      }
      if (t.span().length() > 6) {
        continue;
      }
      String w = Lexer.key(t.span().of(text).replace('\u2019', '\''));
      if (Words.ENGLISH.contains(w)) {
        en[t.sentence()]++;
      }
      if (Words.FRENCH.contains(w)) {
        fr[t.sentence()]++;
      }
    }
    boolean[] english = new boolean[sentences.size()];
    for (int i = 0; i < english.length; i++) {
      english[i] = en[i] >= 2 && en[i] > fr[i];
    }
    return english;
  }

  /** The index of the sentence holding {@code offset}, or -1. Sentences are in text order. */
  private static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The first backbone token whose span holds {@code offset}, or null. */
  private static Token tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < tokens.size() && tokens.get(lo).span().start() <= offset) {
      return tokens.get(lo);
    }
    return null;
  }
}
