package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeValuesTest {
  private static void check(String value, String start, String end, String precision) {
    TimeValues.Range r = TimeValues.parse(value);
    assertEquals(new TimeValues.Range(LocalDate.parse(start), LocalDate.parse(end), precision), r, value);
  }

  @Test
  void valuesAtEveryPrecisionArePlacedOnTheCalendar() {
    check("2022-03-24", "2022-03-24", "2022-03-24", "day");
    check("2022-03-24TEV", "2022-03-24", "2022-03-24", "day");
    check("2022-03-24T15:30", "2022-03-24", "2022-03-24", "day");
    check("2022-02", "2022-02-01", "2022-02-28", "month");
    check("2022-W12", "2022-03-21", "2022-03-27", "week");
    check("2022-Q2", "2022-04-01", "2022-06-30", "quarter");
    check("2002-SU", "2002-06-21", "2002-09-20", "season");
    check("2014", "2014-01-01", "2014-12-31", "year");
    check("(2022-03-01,2022-03-15,P15D)", "2022-03-01", "2022-03-15", "period");
  }

  @Test
  void valuesWithoutAPlaceGiveNothing() {
    for (String v : new String[] {null, "XXXX-03-24", "P3W", "XXXX-WXX-1", "20", "201", "2022-13-40", "PRESENT_REF"}) {
      assertNull(TimeValues.parse(v), v);
    }
  }
}
