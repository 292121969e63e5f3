package org.vigie.fr.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Pipeline;
import org.vigie.eval.DocumentLoader;
import org.vigie.eval.EvalReport;
import org.vigie.eval.GoldEvaluator;
import org.vigie.eval.GoldSet;
import org.vigie.eval.RecognizersEvaluator;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;
import org.vigie.testing.TestPaths;

class TimeAnnotatorTest extends AnnotatorTestCase {
  private static Pipeline pipeline;

  @Override
  protected synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Shared.upTo(TimeAnnotator.class);
    }
    return pipeline;
  }

  private AnalyzedDocument run(String date, String text) {
    Document d = Document.of("test", text);
    if (date != null) {
      d = d.withDate(LocalDate.parse(date), DateSource.METADATA, "test");
    }
    return pipeline().process(d);
  }

  private List<TimeExpression> times(String date, String text) {
    return run(date, text).get(TimeAnnotator.TIMES);
  }

  /** The expression whose text is {@code expected}, failing with everything found otherwise. */
  private TimeExpression time(String date, String text, String expected) {
    List<TimeExpression> found = times(date, text);
    return found.stream().filter(t -> t.text().equals(expected)).findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + expected + "' in " + found));
  }

  private String value(String date, String text, String expected) {
    return time(date, text, expected).value();
  }

  @Test
  void fullDatesInFrenchAndEnglish() {
    String d = "2022-03-25";
    assertEquals("2022-02-28", value(d, "Le 28 février 2022, les alliés se sont réunis.", "Le 28 février 2022"));
    assertEquals("2022-02-28", value(d, "Published 28 Feb. 2022 by the State Department.", "28 Feb. 2022"));
    assertEquals("2022-03-24", value(d, "— Department of State (@StateDept) March 24, 2022", "March 24, 2022"));
    assertEquals("2021-05-01", value(d, "Le retrait commencera le 1er mai 2021.", "le 1er mai 2021"));
    assertEquals("2016-04-21", value(d, "Le texte est daté du 21/04/2016.", "du 21/04/2016"));
    assertEquals("2016-12-22", value(d, "Publié le 2016-12-22 sur le site.", "le 2016-12-22"));
    TimeExpression t = time(d, "Il a signé le 3 mars 2021.", "le 3 mars 2021");
    assertEquals("date", t.kind());
    assertEquals("explicit", t.anchor());
  }

  @Test
  void aMonthAndDayTakeTheYearTheTenseSays() {
    assertEquals("2022-03-24", value("2022-03-25", "Le président a rencontré les alliés le 24 mars.", "le 24 mars"));
    assertEquals("2021-12-28", value("2022-01-10", "Le 28 décembre, le ministre a démissionné.", "Le 28 décembre"));
    assertEquals("2022-01-15", value("2022-01-10", "Le 15 janvier, le ministre partira.", "Le 15 janvier"));
    assertEquals("2022-04-03", value("2022-03-25", "Le vote est prévu le 3 avril.", "le 3 avril"));
    assertEquals("2021-12", value("2022-02-03", "L'aide a été approuvée en décembre.", "en décembre"));
    assertEquals("2022-12", value("2022-02-03", "Le sommet se tiendra en décembre.", "en décembre"));
    assertEquals("2014", value("2021-04-16", "La Crimée a été occupée en 2014.", "en 2014"));
    assertEquals("2021-09-11", value("2021-04-16", "Il veut terminer d’ici le 11 septembre de cette année.",
        "d’ici le 11 septembre de cette année"));
    TimeExpression t = time("2022-03-25", "Le président a rencontré les alliés le 24 mars.", "le 24 mars");
    assertEquals("document:2022-03-25", t.anchor());
  }

  @Test
  void aWeekdayIsTheOneBeforeInThePastAndTheOneAfterInTheFuture() {
    // 2021-12-09 is a Thursday.
    assertEquals("2021-12-07", value("2021-12-09", "Les deux présidents ont discuté mardi.", "mardi"));
    assertEquals("2021-12-14", value("2021-12-09", "Les deux présidents discuteront mardi.", "mardi"));
    assertEquals("2022-02-02", value("2022-02-03", "Mercredi, le Pentagone a annoncé un déploiement.", "Mercredi"));
    assertEquals("2022-03-23", value("2022-03-25", "Il est arrivé mercredi dernier.", "mercredi dernier"));
    assertEquals("2023-01-25", value("2023-01-27", "Ce mercredi 25 janvier, le Conseil s'est réuni.",
        "Ce mercredi 25 janvier"));
    assertEquals("2022-04-01", value("2022-03-25", "Le sommet aura lieu vendredi prochain.", "vendredi prochain"));
    assertEquals("2022-03-21TEV", value("2022-03-25", "Il a parlé lundi soir à la télévision.", "lundi soir"));
  }

  @Test
  void relativeExpressionsCountFromThePublicationDate() {
    String d = "2022-03-25";
    assertEquals("2022-03-24", value(d, "Hier, le ministre a annoncé un plan.", "Hier"));
    assertEquals("2022-03-25", value(d, "Aujourd’hui, il le présente.", "Aujourd’hui"));
    assertEquals("2022-03-26", value(d, "Demain, il partira.", "Demain"));
    assertEquals("2022-W11", value(d, "La semaine dernière, les alliés se sont réunis.", "La semaine dernière"));
    assertEquals("2022-04", value(d, "Le mois prochain, un sommet aura lieu.", "Le mois prochain"));
    assertEquals("2022-W09", value(d, "Il y a trois semaines, la Russie envahissait l'Ukraine.",
        "Il y a trois semaines"));
    assertEquals("2021", value(d, "L'an dernier, rien n'avait bougé.", "L'an dernier"));
    assertEquals("2022", value(d, "Cette année, la croissance ralentit.", "Cette année"));
    assertEquals("2022-03-23", value(d, "Les troupes sont arrivées il y a deux jours.", "il y a deux jours"));
    assertEquals("(2021-05-25,2022-03-25,P10M)", value(d, "Au cours des dix derniers mois, tout a changé.",
        "Au cours des dix derniers mois"));
    assertEquals("2022-03-25TMO", value(d, "Il a parlé ce matin.", "ce matin"));
  }

  @Test
  void anaphoricExpressionsCountFromTheDateUnderDiscussion() {
    String text = "Le 11 septembre 2001, des attentats frappent New York. Le lendemain, l'OTAN invoque l'article 5.";
    TimeExpression next = time("2022-03-25", text, "Le lendemain");
    assertEquals("2001-09-12", next.value());
    assertEquals("previous:2001-09-11", next.anchor());
    assertEquals("2022-03-22", value("2022-03-25", "Mardi, le ministre a parlé. Plus tôt dans la journée, il avait reçu "
        + "les syndicats.", "Plus tôt dans la journée"));
    // With no day under discussion, "earlier in the day" places nothing.
    assertTrue(times("2022-03-25", "Plus tôt dans la journée, le Pentagone a annoncé un déploiement.").isEmpty());
  }

  @Test
  void aYearNamedAtTheHeadOfAPassageDatesWhatFollows() {
    TimeExpression t = time("2022-03-25", "L'été 2002 fut chaud ; le 21 août, un incendie éclata.", "le 21 août");
    assertEquals("2002-08-21", t.value());
    assertEquals("nearby-year:2002", t.anchor());
    // A phase ("fin 2021") sets no year either: the January after the end of 2021 is the next one.
    assertEquals("2022-01", value("2022-03-25", "Fin 2021, l'inflation montait. Début janvier, les taux ont changé.",
        "Début janvier"));
    // A bound ("depuis 2014") sets no year for the next sentence.
    assertEquals("2021-04-15", value("2021-04-16", "Depuis 2014, la Russie occupe la Crimée. Le 15 avril, les alliés "
        + "ont protesté.", "Le 15 avril"));
  }

  @Test
  void periodsAndBounds() {
    String d = "2022-02-10";
    TimeExpression between = time(d, "Le sommet aura lieu entre le 3 et le 5 mars.", "entre le 3 et le 5 mars");
    assertEquals("(2022-03-03,2022-03-05,P2D)", between.value());
    assertEquals("period", between.kind());
    TimeExpression by = time(d, "Les troupes partiront d'ici le 11 septembre.", "d'ici le 11 septembre");
    assertEquals("2022-09-11", by.value());
    assertEquals("on_or_before", by.mod());
    TimeExpression from = time(d, "À partir du 1er mai, les sanctions s'appliqueront.", "À partir du 1er mai");
    assertEquals("2022-05-01", from.value());
    assertEquals("on_or_after", from.mod());
    assertEquals("(2022-04-01,2022-05-01,P1M)", value(d, "Les élections auront lieu en avril-mai prochain.",
        "en avril-mai prochain"));
    assertEquals("(2022-03-03,2022-03-04,P1D)", value(d, "Les 3 et 4 mars, les ministres se réuniront.",
        "Les 3 et 4 mars"));
    assertEquals("(2010-01-01,2018-01-01,P8Y)", value(d, "Les ventes de 2010 à 2018 ont doublé.", "de 2010 à 2018"));
    assertEquals("(2022-02-12T14,2022-02-12T16,PT2H)", value(d, "Réunion samedi 12 février de 14h à 16h.",
        "samedi 12 février de 14h à 16h"));
    TimeExpression since = time(d, "Depuis trois ans, rien n'a changé.", "Depuis trois ans");
    assertEquals("P3Y", since.value());
    assertEquals("duration", since.kind());
  }

  @Test
  void centuriesSeasonsDecadesAndTimesOfDay() {
    String d = "2022-03-25";
    assertEquals("19", value(d, "Au XXe siècle, la guerre froide a divisé l'Europe.", "Au XXe siècle"));
    assertEquals("2002-SU", value(d, "L'été 2002 fut chaud.", "L'été 2002"));
    assertEquals("199", value(d, "Les années 1990 ont vu la fin de l'URSS.", "Les années 1990"));
    TimeExpression t = time(d, "Le 24 mars à 15h30, le Conseil s'est réuni.", "Le 24 mars à 15h30");
    assertEquals("2022-03-24T15:30", t.value());
    assertEquals("time", t.kind());
    assertEquals("2022-03-26T08:00", value(d, "Demain à 8 heures, il partira.", "Demain à 8 heures"));
    assertEquals("2022-03-19TNI", value(d, "Dans la nuit de samedi à dimanche, des frappes ont eu lieu.",
        "Dans la nuit de samedi à dimanche"));
    assertEquals("2021-12-25", value("2021-12-23", "Il a reçu les élus avant les vacances de Noël.", "Noël"));
  }

  @Test
  void holidaysByFixedDayAndByEaster() {
    String d = "2022-03-25";
    assertEquals("2021-12-24", value(d, "La veille de Noël 2021, il a parlé.", "La veille de Noël 2021"));
    assertEquals("2022-04-18", value(d, "Le lundi de Pâques 2022 sera férié.", "Le lundi de Pâques 2022"));
    assertEquals("2022-04-17", value(d, "Pâques 2022 tombe en avril.", "Pâques 2022"));
  }

  @Test
  void withoutADocumentDateTheValueStaysUnderspecified() {
    String text = "Le 24 mars, le président a parlé. Mardi, il partira. Hier, rien. En 2014, la Crimée.";
    AnalyzedDocument out = run(null, "Le président a parlé le 24 mars. " + text);
    assertEquals(DateSource.UNKNOWN, out.document().dateSource());
    List<TimeExpression> found = out.get(TimeAnnotator.TIMES);
    assertEquals("XXXX-03-24", found.get(0).value());
    assertEquals("none", found.get(0).anchor());
    assertEquals("XXXX-WXX-2", value(null, text, "Mardi"));
    assertEquals("XXXX-XX-XX", value(null, text, "Hier"));
    assertEquals("2014", value(null, text, "En 2014"));
  }

  @Test
  void theDocumentDateIsInferredFromADateline() {
    AnalyzedDocument out = run(null, "PARIS, 12 mars 2022 (AFP) – Le président a parlé mardi à la presse. "
        + "Il partira jeudi.");
    assertEquals(DateSource.INFERRED, out.document().dateSource());
    assertEquals(LocalDate.of(2022, 3, 12), out.document().date());
    assertTrue(out.document().dateEvidence().contains("PARIS, 12 mars 2022"), out.document().dateEvidence());
    List<TimeExpression> found = out.get(TimeAnnotator.TIMES);
    assertEquals("2022-03-08", found.stream().filter(t -> t.text().equals("mardi")).findFirst().orElseThrow().value());
    assertEquals("document:2022-03-12", found.get(1).anchor());
    // The JSON output says where the date came from.
    JsonNode json = DocumentJson.toTree(out);
    assertEquals("inferred", json.get("date_source").asText());
    assertEquals(3, json.get("times").size());
    // A date given by the metadata is kept.
    AnalyzedDocument dated = run("2022-03-13", "PARIS, 12 mars 2022 (AFP) – Le président a parlé mardi.");
    assertEquals(DateSource.METADATA, dated.document().dateSource());
    // Without any full date near the top, nothing is inferred.
    assertEquals(DateSource.UNKNOWN, run(null, "Le président a parlé mardi.").document().dateSource());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Il veut partir d’ici le 11\u00A0septembre et revenir aujourd’hui\u00A0même.";
    for (TimeExpression t : times("2021-04-16", text)) {
      assertEquals(t.text(), t.span().of(text));
    }
    assertEquals("2021-09-11", value("2021-04-16", text, "d’ici le 11\u00A0septembre"));
    JsonNode json = DocumentJson.toTree(run("2021-04-16", text)).get("times").get(0);
    assertEquals("d’ici le 11\u00A0septembre", text.substring(json.get("start").asInt(), json.get("end").asInt()));
    assertEquals("2021-09-11", json.get("value").asText());
    assertEquals("date", json.get("kind").asText());
    assertNotNull(json.get("anchor"));
  }

  @Test
  void numbersNamesAndFrequenciesAreNotDates() {
    String d = "2022-03-25";
    assertTrue(times(d, "2 000 soldats ont été déployés et 1747 mètres gravis.").isEmpty());
    assertTrue(times(d, "La planète Mars est visible. Il a 45 ans. Les 3/4 des votants. Score : 2-1.").isEmpty());
    assertTrue(times(d, "« L'OTAN n'a jamais été plus unie qu'aujourd'hui. »").isEmpty());
    assertTrue(times(d, "Chaque jour, les combats reprennent. L'incertitude du lendemain pèse.").isEmpty());
    assertTrue(times(d, "La loi n° 2014-1353 a été votée.").isEmpty());
    // A page's edit stamp is not a date of the story.
    List<TimeExpression> found = times(d, "Publié le 28 Feb. 2022 -\nMis à jour le : 28 Feb. 2022 21:24\nTexte.");
    assertEquals(List.of("le 28 Feb. 2022"), found.stream().map(TimeExpression::text).collect(Collectors.toList()));
  }

  @Test
  void repeatsOfOneExpressionAreOneEntryWithTheirOffsets() {
    String text = "Les alliés se sont réunis le 24 mars. Le président a parlé à Bruxelles le 24 mars.";
    List<TimeExpression> found = times("2022-03-25", text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(1, found.get(0).repeats().size());
    List<Integer> r = found.get(0).repeats().get(0);
    assertEquals("le 24 mars", text.substring(r.get(0), r.get(1)));
    // "Aujourd'hui (28 février 2022)": one date, said twice; the explicit one stays.
    List<TimeExpression> restated = times("2022-02-28", "Aujourd’hui (28 février 2022), le secrétaire général a parlé.");
    assertEquals(List.of("28 février 2022"), restated.stream().map(TimeExpression::text).collect(Collectors.toList()));
  }

  @Test
  void theRecordChecksItsText() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new TimeExpression(org.vigie.core.Span.of(0, 3), "mardi", "2022-03-22", "date", "explicit", null, null));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new TimeExpression(org.vigie.core.Span.of(0, 5), "mardi", "2022-03-22", "moment", "explicit", null,
            null));
    assertNull(new TimeExpression(org.vigie.core.Span.of(0, 5), "mardi", "2022-03-22", "date", "explicit", null, null)
        .mod());
  }

  @Test
  void goldenTimesOnTheSeeds() throws IOException {
    assertGolden("seeds-times.tsv", TestPaths.seedDocuments());
  }

  @Test
  void seedsGoldValueF1() throws IOException {
    Path data = TestPaths.data();
    GoldSet gold = GoldSet.read(data.resolve("gold/seeds.gold.jsonl"), data.resolve("gold/seeds.entities.json"));
    EvalReport report = new GoldEvaluator(gold).withLayers(List.of("times"))
        .evaluate(DocumentLoader.folder(TestPaths.seeds()), pipeline()::process);
    System.out.println(report.table());
    System.out.println(report.errors());
    JsonNode times = report.json().get("times");
    assertTrue(report.problems().isEmpty(), report.problems().toString());
    assertTrue(times.get("value_f1").asDouble() >= 0.95, report.table() + report.errors());
    assertTrue(times.get("f1").asDouble() >= 0.95, report.table());
  }

  @Test
  void recognizersDateAndDateTimeCases(@TempDir Path tmp) throws IOException {
    // Only the DateTime cases that carry a reference date: the others cannot be resolved.
    Path source = TestPaths.data().resolve("recognizers-fr/recognizers_fr_dotnet_supported.jsonl");
    List<String> dated = new ArrayList<>();
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      JsonNode n = DocumentJson.mapper().readTree(line);
      if (n.path("spec_file").asText().contains("/DateTime/")
          && !n.path("Context").path("ReferenceDateTime").asText("").isEmpty()) {
        dated.add(line);
      }
    }
    Path file = tmp.resolve("recognizers-dated.jsonl");
    Files.write(file, dated, StandardCharsets.UTF_8);

    EvalReport all = new RecognizersEvaluator(file).withSpecs(List.of("DateTime")).withThreads(2)
        .evaluate(pipeline()::process);
    System.out.println(all.table());
    EvalReport dates = new RecognizersEvaluator(file).withSpecs(List.of("DateParser", "DateTimeParser"))
        .withThreads(2).evaluate(pipeline()::process);
    System.out.println(dates.table());
    double dateAccuracy = dates.json().get("families").get("DateTime").get("value_accuracy").asDouble();
    assertTrue(dateAccuracy >= 0.85, dates.table() + dates.errors());
    // Period specs expect unresolved timex ("XXXX-WXX-2TMO") where Vigie resolves; a floor against regressions.
    double overall = all.json().get("families").get("DateTime").get("value_accuracy").asDouble();
    assertTrue(overall >= 0.75, all.table());
  }

}
