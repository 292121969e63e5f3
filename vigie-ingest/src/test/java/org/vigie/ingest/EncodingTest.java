package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.ingest.Fixtures.PLAIN;
import static org.vigie.ingest.Fixtures.assertContains;
import static org.vigie.ingest.Fixtures.concat;
import static org.vigie.ingest.Fixtures.doc;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.failure;
import static org.vigie.ingest.Fixtures.ok;
import static org.vigie.ingest.Fixtures.read;
import static org.vigie.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String FRENCH = "L’été à Paris : « ça coûte 1 000 € », dit-il… Œuvre, naïf, Ñ.";
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  @Test
  void crlfIsKeptExactly() {
    String text = "Ligne un.\r\nLigne deux.\r\n\r\nParagraphe.\r\n";
    assertEquals(text, doc(read(PLAIN, write(dir, "crlf.txt", text))).text());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    Path p = write(dir, "bom.txt", concat(UTF8_BOM, FRENCH.getBytes(StandardCharsets.UTF_8)));
    ReadResult.Ok ok = ok(read(PLAIN, p));
    assertEquals(FRENCH, ok.document().text());
    assertTrue(ok.warnings().isEmpty());
  }

  @Test
  void utf16WithByteOrderMark() {
    Path le = write(dir, "le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        FRENCH.getBytes(StandardCharsets.UTF_16LE)));
    Path be = write(dir, "be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        FRENCH.getBytes(StandardCharsets.UTF_16BE)));
    List<ReadResult> results = read(PLAIN, le, be);
    assertEquals(List.of(FRENCH, FRENCH), docs(results).stream().map(d -> d.text()).toList());
    assertTrue(results.stream().allMatch(r -> r.message() == null), results::toString);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognizedWithAWarning() {
    Path p = write(dir, "nobom.txt", FRENCH, StandardCharsets.UTF_16LE);
    ReadResult.Ok ok = ok(read(PLAIN, p));
    assertEquals(FRENCH, ok.document().text());
    assertEquals(List.of("no byte order mark; read as UTF-16LE"), ok.warnings());
  }

  @Test
  void windows1252IsReadWithAWarning() {
    Path p = write(dir, "ansi.txt", FRENCH, CP1252);
    ReadResult.Ok ok = ok(read(PLAIN, p));
    assertEquals(FRENCH, ok.document().text());
    assertEquals(List.of("not valid UTF-8 (byte 1); read as windows-1252"), ok.warnings());
  }

  @Test
  void declaredEncodingWinsWithoutWarning() {
    Path p = write(dir, "latin.txt", FRENCH, CP1252);
    ReadResult.Ok ok = ok(read(PLAIN.withEncoding(StandardCharsets.ISO_8859_1), p));
    assertEquals(FRENCH, ok.document().text(), "ISO-8859-1 read as its superset windows-1252");
    assertTrue(ok.warnings().isEmpty());
    assertEquals(p + ": invalid UTF-8 at byte 1 (declared encoding)",
        failure(read(PLAIN.withEncoding(StandardCharsets.UTF_8), p)).message());
  }

  @Test
  void htmlMetaCharsetIsFollowed() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body><p>" + FRENCH + "</p></body></html>";
    ReadResult.Ok ok = ok(read(PLAIN, write(dir, "p.html", html, CP1252)));
    assertEquals(FRENCH, ok.document().text());
    assertTrue(ok.warnings().isEmpty(), ok.warnings()::toString);
  }

  @Test
  void htmlMetaCharsetThatLiesFallsBack() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + FRENCH + "</p></body></html>";
    ReadResult.Ok ok = ok(read(PLAIN, write(dir, "p.html", html)));
    assertEquals(FRENCH, ok.document().text(), "bytes are UTF-8 after all");
    assertEquals(List.of("<meta charset> says windows-1252 but the bytes are UTF-8; read as UTF-8"), ok.warnings());
  }

  @Test
  void xmlDeclarationIsFollowed() {
    String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>i</title><description>" + FRENCH.replace("’", "'").replace("€", "EUR")
        .replace("…", "...").replace("Œ", "Oe") + "</description></item></channel></rss>";
    ReadResult.Ok ok = ok(read(PLAIN, write(dir, "l.rss", rss, StandardCharsets.ISO_8859_1)));
    assertContains(ok.document().text(), "L'été à Paris : « ça coûte");
    assertTrue(ok.warnings().isEmpty(), ok.warnings()::toString);
  }

  @Test
  void sidecarEncodingIsFollowed() {
    write(dir, "a.txt", FRENCH, StandardCharsets.UTF_16BE);
    write(dir, "docs.meta.jsonl", "{\"file\": \"a.txt\", \"encoding\": \"UTF-16BE\"}\n");
    ReadResult.Ok ok = ok(read(PLAIN, dir));
    assertEquals(FRENCH, ok.document().text());
    assertTrue(ok.warnings().isEmpty(), ok.warnings()::toString);
  }

  @Test
  void invalidUtf8ThatIsNotPlausibleText() {
    byte[] bytes = concat("Bonjour ".getBytes(StandardCharsets.US_ASCII), new byte[40]);
    java.util.Arrays.fill(bytes, 8, bytes.length, (byte) 0xE9);
    Path p = write(dir, "bad.txt", bytes);
    assertEquals(p + ": invalid UTF-8 at byte 8", failure(read(PLAIN, p)).message());
    Path q = write(dir, "bad2.txt", concat("abc".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0x81, 'x'}));
    assertEquals(q + ": invalid UTF-8 at byte 3", failure(read(PLAIN, q)).message());
  }

  @Test
  void jsonLinesDecodeLineByLine() {
    byte[] good = "{\"id\": \"a\", \"text\": \"été\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] ansi = "{\"id\": \"b\", \"text\": \"l’été\"}\n".getBytes(CP1252);
    byte[] bad = concat("{\"id\": \"c\", \"text\": \"".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0x81, (byte) 0x81, (byte) 0x81}, "\"}\n".getBytes(StandardCharsets.US_ASCII));
    Path p = write(dir, "mixed.jsonl", concat(good, ansi, bad));
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(3, results.size());
    ReadResult.Ok a = (ReadResult.Ok) results.get(0);
    ReadResult.Ok b = (ReadResult.Ok) results.get(1);
    assertEquals("été", a.document().text());
    assertTrue(a.warnings().isEmpty());
    assertEquals("l’été", b.document().text());
    assertEquals(List.of("not valid UTF-8 (byte " + (good.length + 22) + "); read as windows-1252"),
        b.warnings());
    long offset = good.length + ansi.length + 21;
    assertEquals(p + ":3: invalid UTF-8 at byte " + offset, results.get(2).message());
  }

  @Test
  void jsonLinesWithUtf8ByteOrderMarkAreStrict() {
    byte[] ansi = "{\"id\": \"b\", \"text\": \"l’été\"}\n".getBytes(CP1252);
    Path p = write(dir, "bom.jsonl", concat(UTF8_BOM, "{\"text\": \"é\"}\n".getBytes(StandardCharsets.UTF_8), ansi));
    List<ReadResult> results = read(PLAIN, p);
    assertEquals("é", ((ReadResult.Ok) results.get(0)).document().text());
    assertEquals(p + ":2: invalid UTF-8 at byte 40", results.get(1).message());
  }

  @Test
  void jsonLinesInUtf16() {
    String jsonl = "{\"id\": \"a\", \"text\": \"" + FRENCH + "\"}\r\n{\"id\": \"b\", \"text\": \"deux\"}\n";
    Path p = write(dir, "u16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        jsonl.getBytes(StandardCharsets.UTF_16LE)));
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(List.of(FRENCH, "deux"), docs(results).stream().map(d -> d.text()).toList());
  }

  @Test
  void jsonFileWithByteOrderMark() {
    Path p = write(dir, "b.json", concat(UTF8_BOM, "{\"text\": \"é\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("é", doc(read(PLAIN, p)).text());
  }
}
