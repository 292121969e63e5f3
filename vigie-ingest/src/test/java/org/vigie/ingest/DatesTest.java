package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  private static final LocalDate MARCH_25 = LocalDate.of(2022, 3, 25);

  @ParameterizedTest
  @ValueSource(strings = {
      "2022-03-25", " 2022-03-25 ", "2022-03-25T10:00:00Z", "2022-03-25T23:30:00-05:00",
      "2022-03-25T00:30:00+02:00", "2022-03-25T10:00:00.123456+01:00[Europe/Paris]", "2022-03-25 10:00",
      "2022/03/25", "20220325", "20220325T100000Z",
      "Fri, 25 Mar 2022 10:00:00 GMT", "Fri, 25 Mar 2022 23:30:00 -0500", "25 Mar 2022 10:00 +0100",
      "Fri, 25 Mar 22 10:00:00 EST", "Friday, 25 March 2022",
      "25/03/2022", "25.03.2022", "25-03-2022", "25/03/2022 10:00",
      "25 mars 2022", "vendredi 25 mars 2022", "Vendredi 25 Mars 2022 à 10h00", "March 25, 2022",
      "Mar 25th, 2022"})
  void understood(String raw) {
    assertEquals(MARCH_25, Dates.parse(raw), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "mardi prochain", "2022-13-01", "31/02/2022", "2022", "25/03",
      "1648202400", "0000-01-01", "le 25 de mars", "Fri, 25 Xyz 2022", "2022-03-25junk"})
  void notUnderstood(String raw) {
    assertNull(Dates.parse(raw), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1er mars 2022", "1 March 2022", "01/03/2022", "Tue, 1 Mar 2022 00:00:00 +0000"})
  void firstOfMarch(String raw) {
    assertEquals(LocalDate.of(2022, 3, 1), Dates.parse(raw), raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 février 2022", "3 fevrier 2022", "3 févr. 2022", "Feb 3, 2022"})
  void februaryThird(String raw) {
    assertEquals(LocalDate.of(2022, 2, 3), Dates.parse(raw), raw);
  }
}
