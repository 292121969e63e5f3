package org.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie serve}'s command line; the server itself is tested in vigie-server. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpTellsTheOptions() {
    Run r = run("serve", "--help");
    assertEquals(0, r.code(), r.err());
    for (String option : new String[] {"--port", "--host", "--store", "127.0.0.1", "8080"}) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
    assertTrue(run("--help").out().contains("  serve "), "listed among the commands");
  }

  @Test
  void aMissingStoreIsReportedBeforeServing() {
    Path missing = tmp.resolve("no-store");
    Run r = run("serve", "--store", missing.toString(), "--port", "0");
    assertEquals(ExitCodes.NO_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("no store at " + missing), r.err());
  }

  @Test
  void aBadPortIsAUsageError() {
    Run r = run("serve", "--port", "70000", "--store", tmp.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--port must be between 0 and 65535: 70000"), r.err());
  }
}
