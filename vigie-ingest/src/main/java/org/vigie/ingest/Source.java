package org.vigie.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * One input as the format readers see it: how to name it in messages, the stem that makes default ids, the
 * sidecar entry that matched it (or null), and the configuration.
 */
record Source(String origin, String stem, Sidecar.Entry meta, IngestConfig config) {

  static final String STDIN = "<stdin>";

  /** The user-declared encoding: the sidecar's (per file) wins over the configuration's (global). */
  Charset declaredEncoding(List<String> warnings) {
    if (meta != null && meta.encoding() != null) {
      Charset cs = Decoding.charset(meta.encoding());
      if (cs != null) {
        return cs;
      }
      warnings.add("sidecar encoding \"" + Decoding.clip(meta.encoding(), 40) + "\" is unknown; ignored");
    }
    return config.encoding();
  }

  /** A fresh warnings list. */
  static List<String> warnings() {
    return new ArrayList<>();
  }
}
