package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.vigie.ingest.Fixtures.PLAIN;
import static org.vigie.ingest.Fixtures.assertContains;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.failure;
import static org.vigie.ingest.Fixtures.failures;
import static org.vigie.ingest.Fixtures.read;
import static org.vigie.ingest.Fixtures.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;

/** Every kind of bad input is one failure with one clear line, and the rest of the batch goes on. */
class BadInputTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D,
      'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

  @TempDir Path dir;

  @Test
  void aBatchOfBadInputsGoesOn() {
    Path good1 = write(dir, "good1.txt", "Un bon texte.");
    Path missing = dir.resolve("missing.txt");
    Path empty = write(dir, "empty.txt", "");
    Path blank = write(dir, "blank.txt", " \n\t\r\n ");
    Path png = write(dir, "image.txt", PNG);
    Path good2 = write(dir, "good2.txt", "Un autre bon texte.");
    List<ReadResult> results = read(PLAIN, good1, missing, empty, blank, png, good2);
    assertEquals(List.of(
            good1.toString(),
            missing + ": not found",
            empty + ": empty file (0 bytes)",
            blank + ": empty file (only whitespace)",
            png + ": binary file (NUL byte at byte 8), not text",
            good2.toString()),
        results.stream().map(r -> r.message() == null ? r.origin() : r.message()).toList());
  }

  @Test
  void controlCharactersWithoutNulAreBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (1 + i % 8);
    }
    Path p = write(dir, "ctl.txt", bytes);
    assertEquals(p + ": binary file (100% control characters), not text", failure(read(PLAIN, p)).message());
  }

  @Test
  void binaryJsonLinesIsOneFailure() {
    Path p = write(dir, "image.jsonl", PNG);
    assertEquals(p + ": binary file (NUL byte at byte 8), not text", failure(read(PLAIN, p)).message());
  }

  @Test
  void truncatedJsonLineAndRecordWithoutText() {
    Path p = write(dir, "x.jsonl", "{\"id\": \"a\", \"text\": \"Un.\"}\n{\"id\": \"b\", \"title\": \"x\"}\n"
        + "{\"id\": \"c\", \"text\": \"Trois.\"}\n{\"id\": \"d\", \"text\": \"Quat");
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(List.of("a", "c"), docs(results).stream().map(Document::id).toList());
    assertEquals(List.of(
            p + ":2: record without text (no non-empty \"text\", \"content\" or \"body\" field)",
            p + ":4: truncated JSON line (unexpected end of input)"),
        failures(results).stream().map(ReadResult.Failure::message).toList());
  }

  @Test
  void textFieldOfTheWrongKind() {
    Path p = write(dir, "w.json", "{\"id\": \"w\", \"text\": {\"fr\": \"x\"}}");
    assertEquals(p + ": field \"text\" holds an object, not text", failure(read(PLAIN, p)).message());
  }

  @Test
  void malformedJsonFile() {
    Path p = write(dir, "m.json", "{\"id\": \"a\",\n \"text\": x}");
    assertEquals(p + ": malformed JSON at line 2, column 10 (Unrecognized token 'x')",
        failure(read(PLAIN, p)).message());
    Path q = write(dir, "t.json", "[{\"id\": \"a\", \"text\": \"Un.\"}, {\"id\": ");
    List<ReadResult> results = read(PLAIN, q);
    assertEquals(2, results.size());
    assertEquals(q + ": truncated JSON (unexpected end of input)", results.get(1).message());
  }

  @Test
  void unreadableFile() throws IOException {
    Path p = write(dir, "secret.txt", "texte");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(p), "running as root: permissions do not stop reading");
      assertEquals(p + ": cannot read: permission denied", failure(read(PLAIN, p)).message());
    } finally {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void ioProblemsAreOneLine() {
    assertEquals("cannot read: permission denied",
        Problems.io(new java.nio.file.AccessDeniedException("/x/secret.txt")));
    assertEquals("not found", Problems.io(new java.nio.file.NoSuchFileException("/x/gone.txt")));
    assertEquals("cannot read: Input/output error",
        Problems.io(new java.nio.file.FileSystemException("/x/a.txt", null, "Input/output error")));
    assertEquals("cannot read: disk on fire", Problems.io(new IOException("disk on fire\n\tat somewhere")));
  }

  @Test
  void brokenSymbolicLinkAndFolderNamedLikeAFile() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
    assertEquals(link + ": broken symbolic link", failure(read(PLAIN, link)).message());
    Path folder = Files.createDirectories(dir.resolve("x.txt"));
    write(folder, "inside.txt", "Dedans.");
    assertEquals(List.of("inside"), docs(read(PLAIN, folder)).stream().map(Document::id).toList());
  }

  @Test
  void unknownExtensionIsAFailureOnlyWhenNamed() {
    Path docx = write(dir, "lettre.docx", "PK...");
    Path none = write(dir, "README", "texte");
    write(dir, "a.txt", "Texte.");
    assertEquals(docx + ": unknown file type \".docx\" (expected one of " + Format.KNOWN + ")",
        failure(read(PLAIN, docx)).message());
    assertEquals(none + ": no file extension (expected one of " + Format.KNOWN + ")",
        failure(read(PLAIN, none)).message());
    List<ReadResult> all = read(PLAIN, dir);
    assertEquals(1, all.size(), all::toString);
    assertTrue(all.get(0) instanceof ReadResult.Ok);
  }

  @Test
  void fiftyMegabyteFileIsRefusedQuickly() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    long t0 = System.nanoTime();
    ReadResult.Failure f = failure(read(PLAIN, big));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(big + ": too large: 52.4 MB > limit 10.0 MB (raise with --max-bytes)", f.message());
    assertTrue(ms < 1000, "took " + ms + " ms");
    Path html = dir.resolve("big.html");
    Files.move(big, html);
    assertContains(failure(read(PLAIN, html)).message(), "too large: 52.4 MB");
  }

  @Test
  void jsonLinesLineOverTheLimitIsSkipped() {
    String longText = "x".repeat(500);
    Path p = write(dir, "l.jsonl", "{\"text\": \"court\"}\n{\"text\": \"" + longText + "\"}\n{\"text\": \"fin\"}\n");
    List<ReadResult> results = read(PLAIN.withMaxBytes(100), p);
    assertEquals(List.of("court", "fin"), docs(results).stream().map(Document::text).toList());
    assertEquals(p + ":2: too large: 512 bytes > limit 100 bytes (raise with --max-bytes)",
        failures(results).get(0).message());
  }

  @Test
  void largeJsonArrayIsStreamedRecordByRecord() {
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < 50; i++) {
      sb.append("{\"id\": \"r").append(i).append("\", \"text\": \"Texte numéro ").append(i).append(".\"},\n");
    }
    sb.append("{\"id\": \"huge\", \"text\": \"").append("y".repeat(400)).append("\"}\n]");
    Path p = write(dir, "big.json", sb.toString());
    List<ReadResult> results = read(PLAIN.withMaxBytes(300), p);
    assertEquals(51, results.size());
    assertEquals(50, docs(results).size());
    assertEquals("Texte numéro 49.", docs(results).get(49).text());
    assertContains(failures(results).get(0).message(), p + "#item-51: too large: ");
  }

  @Test
  void failureMessagesAreOneLine() {
    Path p = write(dir, "multi.jsonl", "{\"text\": \"a\nb\"}\n");
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(2, results.size());
    results.forEach(r -> assertFalse(r.message().contains("\n"), r.message()));
    assertEquals("multi line", new ReadResult.Failure("o", "multi\n  line").problem());
  }

  @Test
  void missingSidecarIsReportedAndReadingGoesOn() {
    Path a = write(dir, "a.txt", "Texte.");
    List<ReadResult> results = read(PLAIN.withMeta(dir.resolve("nope.meta.jsonl")), a);
    assertEquals(2, results.size());
    assertEquals(dir.resolve("nope.meta.jsonl") + ": sidecar: not found", results.get(0).message());
  }

  @Test
  void nulInTheMiddleOfUtf8Text() {
    byte[] bytes = "Texte avec un NUL: \u0000 au milieu.".getBytes(StandardCharsets.UTF_8);
    Path p = write(dir, "nul.txt", bytes);
    assertEquals(p + ": binary file (NUL byte at byte 19), not text", failure(read(PLAIN, p)).message());
  }
}
