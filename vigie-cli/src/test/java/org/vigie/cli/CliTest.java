package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.TestPaths;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  @Test
  void helpListsEveryCommand() {
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String c : List.of("analyze", "eval", "bench")) {
      assertTrue(r.out().contains("  " + c + " "), r.out());
      Run help = run(c, "--help");
      assertEquals(0, help.code(), help.err());
      assertTrue(help.out().startsWith("Usage: vigie " + c), help.out());
    }
  }

  @Test
  void analyzeSeedsFindsTheExpectedEntitiesWithOffsetsIntoTheOriginalText() throws IOException {
    Run r = run("analyze", TestPaths.seeds().toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> docs = lines(r.out());
    assertEquals(5, docs.size());
    Set<String> found = new HashSet<>();
    for (JsonNode d : docs) {
      assertEquals("metadata", d.get("date_source").asText());
      assertEquals("fr", d.get("language").asText());
      String text = d.get("text").asText();
      for (JsonNode m : d.get("mentions")) {
        assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        found.add(m.get("type").asText() + ":" + m.get("text").asText());
      }
      assertTrue(d.get("sentences").size() > 5);
      assertTrue(d.get("tokens").size() > 100);
    }
    for (String want : List.of("PER:Jens Stoltenberg", "PER:Antony Blinken", "PER:Emmanuel Macron", "ORG:OTAN",
        "ORG:G7", "LOC:Bruxelles", "LOC:Pologne", "LOC:Ukraine")) {
      assertTrue(found.contains(want), want + " not in " + found);
    }
    assertTrue(r.err().contains("5 documents"), r.err());
    assertEquals("000_d34ea18d0a192c3d", docs.get(0).get("id").asText(), "output keeps input order");
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheRestGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Emmanuel Macron a reçu Olaf Scholz à Paris.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(dir.resolve("latin.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 0x01, 0x02, 0x03});
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"a\", \"text\": \"Bonjour de Bruxelles.\"}\n"
        + "{\"id\": \"b\", \"text\": \"tronq", StandardCharsets.UTF_8);
    Run r = run("analyze", dir.toString(), dir.resolve("missing.txt").toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, r.code(), r.err());
    List<JsonNode> docs = lines(r.out());
    assertEquals(Set.of("a", "good"), Set.of(docs.get(0).get("id").asText(), docs.get(1).get("id").asText()));
    assertEquals(2, docs.size());
    String err = r.err();
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    for (String bad : List.of("empty.txt", "image.txt", "latin.txt", "feed.jsonl:2", "missing.txt")) {
      assertEquals(1, err.lines().filter(l -> l.startsWith("vigie: skipped") && l.contains(bad)).count(),
          bad + " should be named once in:\n" + err);
    }
  }

  @Test
  void nothingReadableIsItsOwnExitCode(@TempDir Path dir) {
    Run r = run("analyze", dir.resolve("nope.txt").toString());
    assertEquals(ExitCodes.NO_INPUT, r.code(), r.err());
  }

  @Test
  void wrongOptionsAreUsageErrors() {
    Run r = run("analyze", "--format", "xml", "x.txt");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("--format"), r.err());
    assertEquals(ExitCodes.USAGE, run("analyze", "--date", "yesterday", "x.txt").code());
  }

  @Test
  void outputToAFolderAndAsAJsonArray(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("in.txt");
    Files.writeString(text, "Le secrétaire général de l’OTAN, Jens Stoltenberg, était à Bruxelles.",
        StandardCharsets.UTF_8);
    Path outDir = dir.resolve("out/");
    Run r = run("analyze", text.toString(), "--date", "2022-03-25", "--out", outDir + "/");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = JSON.readTree(Files.readString(outDir.resolve("in.json"), StandardCharsets.UTF_8));
    assertEquals("2022-03-25", doc.get("date").asText());
    assertEquals("command_line", doc.get("date_source").asText());
    Path file = dir.resolve("all.json");
    assertEquals(0, run("analyze", text.toString(), "--format", "json", "--out", file.toString()).code());
    JsonNode array = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    assertTrue(array.isArray() && array.size() == 1);
    assertTrue(array.get(0).get("mentions").toString().contains("\"OTAN\""));
  }

  @Test
  void evalOnTheSeedGoldWritesTheReportKeys(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    Run r = run("eval", "--gold", TestPaths.data().resolve("gold/seeds.gold.jsonl").toString(),
        "--entities", TestPaths.data().resolve("gold/seeds.entities.json").toString(),
        "--docs", TestPaths.seeds().toString(), "--json", report.toString(), "--errors");
    assertEquals(0, r.code(), r.err());
    JsonNode json = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
    for (String key : List.of("quotes", "times", "amounts", "quantities", "events", "entities", "documents")) {
      assertTrue(json.has(key), key + " missing in " + json);
    }
    assertEquals(5, json.get("documents").asInt());
    assertTrue(json.get("entities").get("f1").asDouble() > 0.7, json.get("entities").toString());
    assertTrue(r.out().contains("entities"), r.out());
    // The seeds' gold lists no quote with a null speaker: scare quotes are left out, the other way is reported.
    assertFalse(json.get("quotes").get("scare_quotes_counted").asBoolean());
    double withScare = json.get("quotes").get("with_scare_quotes").get("lenient").get("p").asDouble();
    assertTrue(withScare < json.get("quotes").get("lenient").get("p").asDouble(), json.get("quotes").toString());
    // Forced: the report says so.
    r = run("eval", "--gold", TestPaths.data().resolve("gold/seeds.gold.jsonl").toString(), "--docs",
        TestPaths.seeds().toString(), "--layers", "quotes", "--scare-quotes", "counted", "--json", report.toString());
    assertEquals(0, r.code(), r.err());
    json = JSON.readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertTrue(json.get("quotes").get("scare_quotes_counted").asBoolean(), json.get("quotes").toString());
    assertEquals(withScare, json.get("quotes").get("lenient").get("p").asDouble(), 1e-9);
    assertEquals(ExitCodes.USAGE, run("eval", "--gold", TestPaths.data().resolve("gold/seeds.gold.jsonl").toString(),
        "--docs", TestPaths.seeds().toString(), "--scare-quotes", "sometimes").code());
  }

  @Test
  void evalNamesABadGoldLineAndScoresTheRest(@TempDir Path dir) throws IOException {
    List<String> gold = new ArrayList<>(Files.readAllLines(TestPaths.data().resolve("gold/seeds.gold.jsonl")));
    gold.set(1, "{\"doc\": \"001_e002c01b17a6ab38\", \"date\": ");
    Path file = dir.resolve("gold.jsonl");
    Files.write(file, gold, StandardCharsets.UTF_8);
    Run r = run("eval", "--gold", file.toString(), "--docs", TestPaths.seeds().toString(), "--layers", "entities");
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("line 2") || r.err().contains(":2"), r.err());
    assertTrue(r.out().contains("entities"), r.out());
  }

  @Test
  void aUserKnowledgeBaseFileAddsAndCorrectsEntities(@TempDir Path dir) throws IOException {
    Path kb = dir.resolve("mine.tsv");
    Files.writeString(kb, "# my entities\nQ90000001\tPER\tJeanne Dupont-Martin\tJeanne Dupont|Mme Dupont\n",
        StandardCharsets.UTF_8);
    Path text = dir.resolve("a.txt");
    Files.writeString(text, "Jeanne Dupont a inauguré le pont de Bordeaux.", StandardCharsets.UTF_8);
    Run r = run("analyze", text.toString(), "--kb", kb.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode entities = lines(r.out()).get(0).get("entities");
    assertTrue(entities.toString().contains("\"qid\":\"Q90000001\""), entities.toString());
    assertTrue(entities.toString().contains("Jeanne Dupont-Martin"), entities.toString());

    Files.writeString(kb, "Q1\tTHING\tOops\n", StandardCharsets.UTF_8);
    Run bad = run("analyze", text.toString(), "--kb", kb.toString());
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertTrue(bad.err().contains("mine.tsv:1"), bad.err());
  }

  @Test
  void reportedSpeechOfInstitutionsOnlyWhenAskedFor(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("a.txt");
    Files.writeString(text, "Le Pentagone a précisé que les soldats ne faisaient pas partie de la force de réaction.",
        StandardCharsets.UTF_8);
    Run people = run("analyze", text.toString(), "--date", "2022-01-28");
    assertEquals(0, people.code(), people.err());
    assertEquals(0, lines(people.out()).get(0).get("quotes").size(), people.out());
    Run all = run("analyze", text.toString(), "--date", "2022-01-28", "--reported-speech", "all");
    assertEquals(0, all.code(), all.err());
    JsonNode quotes = lines(all.out()).get(0).get("quotes");
    assertEquals(1, quotes.size(), all.out());
    assertEquals("Pentagon", quotes.get(0).get("speaker").asText(), all.out());
    Run bad = run("analyze", text.toString(), "--reported-speech", "some");
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertTrue(bad.err().contains("'people' or 'all'"), bad.err());
  }

  @Test
  void theCorpusEntityTableHasOneRowPerReferentAcrossArticles(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("entities.jsonl");
    Run r = run("analyze", TestPaths.seeds().toString(), "--entities", table.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> rows = lines(Files.readString(table, StandardCharsets.UTF_8));
    List<JsonNode> biden = rows.stream().filter(n -> "Q6279".equals(n.path("qid").asText())).toList();
    assertEquals(1, biden.size(), "one row for Joe Biden");
    assertEquals(5, biden.get(0).get("documents").asInt());
    assertTrue(biden.get(0).get("aliases").has("Joe Biden"), biden.get(0).toString());
    assertTrue(biden.get(0).get("roles").toString().contains("2022-"), biden.get(0).toString());
    assertEquals("Joe Biden", rows.get(0).get("name").asText(), "the most mentioned entity comes first");
  }
}
