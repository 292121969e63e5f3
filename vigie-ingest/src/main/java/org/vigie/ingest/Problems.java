package org.vigie.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One-line messages for exceptions people should never see as stack traces. */
final class Problems {
  private Problems() {}

  static String io(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "not found";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "cannot read: not a folder";
    }
    if (e instanceof CharacterCodingException) {
      return "cannot decode the text (" + e.getClass().getSimpleName() + ")";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot read: " + f.getReason();
    }
    String m = e.getMessage();
    return "cannot read: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : firstLine(m));
  }

  static String unexpected(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "out of memory while reading (lower --max-bytes or give Java more memory)";
    }
    if (e instanceof StackOverflowError) {
      return "too deeply nested to read";
    }
    String m = e.getMessage();
    return "could not be read (" + e.getClass().getSimpleName()
        + (m == null || m.isBlank() ? "" : ": " + Decoding.clip(firstLine(m), 160)) + ")";
  }

  static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
