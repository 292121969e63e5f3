package org.vigie.fr.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.NormalizedText;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;
import org.vigie.fr.time.Grammar.Found;
import org.vigie.fr.time.Lexer.Tok;
import org.vigie.fr.time.Resolver.Antecedent;
import org.vigie.fr.time.Resolver.Result;
import org.vigie.fr.time.Resolver.Tense;

/**
 * The {@code times} layer: temporal expressions of French news, and of the English passages quoted in it,
 * placed on the calendar against the publication date.
 *
 * <p>Full dates ({@code 28 février 2022}, {@code March 24, 2022}), partial ones ({@code le 24 mars},
 * {@code en décembre}, {@code en 2014}), weekdays ({@code mardi}, {@code mercredi dernier}), relative
 * expressions ({@code hier}, {@code la semaine dernière}, {@code il y a trois semaines}, {@code l'an dernier}),
 * periods and bounds ({@code entre le 3 et le 5 mars}, {@code d'ici le 11 septembre}, {@code à partir du 1er
 * mai}), seasons, centuries, holidays, clock times and parts of the day attached to a date. Each becomes a
 * {@link TimeExpression} whose value is resolved the way a careful reader would (see {@link Resolver}): the
 * verb's tense decides whether a bare {@code mardi} is the one before or after publication, a year named at the
 * head of a passage dates the month-and-day expressions that follow, {@code le lendemain} counts from the date
 * under discussion.
 *
 * <p>When the document's metadata has no date, one is inferred from a dateline or the first full date near the
 * top ({@link DateSource#INFERRED}, with the evidence), and the document is returned with it. Matching reads a
 * {@link NormalizedText} (one apostrophe, plain spaces) folded to lower case without accents; offsets point into
 * the original text. Frequencies without a calendar anchor ({@code chaque jour}) and edit stamps ({@code Mis à
 * jour le ...}) are left out: they place nothing on a timeline. Stateless, so thread-safe.
 */
