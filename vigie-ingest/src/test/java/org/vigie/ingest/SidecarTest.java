package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.ingest.Fixtures.PLAIN;
import static org.vigie.ingest.Fixtures.doc;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.failures;
import static org.vigie.ingest.Fixtures.read;
import static org.vigie.ingest.Fixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.testing.TestPaths;

/** The bundled seeds, folders and sidecars. */
class SidecarTest {
  private static final Map<String, LocalDate> SEED_DATES = Map.of(
      "000_d34ea18d0a192c3d", LocalDate.of(2022, 3, 25),
      "001_e002c01b17a6ab38", LocalDate.of(2021, 4, 16),
      "002_e9dc028f06baa9c8", LocalDate.of(2022, 2, 3),
      "003_52528f28ed3b1bed", LocalDate.of(2021, 12, 9),
      "004_306ce2090dc6bcbc", LocalDate.of(2022, 2, 28));

  @TempDir Path dir;

  @Test
  void seedsFolder() throws IOException {
    Path seeds = TestPaths.seeds();
    List<ReadResult> results = read(IngestConfig.defaults(), seeds);
    assertEquals(5, results.size(), results::toString);
    List<Document> docs = docs(results);
    assertEquals(List.copyOf(new java.util.TreeSet<>(SEED_DATES.keySet())),
        docs.stream().map(Document::id).toList(), "sorted order");
    for (Document d : docs) {
      Path file = seeds.resolve(d.id() + ".txt");
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), d.text(), d.id());
      assertEquals(SEED_DATES.get(d.id()), d.date(), d.id());
      assertEquals(DateSource.METADATA, d.dateSource());
      assertEquals("fr", d.language());
      assertEquals(file.toString(), d.origin());
    }
    assertTrue(results.stream().allMatch(r -> r.message() == null), results::toString);
  }

  @Test
  void seedsNamedOneByOneFindTheirSidecar() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(TestPaths.seeds())) {
      s.sorted().forEach(files::add); // as a shell glob would: the sidecar among them
    }
    List<Document> docs = docs(read(PLAIN, files.toArray(Path[]::new)));
    assertEquals(5, docs.size());
    docs.forEach(d -> assertEquals(SEED_DATES.get(d.id()), d.date(), d.id()));

    Path one = TestPaths.seeds().resolve("002_e9dc028f06baa9c8.txt");
    Document d = doc(read(PLAIN, one));
    assertEquals(LocalDate.of(2022, 2, 3), d.date(), "the sidecar next to a file named alone");
    assertEquals("fr", d.language(), "from the sidecar, though detection is off");
  }

  @Test
  void explicitMetaSidecarMatchesByFileNameElsewhere() throws IOException {
    for (String id : SEED_DATES.keySet()) {
      Files.copy(TestPaths.seeds().resolve(id + ".txt"), dir.resolve(id + ".txt"));
    }
    IngestConfig c = PLAIN.withMeta(TestPaths.seeds().resolve("seeds.meta.jsonl"));
    List<Document> docs = docs(read(c, dir));
    assertEquals(5, docs.size());
    docs.forEach(d -> assertEquals(SEED_DATES.get(d.id()), d.date(), d.id()));
  }

  @Test
  void folderIsReadRecursivelyInSortedOrderWithSidecars() throws IOException {
    write(dir, "b.txt", "Texte b.");
    write(dir, "a.txt", "Texte a.");
    write(dir, "sub/c.txt", "Texte c.");
    write(dir, "sub/.hidden.txt", "caché");
    write(dir, ".git/config.txt", "caché");
    write(dir, "notes.docx", "ignoré");
    write(dir, "sub/d.html", "<html><head><title>Titre HTML</title></head><body><p>Texte d.</p></body></html>");
    write(dir, "index.meta.jsonl", """
        {"file": "a.txt", "id": "article-a", "title": "Titre A", "date": "2022-03-25", "url": "https://a"}
        {"id": "b", "date": "25/03/2021", "lang": "en"}
        {"file": "sub/c.txt", "date": "Fri, 25 Mar 2022 10:00:00 GMT"}
        not json

        {"title": "orphan"}
        """);
    write(dir, "sub/sub.meta.jsonl", "{\"file\": \"d.html\", \"title\": \"Titre du sidecar\"}\n");
    List<ReadResult> results = read(PLAIN, dir);
    List<Document> docs = docs(results);
    assertEquals(List.of("article-a", "b", "c", "d"), docs.stream().map(Document::id).toList());
    Document a = docs.get(0);
    assertEquals("Titre A", a.title());
    assertEquals("https://a", a.url());
    assertEquals(LocalDate.of(2022, 3, 25), a.date());
    assertEquals(LocalDate.of(2021, 3, 25), docs.get(1).date());
    assertEquals("en", docs.get(1).language());
    assertEquals(LocalDate.of(2022, 3, 25), docs.get(2).date(), "parent sidecar, by relative path");
    assertEquals("Titre du sidecar", docs.get(3).title(), "sidecar wins over the page");
    Path meta = dir.resolve("index.meta.jsonl");
    assertEquals(List.of(meta + ":4: sidecar: malformed JSON at column 1 (Unrecognized token 'not')",
            meta + ":6: sidecar: entry has neither \"file\" nor \"id\""),
        failures(results).stream().map(ReadResult.Failure::message).toList());
  }

  @Test
  void sidecarIdMatchesOnlyInItsOwnFolder() {
    write(dir, "x.txt", "Texte.");
    write(dir, "sub/x.txt", "Autre texte.");
    write(dir, "m.meta.jsonl", "{\"id\": \"x\", \"date\": \"2022-01-01\"}\n");
    List<Document> docs = docs(read(PLAIN, dir));
    assertEquals(List.of(dir.resolve("sub/x.txt").toString(), dir.resolve("x.txt").toString()),
        docs.stream().map(Document::origin).toList(), "sorted by name: sub before x.txt");
    assertNull(docs.get(0).date());
    assertEquals(LocalDate.of(2022, 1, 1), docs.get(1).date());
  }

  @Test
  void symbolicLinkLoopsAreNotFollowedForever() throws IOException {
    write(dir, "a.txt", "Texte.");
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    assertEquals(1, docs(read(PLAIN, dir)).size());
  }
}
