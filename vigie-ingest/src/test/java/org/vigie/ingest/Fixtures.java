package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.vigie.core.Document;

/** Small helpers shared by the ingestion tests. */
final class Fixtures {
  /** Language detection off: most tests are about reading, and it keeps them fast. */
  static final IngestConfig PLAIN = IngestConfig.defaults().withDetectLanguage(false);

  private Fixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String content, Charset cs) {
    return write(dir, name, content.getBytes(cs));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  static List<ReadResult> read(IngestConfig config, Path... inputs) {
    try (Stream<ReadResult> s = Ingest.read(List.of(inputs), config)) {
      return s.toList();
    }
  }

  static List<ReadResult> stdin(IngestConfig config, String content) {
    return stdin(config, content.getBytes(StandardCharsets.UTF_8));
  }

  static List<ReadResult> stdin(IngestConfig config, byte[] content) {
    try (Stream<ReadResult> s = Ingest.readStdin(new ByteArrayInputStream(content), config)) {
      return s.toList();
    }
  }

  /** The one result, which must be a document. */
  static ReadResult.Ok ok(List<ReadResult> results) {
    assertEquals(1, results.size(), () -> "results: " + results);
    return assertInstanceOf(ReadResult.Ok.class, results.get(0), () -> "results: " + results);
  }

  static Document doc(List<ReadResult> results) {
    return ok(results).document();
  }

  /** The one result, which must be a failure. */
  static ReadResult.Failure failure(List<ReadResult> results) {
    assertEquals(1, results.size(), () -> "results: " + results);
    return assertInstanceOf(ReadResult.Failure.class, results.get(0), () -> "results: " + results);
  }

  static List<Document> docs(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).document())
        .toList();
  }

  static List<ReadResult.Failure> failures(List<ReadResult> results) {
    return results.stream().filter(r -> r instanceof ReadResult.Failure).map(r -> (ReadResult.Failure) r)
        .toList();
  }

  static void assertContains(String haystack, String needle) {
    assertTrue(haystack != null && haystack.contains(needle),
        () -> "expected to contain <" + needle + "> but was <" + haystack + ">");
  }
}
