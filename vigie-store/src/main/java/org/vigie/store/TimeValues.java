package org.vigie.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the ISO 8601 / TIMEX3 values of the times layer on the calendar, so that SQL can filter and sort
 * them: {@code 2022-03-24} (a day), {@code 2022-03} (a month), {@code 2022-W12} (a week), {@code 2022-Q1},
 * {@code 2022} (a year), {@code 2022-03-24TEV} and {@code 2022-03-24T15:30} (that day), periods
 * {@code (start,end,duration)} from their start. Underspecified values ({@code XXXX-03-24}), durations,
 * sets, decades and centuries have no place: null.
 */
final class TimeValues {
  private TimeValues() {}

  /** A calendar range with the precision the text gave: day, week, month, quarter, season or year. */
  record Range(LocalDate start, LocalDate end, String precision) {}

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern PERIOD = Pattern.compile("\\(([^,]*),([^,]*),[^)]*\\)");

  /** The range of a value, or null when it has no place on the calendar. */
  static Range parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    try {
      Matcher m = PERIOD.matcher(v);
      if (m.matches()) {
        Range a = parse(m.group(1));
        Range b = parse(m.group(2));
        if (a == null) {
          return null;
        }
        return new Range(a.start(), b != null && !b.end().isBefore(a.start()) ? b.end() : a.end(), "period");
      }
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return new Range(d, d, "day");
      }
      if ((m = MONTH.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
        return new Range(d, d.with(TemporalAdjusters.lastDayOfMonth()), "month");
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(DayOfWeek.MONDAY);
        return new Range(d, d.plusDays(6), "week");
      }
      if ((m = QUARTER.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1);
        return new Range(d, d.plusMonths(3).minusDays(1), "quarter");
      }
      if ((m = SEASON.matcher(v)).matches()) {
        int y = num(m, 1);
        LocalDate d = switch (m.group(2)) {
          case "SP" -> LocalDate.of(y, 3, 20);
          case "SU" -> LocalDate.of(y, 6, 21);
          case "FA" -> LocalDate.of(y, 9, 22);
          default -> LocalDate.of(y, 12, 21);
        };
        return new Range(d, d.plusMonths(3).minusDays(1), "season");
      }
      if ((m = YEAR.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), 1, 1);
        return new Range(d, LocalDate.of(num(m, 1), 12, 31), "year");
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
