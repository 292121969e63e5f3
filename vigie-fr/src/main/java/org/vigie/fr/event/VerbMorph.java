package org.vigie.fr.event;

import java.util.EnumSet;
import java.util.Set;
import org.vigie.fr.internal.FrenchDictionary;

/**
 * The tenses and moods a French verb form can have, from LanguageTool's morphological dictionary (CC BY-SA 4.0):
 * whether an event is told as done ({@code a rencontré}), as going on, as planned ({@code rencontrera}) or as
 * possible ({@code rencontrerait}) depends on them.
 */
final class VerbMorph {
  enum Form {
    PRESENT, IMPERFECT, SIMPLE_PAST, FUTURE, CONDITIONAL, SUBJUNCTIVE, IMPERATIVE, INFINITIVE, PAST_PARTICIPLE,
    PRESENT_PARTICIPLE
  }

  private final FrenchDictionary dictionary;

  private VerbMorph(FrenchDictionary dictionary) {
    this.dictionary = dictionary;
  }

  static VerbMorph load() {
    return new VerbMorph(FrenchDictionary.get());
  }

  /** Every verbal reading of the form; empty when the dictionary knows no verb of that form. */
  Set<Form> forms(String form) {
    EnumSet<Form> out = EnumSet.noneOf(Form.class);
    for (FrenchDictionary.Reading r : dictionary.readings(FrenchDictionary.normalize(form))) {
      String tag = r.tag();
      if (!tag.startsWith("V ")) {
        continue;
      }
      if (tag.contains(" ind pres")) {
        out.add(Form.PRESENT);
      } else if (tag.contains(" ind impa")) {
        out.add(Form.IMPERFECT);
      } else if (tag.contains(" ind psim")) {
        out.add(Form.SIMPLE_PAST);
      } else if (tag.contains(" ind futu")) {
        out.add(Form.FUTURE);
      } else if (tag.contains(" con ")) {
        out.add(Form.CONDITIONAL);
      } else if (tag.contains(" sub ")) {
        out.add(Form.SUBJUNCTIVE);
      } else if (tag.contains(" imp ")) {
        out.add(Form.IMPERATIVE);
      } else if (tag.contains(" inf")) {
        out.add(Form.INFINITIVE);
      } else if (tag.contains(" ppa")) {
        out.add(Form.PAST_PARTICIPLE);
      } else if (tag.contains(" ppr")) {
        out.add(Form.PRESENT_PARTICIPLE);
      }
    }
    return out;
  }
}
