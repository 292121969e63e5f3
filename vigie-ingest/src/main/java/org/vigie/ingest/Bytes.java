package org.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Sizes for messages, and reading a stream without ever holding more than a limit. */
final class Bytes {
  /** The largest array the JVM reliably allocates. */
  static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  private Bytes() {}

  /** A size for people, in decimal units: {@code 812 bytes}, {@code 3.2 kB}, {@code 52.4 MB}. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }

  static String tooLarge(long size, long limit) {
    return "too large: " + size(size) + " > limit " + size(limit) + " (raise with --max-bytes)";
  }

  static String tooLargeStream(long limit) {
    return "too large: more than the limit of " + size(limit) + " (raise with --max-bytes)";
  }

  /** The limit as an array length. */
  static int arrayLimit(long limit) {
    return (int) Math.min(limit, MAX_ARRAY - 1);
  }

  /**
   * Reads at most {@code limit + 1} bytes: the whole stream when it holds at most {@code limit} bytes, else a
   * prefix one byte longer than the limit, which tells the caller it is too large.
   */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes(arrayLimit(limit) + 1);
  }
}
