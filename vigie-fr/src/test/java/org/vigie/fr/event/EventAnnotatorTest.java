package org.vigie.fr.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Pipeline;
import org.vigie.eval.DocumentLoader;
import org.vigie.eval.EvalReport;
import org.vigie.eval.GoldEvaluator;
import org.vigie.eval.GoldSet;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;
import org.vigie.testing.TestPaths;

class EventAnnotatorTest extends AnnotatorTestCase {
  private static Pipeline pipeline;

  /** A Thursday: "mardi" in a past sentence is 2022-03-22. */
  private static final LocalDate DATE = LocalDate.of(2022, 3, 24);

  @Override
  protected synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Shared.upTo(EventAnnotator.class);
    }
    return pipeline;
  }

  private AnalyzedDocument dated(String text) {
    return pipeline().process(Document.of("test", text).withDate(DATE, DateSource.METADATA, null));
  }

  private List<Event> events(String text) {
    return dated(text).get(EventAnnotator.EVENTS);
  }

  private List<Event> modal(String text) {
    return dated(text).get(EventAnnotator.MODAL_EVENTS);
  }

  private static Event only(List<Event> found, String type) {
    List<Event> ofType = found.stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, ofType.size(), "one " + type + " expected in " + found);
    return ofType.get(0);
  }

  private static boolean hasParticipant(Event e, String name) {
    return e.participants().stream().anyMatch(a -> name.equals(a.name()));
  }

  // --- types, actors, dates, places ------------------------------------------------------------------------

  @Test
  void meetingWithBothLeadersDateAndPlace() {
    Event e = only(events("Le président français Emmanuel Macron a rencontré mardi le chancelier allemand "
        + "Olaf Scholz à Berlin."), "MEET");
    assertTrue(hasParticipant(e, "Emmanuel Macron") && hasParticipant(e, "Olaf Scholz"), e.toString());
    assertEquals("044", e.cameo());
    assertEquals(1, e.quadClass());
    assertEquals("2022-03-22", e.date());
    assertEquals("text", e.dateSource());
    assertNotNull(e.place());
    assertEquals("Berlin", e.place().name());
    assertEquals("asserted", e.modality());
  }

  @Test
  void phoneTalksAreACall() {
    Event e = only(events("Joe Biden s'est entretenu par téléphone avec Vladimir Poutine."), "CALL");
    assertEquals("041", e.cameo());
    assertTrue(hasParticipant(e, "Joe Biden") && hasParticipant(e, "Vladimir Putin"), e.toString());
  }

  @Test
  void sanctionsHaveSourceAndTarget() {
    Event e = only(events("Le Canada a imposé de nouvelles sanctions contre la Russie."), "SANCTION");
    assertEquals("Canada", e.participants().get(0).name());
    assertEquals("source", e.participants().get(0).role());
    assertTrue(e.participants().stream().anyMatch(a -> a.name().equals("Russia") && "target".equals(a.role())),
        e.toString());
    assertEquals(4, e.quadClass());
  }

  @Test
  void aidCarriesItsAmount() {
    Event e = only(events("Les États-Unis ont annoncé une aide militaire de 800 millions de dollars à "
        + "l'Ukraine."), "PROVIDE_AID");
    assertTrue(hasParticipant(e, "United States") && hasParticipant(e, "Ukraine"), e.toString());
    assertEquals(1, e.amounts().size(), e.toString());
    assertEquals(8e8, e.amounts().get(0).value(), 1);
    assertEquals("USD", e.amounts().get(0).unit());
  }

  @Test
  void announcedDeploymentWithTroopsAndPronounForTheAnnouncer() {
    Event e = only(events("Le Pentagone a annoncé qu'il déploierait 2 000 soldats en Roumanie."), "DEPLOY");
    assertEquals("announced", e.modality());
    assertTrue(hasParticipant(e, "Pentagon") && hasParticipant(e, "Romania"), e.toString());
    assertEquals(1, e.quantities().size(), e.toString());
    assertEquals(2000, e.quantities().get(0).value(), 0.5);
  }

  @Test
  void accusationIsVerbalConflict() {
    Event e = only(events("Jeudi dernier, la Russie a accusé l'Ukraine d'avoir bombardé un convoi."), "ACCUSE");
    assertEquals("Russia", e.participants().get(0).name());
    assertTrue(hasParticipant(e, "Ukraine"), e.toString());
    assertEquals(3, e.quadClass());
    assertEquals("2022-03-17", e.date());
    // The bombing is what Russia says, not an event told as done.
    assertTrue(events("Jeudi dernier, la Russie a accusé l'Ukraine d'avoir bombardé un convoi.").stream()
        .noneMatch(x -> x.type().equals("ATTACK")));
  }

  @Test
  void aCapitalThatActsIsItsCountry() {
    Event e = only(events("Moscou a accusé l'Ukraine d'avoir bombardé un convoi humanitaire."), "ACCUSE");
    Event.Argument source = e.participants().get(0);
    assertEquals("Moscou", source.text());
    assertEquals("Russia", source.name(), e.toString());
    assertEquals("Q159", source.qid());
  }

  @Test
  void englishPassageOfATweet() {
    Event e = only(events("The United States has sanctioned Iran over its missile program."), "SANCTION");
    assertTrue(hasParticipant(e, "United States") || hasParticipant(e, "Iran"), e.toString());
    // "met" is a French word too: "se met au travail" is no meeting.
    assertTrue(events("Le Français Pierre Durand et l'Allemand Hans Weber se met au travail.").stream()
        .noneMatch(x -> x.type().equals("MEET")));
  }

  // --- modality ----------------------------------------------------------------------------------------------

  @Test
  void possibleVisitIsNotToldAsDone() {
    String text = "Le président français Emmanuel Macron a déclaré qu'il pourrait se rendre en Chine.";
    assertTrue(events(text).stream().noneMatch(e -> e.type().equals("VISIT")), events(text).toString());
    Event e = only(modal(text), "VISIT");
    assertEquals("possible", e.modality());
    assertTrue(hasParticipant(e, "Emmanuel Macron") && hasParticipant(e, "China"), e.toString());
  }

  @Test
  void negatedDeployment() {
    String text = "L'Allemagne n'a pas envoyé de troupes en Pologne.";
    assertTrue(events(text).isEmpty(), events(text).toString());
    assertEquals("negated", only(modal(text), "DEPLOY").modality());
  }

  @Test
  void deniedByItsActor() {
    String text = "Le ministère russe de la Défense a démenti avoir bombardé Kharkiv.";
    assertTrue(events(text).isEmpty(), events(text).toString());
    assertEquals("denied", only(modal(text), "ATTACK").modality());
  }

  @Test
  void claimInSomeoneElsesWords() {
    String text = "Le Kremlin a affirmé que l'Ukraine avait bombardé Belgorod.";
    assertTrue(events(text).stream().noneMatch(e -> e.type().equals("ATTACK")));
    Event e = only(modal(text), "ATTACK");
    assertEquals("claimed", e.modality());
    assertNotNull(e.reportedBy());
    assertEquals("Kremlin", e.reportedBy().text());
  }

  @Test
  void presentTenseStatesAndCourtSentencesAreNoEvents() {
    assertTrue(events("Les États-Unis accusent Moscou de masser des troupes à la frontière.").isEmpty());
    assertTrue(events("L'ancien ministre Jean Dupont a été condamné jeudi à trois ans de prison.").isEmpty());
    assertTrue(events("Les pays alliés ont discuté des plans du retrait de leurs troupes d'Afghanistan.").stream()
        .noneMatch(e -> e.type().equals("WITHDRAW")));
  }

  // --- one event, several tellings ------------------------------------------------------------------------------

  @Test
  void anaphoricTellingMergesIntoOneEvent() {
    List<Event> found = events("Le président américain Joe Biden a eu mardi un appel téléphonique avec "
        + "Emmanuel Macron. Au cours de cet appel, le président Emmanuel Macron a évoqué la situation en Ukraine.");
    Event e = only(found, "CALL");
    assertEquals(2, e.mentionSpans().size(), e.toString());
    assertEquals("2022-03-22", e.date());
  }

  @Test
  void jsonHasCodesOffsetsAndParticipants() {
    AnalyzedDocument doc = dated("Le Canada a imposé de nouvelles sanctions contre la Russie.");
    JsonNode e = DocumentJson.toTree(doc).path("events").get(0);
    assertEquals("SANCTION", e.path("type").asText());
    assertEquals("163", e.path("cameo").asText());
    assertEquals(4, e.path("quad_class").asInt());
    assertEquals("imposé", e.path("trigger").asText());
    assertTrue(e.path("trigger_start").asInt() < e.path("trigger_end").asInt());
    assertEquals("Q16", e.path("participants").get(0).path("qid").asText());
    assertEquals("document", e.path("date_source").asText());
    assertEquals(DATE.toString(), e.path("date").asText());
    assertFalse(e.path("mentions").isEmpty());
  }

  // --- seeds ---------------------------------------------------------------------------------------------------

  @Test
  void goldenEventsOnTheSeeds() throws IOException {
    assertGolden("seeds-events.tsv", TestPaths.seedDocuments());
  }

  @Test
  void seedsGoldEventF1() throws IOException {
    GoldSet gold = GoldSet.read(TestPaths.data().resolve("gold/seeds.gold.jsonl"),
        TestPaths.data().resolve("gold/seeds.entities.json"));
    EvalReport report = new GoldEvaluator(gold).withLayers(List.of("events"))
        .evaluate(DocumentLoader.folder(TestPaths.seeds()), pipeline()::process);
    System.out.println(report.table());
    assertTrue(report.json().path("events").path("f1").asDouble() >= 0.85, report.table() + report.errors());
    assertTrue(report.json().path("events").path("p").asDouble() >= 0.85, report.table() + report.errors());
  }
}
