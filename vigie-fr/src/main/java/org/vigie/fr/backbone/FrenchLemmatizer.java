package org.vigie.fr.backbone;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas from LanguageTool's morphological dictionary (CC BY-SA 4.0), chosen to agree with the part of
 * speech CoreNLP gave (CoreNLP's own lemmatizer is English and only lower-cases French words). Words the
 * dictionary does not know keep their lower-cased form; proper nouns keep their form.
 */
final class FrenchLemmatizer {
  private static final String DICT = "/org/languagetool/resource/fr/french.dict";

  private final Dictionary dictionary;
  // DictionaryLookup keeps internal buffers: one per thread over the shared, immutable dictionary.
  private final ThreadLocal<DictionaryLookup> lookup;

  private FrenchLemmatizer(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  static FrenchLemmatizer load() {
    URL url = FrenchLemmatizer.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("French dictionary missing from the classpath (org.languagetool:french-pos-dict)");
    }
    try {
      return new FrenchLemmatizer(Dictionary.read(url));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the French dictionary " + url, e);
    }
  }

  String lemma(String form, String upos) {
    if (upos.equals("PROPN") || upos.equals("PUNCT") || upos.equals("NUM") || upos.equals("SYM")) {
      return form;
    }
    String lower = form.toLowerCase(Locale.ROOT).replace('’', '\'');
    String prefix = prefixFor(upos);
    List<WordData> candidates = lookup.get().lookup(lower);
    if (candidates.isEmpty() && !lower.equals(form)) {
      candidates = lookup.get().lookup(form);
    }
    String fallback = null;
    for (WordData w : candidates) {
      CharSequence tag = w.getTag();
      CharSequence stem = w.getStem();
      if (tag == null || stem == null) {
        continue;
      }
      if (prefix != null && tag.toString().startsWith(prefix)) {
        return stem.toString();
      }
      if (fallback == null) {
        fallback = stem.toString();
      }
    }
    if (prefix == null && fallback != null) {
      return fallback;
    }
    return lower;
  }

  private static String prefixFor(String upos) {
    return switch (upos) {
      case "NOUN" -> "N";
      case "ADJ" -> "J";
      case "VERB", "AUX" -> "V";
      case "ADV" -> "A";
      case "DET" -> "D";
      case "PRON" -> "R";
      case "ADP" -> "P";
      case "CCONJ", "SCONJ" -> "C";
      default -> null;
    };
  }
}
