package org.vigie.core;

/** Where a document's publication date came from; output always says it, so users know what to trust. */
public enum DateSource {
  /** From the document's own metadata (JSON field, HTML meta tag, feed item, sidecar file). */
  METADATA,
  /** Given by the user on the command line. */
  COMMAND_LINE,
  /** Read off the text (a dateline or an explicit date near the top). */
  INFERRED,
  /** Nobody knows; expressions that need it stay underspecified. */
  UNKNOWN
}
