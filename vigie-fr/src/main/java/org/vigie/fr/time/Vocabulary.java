package org.vigie.fr.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words of dates in French and English, folded (lower case, no accents), with what they mean. */
final class Vocabulary {
  private Vocabulary() {}

  /** Full month names: usable anywhere. */
  static final Map<String, Integer> MONTHS = new HashMap<>();
  /** Abbreviations: only next to a day number or a year, where they cannot be another word. */
  static final Map<String, Integer> MONTH_ABBREVIATIONS = new HashMap<>();
  /** English month names, which must be capitalized ({@code may} is a verb). */
  static final Set<String> ENGLISH_MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  static final Map<String, Integer> WEEKDAY_PLURALS = new HashMap<>();
  static final Map<String, Integer> WEEKDAY_ABBREVIATIONS = new HashMap<>();
  static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  static final Map<String, String> UNITS = new HashMap<>();
  static final Map<String, String> SEASONS = Map.of("printemps", "SP", "ete", "SU", "automne", "FA", "hiver", "WI",
      "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  static {
    String[] fr = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"};
    String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(fr[m], m + 1);
      MONTHS.put(en[m], m + 1);
    }
    String[][] abbr = {{"janv", "jan"}, {"fevr", "fev", "feb"}, {"mar"}, {"avr", "apr"}, {},
        {"jun"}, {"juil", "jul"}, {"aug"}, {"sept", "sep"}, {"oct"}, {"nov"}, {"dec"}};
    for (int m = 0; m < 12; m++) {
      for (String a : abbr[m]) {
        MONTH_ABBREVIATIONS.put(a, m + 1);
      }
    }
    String[] days = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    String[] daysEn = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    String[][] dayAbbr = {{"lun", "mon"}, {"mar", "tue", "tues"}, {"mer", "wed"}, {"jeu", "thu", "thur", "thurs"},
        {"ven", "fri"}, {"sam", "sat"}, {"dim", "sun"}};
    for (int d = 0; d < 7; d++) {
      WEEKDAYS.put(days[d], d + 1);
      WEEKDAYS.put(daysEn[d], d + 1);
      WEEKDAY_PLURALS.put(days[d] + "s", d + 1);
      WEEKDAY_PLURALS.put(daysEn[d] + "s", d + 1);
      for (String a : dayAbbr[d]) {
        WEEKDAY_ABBREVIATIONS.put(a, d + 1);
      }
    }
    String[] units = {"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize"};
    for (int k = 0; k < units.length; k++) {
      NUMBER_WORDS.put(units[k], k);
    }
    NUMBER_WORDS.put("une", 1);
    NUMBER_WORDS.put("vingt", 20);
    NUMBER_WORDS.put("vingts", 20);
    NUMBER_WORDS.put("trente", 30);
    NUMBER_WORDS.put("quarante", 40);
    NUMBER_WORDS.put("cinquante", 50);
    NUMBER_WORDS.put("soixante", 60);
    NUMBER_WORDS.put("cent", 100);
    String[] enNums = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve"};
    for (int k = 1; k < enNums.length; k++) {
      NUMBER_WORDS.put(enNums[k], k);
    }
    NUMBER_WORDS.put("twenty", 20);
    NUMBER_WORDS.put("thirty", 30);
    NUMBER_WORDS.put("fifteen", 15);
    ORDINALS.put("premier", 1);
    ORDINALS.put("premiere", 1);
    ORDINALS.put("first", 1);
    ORDINALS.put("deuxieme", 2);
    ORDINALS.put("second", 2);
    ORDINALS.put("seconde", 2);
    ORDINALS.put("troisieme", 3);
    ORDINALS.put("third", 3);
    ORDINALS.put("quatrieme", 4);
    ORDINALS.put("fourth", 4);
    ORDINALS.put("cinquieme", 5);
    ORDINALS.put("dernier", -1);
    ORDINALS.put("derniere", -1);
    ORDINALS.put("last", -1);
    for (String u : new String[] {"jour", "jours", "journee", "journees", "day", "days"}) {
      UNITS.put(u, "D");
    }
    for (String u : new String[] {"semaine", "semaines", "week", "weeks"}) {
      UNITS.put(u, "W");
    }
    for (String u : new String[] {"mois", "month", "months"}) {
      UNITS.put(u, "M");
    }
    for (String u : new String[] {"an", "ans", "annee", "annees", "year", "years"}) {
      UNITS.put(u, "Y");
    }
    for (String u : new String[] {"heure", "heures", "hour", "hours", "hrs", "hr"}) {
      UNITS.put(u, "H");
    }
    for (String u : new String[] {"minute", "minutes", "min", "mins", "mn"}) {
      UNITS.put(u, "MIN");
    }
    for (String u : new String[] {"seconde", "secondes", "second", "seconds", "sec"}) {
      UNITS.put(u, "S");
    }
    for (String u : new String[] {"decennie", "decennies", "decade", "decades"}) {
      UNITS.put(u, "DE");
    }
    for (String u : new String[] {"siecle", "siecles", "century", "centuries"}) {
      UNITS.put(u, "CE");
    }
    for (String u : new String[] {"trimestre", "trimestres", "quarter", "quarters"}) {
      UNITS.put(u, "Q");
    }
    for (String u : new String[] {"semestre", "semestres"}) {
      UNITS.put(u, "HY");
    }
  }

  /** Whether a unit is counted on the calendar (day and longer) rather than on the clock. */
  static boolean calendarUnit(String unit) {
    return switch (unit) {
      case "D", "W", "M", "Y", "DE", "CE", "Q", "HY" -> true;
      default -> false;
    };
  }

  /** The value of a Roman numeral ({@code xxi} 21), or -1. */
  static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return -1;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
