package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.vigie.ingest.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;
import org.vigie.testing.RandomText;

/** Whatever the bytes, reading never throws: every input gives documents or one-line failures. */
class RobustnessTest {
  private static final String[] EXTENSIONS = {"txt", "html", "htm", "json", "jsonl", "ndjson", "rss", "atom",
      "xml", "TXT"};
  private static final String[] SNIPPETS = {"{", "}", "[", "]", "\"", ":", ",", "\"text\"", "\"id\"", "\n",
      "\r\n", "<", ">", "</", "<p>", "<rss>", "<item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
      "<entry>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [",
      "<!ENTITY a \"&a;&a;\">", "\uFEFF", "null", "true", "1e999", "-", "\\u0000", "\\ud800", "<script>",
      "<meta charset=\"utf-16\">", "<html>", "<body>", "<article>", "\"date\": \"2022-13-45\""};

  @TempDir Path dir;

  @Test
  void randomFilesNeverThrow() {
    Random r = new Random(20220325L);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String ext = EXTENSIONS[r.nextInt(EXTENSIONS.length)];
      files.add(write(dir, String.format(java.util.Locale.ROOT, "f%03d.%s", i, ext), content(r)));
    }
    check(Ingest.read(files, IngestConfig.defaults().withMaxBytes(20_000)), files.size());
    check(Ingest.read(List.of(dir), IngestConfig.defaults()), files.size());
  }

  @Test
  void randomStdinNeverThrows() {
    Random r = new Random(7L);
    for (int i = 0; i < 150; i++) {
      check(Ingest.readStdin(new java.io.ByteArrayInputStream(content(r)), IngestConfig.defaults()), 1);
    }
  }

  private static void check(Stream<ReadResult> stream, int inputs) {
    int n = 0;
    try (stream) {
      for (ReadResult res : (Iterable<ReadResult>) stream::iterator) {
        n++;
        if (res instanceof ReadResult.Ok ok) {
          Document d = ok.document();
          assertFalse(d.text().isBlank(), d.origin());
          assertFalse(d.id().isBlank(), d.origin());
        } else if (res instanceof ReadResult.Failure f) {
          assertFalse(f.message().contains("\n"), f.message());
          assertFalse(f.problem().contains("Exception"), f.message());
        } else {
          fail("neither Ok nor Failure: " + res);
        }
      }
    } catch (RuntimeException e) {
      throw new AssertionError("reading threw", e);
    }
    assertTrue(n >= 1 || inputs == 0);
  }

  private static byte[] content(Random r) {
    int kind = r.nextInt(5);
    int size = r.nextInt(3000);
    switch (kind) {
      case 0 -> {
        byte[] b = new byte[size];
        r.nextBytes(b);
        return b;
      }
      case 1 -> {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
          b[i] = (byte) (0x20 + r.nextInt(0xE0));
        }
        return b;
      }
      case 2 -> {
        return RandomText.generate(r.nextLong(), r.nextInt(400)).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        StringBuilder sb = new StringBuilder();
        int pieces = r.nextInt(200);
        for (int i = 0; i < pieces; i++) {
          sb.append(r.nextInt(4) == 0 ? RandomText.generate(r.nextLong(), 3)
              : SNIPPETS[r.nextInt(SNIPPETS.length)]);
        }
        byte[] b = sb.toString().getBytes(kind == 3 ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE);
        return b;
      }
    }
  }
}
