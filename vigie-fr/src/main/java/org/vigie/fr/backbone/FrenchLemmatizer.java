package org.vigie.fr.backbone;

import java.util.List;
import org.vigie.fr.internal.FrenchDictionary;

/**
 * French lemmas from LanguageTool's morphological dictionary (CC BY-SA 4.0), chosen to agree with the part of
 * speech CoreNLP gave (CoreNLP's own lemmatizer is English and only lower-cases French words). Words the
 * dictionary does not know keep their lower-cased form; proper nouns keep their form.
 */
final class FrenchLemmatizer {
  private final FrenchDictionary dictionary;

  private FrenchLemmatizer(FrenchDictionary dictionary) {
    this.dictionary = dictionary;
  }

  static FrenchLemmatizer load() {
    return new FrenchLemmatizer(FrenchDictionary.get());
  }

  String lemma(String form, String upos) {
    if (upos.equals("PROPN") || upos.equals("PUNCT") || upos.equals("NUM") || upos.equals("SYM")) {
      return form;
    }
    String lower = FrenchDictionary.normalize(form);
    String prefix = prefixFor(upos);
    List<FrenchDictionary.Reading> candidates = dictionary.readings(lower);
    if (candidates.isEmpty() && !lower.equals(form)) {
      candidates = dictionary.readings(form);
    }
    String fallback = null;
    for (FrenchDictionary.Reading r : candidates) {
      if (prefix != null && r.tag().startsWith(prefix)) {
        return r.lemma();
      }
      if (fallback == null) {
        fallback = r.lemma();
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