public final class TimeAnnotator implements Annotator {
  /** The layer this annotator makes; its JSON key is {@code times}. */
  public static final Layer<TimeExpression> TIMES = Layer.of("times", TimeExpression.class);

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(TIMES);
  }

  /** One expression as placed, before repeats are folded together. */
  private record Item(Span span, String key, Result result, String mod) {}

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    String text = doc.text();
    if (text.isBlank()) {
      return doc.with(TIMES, List.of());
    }
    NormalizedText norm = NormalizedText.of(text);
    String nt = norm.text();
    List<Tok> toks = Lexer.lex(nt);
    List<Found> found = Grammar.parse(toks);
    int m = found.size();
    Span[] spans = new Span[m];
    String[] keys = new String[m];
    boolean[] stamps = new boolean[m];
    for (int k = 0; k < m; k++) {
      Found f = found.get(k);
      int ns = toks.get(f.start()).start();
      int ne = toks.get(f.end() - 1).end();
      spans[k] = norm.toOriginal(ns, ne);
      keys[k] = key(toks, f.start(), f.end());
      stamps[k] = editStamp(nt, ns);
    }

    Document document = doc.document();
    AnalyzedDocument out = doc;
    if (document.dateSource() == DateSource.UNKNOWN) {
      List<DateInference.Candidate> candidates = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        LocalDate d = fullDate(found.get(k).sem());
        if (d != null) {
          candidates.add(new DateInference.Candidate(spans[k], d, stamps[k]));
        }
      }
      DateInference.Inferred inferred = DateInference.infer(text, candidates);
      if (inferred != null) {
        document = document.withDate(inferred.date(), DateSource.INFERRED, inferred.evidence());
        out = doc.withDocument(document);
      }
    }
    LocalDate ref = document.date();
    String label = ref == null ? "none" : "document:" + ref;

    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    List<Token> tokens = doc.get(Layers.TOKENS);
    int[] sentenceStarts = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      sentenceStarts[s] = sentences.get(s).span().start();
    }
    int[] tokenFrom = new int[sentences.size() + 1];
    int[] tokenTo = new int[sentences.size() + 1];
    Arrays.fill(tokenFrom, -1);
    for (int k = 0; k < tokens.size(); k++) {
      int s = Math.min(tokens.get(k).sentence(), sentences.size());
      if (tokenFrom[s] < 0) {
        tokenFrom[s] = k;
      }
      tokenTo[s] = k + 1;
    }

    List<Item> items = new ArrayList<>();
    int[] paragraphs = paragraphs(text, spans);
    Integer sentenceFrameYear = null;
    int sentenceFrame = -1;
    Integer paragraphFrameYear = null;
    int paragraphFrame = -1;
    Antecedent antecedent = null;
    int antecedentParagraph = -10;
    for (int k = 0; k < m; k++) {
      if (stamps[k]) {
        continue;
      }
      Sem sem = found.get(k).sem();
      Span span = spans[k];
      int sentence = sentenceOf(sentenceStarts, span.start());
      int paragraph = paragraphs[k];
      Integer nearby = sentenceFrame == sentence && sentence >= 0 ? sentenceFrameYear
          : paragraphFrame == paragraph ? paragraphFrameYear : null;
      Antecedent ante = paragraph - antecedentParagraph <= 1 ? antecedent : null;
      Supplier<Tense> tense = tenseOf(tokens, tokenFrom, tokenTo, sentence, span);
      Result r = Resolver.resolve(sem, new Resolver.Context(ref, label, tense, nearby, ante));
      if (r == null || r.value() == null) {
        continue;
      }
      // A year named plainly sets the year of what follows; a bound or a phase ("depuis 2014", "fin 2021")
      // says nothing of the dates after it.
      Integer year = explicitYear(sem);
      if (year != null && (sem.mod == null || sem.mod.equals("strict"))) {
        sentenceFrame = sentence;
        sentenceFrameYear = year;
        if (sentence >= 0 && atSentenceStart(text, sentences.get(sentence).span().start(), span.start())) {
          paragraphFrame = paragraph;
          paragraphFrameYear = year;
        }
      } else if (r.deictic()) {
        sentenceFrame = -1;
        paragraphFrame = -1;
      }
      if (r.point() != null) {
        antecedent = r.point();
        antecedentParagraph = paragraph;
      }
      items.add(new Item(span, keys[k], r, sem.mod == null || sem.mod.equals("strict") ? null : sem.mod));
    }
    return out.with(TIMES, fold(text, items));
  }

  /** Drops a relative expression restated by a date in parentheses, then folds repeats into the first mention. */
  private static List<TimeExpression> fold(String text, List<Item> items) {
    List<Item> kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item a = items.get(i);
      if (i + 1 < items.size() && !a.result().anchor().equals("explicit")
          && items.get(i + 1).result().anchor().equals("explicit")
          && text.substring(a.span().end(), items.get(i + 1).span().start()).strip().equals("(")) {
        continue; // "Aujourd'hui (28 février 2022)": one date, said twice
      }
      kept.add(a);
    }
    Map<String, Integer> first = new LinkedHashMap<>();
    List<List<List<Integer>>> repeats = new ArrayList<>();
    List<Item> distinct = new ArrayList<>();
    for (Item it : kept) {
      String key = it.key() + "|" + it.result().value();
      Integer at = first.get(key);
      if (at != null) {
        repeats.get(at).add(List.of(it.span().start(), it.span().end()));
        continue;
      }
      first.put(key, distinct.size());
      distinct.add(it);
      repeats.add(new ArrayList<>());
    }
    List<TimeExpression> out = new ArrayList<>(distinct.size());
    for (int i = 0; i < distinct.size(); i++) {
      Item it = distinct.get(i);
      Result r = it.result();
      out.add(new TimeExpression(it.span(), it.span().of(text), r.value(), r.kind(), r.anchor(), it.mod(),
          repeats.get(i)));
    }
    return out;
  }

  /** The expression's words, folded and joined by single spaces: two mentions with one key say the same. */
  private static String key(List<Tok> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && toks.get(i).space()) {
        sb.append(' ');
      }
      sb.append(toks.get(i).text());
    }
    return sb.toString();
  }

  /** A full date the text states, with its year: candidate evidence for the publication date. */
  private static LocalDate fullDate(Sem s) {
    if (s.type != Sem.Type.CAL || s.year == null || s.yearOffset != null || s.month == null || s.day == null
        || s.easterOffset != null || s.nthTimex != null || s.mod != null) {
      return null;
    }
    return Grammar.valid(s.year, s.month, s.day) ? LocalDate.of(s.year, s.month, s.day) : null;
  }

  private static Integer explicitYear(Sem s) {
    if (s.type == Sem.Type.RANGE) {
      Integer a = explicitYear(s.startSem);
      return a != null ? a : explicitYear(s.end);
    }
    if ((s.type == Sem.Type.CAL || s.type == Sem.Type.SEASON) && s.year != null && s.yearOffset == null
        && s.easterOffset == null && s.nthTimex == null) {
      return s.year;
    }
    return null;
  }

  /** "Mis à jour le : 28 Feb. 2022 21:24": a page's edit stamp, not a date of the story. */
  private static boolean editStamp(String norm, int start) {
    int ls = norm.lastIndexOf('\n', start - 1) + 1;
    String before = Lexer.fold(Lexer.lower(norm.substring(Math.max(ls, start - 40), start)));
    return before.contains("mis a jour") || before.contains("mise a jour") || before.contains("updated")
        || before.contains("modifie le") || before.contains("actualise le") || before.contains("maj le");
  }

  /** Whether at most two words stand between the start of the sentence and the expression. */
  private static boolean atSentenceStart(String text, int sentenceStart, int start) {
    int words = 0;
    boolean inWord = false;
    for (int i = sentenceStart; i < start; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words <= 2;
  }

  private static int sentenceOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** For each expression, the number of non-blank lines before it: its paragraph. */
  private static int[] paragraphs(String text, Span[] spans) {
    int[] out = new int[spans.length];
    int pos = 0;
    int lines = 0;
    boolean content = false;
    for (int k = 0; k < spans.length; k++) {
      int target = spans[k].start();
      for (; pos < target; pos++) {
        char c = text.charAt(pos);
        if (c == '\n') {
          if (content) {
            lines++;
          }
          content = false;
        } else if (!Character.isWhitespace(c)) {
          content = true;
        }
      }
      out[k] = lines;
    }
    return out;
  }

  private static Supplier<Tense> tenseOf(List<Token> tokens, int[] from, int[] to, int sentence, Span span) {
    return new Supplier<>() {
      private Tense tense;

      @Override
      public Tense get() {
        if (tense == null) {
          tense = sentence < 0 || sentence >= from.length || from[sentence] < 0 ? Tense.NONE
              : TenseGuesser.around(tokens, from[sentence], to[sentence], span.start(), span.end());
        }
        return tense;
      }
    };
  }
}
