package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that use the corpus store. */
final class StoreOptions {
  @Option(names = "--store", paramLabel = "PATH", description = "The store folder (default: $VIGIE_STORE, else "
      + "./vigie-data).")
  Path store;

  Path dir() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("VIGIE_STORE");
    return env != null && !env.isBlank() ? Path.of(env) : Store.DEFAULT_DIR;
  }

  /** The store, open for reading. */
  Store open() {
    return Store.open(dir());
  }
}
