package org.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.fr.quote.QuoteConfig;

/** The job's command line: the same options as {@code vigie ingest}, checked before Spark starts. */
class JobArgsTest {

  @Test
  void optionsReachTheConfiguration() {
    JobArgs a = JobArgs.parse(new String[] {"--input", "a", "b", "--out", "o", "--partitions", "3", "--parse",
        "--reported-speech", "all", "--no-resolve"});
    assertEquals(List.of("a", "b"), a.config().inputs());
    assertEquals("o", a.config().out());
    assertEquals(3, a.config().partitions());
    assertTrue(a.config().parse());
    assertEquals(QuoteConfig.ReportedSpeech.ALL, a.config().quoteConfig().reportedSpeech());
    assertNull(a.master());
    JobArgs d = JobArgs.parse(new String[] {"--input", "a", "--out", "o"});
    assertEquals(QuoteConfig.defaults(), d.config().quoteConfig());
    assertTrue(d.config().resolve());
  }

  @Test
  void badOptionsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JobArgs.parse(new String[] {"--input", "a", "--out", "o", "--reported-speech", "some"}));
    assertTrue(e.getMessage().contains("'people' or 'all'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(new String[] {"--input", "a"}));
    assertTrue(e.getMessage().contains("--out"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> JobArgs.parse(new String[] {"--input", "a", "--out", "o", "--partitions", "x"}));
    assertTrue(e.getMessage().contains("not a number"), e.getMessage());
  }
}
