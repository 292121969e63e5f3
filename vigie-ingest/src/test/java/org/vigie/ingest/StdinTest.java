package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.ingest.Fixtures.PLAIN;
import static org.vigie.ingest.Fixtures.doc;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.failure;
import static org.vigie.ingest.Fixtures.stdin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;

class StdinTest {
  @Test
  void jsonLines() {
    List<ReadResult> results = stdin(PLAIN, "{\"id\": \"a\", \"text\": \"Un.\"}\n\n{\"text\": \"Deux.\"}\n");
    List<Document> docs = docs(results);
    assertEquals(List.of("a", "stdin-3"), docs.stream().map(Document::id).toList());
    assertEquals(List.of("<stdin>:1", "<stdin>:3"), docs.stream().map(Document::origin).toList());
  }

  @Test
  void singleLineObjectIsJson() {
    Document d = doc(stdin(PLAIN, "{\"text\": \"Un seul.\"}"));
    assertEquals("stdin", d.id());
    assertEquals("<stdin>", d.origin());
  }

  @Test
  void prettyPrintedJsonAndArrays() {
    Document d = doc(stdin(PLAIN, "{\n  \"id\": \"p\",\n  \"text\": \"Joli.\"\n}\n"));
    assertEquals("p", d.id());
    List<Document> docs = docs(stdin(PLAIN, "\n  [{\"text\": \"Un.\"}, {\"text\": \"Deux.\"}]"));
    assertEquals(List.of("stdin-1", "stdin-2"), docs.stream().map(Document::id).toList());
    assertEquals("<stdin>#item-2", docs.get(1).origin());
  }

  @Test
  void html() {
    Document d = doc(stdin(PLAIN, "<!doctype html><html><head><title>T</title>"
        + "<meta name=\"date\" content=\"2022-03-25\"></head><body><article><p>Texte.</p></article></body></html>"));
    assertEquals("Texte.", d.text());
    assertEquals("T", d.title());
    assertEquals(LocalDate.of(2022, 3, 25), d.date());
  }

  @Test
  void feed() {
    List<Document> docs = docs(stdin(PLAIN, "<?xml version=\"1.0\"?>\n<!-- fil -->\n<rss version=\"2.0\"><channel>"
        + "<title>t</title><item><guid>g1</guid><description>Un.</description></item></channel></rss>"));
    assertEquals(List.of("g1"), docs.stream().map(Document::id).toList());
    assertEquals("<stdin>#item-1", docs.get(0).origin());
  }

  @Test
  void plainTextAsIs() {
    String text = "\uFEFFLe texte,\r\ntel quel.\n";
    Document d = doc(stdin(PLAIN, text.getBytes(StandardCharsets.UTF_8)));
    assertEquals("stdin", d.id());
    assertEquals(text.substring(1), d.text());
  }

  @Test
  void emptyAndBinary() {
    assertEquals("<stdin>: empty input (0 bytes)", failure(stdin(PLAIN, new byte[0])).message());
    assertEquals("<stdin>: empty file (only whitespace)", failure(stdin(PLAIN, "  \n ")).message());
    assertTrue(failure(stdin(PLAIN, new byte[] {1, 2, 0, 3})).problem().startsWith("binary file"));
  }

  @Test
  void tooLargeNonJsonIsRefused() {
    ReadResult.Failure f = failure(stdin(PLAIN.withMaxBytes(1000), "x".repeat(5000)));
    assertEquals("<stdin>: too large: more than the limit of 1.0 kB (raise with --max-bytes)", f.message());
  }

  /** An endless JSON Lines stream: reading must be lazy, or this never ends. */
  @Test
  void endlessJsonLinesStreamIsReadLazily() {
    InputStream endless = new InputStream() {
      private final byte[] line = "{\"text\": \"Encore une ligne.\"}\n".getBytes(StandardCharsets.UTF_8);
      private long i;

      @Override
      public int read() {
        return line[(int) (i++ % line.length)];
      }
    };
    try (Stream<ReadResult> s = Ingest.readStdin(endless, PLAIN)) {
      Iterator<ReadResult> it = s.iterator();
      for (int k = 1; k <= 3000; k++) {
        ReadResult r = it.next();
        assertEquals("<stdin>:" + k, r.origin());
      }
    }
  }
}
