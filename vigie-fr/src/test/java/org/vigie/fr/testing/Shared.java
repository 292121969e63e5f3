package org.vigie.fr.testing;

import org.vigie.core.Pipeline;
import org.vigie.fr.French;

/** Models load once per test JVM: every test class of this module shares this pipeline. */
public final class Shared {
  private static Pipeline pipeline;

  private Shared() {}

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = French.pipeline();
    }
    return pipeline;
  }
}
