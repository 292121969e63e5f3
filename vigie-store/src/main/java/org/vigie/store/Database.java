package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the store's DuckDB file. DuckDB lets one process write a file or several processes read it, not both
 * at once; so every connection is short-lived (a query, a batch), and opening waits, with backoff, while another
 * connection with a conflicting mode holds the file. Extensions are never installed or loaded from the network
 * (JSON and Parquet are built in).
 */
final class Database {
  static final String FILE = "store.duckdb";

  /** A unit of work on an open connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException, IOException;
  }

  private static final Pattern PID = Pattern.compile("PID (\\d+)");

  private final Path file;

  Database(Path dir) {
    this.file = dir.resolve(FILE);
  }

  Path file() {
    return file;
  }

  boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Runs {@code work} on a read-only connection, checking that this Vigie can read the store. */
  <T> T withReader(Duration wait, Work<T> work) {
    return with(open(Mode.READ, wait), work);
  }

  /** Runs {@code work} on a read-only connection that cannot touch files either: for users' SQL. */
  <T> T withSandbox(Duration wait, Work<T> work) {
    return with(open(Mode.SANDBOX, wait), work);
  }

  /** A read-write connection, creating the file when missing; the caller closes it. */
  Connection openWriter(Duration wait) {
    return open(Mode.WRITE, wait);
  }

  private <T> T with(Connection c, Work<T> work) {
    try (c) {
      checkVersion(c);
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("store query failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private enum Mode { READ, SANDBOX, WRITE }

  private Connection open(Mode mode, Duration wait) {
    if (mode != Mode.WRITE && !exists()) {
      throw new StoreException(StoreException.Kind.NOT_FOUND, "no store at " + file.getParent());
    }
    Properties p = new Properties();
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    if (mode != Mode.WRITE) {
      p.setProperty("duckdb.read_only", "true");
    }
    if (mode == Mode.SANDBOX) {
      p.setProperty("enable_external_access", "false");
    }
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 20;
    while (true) {
      try {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
      } catch (SQLException e) {
        String m = String.valueOf(e.getMessage());
        boolean busy = m.contains("Could not set lock") || m.contains("Conflicting lock")
            || m.contains("different configuration") || m.contains("already attached");
        if (!busy) {
          throw new StoreException(StoreException.Kind.INCOMPATIBLE, "cannot open the store " + file + ": "
              + firstLine(m), e);
        }
        if (System.nanoTime() > deadline) {
          Matcher pid = PID.matcher(m);
          throw new StoreException(StoreException.Kind.BUSY, "the store " + file.getParent() + " stayed busy for "
              + wait.toSeconds() + " s" + (pid.find() ? " (held by process " + pid.group(1) + ")" : "")
              + "; try again", e);
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StoreException(StoreException.Kind.BUSY, "interrupted while waiting for the store", ie);
        }
        pause = Math.min(250, pause * 2);
      }
    }
  }

  private static void checkVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      int version = r.next() ? Integer.parseInt(r.getString(1)) : Schema.VERSION;
      if (version > Schema.VERSION) {
        throw new StoreException(StoreException.Kind.INCOMPATIBLE, "the store was written by a newer Vigie "
            + "(schema " + r.getString(1) + ", this one reads " + Schema.VERSION + ")");
      }
      if (version < Schema.VERSION) {
        throw new StoreException(StoreException.Kind.INCOMPATIBLE, "the store was written by an older Vigie "
            + "(schema " + r.getString(1) + ", this one reads " + Schema.VERSION + "): ingest the articles again"
            + " into a new store");
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("meta")) {
        throw new StoreException(StoreException.Kind.INCOMPATIBLE, "not a Vigie store (no meta table)", e);
      }
      throw e;
    }
  }

  static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
