package org.vigie.fr.event;

import java.io.IOException;
import java.net.URL;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

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

  private static final String DICT = "/org/languagetool/resource/fr/french.dict";

  private final Dictionary dictionary;
  // DictionaryLookup keeps buffers: one per thread over the shared dictionary.
  private final ThreadLocal<DictionaryLookup> lookup;

  private VerbMorph(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  static VerbMorph load() {
    URL url = VerbMorph.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("French dictionary missing from the classpath (org.languagetool:french-pos-dict)");
    }
    try {
      return new VerbMorph(Dictionary.read(url));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the French dictionary " + url, e);
    }
  }

  /** Every verbal reading of the form; empty when the dictionary knows no verb of that form. */
  Set<Form> forms(String form) {
    EnumSet<Form> out = EnumSet.noneOf(Form.class);
    String lower = form.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (WordData w : lookup.get().lookup(lower)) {
      CharSequence t = w.getTag();
      if (t == null) {
        continue;
      }
      String tag = t.toString();
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
