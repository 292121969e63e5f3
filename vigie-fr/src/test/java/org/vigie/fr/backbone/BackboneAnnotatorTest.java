package org.vigie.fr.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.Pipeline;
import org.vigie.core.Sentence;
import org.vigie.core.Token;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;

class BackboneAnnotatorTest extends AnnotatorTestCase {

  @Override
  protected Pipeline pipeline() {
    return Pipeline.of(Shared.pipeline().annotators().get(0));
  }

  @Test
  void offsetsIndexTheOriginalTextDespiteTypography() {
    String text = "Le secrétaire général de l’OTAN, Jens\u00A0Stoltenberg, a parlé.";
    AnalyzedDocument doc = analyze(text);
    List<String> surfaces = doc.get(Layers.TOKENS).stream().map(t -> t.span().of(text)).collect(Collectors.toList());
    assertTrue(surfaces.contains("l’"), surfaces.toString());
    assertTrue(surfaces.contains("OTAN"), surfaces.toString());
    for (Token t : doc.get(Layers.TOKENS)) {
      assertTrue(t.span().end() <= text.length());
    }
    List<String> ner = doc.get(BackboneAnnotator.NER).stream().map(Mention::text).collect(Collectors.toList());
    assertTrue(ner.contains("Jens\u00A0Stoltenberg"), ner.toString());
  }

  @Test
  void contractionsAreSplitAndLemmatized() {
    String text = "Il est allé au sommet des alliés.";
    List<Token> tokens = analyze(text).get(Layers.TOKENS);
    List<String> forms = tokens.stream().map(Token::form).collect(Collectors.toList());
    assertTrue(forms.containsAll(List.of("à", "le", "de", "les")), forms.toString());
    Token au = tokens.stream().filter(t -> t.form().equals("à")).findFirst().orElseThrow();
    assertEquals("au", au.span().of(text));
    Token alle = tokens.stream().filter(t -> t.span().of(text).equals("allé")).findFirst().orElseThrow();
    assertEquals("aller", alle.lemma());
    Token allies = tokens.stream().filter(t -> t.span().of(text).equals("alliés")).findFirst().orElseThrow();
    assertEquals("allié", allies.lemma());
  }

  @Test
  void aLineBreakEndsASentence() {
    String text = "Retrait d’Afghanistan\nLors de leur réunion, ils ont parlé.";
    List<Sentence> sentences = analyze(text).get(Layers.SENTENCES);
    assertEquals(2, sentences.size());
    assertEquals("Retrait d’Afghanistan", sentences.get(0).span().of(text));
  }
}
