package org.vigie.fr.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.fr.time.Lexer.Tok;

/**
 * Finds temporal expressions in a token sequence and says what each means ({@link Sem}), without placing it on
 * the calendar yet.
 *
 * <p>A small hand-written grammar, read left to right: at each token the longest expression that starts there
 * wins, then reading resumes after it. An expression is a core (a date, a weekday, a relative phrase, a clock
 * time...) with an optional bound in front ({@code d'ici}, {@code à partir du}, {@code depuis}, {@code fin}) and
 * optional attachments after (a year phrase, a time of day, a part of the day), or two such cores joined into a
 * period ({@code du 3 au 5 mars}). Expressions never cross a line break. Words are matched folded (lower case,
 * no accents), so spelling variants and all-capital headlines read the same.
 */
final class Grammar {
  /** An expression: token indices {@code [start, end)} and its meaning. */
  record Found(int start, int end, Sem sem) {}

  private record P(int end, Sem sem) {}

  private enum Role { PLAIN, FROM, BETWEEN, RANGE_ONLY, PHASE }

  private record Prefix(String[] words, String mod, Role role, String accented) {}

  private static final List<Prefix> PREFIXES = new ArrayList<>();

  private static void prefix(String words, String mod, Role role) {
    PREFIXES.add(new Prefix(words.split(" "), mod, role, null));
  }

  static {
    for (String det : new String[] {"du", "de la", "de l '", "de", "d '"}) {
      prefix("a partir " + det, "on_or_after", Role.FROM);
    }
    prefix("des le", "on_or_after", Role.PLAIN);
    prefix("des", "on_or_after", Role.PLAIN);
    for (String det : new String[] {" le", " la", " l '", ""}) {
      prefix("depuis" + det, "since", Role.FROM);
      prefix("avant" + det, "before", Role.PLAIN);
      prefix("apres" + det, "after", Role.PLAIN);
      prefix("vers" + det, "approx", Role.PLAIN);
      prefix("d ' ici" + det, "on_or_before", Role.PLAIN);
      prefix("entre" + det, null, Role.BETWEEN);
      prefix("peu avant" + det, "before", Role.PLAIN);
      prefix("peu apres" + det, "after", Role.PLAIN);
    }
    prefix("d ' ici a", "on_or_before", Role.PLAIN);
    prefix("jusqu ' au", "on_or_before", Role.PLAIN);
    prefix("jusqu ' a la", "on_or_before", Role.PLAIN);
    prefix("jusqu ' a l '", "on_or_before", Role.PLAIN);
    prefix("jusqu ' a", "on_or_before", Role.PLAIN);
    prefix("jusqu ' en", "on_or_before", Role.PLAIN);
    prefix("aux alentours du", "approx", Role.PLAIN);
    prefix("aux alentours de", "approx", Role.PLAIN);
    prefix("autour du", "approx", Role.PLAIN);
    for (String det : new String[] {"du", "de la", "de l '", "de", "d '"}) {
      prefix("au debut " + det, "start", Role.PHASE);
      prefix("en debut " + det, "start", Role.PHASE);
      prefix("debut " + det, "start", Role.PHASE);
      prefix("a la fin " + det, "end", Role.PHASE);
      prefix("en fin " + det, "end", Role.PHASE);
      prefix("fin " + det, "end", Role.PHASE);
      prefix("au milieu " + det, "mid", Role.PHASE);
      prefix("dans le courant " + det, null, Role.PHASE);
    }
    prefix("debut", "start", Role.PHASE);
    prefix("fin", "end", Role.PHASE);
    prefix("a la mi -", "mid", Role.PHASE);
    prefix("a mi -", "mid", Role.PHASE);
    prefix("mi -", "mid", Role.PHASE);
    prefix("mi", "mid", Role.PHASE);
    prefix("courant", null, Role.PHASE);
    prefix("au cours du", null, Role.PLAIN);
    prefix("au cours de la", null, Role.PLAIN);
    prefix("au cours de l '", null, Role.PLAIN);
    prefix("au cours de", null, Role.PLAIN);
    prefix("au cours des", null, Role.PLAIN);
    prefix("durant", null, Role.PLAIN);
    prefix("pendant", null, Role.PLAIN);
    prefix("du", null, Role.FROM);
    prefix("de", null, Role.RANGE_ONLY);
    prefix("au", null, Role.PLAIN);
    prefix("le", null, Role.PLAIN);
    prefix("la", null, Role.PLAIN);
    prefix("l '", null, Role.PLAIN);
    prefix("en", null, Role.PLAIN);
    prefix("since", "since", Role.FROM);
    prefix("until", "on_or_before", Role.PLAIN);
    prefix("till", "on_or_before", Role.PLAIN);
    prefix("by", "on_or_before", Role.PLAIN);
    prefix("before", "before", Role.PLAIN);
    prefix("after", "after", Role.PLAIN);
    prefix("on", null, Role.PLAIN);
    prefix("in", null, Role.PLAIN);
    prefix("from", null, Role.FROM);
    prefix("between", null, Role.BETWEEN);
    prefix("around", "approx", Role.PLAIN);
    prefix("early", "start", Role.PHASE);
    prefix("late", "end", Role.PHASE);
    prefix("mid -", "mid", Role.PHASE);
  }

  /** Prefixes by their first word. */
  private static final Map<String, List<Prefix>> PREFIXES_BY_WORD = new java.util.HashMap<>();
  /**
   * Every word an expression may start with. Reading skips other words at once: most words of a text cannot
   * start a date, and this keeps the layer cheap next to the backbone.
   */
  private static final Set<String> TRIGGERS = new java.util.HashSet<>();

  static {
    for (Prefix p : PREFIXES) {
      PREFIXES_BY_WORD.computeIfAbsent(p.words[0], k -> new ArrayList<>()).add(p);
      TRIGGERS.add(p.words[0]);
    }
    TRIGGERS.addAll(Vocabulary.MONTHS.keySet());
    TRIGGERS.addAll(Vocabulary.MONTH_ABBREVIATIONS.keySet());
    TRIGGERS.addAll(Vocabulary.WEEKDAYS.keySet());
    TRIGGERS.addAll(Vocabulary.WEEKDAY_PLURALS.keySet());
    TRIGGERS.addAll(Vocabulary.WEEKDAY_ABBREVIATIONS.keySet());
    TRIGGERS.addAll(Vocabulary.NUMBER_WORDS.keySet());
    TRIGGERS.addAll(Vocabulary.ORDINALS.keySet());
    TRIGGERS.addAll(Vocabulary.SEASONS.keySet());
    TRIGGERS.addAll(Vocabulary.UNITS.keySet());
    TRIGGERS.addAll(List.of("aujourd", "today", "hier", "yesterday", "demain", "tomorrow", "lendemain",
        "surlendemain", "veille", "ce", "cet", "cette", "this", "that", "the", "plus", "dans", "earlier", "later",
        "tonight", "derniere", "dernier", "prochaine", "prochain", "last", "next", "past", "les", "des", "ces", "il",
        "y", "d", "chaque", "tous", "toutes", "every", "each", "noel", "christmas", "saint", "st", "reveillon",
        "nouvel", "new", "jour", "toussaint", "halloween", "paques", "easter", "pentecote", "thanksgiving", "thanks",
        "action", "fete", "midi", "noon", "minuit", "midnight", "annees", "nuit", "about", "nearly", "almost", "more",
        "over", "a", "an", "le", "la", "l", "au", "en", "mois", "semaine", "annee", "week", "weekend"));
  }

  private static final Set<String> COMPARATIVES = Set.of("plus", "moins", "aussi", "autant", "davantage", "mieux",
      "pire", "meilleur", "meilleure", "autre", "jamais", "tant");
  private static final Map<String, String> PARTS = Map.of("matin", "MO", "matinee", "MO", "soir", "EV",
      "soiree", "EV", "nuit", "NI", "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

  private final List<Tok> t;
  private int lo;
  private int hi;

  private Grammar(List<Tok> tokens) {
    this.t = tokens;
  }

  /** Every expression in the tokens, in text order, not overlapping. */
  static List<Found> parse(List<Tok> tokens) {
    return new Grammar(tokens).run();
  }

  private List<Found> run() {
    List<Found> out = new ArrayList<>();
    int n = t.size();
    memo = new Object[n];
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart + 1;
      while (lineEnd < n && !t.get(lineEnd).newline()) {
        lineEnd++;
      }
      lo = lineStart;
      hi = lineEnd;
      int i = lineStart;
      while (i < lineEnd) {
        P p = best(i);
        if (p != null && p.end > i) {
          out.add(new Found(i, p.end, p.sem));
          i = p.end;
        } else {
          i++;
        }
      }
      lineStart = lineEnd;
    }
    return out;
  }

  // --- token tests -----------------------------------------------------------------------------------------

  private Tok tok(int i) {
    return i >= lo && i < hi ? t.get(i) : null;
  }

  private boolean is(int i, String s) {
    return i >= lo && i < hi && t.get(i).text().equals(s);
  }

