package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the Vigie checkout is, so commands can default to its bundled examples and data. */
final class Home {
  private Home() {}

  static Path path(String relative) {
    String home = System.getProperty("vigie.home", System.getenv("VIGIE_HOME"));
    if (home != null) {
      return Path.of(home).resolve(relative);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("examples/seeds"))) {
        return p.resolve(relative);
      }
      p = p.getParent();
    }
    return Path.of(relative);
  }
}
