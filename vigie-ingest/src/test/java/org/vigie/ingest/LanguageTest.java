package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigie.ingest.Fixtures.doc;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.ok;
import static org.vigie.ingest.Fixtures.read;
import static org.vigie.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Document;

class LanguageTest {
  private static final IngestConfig DETECT = IngestConfig.defaults();
  private static final String FR = "Le président de la République a annoncé mardi une aide supplémentaire "
      + "pour les familles touchées par la hausse des prix de l’énergie.";
  private static final String EN = "The president announced on Tuesday additional help for the families hit "
      + "by the rise in energy prices.";
  private static final String DE = "Der Präsident kündigte am Dienstag zusätzliche Hilfe für die Familien an, "
      + "die von den steigenden Energiepreisen betroffen sind.";
  private static final String UK = "Президент у вівторок оголосив про додаткову допомогу родинам, які "
      + "постраждали від зростання цін на енергію.";

  @TempDir Path dir;

  @Test
  void detectedPerDocument() {
    String jsonl = String.join("\n",
        "{\"id\": \"fr\", \"text\": \"" + FR + "\"}",
        "{\"id\": \"en\", \"text\": \"" + EN + "\"}",
        "{\"id\": \"de\", \"text\": \"" + DE + "\"}",
        "{\"id\": \"uk\", \"text\": \"" + UK + "\"}",
        "{\"id\": \"short\", \"text\": \"Oui.\"}",
        "{\"id\": \"digits\", \"text\": \"12 345 678 — 2022\"}");
    List<Document> docs = docs(read(DETECT, write(dir, "l.jsonl", jsonl)));
    assertEquals(6, docs.size());
    for (Document d : docs.subList(0, 4)) {
      assertEquals(d.id(), d.language());
    }
    assertNull(docs.get(4).language(), "too short to tell");
    assertNull(docs.get(5).language(), "no letters");
  }

  @Test
  void metadataWins() {
    Path p = write(dir, "m.jsonl", "{\"text\": \"" + FR + "\", \"lang\": \"EN-gb\"}\n"
        + "{\"text\": \"" + FR + "\", \"language\": \"fra\"}\n"
        + "{\"text\": \"" + EN + "\", \"lang\": \"Français\"}\n");
    assertEquals(List.of("en", "fr", "fr"), docs(read(DETECT, p)).stream().map(Document::language).toList());
  }

  @Test
  void badLanguageCodeIsWarnedThenDetected() {
    ReadResult.Ok ok = ok(read(DETECT, write(dir, "b.json", "{\"text\": \"" + FR + "\", \"lang\": \"zz-top\"}")));
    assertEquals("fr", ok.document().language());
    assertEquals(List.of("lang \"zz-top\" is not a language code; ignored"), ok.warnings());
  }

  @Test
  void detectionCanBeTurnedOff() {
    assertNull(doc(read(DETECT.withDetectLanguage(false), write(dir, "a.txt", FR))).language());
  }

  @Test
  void parallelStreamsDetectTheSame() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append("{\"id\": \"").append(i).append("\", \"text\": \"").append(i % 2 == 0 ? FR : EN).append("\"}\n");
    }
    Path p = write(dir, "p.jsonl", sb.toString());
    List<String> sequential;
    try (var s = Ingest.read(List.of(p), DETECT)) {
      sequential = s.map(r -> ((ReadResult.Ok) r).document().language()).toList();
    }
    List<String> parallel;
    try (var s = Ingest.read(List.of(p), DETECT).parallel()) {
      parallel = s.map(r -> ((ReadResult.Ok) r).document().language()).toList();
    }
    assertEquals(sequential, parallel);
    assertEquals("fr", sequential.get(0));
    assertEquals("en", sequential.get(1));
  }
}
