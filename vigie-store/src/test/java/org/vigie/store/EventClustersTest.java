package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventClustersTest {
  private static EventClusters.Row row(String doc, String day, String value, boolean textDate, String... actors) {
    return new EventClusters.Row(doc, 0, "TALK", LocalDate.parse(day), value, textDate, Set.of(actors));
  }

  @Test
  void datesOfOneEventAsTwoArticlesTellThem() {
    assertTrue(EventClusters.datesAgree(row("a", "2022-03-24", "2022-03-24", true),
        row("b", "2022-03-25", "2022-03-25", true)), "a day apart: time zones, late reports");
    assertFalse(EventClusters.datesAgree(row("a", "2022-03-24", "2022-03-24", true),
        row("b", "2022-03-27", "2022-03-27", true)));
    assertTrue(EventClusters.datesAgree(row("a", "2022-03-01", "2022-03", true),
        row("b", "2022-03-24", "2022-03-24", true)), "a month holds its days");
    assertTrue(EventClusters.datesAgree(row("a", "2022-03-24", "2022-03-24", true),
        row("b", "2022-03-26", null, false)), "an article's date is a few days after the event");
  }

  @Test
  void actorsAllOfTheSmallerSideOrTwo() {
    assertTrue(EventClusters.actorsAgree(Set.of("Q6279"), Set.of("Q6279", "Q3052772")));
    assertTrue(EventClusters.actorsAgree(Set.of("Q6279", "Q3052772", "Q7747"), Set.of("Q6279", "Q3052772", "Q1")));
    assertFalse(EventClusters.actorsAgree(Set.of("Q6279", "Q7747"), Set.of("Q6279", "Q3874799")),
        "Biden calling Putin is not Biden calling Zelensky");
    assertFalse(EventClusters.actorsAgree(Set.of(), Set.of("Q6279")));
  }
}
