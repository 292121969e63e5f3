package org.vigie.fr.amount;

import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.core.Layers;
import org.vigie.core.Token;
import org.vigie.fr.testing.Shared;

class ScratchPosTest {
  @Test
  void dump() {
    String[] texts = {
      "Les représentants des 30 pays alliés s’étaient opposés. Au plus fort, 50 pays alliés et partenaires avaient affecté des troupes. Actuellement, 35 partenaires et alliés ont des militaires.",
      "La Russie a déployé plus de 100 000 soldats lourdement armés. Les soldats ne faisaient pas partie des 8 500 hommes placés en alerte renforcée.",
      "Joe Biden a annoncé une aide humanitaire supplémentaire de plus d’un milliard de dollars destinée aux victimes. Les États-Unis sont en train de fournir 200 millions de dollars d’aide à la sécurité approuvée.",
      "- 320 millions de dollars supplémentaires destinés à renforcer la démocratie et le respect des droits humains.",
      "the United States has delivered $1.36 billion in military assistance, almost $293 million in humanitarian assistance, and sanctioned over 470 aggressors and 196 entities across 9 sectors.",
      "Les 27 États membres ont versé 30 000 roubles et un franc succès. Il a neuf ans et un pays neuf.",
    };
    for (String t : texts) {
      AnalyzedDocument d = Shared.pipeline().process(Document.of("x", t));
      StringBuilder sb = new StringBuilder();
      for (Token k : d.get(Layers.TOKENS)) {
        sb.append(k.span().of(t)).append('/').append(k.form()).append('/').append(k.pos()).append('/').append(k.lemma()).append(' ');
      }
      System.out.println(sb);
    }
  }
}