  private boolean isAny(int i, String... ss) {
    if (i < lo || i >= hi) {
      return false;
    }
    String x = t.get(i).text();
    for (String s : ss) {
      if (x.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private boolean num(int i) {
    return i >= lo && i < hi && t.get(i).num();
  }

  private boolean punct(int i) {
    return i >= lo && i < hi && t.get(i).type() == Lexer.Type.PUNCT;
  }

  /** True when token i follows token i-1 with no space between. */
  private boolean glued(int i) {
    return i > lo && i < hi && !t.get(i).space();
  }

  private int seq(int i, String[] words) {
    int j = i;
    for (String w : words) {
      if (!is(j, w)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static P longer(P a, P b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.end > a.end ? b : a;
  }

  // --- numbers ---------------------------------------------------------------------------------------------

  /** A number in digits or words at i: {value, end}, or null. */
  private int[] number(int i) {
    Tok k = tok(i);
    if (k == null) {
      return null;
    }
    if (k.num()) {
      return new int[] {k.value(), i + 1};
    }
    Integer v = Vocabulary.NUMBER_WORDS.get(k.text());
    if (v == null) {
      return null;
    }
    int val = v;
    int j = i + 1;
    if (val == 4 && is(j, "-") && isAny(j + 1, "vingt", "vingts")) {
      val = 80;
      j += 2;
    }
    if (val >= 20 && val % 10 == 0 && val <= 80) {
      if (is(j, "-") && tok(j + 1) != null) {
        Integer u = Vocabulary.NUMBER_WORDS.get(tok(j + 1).text());
        if (u != null && u >= 1 && u <= (val == 60 || val == 80 ? 19 : 9)) {
          val += u;
          j += 2;
        }
      } else if (is(j, "et") && isAny(j + 1, "un", "une", "onze")) {
        val += is(j + 1, "onze") ? 11 : 1;
        j += 2;
      }
    } else if (val == 10 && is(j, "-") && isAny(j + 1, "sept", "huit", "neuf")) {
      val += Vocabulary.NUMBER_WORDS.get(tok(j + 1).text());
      j += 2;
    }
    return new int[] {val, j};
  }

  /** A day of the month at i ({@code 24}, {@code 1er}, {@code premier}, {@code vingt-cinq}): {day, end}. */
  private int[] dayNumber(int i) {
    Tok k = tok(i);
    if (k == null) {
      return null;
    }
    if (k.num()) {
      if (k.text().length() > 2 || k.value() < 1 || k.value() > 31) {
        return null;
      }
      int j = i + 1;
      if (glued(j) && isAny(j, "er", "re", "e", "st", "nd", "rd", "th", "eme")) {
        j++;
      } else if (k.value() == 1 && isAny(j, "er", "re")) {
        j++; // "1 er juillet"
      }
      return new int[] {k.value(), j};
    }
    if (isAny(i, "premier", "first")) {
      return new int[] {1, i + 1};
    }
    if (k.word() && !k.text().equals("un") && !k.text().equals("une")) {
      int[] n = number(i);
      if (n != null && n[0] >= 1 && n[0] <= 31) {
        return n;
      }
    }
    return null;
  }

  /** A year in digits at i: {year, end, digits}. Two-digit years are 19xx from 50, 20xx below. */
  private int[] year(int i, boolean allowTwoDigits) {
    Tok k = tok(i);
    if (k == null || !k.num()) {
      return null;
    }
    int len = k.text().length();
    if (len == 4) {
      int y = k.value();
      return y >= 1000 && y <= 2199 ? new int[] {y, i + 1, 4} : null;
    }
    if (len == 2 && allowTwoDigits) {
      int y = k.value();
      return new int[] {y < 50 ? 2000 + y : 1900 + y, i + 1, 2};
    }
    return null;
  }

  /** A month name at i: {month, end}; abbreviations only when {@code abbreviations}. */
  private int[] month(int i, boolean abbreviations) {
    Tok k = tok(i);
    if (k == null || !k.word()) {
      return null;
    }
    Integer m = Vocabulary.MONTHS.get(k.text());
    if (m != null) {
      if (Vocabulary.ENGLISH_MONTHS.contains(k.text()) && !k.upper()) {
        return null; // "may" is a verb, "march" a noun
      }
      return new int[] {m, i + 1};
    }
    if (abbreviations) {
      m = Vocabulary.MONTH_ABBREVIATIONS.get(k.text());
      if (m != null) {
        int j = i + 1;
        if (is(j, ".") && glued(j)) {
          j++;
        }
        return new int[] {m, j};
      }
    }
    return null;
  }

  /** A weekday at i: {weekday, end}; abbreviations only before a day number. */
  private int[] weekday(int i) {
    Tok k = tok(i);
    if (k == null || !k.word()) {
      return null;
    }
    Integer d = Vocabulary.WEEKDAYS.get(k.text());
    if (d != null) {
      if (k.text().endsWith("day") && !k.upper()) {
        return null;
      }
      return new int[] {d, i + 1};
    }
    d = Vocabulary.WEEKDAY_ABBREVIATIONS.get(k.text());
    if (d != null && isAny(i + 1, ".", ",")) {
      int j = i + 2;
      if (is(j, ",")) {
        j++;
      }
      if (dayNumber(j) != null) {
        return new int[] {d, i + 2};
      }
    }
    return null;
  }

  private String unit(int i) {
    Tok k = tok(i);
    return k == null ? null : Vocabulary.UNITS.get(k.text());
  }

  // --- top level ---------------------------------------------------------------------------------------------

  private static boolean trigger(Tok k) {
    if (k.num()) {
      return true;
    }
    if (!k.word()) {
      return false;
    }
    String w = k.text();
    if (TRIGGERS.contains(w)) {
      return true;
    }
    // Roman centuries: XXIe, XIXe, Ier.
    int n = w.length();
    return n >= 2 && n <= 8 && (w.charAt(0) == 'x' || w.charAt(0) == 'i' || w.charAt(0) == 'v') && k.upper();
  }

  private P best(int i) {
    Tok first = t.get(i);
    if (!trigger(first)) {
      return null;
    }
    P res = null;
    for (Prefix pre : PREFIXES_BY_WORD.getOrDefault(first.text(), List.of())) {
      int j = seq(i, pre.words);
      if (j < 0 || j >= hi) {
        continue;
      }
      if (pre.words[0].equals("des") && !first.accented().equals("dès")) {
        continue;
      }
      P core = expr(j, pre);
      if (core == null) {
        continue;
      }
      if (pre.role == Role.RANGE_ONLY && core.sem.type != Sem.Type.RANGE) {
        continue;
      }
      Sem s = core.sem;
      if (pre.mod != null && s.mod == null) {
        s = s.copy();
        s.mod = pre.mod;
      }
      res = longer(res, new P(core.end, s));
    }
    P plain = expr(i, null);
    return plain != null && res != null && plain.end >= res.end ? plain : longer(res, plain);
  }

  private P expr(int i, Prefix pre) {
    P a = point(i, pre);
    P r = range(i, pre, a);
    return longer(a, r);
  }

  // --- ranges ------------------------------------------------------------------------------------------------

  private int connector(int i, Prefix pre) {
    int j = -1;
    if (pre != null && pre.role == Role.BETWEEN) {
      j = seqAny(i, S0);
    }
    if (j < 0) {
      j = seqAny(i, S1);
    }
    if (j < 0 || (is(i, "a") && !tok(i).accented().equals("à") && !tok(i).accented().equals("a"))) {
      return -1;
    }
    int k = seqAny(j, S2);
    return k > 0 && k < hi ? k : j;
  }

  private P range(int i, Prefix pre, P a) {
    Sem start;
    int j;
    if (a != null) {
      start = a.sem;
      j = a.end;
    } else {
      // A bare number opens a period of days (du 3 au 5 mars) or hours (de 5 à 7 heures).
      int[] d = dayNumber(i);
      int[] n = number(i);
      if (n == null) {
        return null;
      }
      start = Sem.of(Sem.Type.CAL);
      start.number = n[0];
      if (d != null) {
        start.day = d[0];
        j = d[1];
      } else {
        j = n[1];
      }
      start.looseTime = true;
    }
    if (start.type == Sem.Type.RANGE || start.type == Sem.Type.DURATION || start.type == Sem.Type.SET
        || start.type == Sem.Type.OFFSET || start.type == Sem.Type.LAST_N) {
      return null;
    }
    int c = connector(j, pre);
    if (c < 0) {
      return null;
    }
    P b = point(c, null);
    if (b == null && a == null && start.number <= 24) {
      // de 5 à 7 aujourd'hui, 5 à 6 de 22/4/2016: hours given as bare numbers, then their day.
      int[] n2 = number(c);
      P date = n2 != null && n2[0] <= 24 && n2[0] > start.number ? dateAfter(n2[1]) : null;
      if (date != null) {
        Sem x = Sem.of(Sem.Type.TIME);
        x.hour = start.number;
        Sem y = Sem.of(Sem.Type.TIME);
        y.hour = n2[0];
        copyDate(date.sem, x);
        copyDate(date.sem, y);
        Sem r = Sem.of(Sem.Type.RANGE);
        r.startSem = x;
        r.end = y;
        return new P(date.end, r);
      }
    }
    if (b == null) {
      return null;
    }
    Sem end = b.sem;
    Sem s = unify(start, end, a == null);
    if (s == null) {
      return null;
    }
    if (s.startSem.type == Sem.Type.TIME && s.end.type == Sem.Type.TIME) {
      // 3:00 à 4:00 demain, de 5 à 6 de 22/4/2016: the hours of one day.
      P date = dateAfter(b.end);
      if (date != null) {
        Sem x = s.startSem.copy();
        Sem y = s.end.copy();
        copyDate(date.sem, x);
        copyDate(date.sem, y);
        Sem r = Sem.of(Sem.Type.RANGE);
        r.startSem = x;
        r.end = y;
        return new P(date.end, r);
      }
    }
    return new P(b.end, s);
  }

  /** A date right after a clock time: [,] [le|sur|de|du|ce] date. */
  private P dateAfter(int end) {
    int k = end;
    if (is(k, ",")) {
      k++;
    }
    int c = seqAny(k, S3);
    for (int from : c > 0 ? new int[] {c, k} : new int[] {k}) {
      Tok d = tok(from);
      if (d == null) {
        continue;
      }
      P cand = longer(longer(textualDate(from), numericDate(from)), longer(weekdayExpr(from), deictic(from, null)));
      cand = longer(cand, monthFirstDate(from));
      if (cand != null && (cand.sem.type == Sem.Type.CAL && (cand.sem.day != null || cand.sem.weekday != null)
          || cand.sem.type == Sem.Type.DAYS) && cand.sem.hour == null) {
        return cand;
      }
    }
    return null;
  }

  /** Completes the start of a period from its end (du 3 au 5 mars: the 3rd is in March too), or null. */
  private static Sem unify(Sem a, Sem b, boolean bareStart) {
    Sem start = a.copy();
    Sem end = b;
    if (bareStart) {
      if (end.type == Sem.Type.CAL && end.day != null && (end.month != null || end.monthOffset != null)
          && start.day != null && end.hour == null && end.nth == null) {
        start.type = Sem.Type.CAL;
        start.monthOffset = end.monthOffset;
        start.month = end.month;
        start.year = end.year;
        start.yearOffset = end.yearOffset;
        start.dir = end.dir;
        start.looseTime = false;
        if (start.day >= end.day) {
          return null;
        }
      } else if (end.type == Sem.Type.TIME && end.hour != null && start.number <= 24) {
        start.type = Sem.Type.TIME;
        start.day = null;
        start.hour = start.number;
        if (end.hour >= 12 && start.hour < 12 && start.hour + 12 <= end.hour) {
          start.hour += 12;
        }
        start.looseTime = false;
        start.part = null;
      } else if (end.type == Sem.Type.CAL && end.hour != null && end.day != null && start.number <= 24) {
        return null;
      } else {
        return null;
      }
    } else {
      if (start.type == Sem.Type.TIME && (end.type == Sem.Type.CAL || end.type == Sem.Type.DAYS)
          && end.hour != null) {
        // 3:00 à 4:00 demain: the end's day is the start's too.
        Sem x = start.copy();
        copyDate(end, x);
        if (end.hour >= 12 && x.hour < 12 && x.hour + 12 <= end.hour && x.part == null) {
          x.hour += 12;
        }
        Sem r = Sem.of(Sem.Type.RANGE);
        r.startSem = x;
        r.end = end;
        return r;
      }
      if (start.type != end.type && !(start.type == Sem.Type.DAYS && end.type == Sem.Type.DAYS)) {
        if (!(start.type == Sem.Type.CAL || start.type == Sem.Type.DAYS)
            || !(end.type == Sem.Type.CAL || end.type == Sem.Type.DAYS)) {
          return null;
        }
      }
      if (start.type == Sem.Type.TIME && end.type == Sem.Type.TIME) {
        if (start.looseTime && end.looseTime) {
          return null;
        }
        if (end.hour != null && start.hour != null && end.hour >= 12 && start.hour < 12
            && start.hour + 12 <= end.hour && start.part == null) {
          start.hour += 12;
        }
      } else if (start.type == Sem.Type.CAL && end.type == Sem.Type.CAL) {
        if (start.month != null && start.day == null && end.month != null && end.day == null) {
          if (start.year == null && end.year != null) {
            start.year = start.month <= end.month ? end.year : end.year - 1;
          }
          if (start.dir == null) {
            start.dir = end.dir;
          }
          if (start.yearOffset == null) {
            start.yearOffset = end.yearOffset;
          }
        } else if (start.month != null && start.day != null && end.month != null) {
          if (start.year == null && end.year != null) {
            start.year = start.month <= end.month ? end.year : end.year - 1;
          }
          if (start.yearOffset == null) {
            start.yearOffset = end.yearOffset;
          }
        } else if (start.year != null && start.month == null && end.year != null && end.month == null) {
          if (end.year <= start.year) {
            return null;
          }
        } else if (start.weekday != null && start.day == null && end.weekday != null && end.day == null) {
          // de lundi à vendredi
        } else if ((start.month == null) != (end.month == null) || (start.day == null) != (end.day == null)) {
          return null;
        }
        if (start.looseTime || end.looseTime) {
          return null;
        }
      }
    }
    Sem r = Sem.of(Sem.Type.RANGE);
    r.startSem = start;
    r.end = end;
    r.anaphoric = start.anaphoric || end.anaphoric;
    return r;
  }

  // --- points ------------------------------------------------------------------------------------------------

  /** Memo of {@link #point(int, Prefix)} without prefix, per token: the same start is read many times. */
  private Object[] memo;
  private static final Object NO_POINT = new Object();

  private P point(int i, Prefix pre) {
    if (pre != null || i < lo || i >= hi) {
      return pointUncached(i, pre);
    }
    Object m = memo[i];
    if (m == null) {
      P p = pointUncached(i, null);
      memo[i] = p == null ? NO_POINT : p;
      return p;
    }
    return m == NO_POINT ? null : (P) m;
  }

  private P pointUncached(int i, Prefix pre) {
    Tok k = tok(i);
    if (k == null || !trigger(k)) {
      return null;
    }
    P best = null;
    if (k.num()) {
      best = longer(best, numericDate(i));
      best = longer(best, textualDate(i));
      best = longer(best, yearAlone(i, pre));
      best = longer(best, offsetAfter(i));
      best = longer(best, lastN(i));
      best = longer(best, century(i));
      best = longer(best, duration(i));
    } else if (k.word()) {
      best = longer(best, textualDate(i));
      best = longer(best, monthFirstDate(i));
      best = longer(best, monthYear(i, pre));
      best = longer(best, weekdayExpr(i));
      best = longer(best, deictic(i, pre));
      best = longer(best, relUnit(i, pre));
      best = longer(best, offset(i));
      best = longer(best, offsetAfter(i));
      best = longer(best, lastN(i));
      best = longer(best, dayAlone(i));
      best = longer(best, dayPair(i));
      best = longer(best, nthWeekday(i));
      best = longer(best, season(i, pre));
      best = longer(best, century(i));
      best = longer(best, decade(i));
      best = longer(best, holiday(i));
      best = longer(best, nightOf(i));
      best = longer(best, duration(i));
      best = longer(best, set(i));
      best = longer(best, yearNoun(i));
    }
    best = longer(best, timeExpr(i, pre));
    if (best == null) {
      return null;
    }
    return attach(best, pre);
  }

  /** Adds what may follow a date: a year phrase, a clock time, a part of the day, a period of hours. */
  private P attach(P p, Prefix pre) {
    Sem s = p.sem;
    int j = p.end;
    boolean dateLike = (s.type == Sem.Type.CAL && (s.day != null || s.weekday != null))
        || (s.type == Sem.Type.DAYS && s.part == null);
    if (s.type == Sem.Type.CAL && s.year == null && s.yearOffset == null && s.month != null) {
      int[] y = yearPhrase(j);
      if (y != null) {
        s = s.copy();
        s.yearOffset = y[0];
        j = y[1];
      } else if (s.dir == null && isAny(j, "dernier", "derniere", "prochain", "prochaine", "passe")) {
        s = s.copy();
        s.dir = isAny(j, "prochain", "prochaine") ? 1 : -1;
        j++;
      }
    }
    if (!dateLike || s.hour != null) {
      return j == p.end ? p : new P(j, s);
    }
    // Period of hours on that day: le 17 de 14h à 16h, vendredi 30 novembre entre 12h00 et 14h00.
    int k = j;
    if (is(k, ",")) {
      k++;
    }
    int rs = seqAny(k, S4);
    if (rs > 0) {
      P tr = timeRange(rs, isAny(k, "entre", "between"));
      if (tr != null) {
        Sem r = tr.sem.copy();
        Sem a = r.startSem.copy();
        Sem b = r.end.copy();
        copyDate(s, a);
        copyDate(s, b);
        r.startSem = a;
        r.end = b;
        return new P(tr.end, r);
      }
    }
    // A clock time: le 24 mars à 15 heures, 28 Feb. 2022 21:24, 1er janvier 2016, 14h30.
    int c = k;
    int cue = seqAny(c, S5);
    String timeMod = null;
    if (cue > 0 && (!is(c, "a") || tok(c).accented().equals("à") || tok(c).accented().equals("a"))) {
      timeMod = is(c, "avant") ? "before" : is(c, "apres") ? "after" : is(c, "vers") ? "approx" : null;
      c = cue;
    }
    P time = timeCore(c);
    if (time != null) {
      Sem r = s.copy();
      if (timeMod != null && r.mod == null) {
        r.mod = timeMod;
      }
      r.hour = time.sem.hour;
      r.minute = time.sem.minute;
      r.second = time.sem.second;
      r.part = time.sem.part;
      r.looseTime = false;
      return new P(time.end, r);
    }
    int part = partOfDay(k);
    if (part > 0) {
      Sem r = s.copy();
      r.part = partCode(k, part);
      int after = part;
      int c2 = seqAny(after, S6);
      if (c2 > 0) {
        P t2 = timeCore(c2);
        if (t2 != null) {
          r.hour = adjustHour(t2.sem.hour, r.part);
          r.minute = t2.sem.minute;
          r.part = null;
          return new P(t2.end, r);
        }
      }
      return new P(after, r);
    }
    return j == p.end ? p : new P(j, s);
  }

  private static void copyDate(Sem from, Sem to) {
    to.type = from.type;
    to.monthOffset = from.monthOffset;
    to.year = from.year;
    to.month = from.month;
    to.day = from.day;
    to.weekday = from.weekday;
    to.yearOffset = from.yearOffset;
    to.dir = from.dir;
    to.weekOffset = from.weekOffset;
    to.n = from.n;
    to.anaphoric = from.anaphoric;
    to.unit = from.unit;
  }

  /** {@code de cette année}, {@code de l'an dernier}...: {offset, end}. */
  private int[] yearPhrase(int i) {
    int j = seqAny(i, S7);
    if (j > 0) {
      return new int[] {0, j};
    }
    j = seqAny(i, S8);
    if (j > 0) {
      return new int[] {-1, j};
    }
    j = seqAny(i, S9);
    if (j > 0) {
      return new int[] {1, j};
    }
    return null;
  }

  /** Numeric dates: 21/04/2016, 2016-12-22, 13.5.2015, 02/22/2016, 3/2015, 2015-3, 22/04, 02 04 2009. */
  private P numericDate(int i) {
    if (!num(i)) {
      return null;
    }
    // Not inside a longer number or code: 1.2.3.4, 06 12 34 56 78, loi 2014-1353.
    if (punct(i - 1) && glued(i) && num(i - 2) && glued(i - 1) && isAny(i - 1, "/", ".", "-", ":", ",")) {
      return null;
    }
    Tok a = tok(i);
    int alen = a.text().length();
    if (alen > 4 || alen == 3) {
      return null;
    }
    Tok s1 = tok(i + 1);
    if (s1 == null) {
      return null;
    }
    String sep = s1.text();
    boolean spaced = s1.space() || (tok(i + 2) != null && tok(i + 2).space());
    if (sep.equals("/") || sep.equals("-") || sep.equals(".")) {
      if (!num(i + 2)) {
        return null;
      }
      Tok b = tok(i + 2);
      Tok s2 = tok(i + 3);
      if (s2 != null && (s2.text().equals(sep) || (sep.equals("/") && s2.text().equals(",")))
          && num(i + 4) && !spaced && glued(i + 3) && glued(i + 4)) {
        Tok c = tok(i + 4);
        if (trailingNumber(i + 5)) {
          return null;
        }
        Integer y;
        Integer m;
        Integer d;
        if (alen == 4) {
          y = a.value();
          m = b.value();
          d = c.value();
          if (c.text().length() > 2) {
            return null;
          }
        } else {
          int[] yy = year(i + 4, true);
          if (yy == null || a.text().length() > 2 || b.text().length() > 2) {
            return null;
          }
          y = yy[0];
          d = a.value();
          m = b.value();
          if (m > 12 && d <= 12) {
            int x = m;
            m = d;
            d = x;
          }
        }
        if (!valid(y, m, d)) {
          return null;
        }
        Sem s = Sem.of(Sem.Type.CAL);
        s.year = y;
        s.month = m;
        s.day = d;
        int end = i + 5;
        // ISO date and time: 2016-12-16T12:23:59
        if (is(end, "t") && glued(end) && num(end + 1) && glued(end + 1)) {
          P time = clock(end + 1);
          if (time != null) {
            s.hour = time.sem.hour;
            s.minute = time.sem.minute;
            s.second = time.sem.second;
            end = time.end;
          }
        }
        return new P(end, s);
      }
      if (trailingNumber(i + 3)) {
        return null;
      }
      int blen = b.text().length();
      if (sep.equals("-") && alen == 4 && blen == 4 && !spaced && b.value() > a.value() && b.value() - a.value() <= 60
          && a.value() >= 1000 && b.value() <= 2199 && !num(i - 1) && !is(i - 1, "°") && !is(i - 1, "n")) {
        Sem x = Sem.of(Sem.Type.CAL);
        x.year = a.value();
        Sem y = Sem.of(Sem.Type.CAL);
        y.year = b.value();
        Sem r = Sem.of(Sem.Type.RANGE);
        r.startSem = x;
        r.end = y;
        return new P(i + 3, r);
      }
      if (alen == 4 && blen <= 2 && b.value() >= 1 && b.value() <= 12 && a.value() >= 1900 && a.value() <= 2100) {
        if (sep.equals(".") && spaced) {
          return null;
        }
        Sem s = Sem.of(Sem.Type.CAL);
        s.year = a.value();
        s.month = b.value();
        return new P(i + 3, s);
      }
      if (blen == 4 && alen <= 2 && a.value() >= 1 && a.value() <= 12 && !sep.equals(".")
          && b.value() >= 1900 && b.value() <= 2100) {
        Sem s = Sem.of(Sem.Type.CAL);
        s.year = b.value();
        s.month = a.value();
        return new P(i + 3, s);
      }
      if (sep.equals("/") && !spaced && alen <= 2 && blen <= 2 && a.value() >= 1 && a.value() <= 31
          && b.value() >= 1 && b.value() <= 12) {
        boolean cue = isAny(i - 1, "le", "du", "au", "sur", "depuis", "chaque", "avant", "apres", "jusqu", "on")
            || (tok(i - 1) != null && tok(i - 1).accented().equals("dès"))
            || (tok(i - 1) != null && Vocabulary.WEEKDAYS.containsKey(tok(i - 1).text()))
            || (alen == 2 && blen == 2) || a.value() > 12;
        if (!cue) {
          return null;
        }
        Sem s = Sem.of(Sem.Type.CAL);
        s.month = b.value();
        s.day = a.value();
        return new P(i + 3, s);
      }
      return null;
    }
    // 02 04 2009: day, month and year separated by single spaces.
    if (num(i + 1) && num(i + 2) && alen <= 2 && tok(i + 1).text().length() <= 2) {
      if (num(i - 1) || num(i + 3)) {
        return null;
      }
      int[] y = year(i + 2, true);
      int d = a.value();
      int m = tok(i + 1).value();
      if (y == null || !valid(y[0], m, d)) {
        return null;
      }
      if (y[2] == 2 && (alen != 2 && tok(i + 1).text().length() != 2) && !punctOrEnd(i + 3)) {
        return null;
      }
      Sem s = Sem.of(Sem.Type.CAL);
      s.year = y[0];
      s.month = m;
      s.day = d;
      return new P(i + 3, s);
    }
    return null;
  }

  private boolean trailingNumber(int i) {
    return isAny(i, "/", ".", "-", ":", ",") && glued(i) && num(i + 1) && glued(i + 1);
  }

  private boolean punctOrEnd(int i) {
    Tok k = tok(i);
    return k == null || (k.type() == Lexer.Type.PUNCT && !k.text().equals("-") && !k.text().equals("%"));
  }

  static boolean valid(Integer y, Integer m, Integer d) {
    if (m == null || m < 1 || m > 12) {
      return false;
    }
    if (d == null) {
      return true;
    }
    int max = switch (m) {
      case 2 -> y == null || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return d >= 1 && d <= max;
  }

  /** [weekday [,]] [le] day [de|of] month [[,] [de] year]: mardi 22 janvier, 28 Feb. 2022, 1er mai. */
  private P textualDate(int i) {
    int j = i;
    Integer wd = null;
    if (isAny(j, "ce", "cet") && weekday(j + 1) != null && dayNumber(j + 1 + 1) != null) {
      j++;
    }
    int[] w = weekday(j);
    if (w != null) {
      wd = w[0];
      j = w[1];
      if (isAny(j, ",", ".")) {
        j++;
      }
      int le = seqAny(j, S10);
      if (le > 0) {
        j = le;
      }
    }
    if (wd != null) {
      P numeric = numericDate(j);
      if (numeric != null && numeric.sem.day != null) {
        Sem s = numeric.sem.copy();
        s.weekday = wd;
        return new P(numeric.end, s);
      }
    }
    int[] d = dayNumber(j);
    if (d == null) {
      return null;
    }
    int k = d[1];
    Integer monthOffset = monthOffset(k);
    if (monthOffset != null) {
      Sem s = Sem.of(Sem.Type.CAL);
      s.weekday = wd;
      s.day = d[0];
      s.monthOffset = monthOffset;
      return new P(monthOffsetEnd(k), s);
    }
    if (isAny(k, "de", "of")) {
      k++;
    }
    int[] m = month(k, true);
    if (m == null) {
      if (wd != null && tok(d[1] - 1).num() && !isAny(d[1], ":", "h", "heures", "heure")) {
        // mardi 22: a weekday and a day of the month; the month is the one where they agree.
        int after = d[1];
        if (!(punctOrEnd(after) || isAny(after, "a", "au", "de", "dans", "soir", "matin", "et"))) {
          return null;
        }
        Sem s = Sem.of(Sem.Type.CAL);
        s.weekday = wd;
        s.day = d[0];
        return new P(after, s);
      }
      return null;
    }
    // A number word before an abbreviation is too weak (sept oct.); a written month needs a plausible day.
    if (!tok(j).num() && Vocabulary.MONTHS.get(tok(k).text()) == null) {
      return null;
    }
    if (!tok(j).num() && tok(j).text().equals("sept") && tok(k).text().equals("sept")) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CAL);
    s.weekday = wd;
    s.day = d[0];
    s.month = m[0];
    if (!valid(null, s.month, s.day)) {
      return null;
    }
    int end = m[1];
    int y0 = end;
    if (is(y0, ",")) {
      y0++;
    }
    if (isAny(y0, "de", "d")) {
      y0 = is(y0, "d") && is(y0 + 1, "'") ? y0 + 2 : y0 + 1;
    }
    int[] y = year(y0, true);
    if (y != null && (y[2] == 4 || punctOrEnd(y[1]) || num(y[1]))) {
      if (y[2] == 2 && num(y[1])) {
        y = null;
      }
    } else {
      y = null;
    }
    if (y == null && num(y0) && tok(y0).text().length() == 4) {
      return null;
    }
    if (y != null && !(y[2] == 4 && is(y0 - 1, ",") && !num(y0 + 1)) && !(y[2] == 4) && is(y0 - 1, ",")) {
      y = null;
    }
    if (y != null) {
      if (!valid(y[0], s.month, s.day)) {
        return null;
      }
      s.year = y[0];
      end = y[1];
    }
    return new P(end, s);
  }

  private static final String[] THIS_MONTH = {"de ce mois", "de cette mois", "du mois en cours", "ce mois",
      "cette mois", "de ce mois - ci", "ce mois - ci"};
  private static final String[] NEXT_MONTH = {"du mois prochain", "mois prochain", "le mois prochain"};
  private static final String[] LAST_MONTH = {"du mois dernier", "mois dernier", "le mois dernier"};

  // Word sequences, indexed by their first word (generated from the call sites).
  private static final Seqs S0 = Seqs.of("et", "and");
  private static final Seqs S1 = Seqs.of("au", "a", "-", "\u2013", "\u2014", "jusqu ' au", "jusqu ' a", "jusqu ' en", "to", "through", "till", "until");
  private static final Seqs S2 = Seqs.of("le", "la", "l '");
  private static final Seqs S3 = Seqs.of("le", "sur", "sur la", "sur le", "ce", "du", "de", "on");
  private static final Seqs S4 = Seqs.of("de", "entre", "from", "between");
  private static final Seqs S5 = Seqs.of("a", "vers", "des", "at", "aux alentours de", "pour", "sur", "avant", "apres", "dans la nuit", "a partir de");
  private static final Seqs S6 = Seqs.of("a", "vers");
  private static final Seqs S7 = Seqs.of("de cette annee", "de l ' annee en cours", "this year");
  private static final Seqs S8 = Seqs.of("de l ' annee derniere", "de l ' an dernier", "de l ' annee passee", "de l ' an passe", "last year");
  private static final Seqs S9 = Seqs.of("de l ' annee prochaine", "de l ' an prochain", "next year");
  private static final Seqs S10 = Seqs.of("le", "the");
  private static final Seqs S11 = Seqs.of("le", "du", "au");
  private static final Seqs S12 = Seqs.of("au soir", "au matin", "dans la soiree", "dans la matinee", "dans la nuit");
  private static final Seqs S13 = Seqs.of("du mois", "de ce mois", "de cette mois", "de ce mois - ci", "of the month", "of this month");
  private static final Seqs S14 = Seqs.of("du mois prochain", "of next month");
  private static final Seqs S15 = Seqs.of("le mois de", "le mois d '", "mois de", "mois d '", "au mois de", "au mois d '");
  private static final Seqs S16 = Seqs.of("l ' annee", "l ' an", "annee", "the year");
  private static final Seqs S17 = Seqs.of("de la semaine derniere", "la semaine derniere", "de la semaine passee", "la semaine passee", "de la semaine precedente", "la semaine precedente", "la semaine dernier", "of last week", "last week");
  private static final Seqs S18 = Seqs.of("de la semaine prochaine", "la semaine prochaine", "la semaine prochain", "of next week", "next week");
  private static final Seqs S19 = Seqs.of("de cette semaine", "cette semaine", "this week");
  private static final Seqs S20 = Seqs.of("aujourd ' hui");
  private static final Seqs S21 = Seqs.of("today");
  private static final Seqs S22 = Seqs.of("avant - hier", "avant hier", "avant-hier");
  private static final Seqs S23 = Seqs.of("apres - demain", "apres demain");
  private static final Seqs S24 = Seqs.of("hier", "yesterday");
  private static final Seqs S25 = Seqs.of("demain", "tomorrow");
  private static final Seqs S26 = Seqs.of("le lendemain", "lendemain", "le surlendemain", "la veille", "veille", "l ' avant - veille");
  private static final Seqs S27 = Seqs.of("le meme jour", "ce jour - la", "ce jour la", "that day", "the same day");
  private static final Seqs S28 = Seqs.of("plus tot dans la journee", "plus tard dans la journee", "dans la journee", "plus tot dans la matinee", "plus tard dans la soiree", "plus tot dans la soiree", "plus tard dans la matinee", "earlier in the day", "later in the day", "earlier that day", "later that day");
  private static final Seqs S29 = Seqs.of("ce matin", "cette matinee", "ce soir", "cette soiree", "cette nuit", "ce midi", "cet apres - midi", "ce l ' apres - midi", "cette matin", "cet apres midi", "tonight", "this morning", "this afternoon", "this evening", "ce nuit");
  private static final Seqs S30 = Seqs.of("la nuit derniere", "last night", "derniere nuit");
  private static final Seqs S31 = Seqs.of("prochaine nuit", "la nuit prochaine");
  private static final Seqs S32 = Seqs.of("a", "vers", "at");
  private static final Seqs S33 = Seqs.of("au", "dans la", "dans le", "en", "le", "la", "l '", "d '", "du", "de", "tot le", "tard le", "en fin de", "en debut de", "tot", "tard", "fin de", "fin", "debut", "in the");
  private static final Seqs S34 = Seqs.of("soir", "soiree", "matin", "matinee", "nuit", "apres - midi", "apres midi", "morning", "afternoon", "evening", "night");
  private static final Seqs S35 = Seqs.of("earlier this", "later this", "this", "last", "next", "past", "the past", "the last", "the next", "the coming");
  private static final Seqs S36 = Seqs.of("week - end", "weekend", "week-end", "week - ends");
  private static final Seqs S37 = Seqs.of("derniere", "dernier", "passee", "passe", "ecoulee", "ecoule", "d ' avant");
  private static final Seqs S38 = Seqs.of("prochaine", "prochain", "qui vient", "a venir", "d ' apres");
  private static final Seqs S39 = Seqs.of("precedente", "precedent");
  private static final Seqs S40 = Seqs.of("suivante", "suivant");
  private static final Seqs S41 = Seqs.of("en cours");
  private static final Seqs S42 = Seqs.of("il y a", "il ya", "y a");
  private static final Seqs S43 = Seqs.of("dans");
  private static final Seqs S44 = Seqs.of("dans un", "dans une");
  private static final Seqs S45 = Seqs.of("d ' ici");
  private static final Seqs S46 = Seqs.of("in");
  private static final Seqs S47 = Seqs.of("pres de", "environ", "a peu pres", "plus de", "moins de", "quelque", "presque", "about", "nearly", "almost", "more than", "over", "less than");
  private static final Seqs S48 = Seqs.of("about", "nearly", "almost", "more than", "over");
  private static final Seqs S49 = Seqs.of("ago");
  private static final Seqs S50 = Seqs.of("plus tard", "later", "apres");
  private static final Seqs S51 = Seqs.of("plus tot", "auparavant", "earlier", "avant");
  private static final Seqs S52 = Seqs.of("les", "des", "ces", "the", "the past", "the last", "the next", "past", "last", "next");
  private static final Seqs S53 = Seqs.of("de l '");
  private static final Seqs S54 = Seqs.of("les annees", "des annees", "annees", "the");
  private static final Seqs S55 = Seqs.of("le", "la", "l '", "a", "au", "the");
  /**
   * A holiday: its names, and its date as a fixed day, days after Easter, or the nth weekday of a month (as a
   * timex). Tried in order: "veille de Noël" before "Noël", "lundi de Pâques" before "Pâques".
   */
  private record Holiday(Seqs words, Integer month, Integer day, Integer easterOffset, String nthTimex) {}

  private static final List<Holiday> HOLIDAYS = List.of(
      new Holiday(Seqs.of("veille de noel", "reveillon de noel", "christmas eve"), 12, 24, null, null),
      new Holiday(Seqs.of("noel", "christmas", "jour de noel", "christmas day"), 12, 25, null, null),
      new Holiday(Seqs.of("saint - sylvestre", "st - sylvestre", "reveillon du nouvel an", "reveillon de nouvel an", "reveillon de la saint - sylvestre", "new year ' s eve"), 12, 31, null, null),
      new Holiday(Seqs.of("nouvel an", "jour de l ' an", "new year ' s day"), 1, 1, null, null),
      new Holiday(Seqs.of("toussaint"), 11, 1, null, null),
      new Holiday(Seqs.of("saint - valentin", "st - valentin"), 2, 14, null, null),
      new Holiday(Seqs.of("halloween"), 10, 31, null, null),
      new Holiday(Seqs.of("lundi de paques", "easter monday"), null, null, 1, null),
      new Holiday(Seqs.of("paques", "easter", "dimanche de paques"), null, null, 0, null),
      new Holiday(Seqs.of("lundi de pentecote"), null, null, 50, null),
      new Holiday(Seqs.of("pentecote"), null, null, 49, null),
      new Holiday(Seqs.of("jeudi de l ' ascension"), null, null, 39, null),
      new Holiday(Seqs.of("thanksgiving", "thanks giving", "jour de thanksgiving", "jour de thanks giving", "action de grace", "l ' action de grace"), null, null, null, "11-WXX-4-4"),
      new Holiday(Seqs.of("fete des peres"), null, null, null, "06-WXX-7-3"));
  private static final Seqs S70 = Seqs.of("dans la nuit de", "dans la nuit du", "la nuit de", "la nuit du", "dans la nuit d '", "la nuit d '");
  private static final Seqs S71 = Seqs.of("pendant", "durant", "depuis", "en l ' espace de", "en l ' espace d '", "pendant plus de", "depuis plus de", "durant plus de", "pendant pres de", "depuis pres de", "pendant environ", "depuis environ", "pendant moins de", "depuis moins de");
  private static final Seqs S72 = Seqs.of("chaque", "tous les", "toutes les", "every", "each");
  private static final Seqs S73 = Seqs.of("a", "at");
  private static final Seqs S74 = Seqs.of("a", "au", "-", "to", "jusqu ' a");
  private static final Seqs S75 = Seqs.of("et quart");
  private static final Seqs S76 = Seqs.of("et demie", "et demi");
  private static final Seqs S77 = Seqs.of("moins le quart", "moins quart");
  private static final Seqs S78 = Seqs.of("sur 24");
  private static final Seqs S79 = Seqs.of("sur 7");
  private static final Seqs S80 = Seqs.of("du matin", "du soir", "de l ' apres - midi", "de l ' apres midi", "de la nuit", "dans la soiree", "dans la matinee", "dans le matin", "du soiree", "in the morning", "in the evening", "in the afternoon", "apres - midi", "apres midi", "de l ' aprem");
  private static final Seqs THIS_MONTH_SEQ = Seqs.of(THIS_MONTH);
  private static final Seqs NEXT_MONTH_SEQ = Seqs.of(NEXT_MONTH);
  private static final Seqs LAST_MONTH_SEQ = Seqs.of(LAST_MONTH);

  /** Alternative word sequences, indexed by first word so that a mismatch costs one hash lookup. */
  private static final class Seqs {
    private final Map<String, String[][]> byFirst = new java.util.HashMap<>();

    static Seqs of(String... options) {
      Seqs s = new Seqs();
      Map<String, List<String[]>> m = new java.util.LinkedHashMap<>();
      for (String o : options) {
        String[] w = o.split(" ");
        m.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
      }
      m.forEach((k, v) -> s.byFirst.put(k, v.toArray(new String[0][])));
      return s;
    }
  }

  /** The longest of several word sequences at i, or -1. */
  private int seqAny(int i, Seqs options) {
    Tok k = tok(i);
    if (k == null) {
      return -1;
    }
    String[][] cands = options.byFirst.get(k.text());
    if (cands == null) {
      return -1;
    }
    int best = -1;
    for (String[] c : cands) {
      best = Math.max(best, seq(i, c));
    }
    return best;
  }

  /** After a day number: de ce mois (0), du mois prochain (+1), du mois dernier (-1); null otherwise. */
  private Integer monthOffset(int k) {
    if (seqAny(k, THIS_MONTH_SEQ) > 0) {
      return 0;
    }
    if (seqAny(k, NEXT_MONTH_SEQ) > 0) {
      return 1;
    }
    if (seqAny(k, LAST_MONTH_SEQ) > 0) {
      return -1;
    }
    return null;
  }

  private int monthOffsetEnd(int k) {
    return Math.max(seqAny(k, THIS_MONTH_SEQ), Math.max(seqAny(k, NEXT_MONTH_SEQ), seqAny(k, LAST_MONTH_SEQ)));
  }

  /**
   * A day of the month alone, where nothing else can be meant: "le 23" at the end of a clause, or followed by
   * a time of day (le 17 à 14h, le 17 de 14h à 16h).
   */
  private P dayAlone(int i) {
    int j = seqAny(i, S11);
    if (j < 0 || !num(j) || tok(j).text().length() > 2) {
      return null;
    }
    int[] d = dayNumber(j);
    if (d == null || d[1] != j + 1) {
      return null;
    }
    int k = d[1];
    boolean timeFollows = (isAny(k, "de", "entre") && timeRange(k + 1, is(k, "entre")) != null)
        || (is(k, "a") && tok(k).accented().equals("à") && timeCore(k + 1) != null)
        || seqAny(k, S12) > 0;
    boolean clauseEnd = tok(k) == null || isAny(k, ".", "!", "?", ";", ")");
    if (!timeFollows && !clauseEnd) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CAL);
    s.day = d[0];
    return new P(k, s);
  }

  /** les 3 et 4 mars, des 19 et 20 mars: two days of one month, read as the period they span. */
  private P dayPair(int i) {
    if (!isAny(i, "les", "des") || !num(i + 1)) {
      return null;
    }
    int[] a = dayNumber(i + 1);
    if (a == null || !is(a[1], "et") || !num(a[1] + 1)) {
      return null;
    }
    P b = textualDate(a[1] + 1);
    if (b == null || b.sem.month == null || b.sem.day == null || b.sem.day <= a[0] || b.sem.weekday != null) {
      return null;
    }
    Sem x = b.sem.copy();
    x.day = a[0];
    Sem r = Sem.of(Sem.Type.RANGE);
    r.startSem = x;
    r.end = b.sem;
    return new P(b.end, r);
  }

  /** premier vendredi de juillet, le dernier dimanche de mai, le troisième jeudi du mois: the nth weekday. */
  private P nthWeekday(int i) {
    int j = i;
    int le = seqAny(j, S10);
    if (le > 0) {
      j = le;
    }
    Tok k = tok(j);
    if (k == null) {
      return null;
    }
    Integer nth = Vocabulary.ORDINALS.get(k.text());
    int w0 = j + 1;
    if (nth == null && num(j) && isAny(j + 1, "e", "er", "eme") && glued(j + 1)) {
      nth = tok(j).value();
      w0 = j + 2;
    }
    if (nth == null || nth == 0 || nth > 5) {
      return null;
    }
    Integer wd = tok(w0) == null ? null : Vocabulary.WEEKDAYS.get(tok(w0).text());
    if (wd == null) {
      return null;
    }
    int m0 = w0 + 1;
    Sem s = Sem.of(Sem.Type.CAL);
    s.nth = nth;
    s.weekday = wd;
    int e;
    if ((e = seqAny(m0, S13))
        > 0) {
      s.monthOffset = 0;
      return new P(e, s);
    }
    if ((e = seqAny(m0, S14)) > 0) {
      s.monthOffset = 1;
      return new P(e, s);
    }
    if (!isAny(m0, "de", "d", "of", "in")) {
      return null;
    }
    int mm = is(m0, "d") && is(m0 + 1, "'") ? m0 + 2 : m0 + 1;
    int[] m = month(mm, false);
    if (m == null) {
      return null;
    }
    s.month = m[0];
    int end = m[1];
    int[] y = year(end, false);
    if (y != null) {
      s.year = y[0];
      end = y[1];
    }
    return new P(end, s);
  }

  /** Month first: March 24, 2022; Oct. 2; Octobre 14; Novembre 19-20; novembre 23 de 1987. */
  private P monthFirstDate(int i) {
    int[] m = month(i, true);
    if (m == null) {
      return null;
    }
    boolean full = Vocabulary.MONTHS.containsKey(tok(i).text());
    int j = m[1];
    if (!full && !is(j - 1, ".") && !num(j) && !((is(j, "-") || is(j, "/")) && glued(j) && num(j + 1))) {
      return null;
    }
    if (is(j, "-") || is(j, "/")) {
      if (!glued(j) || !num(j + 1) || !glued(j + 1)) {
        return null;
      }
      j++;
    }
    if (!num(j)) {
      // mai vingt-neuf: a day in words after a written month, and nothing after it.
      int[] dw = full && tok(j) != null && tok(j).word() ? dayNumber(j) : null;
      if (dw == null || !punctOrEnd(dw[1])) {
        return null;
      }
      Sem s = Sem.of(Sem.Type.CAL);
      s.month = m[0];
      s.day = dw[0];
      return valid(null, s.month, s.day) ? new P(dw[1], s) : null;
    }
    int[] d = dayNumber(j);
    if (d == null || tok(j).text().length() > 2) {
      return null;
    }
    int k = d[1];
    Sem s = Sem.of(Sem.Type.CAL);
    s.month = m[0];
    s.day = d[0];
    // Novembre 19-20: a period of days in that month.
    if ((is(k, "-") || is(k, "au")) && num(k + 1)) {
      int[] d2 = dayNumber(k + 1);
      if (d2 != null && d2[0] > s.day && !num(d2[1]) && !isAny(d2[1], ":", "h")) {
        Sem b = Sem.of(Sem.Type.CAL);
        b.month = s.month;
        b.day = d2[0];
        Sem r = Sem.of(Sem.Type.RANGE);
        r.startSem = s;
        r.end = b;
        return new P(d2[1], r);
      }
    }
    int y0 = k;
    if (is(y0, ",")) {
      y0++;
    }
    if (is(y0, "de")) {
      y0++;
    }
    if ((is(k, "-") || is(k, "/")) && glued(k)) {
      y0 = k + 1;
    }
    int[] y = year(y0, false);
    if (y != null) {
      if (!valid(y[0], s.month, s.day)) {
        return null;
      }
      s.year = y[0];
      return new P(y[1], s);
    }
    if (!full && !(punctOrEnd(k) || timeCore(k) != null)) {
      return null;
    }
    Tok next = tok(k);
    if (next != null && next.word() && !Vocabulary.ENGLISH_MONTHS.contains(tok(i).text())
        && timeCore(k) == null && !isAny(k, "a", "au", "et", "a", "at", "de")) {
      return null;
    }
    if (num(k) && timeCore(k) == null) {
      return null;
    }
    if (!valid(null, s.month, s.day)) {
      return null;
    }
    return new P(k, s);
  }

  /** Month and year, or a month alone where the context makes it a date: juin 2016, en décembre, mars dernier. */
  private P monthYear(int i, Prefix pre) {
    int start = i;
    int dirDet = -1;
    Integer dir = null;
    if (isAny(i, "ce", "cet", "cette")) {
      dir = 0;
      i++;
    } else if (isAny(i, "prochain", "prochaine")) {
      dir = 1;
      i++;
    }
    int mstart = i;
    int ms = seqAny(i, S15);
    boolean monthWord = ms > 0;
    if (ms > 0) {
      i = ms;
    }
    Tok k = tok(i);
    if (k == null || !k.word()) {
      return null;
    }
    Integer m = Vocabulary.MONTHS.get(k.text());
    if (m == null) {
      return null;
    }
    boolean english = Vocabulary.ENGLISH_MONTHS.contains(k.text()) && !k.text().equals("mars");
    if (english && !k.upper()) {
      return null;
    }
    int j = i + 1;
    Sem s = Sem.of(Sem.Type.CAL);
    s.month = m;
    s.dir = dir;
    int y0 = j;
    if (isAny(y0, "de")) {
      y0++;
    } else if (is(y0, "d") && is(y0 + 1, "'")) {
      y0 += 2;
    } else if (is(y0, ",")) {
      y0++;
    }
    int[] y = year(y0, false);
    if (y != null && !trailingNumber(y[1]) && !(is(y[1], "-") && num(y[1] + 1) && tok(y[1] + 1).text().length() == 4
        && false)) {
      s.year = y[0];
      return new P(y[1], s);
    }
    boolean cue = pre != null || dir != null || monthWord
        || isAny(start - 1, "en", "de", "d", "'", "in", "since", "depuis", "jusqu", "fin", "debut", "mi", "-", "of",
            "courant", "avant", "apres", "ce", "cet", "cette", "du");
    // juillet 98: a two-digit year after a month needs a cue and nothing after it.
    int[] y2 = year(j, true);
    if (y2 != null && y2[2] == 2 && cue && punctOrEnd(y2[1]) && dir == null) {
      s.year = y2[0];
      return new P(y2[1], s);
    }
    if (num(j)) {
      return null;
    }
    if (english && !cue) {
      return null;
    }
    if (k.text().equals("mars") && !cue && !isAny(j, "dernier", "prochain")) {
      return null;
    }
    boolean sentenceStart = start == lo || isAny(start - 1, ".", ":", "!", "?", "\u00ab", "\"", "\u2013");
    if (k.upper() && !sentenceStart && !english && !allCaps(i)) {
      return null; // French months are lower case: "la planète Mars", "Avril Lavigne"
    }
    if (dir == null && isAny(j, "dernier", "prochain", "passe")) {
      s.dir = is(j, "prochain") ? 1 : -1;
      j++;
    }
    return new P(j, s);
  }

  private boolean allCaps(int i) {
    return tok(i).caps();
  }

  /** A year alone where the context makes it a year: en 2014, depuis 2014, (2014), l'an 2000, in 2014. */
  private P yearAlone(int i, Prefix pre) {
    int[] y = year(i, false);
    if (y == null || trailingNumber(y[1])) {
      return null;
    }
    if (num(i - 1) || isAny(i - 1, "n", "no", "numero", "article", "art", "loi", "$", "\u20ac", "£", "#", "+")
        || (is(i - 1, "°") || is(i - 1, "º")) || (is(i - 1, "-") && num(i - 2))) {
      return null;
    }
    boolean afterYear = tok(i - 2) != null && tok(i - 2).num() && tok(i - 2).text().length() == 4;
    boolean cue = pre != null
        || isAny(i - 1, "de", "'", "in", "since", "of", "annee", "an", "depuis", "en", "fin", "debut", "mi",
            "courant", "avant", "apres", "entre", "jusqu", "ici", "vers", "(", "saison", "cru", "edition")
        || (afterYear && isAny(i - 1, "et", "a", "au", "-", "and", "to"));
    Tok next = tok(y[1]);
    if (next != null && (next.text().equals("%") || next.text().equals("\u20ac") || next.text().equals("$"))) {
      return null;
    }
    if (next != null && next.word() && !next.upper() && countedNoun(next.text())) {
      return null;
    }
    if (!cue && (y[0] < 1900 || y[0] > 2100)) {
      return null;
    }
    if (!cue && next != null && next.num()) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CAL);
    s.year = y[0];
    return new P(y[1], s);
  }

  private static final Set<String> FUNCTION_WORDS = Set.of("les", "des", "ses", "ces", "mes", "tes", "nos", "vos",
      "leurs", "dans", "sous", "vers", "apres", "depuis", "puis", "plus", "mais", "alors", "lors", "tous", "toutes",
      "pas", "jamais", "moins", "tres", "sans", "chez", "parmi", "selon", "pendant", "avant", "malgre", "is", "was",
      "has", "as", "its", "his", "this", "ils", "elles", "nous", "vous", "ont", "sont", "etaient", "avaient", "aux",
      "quelques", "plusieurs", "certains", "contre", "dont", "afin", "ainsi", "aussi", "encore", "toujours",
      "deja", "fois", "ans", "mois", "jours", "semaines");

  /** A word that makes the number before it a count: 2000 soldats, 1747 mètres, 1370 ont perdu la vie. */
  private static boolean countedNoun(String w) {
    if (Vocabulary.UNITS.containsKey(w) && !w.equals("ans") && !w.equals("mois")) {
      return true;
    }
    if (w.equals("personnes") || w.equals("metres") || w.equals("km")
        || w.equals("euros") || w.equals("dollars") || w.equals("habitants") || w.equals("morts")) {
      return true;
    }
    return (w.endsWith("s") || w.endsWith("x")) && w.length() > 3 && !FUNCTION_WORDS.contains(w);
  }

  /** {@code l'année 2014}, {@code l'an 2000}, {@code année 2020}. */
  private P yearNoun(int i) {
    int j = seqAny(i, S16);
    if (j < 0) {
      return null;
    }
    int[] y = year(j, false);
    if (y == null || trailingNumber(y[1])) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CAL);
    s.year = y[0];
    return new P(y[1], s);
  }

  /** ce mercredi, mercredi dernier, dimanche la semaine dernière, les lundis (a set). */
  private P weekdayExpr(int i) {
    int j = i;
    Integer dir = null;
    if (isAny(j, "ce", "cet", "cette", "this")) {
      dir = 0;
      j++;
    } else if (isAny(j, "last", "next")) {
      dir = is(j, "last") ? -1 : 1;
      j++;
    }
    Tok k = tok(j);
    if (k == null || !k.word()) {
      return null;
    }
    Integer plural = Vocabulary.WEEKDAY_PLURALS.get(k.text());
    if (plural != null && dir == null) {
      if (!isAny(i - 1, "les", "tous", "chaque") && !(k.upper() && i == lo)) {
        return null;
      }
      Sem s = Sem.of(Sem.Type.SET);
      s.weekday = plural;
      s.setValue = "XXXX-WXX-" + plural;
      return new P(j + 1, s);
    }
    int[] w = weekday(j);
    if (w == null || w[1] != j + 1) {
      return null;
    }
    if (isAny(j + 1, "gras") || (k.upper() && j > lo && is(j + 1, "-"))) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CAL);
    s.weekday = w[0];
    s.dir = dir;
    int end = j + 1;
    if (dir == null) {
      if (isAny(end, "dernier", "derniere", "passe")) {
        s.dir = -1;
        end++;
      } else if (isAny(end, "prochain", "prochaine")) {
        s.dir = 1;
        end++;
      } else if (is(end, "precedent")) {
        s.dir = -1;
        s.anaphoric = true;
        end++;
      } else if (is(end, "suivant")) {
        s.dir = 1;
        s.anaphoric = true;
        end++;
      } else {
        int e = seqAny(end, S17);
        if (e > 0) {
          s.weekOffset = -1;
          end = e;
        } else if ((e = seqAny(end, S18)) > 0) {
          s.weekOffset = 1;
          end = e;
        } else if ((e = seqAny(end, S19)) > 0) {
          s.weekOffset = 0;
          end = e;
        }
      }
    }
    return new P(end, s);
  }

  /** aujourd'hui, hier, demain, avant-hier, le lendemain, la veille, ce matin, hier soir, today, last night. */
  private P deictic(int i, Prefix pre) {
    int j;
    Sem s = Sem.of(Sem.Type.DAYS);
    if ((j = seqAny(i, S20)) > 0 || (j = seqAny(i, S21)) > 0) {
      if (comparative(i)) {
        return null;
      }
      s.n = 0;
    } else if ((j = seqAny(i, S22)) > 0) {
      s.n = -2;
    } else if ((j = seqAny(i, S23)) > 0) {
      s.n = 2;
    } else if ((j = seqAny(i, S24)) > 0) {
      s.n = -1;
    } else if ((j = seqAny(i, S25)) > 0) {
      s.n = 1;
    } else if ((j = seqAny(i, S26)) > 0) {
      if (isAny(j, "de", "du", "des", "d") || isAny(i - 1, "du", "des", "de", "d", "'")) {
        return null; // "au lendemain de l'invasion", "l'incertitude du lendemain"
      }
      String w = tok(j - 1).text();
      s.n = w.equals("lendemain") ? 1 : w.equals("surlendemain") ? 2 : is(j - 2, "-") ? -2 : -1;
      s.anaphoric = true;
    } else if ((j = seqAny(i, S27)) > 0) {
      s.n = 0;
      s.anaphoric = true;
      s.mod = "strict";
    } else if ((j = seqAny(i, S28)) > 0) {
      s.n = 0;
      s.anaphoric = true;
      s.mod = "strict";
      String last = tok(j - 1).text();
      if (PARTS.containsKey(last)) {
        s.part = PARTS.get(last);
      }
    } else if ((j = seqAny(i, S29)) > 0) {
      s.n = 0;
      String last = tok(j - 1).text();
      if (last.equals("midi")) {
        if (is(j - 2, "-") || is(j - 2, "apres")) {
          s.part = "AF";
        } else {
          s.hour = 12;
        }
      } else if (last.equals("tonight")) {
        s.part = "NI";
      } else {
        s.part = PARTS.getOrDefault(last, "AF");
      }
      return partClock(j, s);
    } else if ((j = seqAny(i, S30)) > 0) {
      s.n = -1;
      s.part = "NI";
      return new P(j, s);
    } else if ((j = seqAny(i, S31)) > 0) {
      s.n = 1;
      s.part = "NI";
      return new P(j, s);
    } else {
      return null;
    }
    // hier soir, demain matin, hier après-midi, yesterday morning
    if (!s.anaphoric || s.mod == null) {
      int k = j;
      int part = partOfDay(k);
      if (part > 0 && !(s.part != null)) {
        s.part = partCode(k, part);
        return partClock(part, s);
      }
    }
    return new P(j, s);
  }

  /** ce soir à 7, demain matin vers 8 heures: the hour of that part of the day. */
  private P partClock(int j, Sem s) {
    int c = seqAny(j, S32);
    if (c > 0) {
      P t2 = timeCore(c);
      int[] n = t2 == null ? number(c) : null;
      if (t2 != null || (n != null && n[0] >= 1 && n[0] <= 12)) {
        Sem r = s.copy();
        r.hour = adjustHour(t2 != null ? t2.sem.hour : n[0], s.part);
        r.minute = t2 != null ? t2.sem.minute : null;
        r.part = null;
        return new P(t2 != null ? t2.end : n[1], r);
      }
    }
    return new P(j, s);
  }

  /** Whether "aujourd'hui" at i is the term of a comparison ("plus unie qu'aujourd'hui"), not a date. */
  private boolean comparative(int i) {
    int q = i - 1;
    if (is(q, "'") && is(q - 1, "qu")) {
      q -= 2;
    } else if (is(q, "que") || is(q, "than")) {
      q -= 1;
    } else {
      return false;
    }
    for (int k = q; k >= Math.max(lo, q - 3); k--) {
      if (COMPARATIVES.contains(t.get(k).text()) || isAny(k, "more", "less", "better", "worse")) {
        return true;
      }
    }
    return false;
  }

  /** A part of the day after a date: soir, au matin, dans la soirée, d'après-midi: its end, or -1. */
  private int partOfDay(int i) {
    int j = i;
    int p = seqAny(j, S33);
    if (p > 0) {
      j = p;
    }
    int e = seqAny(j, S34);
    if (e < 0) {
      return -1;
    }
    if (p > 0 && j == p && isAny(p - 1, "le", "la") && p - 1 == i && !isAny(e, ".", ",", ";", ")")
        && tok(e) != null && !tok(e).text().equals("a")) {
      // "mardi, le matin des élections": too loose.
      if (tok(e).word() && !Vocabulary.WEEKDAYS.containsKey(tok(e).text())) {
        return -1;
      }
    }
    return e;
  }

  private String partCode(int i, int end) {
    String last = tok(end - 1).text();
    if (last.equals("midi")) {
      return "AF";
    }
    String code = PARTS.get(last);
    return code == null ? "AF" : code;
  }

  /** la semaine dernière, le mois prochain, cette année, l'an dernier, ce week-end, last week, cette année-là. */
  private P relUnit(int i, Prefix pre) {
    int j = i;
    boolean thisDet = false;
    boolean det = false;
    int eng = seqAny(j, S35);
    Integer englishDir = null;
    if (eng > 0) {
      String w = tok(eng - 1).text();
      englishDir = w.equals("this") ? 0 : w.equals("next") || w.equals("coming") ? 1 : -1;
      j = eng;
    } else if (isAny(j, "ce", "cet", "cette")) {
      thisDet = true;
      j++;
    } else if (isAny(j, "la", "le", "les")) {
      det = true;
      j++;
    } else if (is(j, "l") && is(j + 1, "'")) {
      det = true;
      j += 2;
    }
    // Ordinal quarters and weeks: le troisième trimestre 2016, la 3e semaine de 2027.
    Integer ordinal = null;
    if (tok(j) != null && !thisDet && englishDir == null) {
      Integer o = Vocabulary.ORDINALS.get(tok(j).text());
      if (o != null && o > 0) {
        ordinal = o;
        j++;
      } else if (num(j) && isAny(j + 1, "e", "er", "eme", "re") && glued(j + 1)) {
        ordinal = tok(j).value();
        j += 2;
      }
    }
    int ue;
    String unit;
    if ((ue = seqAny(j, S36)) > 0) {
      unit = "WE";
    } else {
      unit = unit(j);
      if (unit == null || unit.equals("H") || unit.equals("MIN") || unit.equals("S")) {
        return null;
      }
      String w = tok(j).text();
      if (w.endsWith("s") && !w.equals("mois") && !w.equals("ans")) {
        return null;
      }
      if (w.equals("ans") || w.equals("jour") || w.equals("jours") || w.equals("day") || w.equals("journee")) {
        return null;
      }
      ue = j + 1;
    }
    if (ordinal != null) {
      if (!(unit.equals("Q") || unit.equals("HY") || unit.equals("W"))) {
        return null;
      }
      int y0 = ue;
      if (isAny(y0, "de", "of")) {
        y0++;
      }
      int[] y = year(y0, false);
      int[] yp = y == null ? yearPhrase(ue) : null;
      if (y == null && yp == null) {
        return null;
      }
      Sem s = Sem.of(Sem.Type.REL);
      s.unit = unit;
      s.part2 = ordinal;
      if (y != null) {
        s.year = y[0];
        return new P(y[1], s);
      }
      s.yearOffset = yp[0];
      return new P(yp[1], s);
    }
    Sem s = Sem.of(Sem.Type.REL);
    s.unit = unit;
    int end = ue;
    if (englishDir != null) {
      s.n = englishDir;
      return new P(end, s);
    }
    if (is(end, "-") && isAny(end + 1, "ci", "la") && glued(end)) {
      s.n = 0;
      s.anaphoric = is(end + 1, "la");
      if (s.anaphoric) {
        s.mod = "strict";
      }
      return thisDet ? new P(end + 2, s) : null;
    }
    int e;
    if ((e = seqAny(end, S37)) > 0) {
      s.n = -1;
    } else if ((e = seqAny(end, S38)) > 0) {
      s.n = 1;
    } else if ((e = seqAny(end, S39)) > 0) {
      s.n = -1;
      s.anaphoric = true;
    } else if ((e = seqAny(end, S40)) > 0) {
      s.n = 1;
      s.anaphoric = true;
    } else if ((e = seqAny(end, S41)) > 0) {
      s.n = 0;
    } else if (thisDet) {
      s.n = 0;
      e = end;
    } else if (det && pre != null && pre.role == Role.PHASE) {
      s.n = 0;
      e = end;
    } else {
      return null;
    }
    if (!thisDet && !det && (pre == null || pre.words.length == 0)) {
      // "semaine dernière" without its article only after a prefix that consumed it (la, en, depuis la...).
      if (pre == null) {
        return null;
      }
    }
    if (thisDet && e != end) {
      return null;
    }
    return new P(e, s);
  }

  /** il y a trois semaines, dans deux jours, d'ici deux ans, three weeks ago. */
  private P offset(int i) {
    int j;
    int sign;
    boolean byMod = false;
    if ((j = seqAny(i, S42)) > 0 && is(i, "il")) {
      sign = -1;
    } else if ((j = seqAny(i, S43)) > 0 && !isAny(j, "les", "la", "le", "l", "un", "une", "ces", "des")) {
      sign = 1;
    } else if ((j = seqAny(i, S44)) > 0) {
      sign = 1;
      j -= 1;
    } else if ((j = seqAny(i, S45)) > 0) {
      sign = 1;
      byMod = true;
    } else if ((j = seqAny(i, S46)) > 0) {
      sign = 1;
    } else {
      return null;
    }
    String mod = null;
    int q = seqAny(j, S47);
    if (q > 0) {
      String w = tok(j).text();
      mod = w.equals("plus") || w.equals("more") || w.equals("over") ? "more_than"
          : w.equals("moins") || w.equals("less") ? "less_than" : "approx";
      j = q;
    }
    int[] n = number(j);
    if (n == null && isAny(j, "a", "an") && tok(i).text().equals("in")) {
      n = new int[] {1, j + 1};
    }
    if (n == null || n[0] > 5000) {
      return null;
    }
    String unit = unit(n[1]);
    if (unit == null || !Vocabulary.calendarUnit(unit) || unit.equals("Q") || unit.equals("HY")) {
      return null;
    }
    int end = n[1] + 1;
    if (isAny(end, "et") && isAny(end + 1, "demi", "demie")) {
      return null;
    }
    if (tok(i).text().equals("in") && !isAny(end, ".", ",", ";", "!", "?") && tok(end) != null) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.OFFSET);
    s.unit = unit;
    s.n = sign * n[0];
    s.mod = byMod ? "on_or_before" : mod;
    return new P(end, s);
  }

  /** trois semaines plus tard, two weeks ago, deux jours auparavant. */
  private P offsetAfter(int i) {
    int j = i;
    String mod = null;
    int q = seqAny(j, S48);
    if (q > 0) {
      mod = tok(j).text().equals("more") || tok(j).text().equals("over") ? "more_than" : "approx";
      j = q;
    }
    int[] n = number(j);
    if (n == null && isAny(j, "a", "an")) {
      n = new int[] {1, j + 1};
    }
    if (n == null || n[0] > 5000) {
      return null;
    }
    String unit = unit(n[1]);
    if (unit == null || !Vocabulary.calendarUnit(unit) || unit.equals("Q") || unit.equals("HY")) {
      return null;
    }
    int k = n[1] + 1;
    Sem s = Sem.of(Sem.Type.OFFSET);
    s.unit = unit;
    s.mod = mod;
    int e;
    if ((e = seqAny(k, S49)) > 0) {
      s.n = -n[0];
    } else if (isAny(j, "a", "an")) {
      return null;
    } else if ((e = seqAny(k, S50)) > 0 && (tok(k).text().equals("plus")
        || tok(k).text().equals("later") || punctOrEnd(e))) {
      s.n = n[0];
      s.anaphoric = true;
    } else if ((e = seqAny(k, S51)) > 0 && (!tok(k).text().equals("avant")
        || punctOrEnd(e))) {
      s.n = -n[0];
      s.anaphoric = true;
    } else {
      return null;
    }
    return new P(e, s);
  }

  /** les dix derniers mois, au cours des trois dernières années, the past two weeks, les 3 prochaines semaines. */
  private P lastN(int i) {
    int j = i;
    int d = seqAny(j, S52);
    boolean english = false;
    Integer sign = null;
    if (d > 0) {
      String w = tok(d - 1).text();
      if (w.equals("past") || w.equals("last")) {
        sign = -1;
        english = true;
      } else if (w.equals("next")) {
        sign = 1;
        english = true;
      }
      j = d;
    }
    if (sign == null) {
      if (isAny(j, "derniers", "dernieres", "derniere", "dernier")) {
        sign = -1;
        j++;
      } else if (isAny(j, "prochains", "prochaines", "prochaine", "prochain")) {
        sign = 1;
        j++;
      }
    }
    int[] n = number(j);
    if (n == null || n[0] < 1 || n[0] > 1000) {
      return null;
    }
    int k = n[1];
    if (sign == null) {
      if (isAny(k, "derniers", "dernieres", "passes", "passees", "ecoules", "ecoulees")) {
        sign = -1;
        k++;
      } else if (isAny(k, "prochains", "prochaines")) {
        sign = 1;
        k++;
      } else {
        return null;
      }
    }
    String unit = unit(k);
    if (unit == null || !Vocabulary.calendarUnit(unit) || unit.equals("CE")) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.LAST_N);
    s.unit = unit;
    s.n = sign * n[0];
    return new P(k + 1, s);
  }

