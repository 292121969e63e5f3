package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.TestPaths;

/**
 * {@code import-parquet} end to end: the seeds ingested, their per-document tables exported as Parquet, imported
 * into a new store that must equal the first (entities, quotes and stories are rebuilt from those tables); bad
 * folders fail clearly. The Spark job itself is tested in vigie-spark; here only its missing-build message.
 */
class ParquetCommandsTest {
  private static final String PER_DOCUMENT = "documents,layers,sentences,mentions,doc_entities,entity_mentions,"
      + "quotes,times,amounts,quantities,events,event_participants,doc_terms";

  @TempDir
  Path tmp;

  @Test
  void exportedParquetImportsIntoAnEqualStore() {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path parquet = tmp.resolve("parquet");
    assertEquals(0, StoreCommandsTest.run("ingest", TestPaths.seeds().toString(), "--store", a.toString()).code());
    StoreCommandsTest.Run e = StoreCommandsTest.run("export", "--format", "parquet", "--tables", PER_DOCUMENT,
        "--out", parquet.toString(), "--store", a.toString());
    assertEquals(0, e.code(), e.err());
    StoreCommandsTest.Run r = StoreCommandsTest.run("import-parquet", parquet.toString(), "--store", b.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("5 articles imported from " + parquet + " (5 new, 0 replaced)"), r.err());
    for (String sql : new String[] {"SELECT count(*) FROM entities", "SELECT count(*) FROM quotes WHERE speaker_id"
        + " IS NOT NULL", "SELECT count(*) FROM stories", "SELECT count(DISTINCT entity_id) FROM doc_entities",
        "SELECT count(*) FROM entity_aliases"}) {
      assertEquals(StoreCommandsTest.number(a, sql), StoreCommandsTest.number(b, sql), sql);
    }
    StoreCommandsTest.Run search = StoreCommandsTest.run("search", "Stoltenberg", "--store", b.toString());
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("Stoltenberg"), search.out());
    // The default export leaves out layers and doc_terms: the import says so.
    Path partial = tmp.resolve("partial");
    assertEquals(0, StoreCommandsTest.run("export", "--format", "parquet", "--out", partial.toString(), "--store",
        a.toString()).code());
    StoreCommandsTest.Run p = StoreCommandsTest.run("import-parquet", partial.toString(), "--store",
        tmp.resolve("c").toString());
    assertEquals(0, p.code(), p.err());
    assertTrue(p.err().contains("has no doc_terms table: imported without it"), p.err());
    assertTrue(p.err().contains("has no layers table"), p.err());
  }

  @Test
  void aFolderWithoutDocumentsIsRefused() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    StoreCommandsTest.Run r = StoreCommandsTest.run("import-parquet", empty.toString(), "--store",
        tmp.resolve("s").toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("no documents table in"), r.err());
    StoreCommandsTest.Run missing = StoreCommandsTest.run("import-parquet", tmp.resolve("nope").toString());
    assertEquals(ExitCodes.NO_INPUT, missing.code(), missing.err());
  }

  @Test
  void sparkJobSaysWhenTheSparkModuleIsNotBuilt() {
    String home = System.getProperty("vigie.home");
    System.setProperty("vigie.home", tmp.toString());
    try {
      StoreCommandsTest.Run r = StoreCommandsTest.run("spark-job", "--input", TestPaths.seeds().toString(), "--out",
          tmp.resolve("out").toString());
      assertEquals(ExitCodes.NO_INPUT, r.code(), r.err());
      assertTrue(r.err().contains("the Spark module is not built"), r.err());
    } finally {
      if (home == null) {
        System.clearProperty("vigie.home");
      } else {
        System.setProperty("vigie.home", home);
      }
    }
  }
}
