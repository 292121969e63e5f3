package org.vigie.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's examples and data, whichever module they run from. */
public final class TestPaths {
  private TestPaths() {}

  /** The repository root: the {@code vigie.root} system property, else the nearest parent holding examples/. */
  public static Path root() {
    String prop = System.getProperty("vigie.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "examples"))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("cannot find the repository root (no examples/ above the working directory)");
  }

  /** The bundled seed articles. */
  public static Path seeds() {
    return root().resolve("examples/seeds");
  }

  /**
   * The five seed articles as documents, in file order, each with its publication date from
   * {@code seeds.meta.jsonl} (source METADATA).
   */
  public static java.util.List<org.vigie.core.Document> seedDocuments() throws java.io.IOException {
    Path dir = seeds();
    java.util.List<org.vigie.core.Document> docs = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("seeds.meta.jsonl"), java.nio.charset.StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode meta = org.vigie.core.DocumentJson.mapper().readTree(line);
      String text = Files.readString(dir.resolve(meta.get("file").asText()), java.nio.charset.StandardCharsets.UTF_8);
      docs.add(org.vigie.core.Document.of(meta.get("id").asText(), text).withOrigin(meta.get("file").asText())
          .withDate(java.time.LocalDate.parse(meta.get("date").asText()), org.vigie.core.DateSource.METADATA,
              "seeds.meta.jsonl"));
    }
    docs.sort(java.util.Comparator.comparing(org.vigie.core.Document::id));
    return docs;
  }

  /** Data copied into the project (gazetteers, gold, evaluation sets). */
  public static Path data() {
    return root().resolve("data");
  }
}
