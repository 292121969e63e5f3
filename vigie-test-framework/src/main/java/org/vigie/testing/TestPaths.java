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

  /** Data copied into the project (gazetteers, gold, evaluation sets). */
  public static Path data() {
    return root().resolve("data");
  }
}