  /** l'été 2002, au printemps, cet hiver, l'automne dernier. */
  private P season(int i, Prefix pre) {
    int j = i;
    Integer dir = null;
    boolean det = false;
    if (isAny(j, "cet", "ce", "cette", "this")) {
      dir = 0;
      det = true;
      j++;
    } else if (isAny(j, "au", "le", "en", "the")) {
      det = true;
      j++;
    } else if (is(j, "l") && is(j + 1, "'")) {
      det = true;
      j += 2;
    } else if (seqAny(j, S53) > 0) {
      det = true;
      j += 3;
    }
    Tok k = tok(j);
    if (k == null) {
      return null;
    }
    String season = Vocabulary.SEASONS.get(k.text());
    if (season == null) {
      return null;
    }
    if ((k.text().equals("fall") || k.text().equals("spring")) && !det) {
      return null;
    }
    int end = j + 1;
    if (isAny(end, "arabe", "arabes", "de") && !is(end + 1, "l") && year(end + 1, false) == null) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.SEASON);
    s.season = season;
    s.dir = dir;
    int y0 = isAny(end, "de") ? end + 1 : end;
    int[] y = year(y0, false);
    if (y != null) {
      s.year = y[0];
      return new P(y[1], s);
    }
    if (!det && pre == null) {
      return null;
    }
    if (dir == null && isAny(end, "dernier", "passe", "prochain")) {
      s.dir = is(end, "prochain") ? 1 : -1;
      end++;
    } else {
      int[] yp = yearPhrase(end);
      if (yp != null) {
        s.yearOffset = yp[0];
        end = yp[1];
      }
    }
    return new P(end, s);
  }

  /** le XXIe siècle, au 19e siècle, the 20th century. */
  private P century(int i) {
    int j = i;
    int ord;
    Tok k = tok(j);
    if (k == null) {
      return null;
    }
    if (k.num() && k.text().length() <= 2) {
      if (!(isAny(j + 1, "e", "eme", "er", "ieme", "st", "nd", "rd", "th") && glued(j + 1))) {
        return null;
      }
      ord = k.value();
      j += 2;
    } else if (k.word() && isAny(j + 1, "e", "eme", "er") && Vocabulary.roman(k.text()) > 0 && k.upper()) {
      ord = Vocabulary.roman(k.text());
      j += 2;
    } else if (k.word()) {
      String w = k.text();
      String r = w.endsWith("ieme") ? w.substring(0, w.length() - 4) : w.endsWith("eme")
          ? w.substring(0, w.length() - 3) : w.endsWith("er") ? w.substring(0, w.length() - 2)
          : w.endsWith("e") ? w.substring(0, w.length() - 1) : null;
      if (r == null || r.isEmpty() || !tok(j).upper() && !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
      ord = Vocabulary.roman(r);
      if (ord <= 0) {
        return null;
      }
      j++;
    } else {
      return null;
    }
    if (!isAny(j, "siecle", "century")) {
      return null;
    }
    if (ord < 1 || ord > 22) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.CENTURY);
    s.number = ord;
    return new P(j + 1, s);
  }

  /** les années 1990, les années 90, the 1990s. */
  private P decade(int i) {
    int j = seqAny(i, S54);
    if (j < 0) {
      return null;
    }
    Tok k = tok(j);
    if (k == null) {
      return null;
    }
    int y;
    int end;
    if (k.num() && (k.text().length() == 4 || k.text().length() == 2) && k.value() % 10 == 0) {
      y = k.text().length() == 2 ? (k.value() < 30 ? 2000 + k.value() : 1900 + k.value()) : k.value();
      end = j + 1;
      if (is(i, "the")) {
        if (!(is(end, "s") && glued(end))) {
          return null;
        }
        end++;
      } else if (is(end, "-") && num(end + 1)) {
        return null;
      }
    } else if (!is(i, "the")) {
      int[] n = number(j);
      if (n == null || n[0] % 10 != 0 || n[0] < 20 || n[0] > 90) {
        return null;
      }
      y = 1900 + n[0];
      end = n[1];
    } else {
      return null;
    }
    if (y < 1000 || y > 2100) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.DECADE);
    s.number = y;
    return new P(end, s);
  }

  /** Noël, la Saint-Sylvestre, le nouvel an, Pâques, la Toussaint, Thanksgiving... */
  private P holiday(int i) {
    int j = i;
    int det = seqAny(j, S55);
    int k = det > 0 ? det : j;
    Sem s = Sem.of(Sem.Type.CAL);
    int e = -1;
    for (Holiday h : HOLIDAYS) {
      if ((e = seqAny(k, h.words())) > 0) {
        s.month = h.month();
        s.day = h.day();
        s.easterOffset = h.easterOffset();
        s.nthTimex = h.nthTimex();
        break;
      }
    }
    if (e <= 0) {
      return null;
    }
    if (det > 0 && is(j, "a") && !tok(j).accented().equals("à")) {
      return null;
    }
    int y0 = isAny(e, "de") ? e + 1 : e;
    int[] y = year(y0, false);
    if (y != null) {
      s.year = y[0];
      e = y[1];
    }
    return new P(e, s);
  }

  /** dans la nuit de samedi à dimanche, la nuit du 3 au 4 mars: the night starting on the first day. */
  private P nightOf(int i) {
    int j = seqAny(i, S70);
    if (j < 0) {
      return null;
    }
    int k = j;
    P first;
    if (is(j - 1, "du")) {
      int[] d = dayNumber(j);
      if (d == null) {
        return null;
      }
      int c = connector(d[1], null);
      P b = c > 0 ? point(c, null) : null;
      if (b != null && b.sem.type == Sem.Type.CAL && b.sem.month != null) {
        Sem s = b.sem.copy();
        s.day = d[0];
        s.part = "NI";
        s.hour = null;
        return new P(b.end, s);
      }
      first = textualDate(k);
    } else {
      first = longer(weekdayExpr(k), deictic(k, null));
      first = longer(first, textualDate(k));
    }
    if (first == null) {
      return null;
    }
    Sem s = first.sem.copy();
    s.part = "NI";
    int end = first.end;
    int c = connector(end, null);
    if (c > 0) {
      P second = longer(weekdayExpr(c), deictic(c, null));
      second = longer(second, textualDate(c));
      if (second != null) {
        end = second.end;
      }
    }
    return new P(end, s);
  }

  /** pendant trois semaines, depuis 20 ans, pour 3 heures, sur 3 ans: an amount of time. */
  private P duration(int i) {
    int j = seqAny(i, S71);
    if (j < 0) {
      return null;
    }
    String mod = null;
    String last = j > i ? tok(j - 1).text() : "";
    if (last.equals("plus") || last.equals("over") || (j - i >= 3 && is(j - 2, "plus"))) {
      mod = "more_than";
    } else if (last.equals("environ") || last.equals("about") || (j > i && is(j - 2, "pres"))) {
      mod = "approx";
    } else if (j > i && is(j - 2, "moins")) {
      mod = "less_than";
    }
    if (j > i && is(j - 1, "de") && is(j - 2, "plus")) {
      mod = "more_than";
    }
    if (j > i && is(j - 1, "de") && is(j - 2, "pres")) {
      mod = "approx";
    }
    if (j > i && is(j - 1, "de") && is(j - 2, "moins")) {
      mod = "less_than";
    }
    String amount = null;
    int[] n;
    if (num(j) && isAny(j + 1, ",", ".") && glued(j + 1) && num(j + 2) && glued(j + 2)) {
      amount = tok(j).text() + "." + tok(j + 2).text();
      n = new int[] {tok(j).value(), j + 3};
    } else {
      n = number(j);
      if (n == null && isAny(j, "un", "une", "a", "an")) {
        n = new int[] {1, j + 1};
      }
    }
    if (n == null || n[0] > 10000) {
      return null;
    }
    int u = n[1];
    String unit = unit(u);
    if (unit == null || unit.equals("CE")) {
      return null;
    }
    if (glued(u) && num(u - 1) && (unit.equals("H") || unit.equals("MIN")) && num(u + 1) && glued(u + 1)) {
      return null;
    }
    Sem s = Sem.of(Sem.Type.DURATION);
    s.unit = unit;
    s.n = n[0];
    s.amount = amount;
    s.mod = mod;
    int end = u + 1;
    if (is(end, "et") && isAny(end + 1, "demi", "demie")) {
      s.amount = n[0] + ".5";
      end += 2;
    }
    return new P(end, s);
  }

  /** chaque lundi, tous les lundis, chaque 15/4, tous les 1er mai: a recurrence on the calendar. */
  private P set(int i) {
    int j = seqAny(i, S72);
    if (j < 0) {
      return null;
    }
    Tok k = tok(j);
    if (k == null) {
      return null;
    }
    Integer wd = Vocabulary.WEEKDAYS.get(k.text());
    if (wd == null) {
      wd = Vocabulary.WEEKDAY_PLURALS.get(k.text());
    }
    Sem s = Sem.of(Sem.Type.SET);
    if (wd != null) {
      s.setValue = "XXXX-WXX-" + wd;
      int end = j + 1;
      int c = seqAny(end, S73);
      P time = timeCore(c > 0 ? c : end);
      if (time != null) {
        s.setValue += "T" + Resolver.clock(time.sem.hour, time.sem.minute, time.sem.second);
        end = time.end;
      }
      return new P(end, s);
    }
    P date = longer(textualDate(j), numericDate(j));
    if (date != null && date.sem.year == null && date.sem.month != null && date.sem.day != null) {
      s.setValue = String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d", date.sem.month, date.sem.day);
      return new P(date.end, s);
    }
    return null;
  }

  // --- clock times -------------------------------------------------------------------------------------------

  /** A clock time with its date if one follows: 15h30, à 8 heures du soir, 20:00, 21/04/2016, 8pm aujourd'hui. */
  private P timeExpr(int i, Prefix pre) {
    if (isAny(i - 1, "en", "pendant", "durant", "pour", "sur") && (pre == null || pre.words[0].equals("en")
        || pre.words[0].equals("pendant") || pre.words[0].equals("durant"))) {
      return null; // "en 1 heure 56 minutes", "pendant 3 heures": lengths of time
    }
    P core = timeCore(i);
    if (core == null) {
      // 10, ce soir: an hour and a part of today.
      int[] n = number(i);
      if (n != null && n[0] <= 24 && n[0] >= 1) {
        int k = is(n[1], ",") ? n[1] + 1 : n[1];
        P d = deictic(k, null);
        if (d != null && d.sem.part != null && d.sem.hour == null) {
          Sem r = d.sem.copy();
          r.hour = adjustHour(n[0], d.sem.part);
          r.part = null;
          return new P(d.end, r);
        }
      }
      return null;
    }
    Sem s = core.sem;
    int end = core.end;
    // 4pm chaque lundi: a recurring time.
    P every = set(end);
    if (every != null && every.sem.setValue.startsWith("XXXX-WXX-") && every.sem.setValue.length() == 10) {
      Sem r = every.sem.copy();
      r.setValue += "T" + Resolver.clock(s.hour, s.minute, s.second);
      return new P(every.end, r);
    }
    // A date after the time: 9h le Mardi, 20:00, 21/04/2016, 8pm aujourd'hui, 7:00 du soir dimanche prochain.
    P date = dateAfter(end);
    if (date != null) {
      Sem r = date.sem.copy();
      r.hour = s.part != null && date.sem.part != null ? adjustHour(s.hour, date.sem.part) : s.hour;
      if (date.sem.part != null && s.hour != null) {
        r.hour = adjustHour(s.hour, date.sem.part);
      }
      r.minute = s.minute;
      r.second = s.second;
      r.part = null;
      return new P(date.end, r);
    }
    boolean cue = (pre != null && pre.mod != null && !pre.mod.equals("start") && !pre.mod.equals("end")
        && !pre.mod.equals("mid")) || timeCue(i);
    if (s.looseTime && !cue) {
      return null;
    }
    Sem r = s.copy();
    r.looseTime = false;
    return new P(end, r);
  }

  private boolean timeCue(int i) {
    Tok prev = tok(i - 1);
    if (prev == null) {
      return false;
    }
    String a = prev.accented();
    if (a.equals("à") || a.equals("vers") || a.equals("dès") || a.equals("avant") || a.equals("après")
        || a.equals("at") || a.equals("around") || (a.equals("est") && is(i - 2, "il"))
        || (a.equals("de") && is(i - 2, "partir"))) {
      return true;
    }
    // The second end of a period of hours: 4:00 a 7 heures, 16-17 heures.
    if (a.equals("a") || a.equals("au") || a.equals("-") || a.equals("et") || a.equals("jusqu")) {
      for (int k = i - 2; k >= Math.max(lo, i - 4); k--) {
        if (t.get(k).num()) {
          return true;
        }
      }
    }
    return false;
  }

  private static int adjustHour(Integer hour, String part) {
    if (hour == null) {
      return 0;
    }
    if (part == null) {
      return hour;
    }
    return switch (part) {
      case "AF", "EV" -> hour < 12 ? hour + 12 : hour;
      case "NI" -> hour >= 6 && hour < 12 ? hour + 12 : hour;
      default -> hour;
    };
  }

  /** A period of hours: 14h à 16h (after "de"), 14h et 16h (after "entre"), 14h-16h. */
  private P timeRange(int i, boolean between) {
    P a = timeCore(i);
    int[] bare = null;
    if (a == null) {
      bare = number(i);
      if (bare == null || bare[0] > 24) {
        return null;
      }
    }
    int j = a != null ? a.end : bare[1];
    int c = between ? seqAny(j, S0) : seqAny(j, S74);
    if (c < 0) {
      return null;
    }
    P b = timeCore(c);
    if (b == null) {
      return null;
    }
    Sem start = a != null ? a.sem.copy() : Sem.of(Sem.Type.TIME);
    if (a == null) {
      start.hour = bare[0];
    }
    Sem end = b.sem.copy();
    if (end.hour >= 12 && start.hour < 12 && start.hour + 12 <= end.hour) {
      start.hour += 12;
    }
    start.looseTime = false;
    end.looseTime = false;
    Sem r = Sem.of(Sem.Type.RANGE);
    r.startSem = start;
    r.end = end;
    return new P(b.end, r);
  }

  /** A clock time alone: 15h30, 15 h, 20:00:24, 8pm, huit heures moins dix, midi (loose unless cued). */
  private P timeCore(int i) {
    Tok k = tok(i);
    if (k == null) {
      return null;
    }
    if (k.num()) {
      P c = clock(i);
      if (c != null) {
        return withPart(c);
      }
    }
    if (isAny(i, "midi", "noon")) {
      if (is(i - 1, "-") || is(i - 1, "apres")) {
        return null;
      }
      Sem s = Sem.of(Sem.Type.TIME);
      s.hour = 12;
      s.looseTime = true;
      return new P(i + 1, s);
    }
    if (isAny(i, "minuit", "midnight")) {
      Sem s = Sem.of(Sem.Type.TIME);
      s.hour = 0;
      s.looseTime = true;
      return new P(i + 1, s);
    }
    int[] n = number(i);
    if (n == null || n[0] > 24) {
      return null;
    }
    int j = n[1];
    if (!isAny(j, "heure", "heures", "h")) {
      if (isAny(j, "am", "pm") || (isAny(j, "a", "p") && is(j + 1, ".") && is(j + 2, "m"))) {
        return ampm(n[0], j);
      }
      if (!isAny(j, "du", "de", "dans")) {
        return null;
      }
      // huit du matin, 8 dans la soirée
      Sem s = Sem.of(Sem.Type.TIME);
      s.hour = n[0];
      s.looseTime = true;
      P p = withPart(new P(j, s));
      return p.sem.partGiven ? p : null;
    }
    Sem s = Sem.of(Sem.Type.TIME);
    s.hour = n[0];
    s.looseTime = true;
    int end = j + 1;
    int[] mins = number(end);
    if (mins != null && mins[0] < 60 && (tok(end).num() ? tok(end).text().length() == 2 : true)
        && !Vocabulary.UNITS.containsKey(tok(mins[1]) == null ? "" : tok(mins[1]).text())
        && !(is(end, "un") || is(end, "une"))) {
      s.minute = mins[0];
      end = mins[1];
      if (isAny(end, "minute", "minutes", "min")) {
        end++;
      }
      s.looseTime = false;
    } else if (mins != null && mins[0] < 60 && isAny(mins[1], "minute", "minutes")) {
      s.minute = mins[0];
      end = mins[1] + 1;
      s.looseTime = false;
    } else if (seqAny(end, S75) > 0) {
      s.minute = 15;
      end += 2;
      s.looseTime = false;
    } else if (seqAny(end, S76) > 0) {
      s.minute = 30;
      end += 2;
      s.looseTime = false;
    } else if (seqAny(end, S77) > 0) {
      s.minute = 45;
      s.hour = (s.hour + 23) % 24;
      end = seqAny(end, S77);
      s.looseTime = false;
    } else if (is(end, "moins")) {
      int[] m2 = number(end + 1);
      if (m2 != null && m2[0] < 60) {
        s.minute = 60 - m2[0];
        s.hour = (s.hour + 23) % 24;
        end = m2[1];
        if (isAny(end, "minute", "minutes")) {
          end++;
        }
        s.looseTime = false;
      }
    } else if (is(end, "et") && (mins = number(end + 1)) != null && isAny(mins[1], "minute", "minutes")) {
      s.minute = mins[0];
      end = mins[1] + 1;
      s.looseTime = false;
    }
    if (is(j, "h") && (is(end, "/") || seqAny(end, S78) > 0 || seqAny(end, S79) > 0)) {
      return null;
    }
    if (is(j, "h") && !k.num()) {
      return null;
    }
    if (s.hour == 24 && s.minute == null) {
      s.hour = 24;
    }
    return withPart(new P(end, s));
  }

  private P ampm(int hour, int j) {
    if (hour > 12 || hour < 1) {
      return null;
    }
    boolean pm = is(j, "pm") || is(j, "p");
    int end = is(j, "am") || is(j, "pm") ? j + 1 : j + 3;
    if (is(end, ".") && !is(j, "am") && !is(j, "pm")) {
      end++;
    }
    Sem s = Sem.of(Sem.Type.TIME);
    s.hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    return new P(end, s);
  }

  /** hh:mm[:ss] [am|pm], or hh am|pm. */
  private P clock(int i) {
    Tok k = tok(i);
    if (k.text().length() > 2 || k.value() > 24) {
      return null;
    }
    if (is(i + 1, ":") && glued(i + 1) && num(i + 2) && glued(i + 2) && tok(i + 2).text().length() == 2
        && tok(i + 2).value() < 60) {
      if (punct(i - 1) && isAny(i - 1, ":") && glued(i)) {
        return null;
      }
      if (isAny(i + 3, ".", ",") && glued(i + 3) && num(i + 4) && glued(i + 4)) {
        return null; // a race time: 1:10.62
      }
      Sem s = Sem.of(Sem.Type.TIME);
      s.hour = k.value();
      s.minute = tok(i + 2).value();
      int end = i + 3;
      if (is(end, ":") && glued(end) && num(end + 1) && glued(end + 1) && tok(end + 1).text().length() == 2) {
        s.second = tok(end + 1).value();
        end += 2;
        if (is(end, ":") && glued(end) && num(end + 1)) {
          return null;
        }
      } else if (is(end, ":") && glued(end) && num(end + 1)) {
        return null;
      }
      if (isAny(end, "am", "pm") || (isAny(end, "a", "p") && is(end + 1, ".") && is(end + 2, "m"))) {
        boolean pm = isAny(end, "pm", "p");
        if (s.hour <= 12) {
          s.hour = pm ? (s.hour == 12 ? 12 : s.hour + 12) : (s.hour == 12 ? 0 : s.hour);
        }
        end = isAny(end, "am", "pm") ? end + 1 : end + 3;
        if (is(end, ".")) {
          end++;
        }
      }
      return new P(end, s);
    }
    if (isAny(i + 1, "am", "pm") || (isAny(i + 1, "a", "p") && is(i + 2, ".") && is(i + 3, "m"))) {
      return ampm(k.value(), i + 1);
    }
    if (is(i + 1, "h") && k.value() <= 24) {
      return null; // handled by the "heures" branch of timeCore
    }
    return null;
  }

  /** Adds a part of the day after a time (8 du soir, 5 de l'après-midi) and moves the hour to the afternoon. */
  private P withPart(P p) {
    int j = p.end;
    int e = seqAny(j, S80);
    if (e < 0) {
      return p;
    }
    String last = tok(e - 1).text();
    String part = last.equals("midi") ? "AF" : PARTS.getOrDefault(last, "AF");
    Sem s = p.sem.copy();
    s.hour = adjustHour(s.hour, part);
    s.looseTime = false;
    s.partGiven = true;
    return new P(e, s);
  }
}
