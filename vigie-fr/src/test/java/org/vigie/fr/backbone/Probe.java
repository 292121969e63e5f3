package org.vigie.fr.backbone;

import java.nio.file.*;
import org.vigie.core.*;
import org.vigie.fr.mention.MentionAnnotator;

public class Probe {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    Pipeline p = Pipeline.of(new BackboneAnnotator(), new MentionAnnotator());
    System.err.println("load ms " + (System.nanoTime() - t0) / 1e6);
    for (String f : a) {
      String text = Files.readString(Path.of(f));
      AnalyzedDocument d = p.process(Document.of("x", text));
      for (Mention m : d.get(Layers.MENTIONS)) System.out.println(m.type() + "\t" + m.text());
    }
  }
}
