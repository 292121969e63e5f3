package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for the full-text index and for the terms that stories are clustered on: words split by
 * Unicode rules, elided articles cut ({@code l’OTAN} is {@code otan}, with either apostrophe), lower case,
 * French stop words dropped, light stemming ({@code sanctions} finds {@code sanction}), then accents folded
 * ({@code elysee} finds {@code Élysée}).
 */
final class FrenchText {
  private FrenchText() {}

  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
        s = new FrenchLightStemFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
      }
    };
  }

  /** The analysed terms of a text with their counts, sorted; numbers and one-letter terms left out. */
  static Map<String, Integer> terms(Analyzer analyzer, String text) {
    Map<String, Integer> counts = new TreeMap<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
          counts.merge(t, 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}
