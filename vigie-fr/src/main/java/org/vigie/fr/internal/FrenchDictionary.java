package org.vigie.fr.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * LanguageTool's French morphological dictionary (CC BY-SA 4.0, {@code org.languagetool:french-pos-dict}): the
 * lemmas and tags of a word form. Loaded once per process and shared by the annotators that read lemmas
 * (backbone) and tenses (events).
 */
public final class FrenchDictionary {
  private static final String DICT = "/org/languagetool/resource/fr/french.dict";
  private static FrenchDictionary instance;

  /** A reading of a form: its lemma and its tag ({@code V ind pres 3 s}, {@code N m s}...). */
  public record Reading(String lemma, String tag) {}

  private final Dictionary dictionary;
  // DictionaryLookup keeps buffers: one per thread over the shared, immutable dictionary.
  private final ThreadLocal<DictionaryLookup> lookup;

  private FrenchDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  /** The shared dictionary, read on first use. */
  public static synchronized FrenchDictionary get() {
    if (instance == null) {
      URL url = FrenchDictionary.class.getResource(DICT);
      if (url == null) {
        throw new IllegalStateException("French dictionary missing from the classpath (org.languagetool:french-pos-dict)");
      }
      try {
        instance = new FrenchDictionary(Dictionary.read(url));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the French dictionary " + url, e);
      }
    }
    return instance;
  }

  /** The readings of a form as written (the caller lower-cases when it wants to). */
  public List<Reading> readings(String form) {
    List<Reading> out = new ArrayList<>();
    for (WordData w : lookup.get().lookup(form)) {
      CharSequence tag = w.getTag();
      CharSequence stem = w.getStem();
      if (tag != null && stem != null) {
        out.add(new Reading(stem.toString(), tag.toString()));
      }
    }
    return out;
  }

  /** The form lower-cased with a typographic apostrophe made straight, as the dictionary spells words. */
  public static String normalize(String form) {
    return form.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
