package org.vigie.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that shape the engine itself, shared by the commands that run it. */
final class EngineOptions {
  @Option(names = "--kb", paramLabel = "FILE", description = "Your own entities and aliases, added to the bundled "
      + "knowledge base (one a line: qid<TAB>PER|ORG|LOC<TAB>name<TAB>alias|alias...).")
  Path knowledgeBase;

  @Option(names = "--parse", description = "Also run the dependency parser (adds the 'dependencies' layer; about "
      + "five times slower).")
  boolean parse;
}
