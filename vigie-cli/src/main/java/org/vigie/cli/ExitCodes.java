package org.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place where outcomes become exit codes and exceptions become one-line messages. No stack trace
 * reaches the user for a problem of theirs (bad input, bad options); a bug still shows one, since a bug report
 * needs it.
 */
final class ExitCodes {
  /** Everything went well. */
  static final int OK = 0;
  /** The job ran, but some inputs failed and were skipped (each one was reported on stderr). */
  static final int SOME_INPUTS_FAILED = 1;
  /** The command line is wrong. */
  static final int USAGE = 2;
  /** Nothing could be done: no readable input, a missing file that the command needs. */
  static final int NO_INPUT = 3;
  /** The corpus store is busy: another ingest is writing it (retry later; reading works meanwhile). */
  static final int STORE_BUSY = 75;
  /** A bug in Vigie. */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  /** A problem the user can fix, reported as one line, with the exit code it maps to. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    UserError(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  static int handle(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof UserError u) {
      cli.getErr().println("vigie: " + u.getMessage());
      return u.code;
    }
    if (e instanceof org.vigie.store.StoreException s) {
      cli.getErr().println("vigie: " + s.getMessage());
      return switch (s.kind()) {
        case LOCKED, BUSY -> STORE_BUSY;
        case BAD_REQUEST -> USAGE;
        case NOT_FOUND, NO_MATCH, INCOMPATIBLE -> NO_INPUT;
      };
    }
    if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
      cli.getErr().println("vigie: " + e.getMessage());
      return NO_INPUT;
    }
    cli.getErr().println("vigie: internal error, please report it with the lines below");
    e.printStackTrace(cli.getErr());
    return INTERNAL;
  }

  static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("vigie: " + e.getMessage());
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    return USAGE;
  }
}
