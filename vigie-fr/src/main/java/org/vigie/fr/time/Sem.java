package org.vigie.fr.time;

/**
 * What the grammar understood of one temporal expression, before it is placed on the calendar: the fields the
 * text states (year, month, day, weekday, clock time...), the relations it expresses (yesterday, last week,
 * three weeks ago) and its modifier (before, since, start of...). Mutable while the grammar builds it, then only
 * read by {@link Resolver}.
 */
final class Sem {
  enum Type {
    /** A calendar date, partial or full: any of year, month, day, weekday (with a relation), nth weekday. */
    CAL,
    /** A day counted from the anchor: today 0, yesterday -1, the day after +1 (anaphoric). */
    DAYS,
    /** The unit containing the anchor, or the one before or after it: this week, last month, next year. */
    REL,
    /** So many units before or after the anchor: three weeks ago, in two days, ten years later. */
    OFFSET,
    /** A season of a year. */
    SEASON,
    /** A century ({@code number} is the ordinal: 21 for the 21st). */
    CENTURY,
    /** A decade ({@code number} is its first year: 1990). */
    DECADE,
    /** The last or next so many units up to the anchor: the last ten months. */
    LAST_N,
    /** A clock time or a part of the day, without a date. */
    TIME,
    /** From one expression to another. */
    RANGE,
    /** An amount of time. */
    DURATION,
    /** A recurrence (every Monday). */
    SET
  }

  Type type;
  Integer year;
  Integer month;
  Integer day;
  Integer weekday;
  /** Year given relatively ({@code de cette année} 0, {@code de l'an dernier} -1). */
  Integer yearOffset;
  /** Past (-1: dernier), future (+1: prochain) or this (0: ce, cette); null when the text says nothing. */
  Integer dir;
  /** A weekday in a given week: 0 this week, -1 last week, +1 next week. */
  Integer weekOffset;
  /** The nth weekday of the month ({@code premier vendredi de juillet}); -1 is the last. */
  Integer nth;
  /** Days after Easter for moveable feasts (0 Easter Sunday, 1 Easter Monday, 39 Ascension...). */
  Integer easterOffset;
  /** A holiday defined by the nth weekday of a month (Thanksgiving): the timex, e.g. {@code 11-WXX-4-4}. */
  String nthTimex;
  /** Count for DAYS, OFFSET, LAST_N, DURATION, SET; for REL the offset in units. */
  int n;
  /** A non-integer amount for durations ({@code 3.5 ans}); null when {@code n} says it. */
  String amount;
  /** D, W, M, Y, WE (weekend), Q, H1/H2 (half years), DE (decade), CE (century), H, MIN, S. */
  String unit;
  /** Quarter or half number for REL with an explicit ordinal ({@code le troisième trimestre 2016}). */
  Integer part2;
  /** Relative to the narrative (the last date mentioned before), not to the document date. */
  boolean anaphoric;
  /** SP, SU, FA, WI. */
  String season;
  int number;
  Integer hour;
  Integer minute;
  Integer second;
  /** MO, AF, EV, NI: a part of the day. */
  String part;
  /** A day of a month given relatively: le 4 du mois prochain (+1), le 22 de ce mois (0). */
  Integer monthOffset;
  /** A part of the day was said with the clock time (8 du soir): the hour is a clock time for sure. */
  boolean partGiven;
  /** A bare number of hours without a cue ({@code 8 heures}): a time only when attached or introduced. */
  boolean looseTime;
  /** before, after, on_or_after, on_or_before, start, mid, end, approx, since, until, more_than, less_than. */
  String mod;
  /** The two ends of a RANGE. */
  Sem startSem;
  Sem end;
  /** The value of a set (XXXX-WXX-1, P1W...). */
  String setValue;

  static Sem of(Type type) {
    Sem s = new Sem();
    s.type = type;
    return s;
  }

  Sem copy() {
    Sem s = new Sem();
    s.type = type;
    s.year = year;
    s.month = month;
    s.day = day;
    s.weekday = weekday;
    s.yearOffset = yearOffset;
    s.dir = dir;
    s.weekOffset = weekOffset;
    s.nth = nth;
    s.easterOffset = easterOffset;
    s.nthTimex = nthTimex;
    s.n = n;
    s.amount = amount;
    s.unit = unit;
    s.part2 = part2;
    s.anaphoric = anaphoric;
    s.season = season;
    s.number = number;
    s.hour = hour;
    s.minute = minute;
    s.second = second;
    s.part = part;
    s.looseTime = looseTime;
    s.monthOffset = monthOffset;
    s.partGiven = partGiven;
    s.mod = mod;
    s.startSem = startSem;
    s.end = end;
    s.setValue = setValue;
    return s;
  }

  boolean hasTime() {
    return hour != null || part != null;
  }

  /** A calendar date that names its year in digits. */
  boolean explicitYear() {
    return year != null && yearOffset == null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type.name()).append('{');
    if (year != null) sb.append("y=").append(year).append(' ');
    if (month != null) sb.append("m=").append(month).append(' ');
    if (day != null) sb.append("d=").append(day).append(' ');
    if (weekday != null) sb.append("wd=").append(weekday).append(' ');
    if (dir != null) sb.append("dir=").append(dir).append(' ');
    if (unit != null) sb.append("unit=").append(unit).append(' ').append("n=").append(n).append(' ');
    if (hour != null) sb.append("h=").append(hour).append(':').append(minute).append(' ');
    if (part != null) sb.append("part=").append(part).append(' ');
    if (mod != null) sb.append("mod=").append(mod).append(' ');
    if (anaphoric) sb.append("anaphoric ");
    if (end != null) sb.append("end=").append(end);
    return sb.append('}').toString();
  }
}
