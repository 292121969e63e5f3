package org.vigie.store;

/**
 * A problem with the store that the user can act on, with its {@link Kind} so that a caller maps it to an exit
 * code or a status once. Bugs and unexpected I/O failures are not wrapped in it.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** There is no store at the path given. */
    NOT_FOUND,
    /** Another process (or another writer in this one) is writing the store. */
    LOCKED,
    /** The store stayed busy longer than the wait allowed. */
    BUSY,
    /** A query or an option the store cannot use (bad SQL, an unknown table, a query of stop words only). */
    BAD_REQUEST,
    /** Nothing in the store matches the name asked for (an entity). */
    NO_MATCH,
    /** The store was written by a newer Vigie, or its files are not a Vigie store. */
    INCOMPATIBLE
  }

  private final Kind kind;

  StoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
