package org.vigie.fr.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Places what the grammar understood ({@link Sem}) on the calendar, as a careful reader would, and writes the
 * value in ISO 8601 / TIMEX3 form at the precision the text gives.
 *
 * <p>What an expression is resolved from, in order: the text itself (a full date); a year named nearby in the
 * same passage ({@code l'été 2002 ... le 21 août}); the date under discussion for anaphoric expressions
 * ({@code le lendemain}); the document's date for deictic ones ({@code hier}, {@code mardi}). A month and day
 * without a year take the year that puts them on the side of the document date the verb's tense says (a past
 * event in a report is in the past), else the nearest. Without a date to resolve from, the value stays
 * underspecified ({@code XXXX-03-24}) rather than guessed.
 */
final class Resolver {
  private Resolver() {}

  /** What the resolver may use besides the expression. */
  record Context(LocalDate document, String documentLabel, Supplier<Tense> tense, Integer nearbyYear,
      Antecedent antecedent) {}

  /** The last point placed before, for anaphoric expressions: its first day and its precision (D, W, M, Y). */
  record Antecedent(LocalDate day, String precision) {
    boolean atLeast(String unit) {
      return rank(precision) <= rank(unit);
    }

    private static int rank(String u) {
      return switch (u) {
        case "D" -> 0;
        case "W", "WE" -> 1;
        case "M" -> 2;
        case "Q", "HY" -> 3;
        default -> 4;
      };
    }
  }

  /**
   * The outcome: value, kind, anchor, and the point it names (first day and precision) for later anaphora;
   * {@code point} is null for what is not a point. A null result means the expression cannot be placed and is
   * left out (an anaphoric expression with nothing to refer to).
   */
  record Result(String value, String kind, String anchor, Antecedent point, boolean deictic) {}

  enum Tense { PAST, PRESENT, FUTURE, NONE }

  private static final String NONE = "none";
  private static final String EXPLICIT = "explicit";

  static Result resolve(Sem s, Context c) {
    return switch (s.type) {
      case RANGE -> range(s, c);
      case DURATION -> new Result(duration(s), "duration", EXPLICIT, null, false);
      case SET -> new Result(s.setValue, "set", EXPLICIT, null, false);
      case TIME -> new Result("T" + timePart(s), "time", NONE, null, false);
      case CENTURY -> new Result(String.format(Locale.ROOT, "%02d", s.number - 1), "date", EXPLICIT, null, false);
      case DECADE -> new Result(Integer.toString(s.number / 10), "date", EXPLICIT, null, false);
      case LAST_N -> lastN(s, c);
      default -> point(s, c);
    };
  }

  // --- points ----------------------------------------------------------------------------------------------

  /** A base to count from: the antecedent for anaphoric expressions, else the document date. */
  private record Base(LocalDate date, String label, boolean missing) {}

  private static Base base(Sem s, Context c, String unit) {
    if (s.anaphoric) {
      if (c.antecedent() != null && c.antecedent().atLeast(unit)) {
        return new Base(c.antecedent().day(), "previous:" + c.antecedent().day(), false);
      }
      if ("strict".equals(s.mod) || s.type == Sem.Type.OFFSET || s.type == Sem.Type.REL) {
        return null;
      }
    }
    if (c.document() == null) {
      return new Base(null, NONE, true);
    }
    return new Base(c.document(), c.documentLabel(), false);
  }

  private static Result point(Sem s, Context c) {
    return switch (s.type) {
      case DAYS -> days(s, c);
      case REL -> rel(s, c);
      case OFFSET -> offset(s, c);
      case SEASON -> season(s, c);
      default -> calendar(s, c);
    };
  }

  private static Result days(Sem s, Context c) {
    Base b = base(s, c, "D");
    if (b == null) {
      return null;
    }
    if (b.missing) {
      return new Result(withTime("XXXX-XX-XX", s), kind(s), NONE, null, true);
    }
    LocalDate d = b.date.plusDays(s.n);
    return new Result(withTime(d.toString(), s), kind(s), b.label, new Antecedent(d, "D"), !s.anaphoric);
  }

  private static Result rel(Sem s, Context c) {
    if (s.part2 != null) {
      Integer y = s.year;
      String anchor = EXPLICIT;
      if (y == null) {
        if (c.document() == null) {
          return new Result(ordinalValue("XXXX", s), "date", NONE, null, false);
        }
        y = c.document().getYear() + (s.yearOffset == null ? 0 : s.yearOffset);
        anchor = c.documentLabel();
      }
      return new Result(ordinalValue(Integer.toString(y), s), "date", anchor, null, false);
    }
    Base b = base(s, c, s.unit);
    if (b == null) {
      return null;
    }
    if (b.missing) {
      String v = switch (s.unit) {
        case "W" -> "XXXX-WXX";
        case "WE" -> "XXXX-WXX-WE";
        case "M" -> "XXXX-XX";
        case "Q" -> "XXXX-QX";
        case "HY" -> "XXXX-HX";
        case "DE" -> "XXX";
        case "CE" -> "XX";
        default -> "XXXX";
      };
      return new Result(v, "date", NONE, null, true);
    }
    LocalDate d = b.date;
    Tense tense = null;
    String v;
    Antecedent point;
    switch (s.unit) {
      case "W" -> {
        LocalDate w = d.plusWeeks(s.n);
        v = week(w);
        point = new Antecedent(w.with(DayOfWeek.MONDAY), "W");
      }
      case "WE" -> {
        int n = s.n;
        if (n == 0 && d.getDayOfWeek().getValue() <= 4) {
          tense = c.tense().get();
          if (tense == Tense.PAST) {
            n = -1;
          }
        }
        LocalDate w = d.plusWeeks(n);
        v = week(w) + "-WE";
        point = new Antecedent(w.with(DayOfWeek.SATURDAY), "WE");
      }
      case "M" -> {
        YearMonth m = YearMonth.from(d).plusMonths(s.n);
        v = m.toString();
        point = new Antecedent(m.atDay(1), "M");
      }
      case "Q" -> {
        LocalDate q = d.plusMonths(3L * s.n);
        v = q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR);
        point = null;
      }
      case "HY" -> {
        LocalDate q = d.plusMonths(6L * s.n);
        v = q.getYear() + "-H" + (q.getMonthValue() <= 6 ? 1 : 2);
        point = null;
      }
      case "DE" -> {
        v = Integer.toString(d.getYear() / 10 + s.n);
        point = null;
      }
      case "CE" -> {
        v = String.format(Locale.ROOT, "%02d", (d.getYear() - 1) / 100 + s.n);
        point = null;
      }
      default -> {
        int y = d.getYear() + s.n;
        v = Integer.toString(y);
        point = new Antecedent(LocalDate.of(y, 1, 1), "Y");
      }
    }
    return new Result(v, "date", b.label, point, !s.anaphoric);
  }

  private static String ordinalValue(String year, Sem s) {
    return switch (s.unit) {
      case "Q" -> year + "-Q" + s.part2;
      case "HY" -> year + "-H" + s.part2;
      default -> year + "-W" + String.format(Locale.ROOT, "%02d", s.part2);
    };
  }

  private static Result offset(Sem s, Context c) {
    Base b = base(s, c, s.unit);
    if (b == null) {
      return null;
    }
    if (b.missing) {
      String v = switch (s.unit) {
        case "D" -> "XXXX-XX-XX";
        case "W" -> "XXXX-WXX";
        case "M" -> "XXXX-XX";
        default -> "XXXX";
      };
      return new Result(v, "date", NONE, null, true);
    }
    LocalDate d = b.date;
    String v;
    Antecedent point;
    switch (s.unit) {
      case "D" -> {
        LocalDate x = d.plusDays(s.n);
        v = x.toString();
        point = new Antecedent(x, "D");
      }
      case "W" -> {
        LocalDate x = d.plusWeeks(s.n);
        v = week(x);
        point = new Antecedent(x.with(DayOfWeek.MONDAY), "W");
      }
      case "M" -> {
        YearMonth x = YearMonth.from(d).plusMonths(s.n);
        v = x.toString();
        point = new Antecedent(x.atDay(1), "M");
      }
      case "DE" -> {
        v = Integer.toString((d.getYear() + 10 * s.n) / 10);
        point = null;
      }
      case "CE" -> {
        v = String.format(Locale.ROOT, "%02d", (d.getYear() + 100 * s.n - 1) / 100);
        point = null;
      }
      default -> {
        int y = d.getYear() + s.n;
        v = Integer.toString(y);
        point = new Antecedent(LocalDate.of(y, 1, 1), "Y");
      }
    }
    return new Result(v, "date", b.label, point, !s.anaphoric);
  }

  private static Result season(Sem s, Context c) {
    if (s.year != null) {
      return new Result(s.year + "-" + s.season, "date", EXPLICIT, new Antecedent(LocalDate.of(s.year, 1, 1), "Y"),
          false);
    }
    if (c.nearbyYear() != null && s.yearOffset == null && s.dir == null) {
      int y = c.nearbyYear();
      return new Result(y + "-" + s.season, "date", "nearby-year:" + y, null, false);
    }
    if (c.document() == null) {
      return new Result("XXXX-" + s.season, "date", NONE, null, true);
    }
    LocalDate d = c.document();
    int startMonth = switch (s.season) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    // The season of year y runs from its start month for three months (winter y runs into y+1).
    int current = d.getMonthValue() >= startMonth ? d.getYear() : d.getYear() - 1;
    boolean inside = monthsBetween(LocalDate.of(current, startMonth, 1), d) < 3;
    int y;
    if (s.yearOffset != null) {
      y = d.getYear() + s.yearOffset;
    } else if (s.dir != null && s.dir == 0) {
      y = inside ? current : startMonth == 12 && d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    } else if (s.dir != null) {
      y = s.dir < 0 ? (inside ? current - 1 : current) : current + 1;
    } else if (inside) {
      y = current;
    } else {
      y = nearestSeasonYear(d, startMonth, c);
    }
    return new Result(y + "-" + s.season, "date", c.documentLabel(), null, true);
  }

  private static int nearestSeasonYear(LocalDate d, int startMonth, Context c) {
    int past = d.getMonthValue() >= startMonth ? d.getYear() : d.getYear() - 1;
    int future = past + 1;
    Tense t = c.tense().get();
    if (t == Tense.PAST) {
      return past;
    }
    if (t == Tense.FUTURE) {
      return future;
    }
    long toFuture = ChronoUnit.DAYS.between(d, LocalDate.of(future, startMonth, 1));
    long fromPast = ChronoUnit.DAYS.between(LocalDate.of(past, startMonth, 1).plusMonths(3), d);
    return toFuture <= fromPast ? future : past;
  }

  private static long monthsBetween(LocalDate a, LocalDate b) {
    return ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(b));
  }

  /** Dates, partial or full, weekdays, holidays. */
  private static Result calendar(Sem s, Context c) {
    LocalDate ref = c.document();
    boolean relative = s.anaphoric;
    if (relative) {
      Base b = base(s, c, "D");
      if (b == null) {
        return null;
      }
      ref = b.date;
    }
    String label = relative && c.antecedent() != null ? "previous:" + c.antecedent().day() : c.documentLabel();
    // A full date, or a year, or a year and month: the text says it all.
    if (s.year != null && s.yearOffset == null && s.easterOffset == null && s.nthTimex == null) {
      if (s.month == null) {
        return new Result(Integer.toString(s.year), "date", EXPLICIT,
            new Antecedent(LocalDate.of(s.year, 1, 1), "Y"), false);
      }
      if (s.day == null) {
        return new Result(String.format(Locale.ROOT, "%04d-%02d", s.year, s.month), "date", EXPLICIT,
            new Antecedent(LocalDate.of(s.year, s.month, 1), "M"), false);
      }
      LocalDate d = LocalDate.of(s.year, s.month, s.day);
      return new Result(withTime(d.toString(), s), kind(s), EXPLICIT, new Antecedent(d, "D"), false);
    }
    Integer year = null;
    String anchor = null;
    if (s.yearOffset != null) {
      if (ref == null) {
        return underspecified(s);
      }
      year = ref.getYear() + s.yearOffset;
      anchor = label;
    } else if (s.year != null) {
      year = s.year;
      anchor = EXPLICIT;
    } else if (c.nearbyYear() != null && s.month != null && s.dir == null) {
      year = c.nearbyYear();
      anchor = "nearby-year:" + year;
    }
    if (s.easterOffset != null || s.nthTimex != null) {
      return holiday(s, c, ref, year, anchor, label);
    }
    if (s.monthOffset != null) {
      if (ref == null) {
        return underspecified(s);
      }
      YearMonth m = YearMonth.from(ref).plusMonths(s.monthOffset);
      LocalDate d = s.nth != null ? nthOf(m, s.weekday, s.nth)
          : s.day != null && s.day <= m.lengthOfMonth() ? m.atDay(s.day) : null;
      if (d == null) {
        return null;
      }
      return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), true);
    }
    if (s.nth != null && s.month != null) {
      int month = s.month;
      if (year != null) {
        LocalDate d = nthOf(YearMonth.of(year, month), s.weekday, s.nth);
        return new Result(withTime(d.toString(), s), kind(s), anchor, new Antecedent(d, "D"), false);
      }
      if (ref == null) {
        return new Result(String.format(Locale.ROOT, "XXXX-%02d-WXX-%d-#%d", month, s.weekday, s.nth), "date",
            NONE, null, true);
      }
      LocalDate d = pickYear(ref, y -> nthOf(YearMonth.of(y, month), s.weekday, s.nth), s.dir, null, c);
      return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), true);
    }
    if (s.month != null && s.day != null) {
      if (!Grammar.valid(year, s.month, s.day)) {
        return null;
      }
      if (year != null) {
        LocalDate d = LocalDate.of(year, s.month, s.day);
        return new Result(withTime(d.toString(), s), kind(s), anchor, new Antecedent(d, "D"), false);
      }
      if (ref == null) {
        return underspecified(s);
      }
      LocalDate d = pickYear(ref, y -> safeDate(y, s.month, s.day), s.dir, s.weekday, c);
      if (d == null) {
        return null;
      }
      return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), true);
    }
    if (s.month != null) {
      if (year != null) {
        return new Result(String.format(Locale.ROOT, "%04d-%02d", year, s.month), "date", anchor,
            new Antecedent(LocalDate.of(year, s.month, 1), "M"), false);
      }
      if (ref == null) {
        return underspecified(s);
      }
      YearMonth m;
      YearMonth now = YearMonth.from(ref);
      if (s.dir != null && s.dir == 0) {
        m = YearMonth.of(ref.getYear(), s.month);
      } else {
        Tense t = s.dir != null ? (s.dir < 0 ? Tense.PAST : Tense.FUTURE) : c.tense().get();
        YearMonth past = YearMonth.of(s.month <= now.getMonthValue() ? now.getYear() : now.getYear() - 1, s.month);
        YearMonth future = YearMonth.of(s.month >= now.getMonthValue() ? now.getYear() : now.getYear() + 1, s.month);
        if (s.dir != null && s.dir < 0 && past.equals(now)) {
          past = past.minusYears(1);
        }
        if (s.dir != null && s.dir > 0 && future.equals(now)) {
          future = future.plusYears(1);
        }
        if (t == Tense.PAST) {
          m = past;
        } else if (t == Tense.FUTURE) {
          m = future;
        } else {
          long back = ChronoUnit.MONTHS.between(past, now);
          long ahead = ChronoUnit.MONTHS.between(now, future);
          m = back <= ahead ? past : future;
        }
      }
      return new Result(m.toString(), "date", label, new Antecedent(m.atDay(1), "M"), true);
    }
    if (s.weekday != null) {
      if (ref == null) {
        return underspecified(s);
      }
      LocalDate d;
      if (s.day != null) {
        d = weekdayAndDay(ref, s.weekday, s.day, c);
      } else {
        d = weekday(ref, s, c);
      }
      if (d == null) {
        return underspecified(s);
      }
      return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), !relative);
    }
    if (s.day != null) {
      if (ref == null) {
        return underspecified(s);
      }
      LocalDate d = pickMonth(ref, s.day, c);
      return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), true);
    }
    if (s.year != null || year != null) {
      int y = year != null ? year : s.year;
      return new Result(Integer.toString(y), "date", anchor, new Antecedent(LocalDate.of(y, 1, 1), "Y"), false);
    }
    if (s.hour != null || s.part != null) {
      return new Result("T" + timePart(s), "time", NONE, null, false);
    }
    return null;
  }

  /** The nth weekday of a month; -1 is the last. */
  private static LocalDate nthOf(YearMonth m, int weekday, int nth) {
    DayOfWeek wd = DayOfWeek.of(weekday);
    if (nth < 0) {
      return m.atEndOfMonth().with(TemporalAdjusters.previousOrSame(wd));
    }
    LocalDate d = m.atDay(1).with(TemporalAdjusters.nextOrSame(wd)).plusWeeks(nth - 1L);
    return YearMonth.from(d).equals(m) ? d : null;
  }

  private static Result holiday(Sem s, Context c, LocalDate ref, Integer year, String anchor, String label) {
    java.util.function.IntFunction<LocalDate> on = y -> s.easterOffset != null
        ? easter(y).plusDays(s.easterOffset) : nthWeekday(y, s.nthTimex);
    if (year != null) {
      LocalDate d = on.apply(year);
      return new Result(withTime(d.toString(), s), kind(s), anchor, new Antecedent(d, "D"), false);
    }
    if (ref == null) {
      String v = s.nthTimex != null ? "XXXX-" + s.nthTimex : "XXXX-XX-XX";
      return new Result(v, "date", NONE, null, true);
    }
    LocalDate d = pickYear(ref, on::apply, s.dir, null, c);
    return new Result(withTime(d.toString(), s), kind(s), label, new Antecedent(d, "D"), true);
  }

  private static Result underspecified(Sem s) {
    String v;
    if (s.month != null && s.day != null) {
      v = String.format(Locale.ROOT, "XXXX-%02d-%02d", s.month, s.day);
    } else if (s.month != null) {
      v = String.format(Locale.ROOT, "XXXX-%02d", s.month);
    } else if (s.weekday != null && s.day == null) {
      v = "XXXX-WXX-" + s.weekday;
    } else if (s.day != null) {
      v = String.format(Locale.ROOT, "XXXX-XX-%02d", s.day);
    } else {
      v = "XXXX-XX-XX";
    }
    return new Result(withTime(v, s), kind(s), NONE, null, true);
  }

  /**
   * The occurrence of a yearly date to choose around the reference: {@code dir} or the tense puts it before or
   * after; otherwise the nearest. A weekday named with it ({@code mercredi 25 janvier}) picks the year where they
   * agree.
   */
  private static LocalDate pickYear(LocalDate ref, java.util.function.IntFunction<LocalDate> on, Integer dir,
      Integer weekday, Context c) {
    int y = ref.getYear();
    LocalDate[] cands = {on.apply(y - 1), on.apply(y), on.apply(y + 1)};
    if (cands[0] == null && cands[1] == null && cands[2] == null) {
      // 29 February: the nearest leap years around the reference.
      cands = new LocalDate[] {on.apply(y - 3), on.apply(y - 2), on.apply(y - 1), on.apply(y), on.apply(y + 1),
          on.apply(y + 2), on.apply(y + 3)};
    }
    if (weekday != null) {
      LocalDate best = null;
      for (LocalDate d : cands) {
        if (d != null && d.getDayOfWeek().getValue() == weekday && Math.abs(ChronoUnit.DAYS.between(ref, d)) < 200
            && (best == null || Math.abs(ChronoUnit.DAYS.between(ref, d)) < Math.abs(ChronoUnit.DAYS.between(ref, best)))) {
          best = d;
        }
      }
      if (best != null) {
        return best;
      }
    }
    Tense t = dir != null && dir != 0 ? (dir < 0 ? Tense.PAST : Tense.FUTURE) : c.tense().get();
    LocalDate past = null;
    LocalDate future = null;
    for (LocalDate d : cands) {
      if (d == null) {
        continue;
      }
      boolean strict = dir != null && dir != 0;
      if (strict ? d.isBefore(ref) : !d.isAfter(ref)) {
        past = d;
      }
      if ((strict ? d.isAfter(ref) : !d.isBefore(ref)) && future == null) {
        future = d;
      }
    }
    if (past != null && future != null && (dir == null || dir == 0)) {
      // A tense that puts a yearly date almost a year away when it is days away the other way is more likely
      // the tense of another clause: Noël, in an article of 23 December, is the coming one.
      long back = ChronoUnit.DAYS.between(past, ref);
      long ahead = ChronoUnit.DAYS.between(ref, future);
      if (t == Tense.PAST && back > 250 && ahead <= 14) {
        return future;
      }
      if (t == Tense.FUTURE && ahead > 250 && back <= 14) {
        return past;
      }
    }
    return byTense(t, past, future, ref);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    return Grammar.valid(y, m, d) ? LocalDate.of(y, m, d) : null;
  }

  /** A day of the month without a month ({@code le 23}): the month that puts it where the tense says. */
  private static LocalDate pickMonth(LocalDate ref, int day, Context c) {
    YearMonth now = YearMonth.from(ref);
    LocalDate past = null;
    LocalDate future = null;
    for (int k = -2; k <= 2; k++) {
      YearMonth m = now.plusMonths(k);
      if (day > m.lengthOfMonth()) {
        continue;
      }
      LocalDate d = m.atDay(day);
      if (!d.isAfter(ref)) {
        past = d;
      }
      if (!d.isBefore(ref) && future == null) {
        future = d;
      }
    }
    Tense t = c.tense().get();
    return byTense(t, past, future, ref);
  }

  /** {@code lundi 14}: the nearest Monday the 14th (within a few months of the reference). */
  private static LocalDate weekdayAndDay(LocalDate ref, int weekday, int day, Context c) {
    LocalDate best = null;
    YearMonth now = YearMonth.from(ref);
    for (int k = -6; k <= 6; k++) {
      YearMonth m = now.plusMonths(k);
      if (day > m.lengthOfMonth()) {
        continue;
      }
      LocalDate d = m.atDay(day);
      if (d.getDayOfWeek().getValue() == weekday
          && (best == null || Math.abs(ChronoUnit.DAYS.between(ref, d)) < Math.abs(ChronoUnit.DAYS.between(ref, best)))) {
        best = d;
      }
    }
    return best != null ? best : pickMonth(ref, day, c);
  }

  /** A weekday: in the given week, before or after the reference, or as the tense says, else the nearest. */
  private static LocalDate weekday(LocalDate ref, Sem s, Context c) {
    DayOfWeek wd = DayOfWeek.of(s.weekday);
    if (s.weekOffset != null) {
      return ref.plusWeeks(s.weekOffset).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(wd));
    }
    if (s.dir != null) {
      if (s.dir == 0) {
        return ref.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(wd));
      }
      // "vendredi dernier" is the last Friday before; "vendredi prochain" the Friday of next week (one who
      // meant this week's would say "ce vendredi" or "vendredi").
      return s.dir < 0 ? ref.with(TemporalAdjusters.previous(wd))
          : ref.plusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(wd));
    }
    LocalDate past = ref.with(TemporalAdjusters.previousOrSame(wd));
    LocalDate future = ref.with(TemporalAdjusters.nextOrSame(wd));
    return byTense(c.tense().get(), past, future, ref);
  }

  /**
   * The candidate the sentence's tense asks for: the past one in a past-tense sentence, the future one in a
   * future-tense sentence, else the nearer; either may be missing.
   */
  private static LocalDate byTense(Tense t, LocalDate past, LocalDate future, LocalDate ref) {
    if (t == Tense.PAST && past != null) {
      return past;
    }
    if (t == Tense.FUTURE && future != null) {
      return future;
    }
    if (past == null) {
      return future;
    }
    if (future == null) {
      return past;
    }
    return ChronoUnit.DAYS.between(past, ref) <= ChronoUnit.DAYS.between(ref, future) ? past : future;
  }

  // --- periods and durations -------------------------------------------------------------------------------

  private static Result lastN(Sem s, Context c) {
    String dur = "P" + Math.abs(s.n) + (s.unit.equals("DE") ? "0Y" : s.unit);
    if (c.document() == null) {
      return new Result("(XXXX-XX-XX,XXXX-XX-XX," + dur + ")", "period", NONE, null, true);
    }
    LocalDate ref = c.document();
    LocalDate a;
    LocalDate b;
    int n = Math.abs(s.n);
    if (s.n < 0) {
      b = ref;
      a = minus(ref, s.unit, n);
    } else {
      a = ref.plusDays(1);
      b = minus(a, s.unit, -n);
    }
    return new Result("(" + a + "," + b + "," + dur + ")", "period", c.documentLabel(), null, true);
  }

  private static LocalDate minus(LocalDate d, String unit, int n) {
    return switch (unit) {
      case "D" -> d.minusDays(n);
      case "W" -> d.minusWeeks(n);
      case "M" -> d.minusMonths(n);
      case "Q" -> d.minusMonths(3L * n);
      case "HY" -> d.minusMonths(6L * n);
      case "DE" -> d.minusYears(10L * n);
      default -> d.minusYears(n);
    };
  }

  static String duration(Sem s) {
    String amount = s.amount != null ? s.amount : Integer.toString(s.n);
    return switch (s.unit) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "S" -> "PT" + amount + "S";
      case "DE" -> "P" + (s.amount != null ? s.amount : Integer.toString(s.n * 10)) + "Y";
      case "Q" -> "P" + (s.n * 3) + "M";
      case "HY" -> "P" + (s.n * 6) + "M";
      case "WE" -> "P" + amount + "WE";
      default -> "P" + amount + s.unit;
    };
  }

  private static Result range(Sem s, Context c) {
    Sem a = s.startSem;
    Sem b = s.end;
    if (a.type == Sem.Type.TIME && b.type == Sem.Type.TIME) {
      String va = "T" + clock(a.hour, a.minute, a.second);
      String vb = "T" + clock(b.hour, b.minute, b.second);
      int minutes = minutes(b) - minutes(a);
      if (minutes <= 0) {
        minutes += 24 * 60;
      }
      return new Result("(" + va + "," + vb + "," + hours(minutes) + ")", "period", NONE, null, false);
    }
    Result rb = resolve(b, c);
    if (rb == null) {
      return null;
    }
    Result ra = resolve(constrainStart(a, b, rb), c);
    if (ra == null) {
      return null;
    }
    if (a.weekday != null && a.day == null && b.weekday != null && b.day == null && rb.point() != null
        && ra.point() != null && rb.point().day().isBefore(ra.point().day())) {
      LocalDate e = ra.point().day().with(TemporalAdjusters.nextOrSame(DayOfWeek.of(b.weekday)));
      rb = new Result(e.toString(), rb.kind(), rb.anchor(), new Antecedent(e, "D"), rb.deictic());
    }
    String dur = between(ra.value(), rb.value());
    String anchor = ra.anchor().equals(EXPLICIT) ? rb.anchor() : ra.anchor();
    String va = asWritten(ra.value(), a);
    String vb = asWritten(rb.value(), b);
    return new Result("(" + va + "," + vb + "," + dur + ")", "period", anchor, ra.point(),
        ra.deictic() || rb.deictic());
  }

  /**
   * The end of a period as written: a clock time at the precision of the text (T16, not T16:00), and a year or
   * a month as its first day (2010-01-01), so that both ends of any period read as instants.
   */
  private static String asWritten(String v, Sem s) {
    if (s.hour != null && s.minute == null && v.endsWith(":00") && v.indexOf('T') > 0) {
      return v.substring(0, v.length() - 3);
    }
    if (v.length() == 4 && !v.startsWith("X")) {
      return v + "-01-01";
    }
    if (v.length() == 7 && v.charAt(4) == '-' && v.charAt(5) != 'W' && v.charAt(5) != 'Q' && !v.startsWith("X")) {
      return v + "-01";
    }
    return v;
  }

  /** The start of a period takes its year from the end when it has none, and never falls after it. */
  private static Sem constrainStart(Sem a, Sem b, Result rb) {
    if (a.type != Sem.Type.CAL || a.year != null || a.month == null || rb.point() == null
        || b.month == null) {
      return a;
    }
    Sem x = a.copy();
    int endYear = rb.point().day().getYear();
    boolean sameYear = a.month < b.month || (a.month.equals(b.month) && (a.day == null || b.day == null
        || a.day <= b.day));
    if (rb.value().startsWith("XXXX")) {
      return a;
    }
    x.year = sameYear ? endYear : endYear - 1;
    x.yearOffset = null;
    return x;
  }

  private static int minutes(Sem t) {
    return (t.hour == null ? 0 : t.hour) * 60 + (t.minute == null ? 0 : t.minute);
  }

  private static String hours(int minutes) {
    if (minutes % 60 == 0) {
      return "PT" + minutes / 60 + "H";
    }
    return minutes < 60 ? "PT" + minutes + "M" : "PT" + minutes / 60 + "H" + minutes % 60 + "M";
  }

  /** The length of a period from its two values, in the unit of their precision. */
  static String between(String a, String b) {
    try {
      int ta = a.indexOf('T');
      int tb = b.indexOf('T');
      if (ta > 0 && tb > 0) {
        if (a.substring(0, ta).equals(b.substring(0, tb))) {
          return hours(clockMinutes(a.substring(ta + 1)) > clockMinutes(b.substring(tb + 1)) ? 24 * 60
              - clockMinutes(a.substring(ta + 1)) + clockMinutes(b.substring(tb + 1))
              : clockMinutes(b.substring(tb + 1)) - clockMinutes(a.substring(ta + 1)));
        }
        if (!a.startsWith("X") && !b.startsWith("X")) {
          LocalDateTime x = LocalDateTime.parse(padTime(a));
          LocalDateTime y = LocalDateTime.parse(padTime(b));
          return hours((int) ChronoUnit.MINUTES.between(x, y));
        }
        return "PXH";
      }
      boolean under = a.startsWith("XXXX") || b.startsWith("XXXX");
      String pa = under ? "2001" + a.substring(4) : a;
      String pb = under ? "2001" + b.substring(4) : b;
      if (pa.length() == 10 && pb.length() == 10 && !pa.contains("X") && !pb.contains("X")) {
        LocalDate x = LocalDate.parse(pa);
        LocalDate y = LocalDate.parse(pb);
        if (y.isBefore(x)) {
          y = y.plusYears(1);
        }
        return "P" + ChronoUnit.DAYS.between(x, y) + "D";
      }
      if (pa.length() == 7 && pb.length() == 7 && pa.charAt(4) == '-' && pa.charAt(5) != 'W') {
        YearMonth x = YearMonth.parse(pa);
        YearMonth y = YearMonth.parse(pb);
        if (y.isBefore(x)) {
          y = y.plusYears(1);
        }
        return "P" + ChronoUnit.MONTHS.between(x, y) + "M";
      }
      if (pa.length() == 4 && pb.length() == 4) {
        return "P" + (Integer.parseInt(pb) - Integer.parseInt(pa)) + "Y";
      }
    } catch (RuntimeException e) {
      // An unusual mix of precisions: the period is still given by its ends.
    }
    return "PXD";
  }

  private static int clockMinutes(String hhmm) {
    int h = Integer.parseInt(hhmm.substring(0, 2));
    int m = hhmm.length() >= 5 ? Integer.parseInt(hhmm.substring(3, 5)) : 0;
    return h * 60 + m;
  }

  private static String padTime(String v) {
    int t = v.indexOf('T');
    String time = v.substring(t + 1);
    if (time.length() == 2) {
      time += ":00";
    }
    return v.substring(0, t) + "T" + time;
  }

  // --- formatting ------------------------------------------------------------------------------------------

  private static String kind(Sem s) {
    return s.hour != null || s.part != null ? "time" : "date";
  }

  private static String withTime(String date, Sem s) {
    if (s.hour == null && s.part == null) {
      return date;
    }
    return date + "T" + timePart(s);
  }

  /** A point's clock time always has its minutes (15:00): the normal ISO form of a time of day. */
  private static String timePart(Sem s) {
    if (s.hour != null) {
      return clock(s.hour, s.minute == null ? 0 : s.minute, s.second);
    }
    return s.part == null ? "XX" : s.part;
  }

  /** {@code 15}, {@code 15:30}, {@code 15:30:20}: the clock at the precision the text gives. */
  static String clock(Integer hour, Integer minute, Integer second) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%02d", hour == null ? 0 : hour));
    if (minute != null) {
      sb.append(String.format(Locale.ROOT, ":%02d", minute));
      if (second != null) {
        sb.append(String.format(Locale.ROOT, ":%02d", second));
      }
    }
    return sb.toString();
  }

  /** The ISO week of a day: {@code 2022-W04}. */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Easter Sunday (Gregorian computus). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  /** The nth weekday of a month from a timex tail such as {@code 11-WXX-4-4} (fourth Thursday of November). */
  static LocalDate nthWeekday(int year, String timex) {
    String[] p = timex.split("-");
    int month = Integer.parseInt(p[0]);
    int wd = Integer.parseInt(p[2]);
    int nth = Integer.parseInt(p[3]);
    LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(wd)));
    return first.plusWeeks(nth - 1L);
  }
}
