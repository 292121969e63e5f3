package org.vigie.fr.testing;

import java.util.List;
import org.vigie.core.Annotator;
import org.vigie.core.Pipeline;
import org.vigie.fr.French;

/** Models load once per test JVM: every test class of this module shares this pipeline. */
public final class Shared {
  private static Pipeline pipeline;

  private Shared() {}

  /** The whole French pipeline. */
  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = French.pipeline();
    }
    return pipeline;
  }

  /** The French pipeline up to and including the first annotator of the given class. */
  public static Pipeline upTo(Class<? extends Annotator> last) {
    List<Annotator> all = pipeline().annotators();
    for (int i = 0; i < all.size(); i++) {
      if (last.isInstance(all.get(i))) {
        return Pipeline.of(all.subList(0, i + 1));
      }
    }
    throw new IllegalArgumentException(last.getSimpleName() + " is not in the French pipeline");
  }
}
