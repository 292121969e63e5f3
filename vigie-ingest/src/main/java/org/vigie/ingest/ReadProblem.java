package org.vigie.ingest;

/** A problem that stops one input or record from giving a document; its message is one line for people. */
final class ReadProblem extends Exception {
  ReadProblem(String message) {
    super(message, null, false, false);
  }
}
