package org.vigie.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as found in metadata, to a {@link LocalDate}: the calendar date as written, never shifted
 * by a time zone ({@code 2022-03-25T23:30:00-05:00} is the 25th).
 *
 * <p>Accepted: ISO dates and date-times ({@code 2022-03-25}, {@code 2022-03-25T10:00:00+01:00},
 * {@code 2022-03-25 10:00}, {@code 20220325}, {@code 2022/03/25}); RFC 1123 and RFC 822 ({@code Fri, 25 Mar
 * 2022 10:00:00 GMT}, two-digit years too); day first with slashes, dots or dashes ({@code 25/03/2022});
 * day and month name in English or French ({@code 25 March 2022}, {@code mardi 1er mars 2022},
 * {@code March 25, 2022}).
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:[T\\s].*)?");
  private static final Pattern ISO_BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?:[T\\s,].*)?");
  private static final Pattern DAY_MONTH_NAME = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4}|\\d{2})(?:[\\s,T].*)?");
  private static final Pattern MONTH_NAME_FIRST = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:[\\s,T].*)?");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("janvier", 1), Map.entry("janv", 1),
      Map.entry("feb", 2), Map.entry("february", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
      Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("fév", 2), Map.entry("fev", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("mars", 3),
      Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("avr", 4),
      Map.entry("may", 5), Map.entry("mai", 5),
      Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juin", 6),
      Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
      Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("aout", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
      Map.entry("oct", 10), Map.entry("october", 10), Map.entry("octobre", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
      Map.entry("dec", 12), Map.entry("december", 12), Map.entry("décembre", 12), Map.entry("decembre", 12),
      Map.entry("déc", 12));

  private Dates() {}

  /** The date written in {@code raw}, or null when it is not understood (or not a real calendar date). */
  static LocalDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(3), m.group(4));
      }
      m = ISO_BASIC.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = DAY_FIRST.matcher(s);
      if (m.matches()) {
        return date(m.group(4), m.group(3), m.group(1));
      }
      m = DAY_MONTH_NAME.matcher(s);
      if (m.matches()) {
        Integer month = month(m.group(2));
        return month == null ? null : date(year(m.group(3)), month, Integer.parseInt(m.group(1)));
      }
      m = MONTH_NAME_FIRST.matcher(s);
      if (m.matches()) {
        Integer month = month(m.group(1));
        return month == null ? null : date(year(m.group(3)), month, Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static LocalDate date(String y, String m, String d) {
    return date(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < 1000 || y > 9999) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static int year(String y) {
    int v = Integer.parseInt(y);
    if (y.length() == 2) {
      return v < 50 ? 2000 + v : 1900 + v;
    }
    return v;
  }

  private static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }
}
