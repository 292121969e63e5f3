package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IngestConfigTest {
  @Test
  void defaults() {
    IngestConfig c = IngestConfig.defaults();
    assertNull(c.date());
    assertNull(c.meta());
    assertNull(c.encoding());
    assertEquals("id", c.idField());
    assertEquals("title", c.titleField());
    assertEquals("date", c.dateField());
    assertEquals("url", c.urlField());
    assertEquals("text", c.textField());
    assertEquals(10_000_000L, c.maxBytes());
    assertTrue(c.detectLanguage());
  }

  @Test
  void withers() {
    IngestConfig c = IngestConfig.defaults().withDate(LocalDate.of(2022, 3, 25)).withMeta(Path.of("m.jsonl"))
        .withEncoding(StandardCharsets.UTF_16).withIdField("ref").withTitleField("titre")
        .withDateField("quand").withUrlField("lien").withTextField("corps").withMaxBytes(5)
        .withDetectLanguage(false);
    assertEquals(new IngestConfig(LocalDate.of(2022, 3, 25), Path.of("m.jsonl"), StandardCharsets.UTF_16, "ref",
        "titre", "quand", "lien", "corps", 5, false), c);
    assertEquals("text", c.withTextField("  ").textField(), "blank field names fall back to the default");
    assertThrows(IllegalArgumentException.class, () -> c.withMaxBytes(0));
  }
}
