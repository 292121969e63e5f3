package org.vigie.fr.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Document;
import org.vigie.core.DocumentJson;
import org.vigie.core.Pipeline;
import org.vigie.core.Span;
import org.vigie.eval.DocumentLoader;
import org.vigie.eval.EvalReport;
import org.vigie.eval.GoldEvaluator;
import org.vigie.eval.GoldSet;
import org.vigie.eval.LitbankQuoteEvaluator;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;
import org.vigie.testing.TestPaths;

/**
 * The quotes layer: every form of quotation the issue lists, real cases from the French Wikinews articles of
 * data/winer-fr-dev (texts CC BY 2.5, quoted with their dates), a golden file on the seeds, and the scores of
 * the one scoring path on the seeds' gold and on fr-litbank.
 */
class QuoteAnnotatorTest extends AnnotatorTestCase {

  @Override
  protected Pipeline pipeline() {
    // Up to this annotator: the golden file and the robustness tests are about the layers it produces.
    return Shared.upTo(QuoteAnnotator.class);
  }

  @Override
  protected int randomDocuments() {
    return 10;
  }

  private List<Quote> quotes(String text) {
    return analyze(text).get(QuoteAnnotator.QUOTES);
  }

  /** The quotes with every reported speech kept ({@code --reported-speech all}). */
  private static List<Quote> quotesAll(String text) {
    List<Annotator> annotators = new ArrayList<>(Shared.upTo(EntityAnnotator.class).annotators());
    EntityAnnotator entities = (EntityAnnotator) annotators.get(annotators.size() - 1);
    annotators.add(new QuoteAnnotator(entities, QuoteConfig.defaults().withReportedSpeech(
        QuoteConfig.ReportedSpeech.ALL)));
    return Pipeline.of(annotators).process(Document.of("t", text)).get(QuoteAnnotator.QUOTES);
  }

  private static Quote find(List<Quote> qs, String words) {
    for (Quote q : qs) {
      if (q.text().contains(words)) {
        return q;
      }
    }
    throw new AssertionError("no quote with '" + words + "' in " + show(qs));
  }

  /** The direct quote whose words are exactly these. */
  private static Quote directQuote(List<Quote> qs, String words) {
    return qs.stream().filter(q -> q.direct() && q.text().equals(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no direct quote '" + words + "' in " + show(qs)));
  }

  private static String show(List<Quote> qs) {
    return qs.stream().map(q -> (q.direct() ? "D" : "I") + "[" + q.speaker() + "|" + q.speakerMention() + "|"
        + q.cueText() + "] " + q.text()).collect(Collectors.joining("\n", "\n", "\n"));
  }

  /** The speaker of the quote holding these words in this text is exactly this canonical name. */
  private void assertSpeakerOf(String expected, String words, String text) {
    List<Quote> qs = quotes(text);
    assertEquals(expected, find(qs, words).speaker(), show(qs));
  }

  private static void assertSpeaker(Quote q, String expected) {
    assertNotNull(q.speaker(), "no speaker for " + q);
    String all = (q.speaker() + " " + q.speakerMentions()).toLowerCase(Locale.ROOT);
    assertTrue(all.contains(expected.toLowerCase(Locale.ROOT)), "speaker of '" + q.text() + "' is " + q.speaker()
        + " " + q.speakerMentions() + ", expected " + expected);
  }

  // --- direct quotes and their cues ------------------------------------------------------------------------

  @Test
  void inciseAfterTheQuoteWithAnApposedName() {
    List<Quote> qs = quotes("« Nous sommes déterminés à continuer d’imposer des coûts à la Russie », a signalé le "
        + "secrétaire général de l’OTAN, Jens Stoltenberg.");
    Quote q = find(qs, "Nous sommes déterminés");
    assertTrue(q.direct());
    assertEquals("Nous sommes déterminés à continuer d’imposer des coûts à la Russie", q.text());
    assertEquals("a signalé", q.cueText());
    assertSpeaker(q, "Stoltenberg");
    assertEquals(1, qs.size(), show(qs));
  }

  @Test
  void aQuoteInterruptedByAnInciseIsTwoPiecesOfOneGroup() {
    String text = "« Les États-Unis ne bluffent pas, a ajouté M. Blinken. Et le président Poutine a commis une grave "
        + "erreur de calcul. »";
    List<Quote> qs = quotes(text);
    assertEquals(2, qs.size(), show(qs));
    assertEquals("Les États-Unis ne bluffent pas", qs.get(0).text());
    assertEquals("Et le président Poutine a commis une grave erreur de calcul.", qs.get(1).text());
    assertEquals(qs.get(0).group(), qs.get(1).group());
    for (Quote q : qs) {
      assertSpeaker(q, "Blinken");
      assertEquals("a ajouté", q.cueText());
      assertEquals("M. Blinken", q.speakerMention());
    }
  }

  @Test
  void aShortFragmentNamedByAReportingVerb() {
    Quote q = find(quotes("Un mois après le lancement par la Russie de ce que Joe Biden a appelé « son carnage en "
        + "Ukraine »."), "carnage");
    assertEquals("son carnage en Ukraine", q.text());
    assertEquals("a appelé", q.cueText());
    assertSpeaker(q, "Biden");
  }

  @Test
  void headlineForm() {
    Quote q = find(quotes("Poutine : « l’Occident n’avait pas pris en compte les préoccupations russes en matière de "
        + "sécurité »"), "Occident");
    assertEquals("Poutine", q.speakerMention());
    assertSpeaker(q, "Pout");
  }

  @Test
  void aPronounGoesToThePersonTheTextSpokeOf() {
    List<Quote> qs = quotes("Le 23 mars, le secrétaire d’État Antony Blinken a présenté un rapport. Il a souligné que "
        + "les États-Unis se sont « engagés à faire en sorte que les responsables rendent compte de leurs actes ».");
    Quote q = find(qs, "engagés");
    assertTrue(q.direct());
    assertEquals("Il", q.speakerMention());
    assertEquals("a souligné", q.cueText());
    assertSpeaker(q, "Blinken");
  }

  @Test
  void invertedPronounAfterTheQuote() {
    // Wikinews, 16 January 2016.
    Quote q = find(quotes("Eric Chu , son principal adversaire, récolte 31 % des voix. « Nous avons perdu. C'est la "
        + "défaite des nationalistes » a-t-il déclaré."), "Nous avons perdu");
    assertEquals("Nous avons perdu. C'est la défaite des nationalistes", q.text());
    assertEquals("-t-il", q.speakerMention());
    assertSpeaker(q, "Eric Chu");
  }

  @Test
  void institutionsDocumentsAndGroupsSpeak() {
    List<Quote> qs = quotes("« Les deux dirigeants ont affirmé leur soutien à la souveraineté de l’Ukraine », a déclaré "
        + "la Maison Blanche. « Les dirigeants ont discuté du renforcement militaire de la Russie » , indique le "
        + "communiqué de presse. « Ces mouvements de troupes constituent une menace », ont déclaré les pays du G7.");
    assertSpeaker(find(qs, "deux dirigeants"), "Maison Blanche");
    Quote doc = find(qs, "ont discuté");
    assertEquals("le communiqué de presse", doc.speakerMention());
    assertEquals(find(qs, "deux dirigeants").speaker(), doc.speaker());
    assertSpeaker(find(qs, "mouvements de troupes"), "G7");
  }

  @Test
  void aQuoteWithoutCueContinuesThePreviousSpeaker() {
    List<Quote> qs = quotes("“Ce ne sont pas des mouvements permanents”, a déclaré John Kirby. « Ils sont conçus pour "
        + "répondre à l’environnement de sécurité actuel. »");
    Quote second = find(qs, "Ils sont conçus");
    assertNull(second.cueText());
    assertSpeaker(second, "Kirby");
    assertEquals(find(qs, "mouvements permanents").speaker(), second.speaker());
  }

  @Test
  void scareQuotesAndTitlesHaveNoSpeakerAndAreKeptApart() {
    AnalyzedDocument out = analyze("Les Alliés continueront de s’adapter à la « nouvelle normalité » de la sécurité "
        + "européenne. Le magazine « Les Inrockuptibles » a publié une enquête.");
    assertTrue(out.get(QuoteAnnotator.QUOTES).isEmpty(), show(out.get(QuoteAnnotator.QUOTES)));
    List<Quote> scare = out.get(QuoteAnnotator.SCARE_QUOTES);
    assertEquals(List.of("nouvelle normalité", "Les Inrockuptibles"),
        scare.stream().map(Quote::text).collect(Collectors.toList()));
    assertTrue(scare.stream().allMatch(q -> q.speaker() == null && q.speakerMention() == null));
  }

  @Test
  void everyKindOfQuoteMark() {
    List<Quote> qs = quotes("Le ministre a déclaré : \" Nous ne céderons pas . \" Puis Marie Curie a ajouté : «Nous "
        + "verrons bien.» Jean Dupont a répondu : ‹ Jamais de la vie › .");
    assertEquals("Nous ne céderons pas .", find(qs, "céderons").text());
    assertEquals("Nous verrons bien.", find(qs, "verrons").text());
    assertEquals("Jamais de la vie", find(qs, "Jamais").text());
    assertSpeaker(find(qs, "verrons"), "Curie");
  }

  @Test
  void aNestedQuoteIsPartOfItsQuote() {
    List<Quote> qs = quotes("« Il m’a dit “non” et je suis parti », a raconté Marie Dupont.");
    assertEquals(1, qs.size(), show(qs));
    assertEquals("Il m’a dit “non” et je suis parti", qs.get(0).text());
    assertSpeaker(qs.get(0), "Marie Dupont");
  }

  @Test
  void aQuoteOverSeveralParagraphs() {
    String text = "Le président Jean Dupont a déclaré :\n« Nous avons tenu nos promesses.\n« Et nous continuerons "
        + "demain. »\nLa séance a été levée.";
    List<Quote> qs = quotes(text);
    Quote q = find(qs, "promesses");
    assertTrue(q.text().contains("continuerons demain"), q.text());
    assertSpeaker(q, "Dupont");
  }

  @Test
  void anEmbeddedTweetSignedOnTheNextLine() {
    String text = "Le département d’État a publié un message.\nIn the month since the Kremlin’s aggression against "
        + "Ukraine began, the United States has delivered $1.36 billion in military assistance. #UnitedWithUkraine "
        + "pic.twitter.com/9SDq0KWPDQ\n— Department of State (@StateDept) March 24, 2022";
    Quote q = find(quotes(text), "In the month since");
    assertTrue(q.direct());
    assertTrue(q.text().endsWith("military assistance."), q.text());
    assertSpeaker(q, "Department of State");
  }

  @Test
  void aSignedTweetAfterAParagraphWithQuoteMarks() {
    String text = "La déclaration commune du G7 indique : « Nous imposerons des coûts sévères à la Russie. »\n\n"
        + "Today, NATO Leaders agreed to double the number of battlegroups on the eastern flank. We stand united.\n"
        + "— Jens Stoltenberg (@jensstoltenberg) March 24, 2022\n";
    Quote q = find(quotes(text), "Today, NATO Leaders");
    assertTrue(q.text().endsWith("We stand united."), q.text());
    assertSpeaker(q, "Stoltenberg");
  }

  @Test
  void aTweetSignedAfterADash() {
    Quote q = find(quotes("« Rencontre productive avec le secrétaire général de l'OTAN. #NousSommesOTAN » – Le "
        + "@SecBlinken pic.twitter.com/dPGlfp70Gt"), "Rencontre productive");
    assertSpeaker(q, "SecBlinken");
  }

  @Test
  void aSignedBlockInTheFirstPerson() {
    // Wikinews, 15 October 2016.
    String text = "Face à la fronde, l’animateur a publié une tribune.\n\nJ’ai parfaitement conscience que ma "
        + "profession m’astreint à un certain nombre de devoirs et d’obligations.\n\nJe souhaite rappeler que la "
        + "justice ne m’a pas interdit la poursuite de mon activité professionnelle.\n\n— Jean-Marc Morandini\n";
    Quote q = find(quotes(text), "Je souhaite rappeler");
    assertTrue(q.text().startsWith("J’ai parfaitement conscience"), q.text());
    assertSpeaker(q, "Morandini");
  }

  // --- indirect quotes ---------------------------------------------------------------------------------------

  @Test
  void aReportingVerbAndItsQueClause() {
    List<Quote> qs = quotes("Dmitri Peskov, porte-parole du président russe, a déclaré que la Russie déplace des "
        + "troupes sur son territoire et à sa propre discrétion.");
    Quote q = find(qs, "déplace");
    assertFalse(q.direct());
    assertEquals("la Russie déplace des troupes sur son territoire et à sa propre discrétion", q.text());
    assertEquals("a déclaré", q.cueText());
    assertSpeaker(q, "Peskov");
  }

  @Test
  void anInciseWithoutQuoteMarks() {
    Quote q = find(quotes("Plus de troupes ont été placées en alerte, a déclaré John Kirby, refusant d’indiquer "
        + "combien."), "troupes");
    assertFalse(q.direct());
    assertEquals("Plus de troupes ont été placées en alerte", q.text());
    assertSpeaker(q, "Kirby");
  }

  @Test
  void selonAndPour() {
    Quote selon = find(quotes("Selon Jean-Pierre Cabestan, les relations entre la Chine et Taïwan vont se détériorer."),
        "relations");
    assertFalse(selon.direct());
    assertEquals("Selon", selon.cueText());
    assertSpeaker(selon, "Cabestan");
    Quote pour = find(quotes("Pour Jean Dupont, la réforme des retraites est un échec complet."), "réforme");
    assertSpeaker(pour, "Dupont");
  }

  @Test
  void aNestedReportIsCreditedToItsSource() {
    List<Quote> qs = quotes("À Moscou, le Kremlin a déclaré que Vladimir Poutine avait déclaré au président français "
        + "que l’Occident n’avait pas pris en compte les préoccupations russes, et le ministre russe des Affaires "
        + "étrangères Sergueï Lavrov a déclaré à un intervieweur radio que la Russie ne voulait pas la guerre.");
    assertSpeaker(find(qs, "Occident"), "Pout");
    Quote lavrov = find(qs, "ne voulait pas la guerre");
    assertEquals("la Russie ne voulait pas la guerre", lavrov.text());
    assertSpeaker(lavrov, "Lavrov");
    assertFalse(find(qs, "Occident").text().contains("Lavrov"), show(qs));
  }

  @Test
  void announcementsRestrictionsAndUnnamedSourcesAreNotQuotes() {
    assertTrue(quotes("Emmanuel Macron a annoncé qu’il se rendrait à Moscou la semaine prochaine.").isEmpty());
    assertTrue(quotes("Le Syctom n’a confirmé que le blocage de l’usine d’Ivry-sur-Seine.").isEmpty());
    assertTrue(quotes("On dit que la réforme sera adoptée.").isEmpty());
  }

  @Test
  void wordsInMarksMakeReportedSpeechAQuotation() {
    // Wikinews, 21 January 2016: the clause quotes the speaker's words, so it is kept whoever speaks.
    Quote q = find(quotes("Le porte-parole du Kremlin indique que Moscou n'est « pas intéressé » par les conclusions "
        + "de l'enquête britannique."), "Moscou");
    assertFalse(q.direct());
    assertEquals("Moscou n'est « pas intéressé » par les conclusions de l'enquête britannique", q.text());
    assertEquals("Le porte-parole du Kremlin", q.speakerMention());
    assertFalse(q.speaker().contains("Putin"), q.speaker());
  }

  // --- speakers in real news ---------------------------------------------------------------------------------

  @Test
  void aNameInAComplementIsNotTheSpeaker() {
    // Wikinews, 12 January 2016.
    Quote q = find(quotes("« Plus tôt dans la journée, nous avons perdu le contact avec deux petits navires » a "
        + "déclaré un responsable de l'administration de Barack Obama ."), "perdu le contact");
    assertEquals("un responsable de l'administration de Barack Obama", q.speakerMention());
    assertNotEquals("Barack Obama", q.speaker());
  }

  @Test
  void aRelativeClauseAfterANamedSpeaker() {
    // Wikinews, 15 February 2016.
    List<Quote> qs = quotes("« La destruction de cet hôpital prive d'accès aux soins 40 000 personnes » a ajouté "
        + "Massimiliano Rebaudengo , le chef de mission de MSF pour la Syrie qui considère qu'il s'agit « d'une "
        + "attaque délibérée contre une structure de santé » .");
    assertSpeaker(find(qs, "destruction"), "Rebaudengo");
    assertSpeaker(find(qs, "attaque délibérée"), "Rebaudengo");
  }

  @Test
  void selonANameAfterAComplement() {
    // Wikinews, 12 May 2016.
    Quote q = find(quotes("Selon le négociateur pour l'industrie du taxi, Guy Chevrette, cette annonce est « une "
        + "victoire pour notre société de droits. »"), "victoire");
    assertSpeaker(q, "Chevrette");
  }

  @Test
  void selonAPronounAfterAQuote() {
    // Wikinews, 12 June 2016.
    List<Quote> qs = quotes("« La CGT-Energie a déposé un préavis de grève pour jeudi » , a confié, à Reuters, le "
        + "directeur de cabinet du président du Syctom, Patrice Furé. « Ça va devenir compliqué » , selon lui.");
    assertSpeaker(find(qs, "préavis"), "Furé");
    Quote q = find(qs, "compliqué");
    assertEquals("lui", q.speakerMention());
    assertSpeaker(q, "Furé");
  }

  @Test
  void aRoleTheArticleTiedToAName() {
    // Wikinews, 4 January 2016.
    List<Quote> qs = quotes("Haïder al-Abadi , le Premier ministre irakien, a fait part d'un « énorme choc ». « Nous "
        + "avons ordonné aux forces irakiennes de traquer les gangs de Daech », a déclaré le chef du gouvernement "
        + "sur le réseau social Twitter.");
    Quote q = find(qs, "traquer");
    assertEquals("le chef du gouvernement", q.speakerMention());
    assertSpeaker(q, "Abadi");
  }

  @Test
  void aGerundSpeaksForItsSubject() {
    // Wikinews, 28 May 2016.
    Quote q = find(quotes("Rafael Nadal a terminé la conférence de presse en disant : « Je me sens motivé et avec la "
        + "bonne énergie. »"), "motivé");
    assertSpeaker(q, "Nadal");
  }

  @Test
  void aSpeakerBeforeAPrepositionalPhrase() {
    // Wikinews, 14 January 2016.
    Quote q = find(quotes("Des journalistes sur place rapportent que « les forces spéciales ont pénétré dans le "
        + "Starbucks » ."), "forces spéciales");
    assertEquals("Des journalistes sur place", q.speakerMention());
  }

  @Test
  void aPassiveParticipleIsNotItsSubjectsSpeech() {
    // Wikinews, 24 March 2016.
    AnalyzedDocument out = analyze("La candidature a été rendue possible après un changement de Constitution qualifié "
        + "de « coup d'État constitutionnel » par ses détracteurs.");
    assertTrue(out.get(QuoteAnnotator.QUOTES).stream().noneMatch(q -> q.speakerMention() != null
        && q.speakerMention().contains("changement")), show(out.get(QuoteAnnotator.QUOTES)));
  }

  @Test
  void aQuoteRepeatedByTheSameSpeakerIsOneQuote() {
    List<Quote> qs = quotes("Poutine : « l’Occident n’a rien compris »\nLe Kremlin a déclaré que Poutine avait dit au "
        + "président français que l’Occident n’a rien compris.");
    assertEquals(1, qs.stream().filter(q -> q.text().equals("l’Occident n’a rien compris")).count(), show(qs));
  }

  // --- fiction and dialogue ----------------------------------------------------------------------------------

  @Test
  void dialogueLinesAreQuotesWithTheirIncise() {
    String text = "Une chaise de poste entra dans la cour.\n\n— Cela sera-t-il bien long ? demanda le laquais.\n\n"
        + "— C'est l'affaire d'une heure, répondit le postillon ; nous allons manger l'avoine.\n";
    List<Quote> qs = quotes(text);
    assertEquals(2, qs.size(), show(qs));
    assertEquals("le laquais", qs.get(0).speakerMention());
    assertEquals("le postillon", qs.get(1).speakerMention());
    assertTrue(qs.get(1).text().startsWith("C'est l'affaire d'une heure"));
  }

  @Test
  void aLineEndingWithAColonIntroducesTheNextLine() {
    String text = "Ils se quittaient, quand Bouvard dit tout à coup :\n\n— Ma foi ! si nous dînions ensemble ?\n\n"
        + "— J'en avais l'idée !\n";
    Quote q = find(quotes(text), "dînions");
    assertEquals("Bouvard", q.speakerMention());
  }

  // --- real cases from WiNER dev, read by eye (Wikinews, 2016) ------------------------------------------------

  @Test
  void adverbialPhrasesBetweenSubjectVerbAndInvertedSubject() {
    // 12 June 2016 (Orlando) and 24 June 2016 (Edgard Pisani).
    Quote q = find(quotes("Les autorités ont par la suite confirmé qu'il s'agissait d'un « acte de terrorisme "
        + "intérieur »."), "terrorisme");
    assertEquals("Les autorités", q.speakerMention());
    q = find(quotes("« Edgard Pisani était un grand réformateur, un grand républicain, un progressiste de ceux à qui "
        + "nous devons la France moderne » , a salué pour sa part le Premier ministre Manuel Valls sur Twitter ."),
        "grand réformateur");
    assertEquals("a salué", q.cueText());
    assertSpeaker(q, "Manuel Valls");
  }

  @Test
  void aSubjectBeforeAParenthesisSpeaksThroughItsGerunds() {
    // 23 November 2016.
    List<Quote> qs = quotes("Le premier ministre slovaque Robert Fico (Smer-DS) a dit en conférence de presse en "
        + "parlant des journalistes « certains des vôtres sont des sales prostituées anti-slovaques » en ajoutant qu'il "
        + "le dit « absolument calmement et je ne me laisse pas emporté, je maintiens ces mots ».");
    assertSpeaker(find(qs, "certains des vôtres"), "Robert Fico");
    assertSpeaker(find(qs, "absolument calmement"), "Robert Fico");
  }

  @Test
  void aPlaceAfterTheSubjectIsNotTheSpeaker() {
    // 4 November 2016.
    Quote q = find(quotes("L'un des Sindumuja présent à Berlin précise que « Le boycott de la rencontre vise à "
        + "protester contre la tenue d’un quelconque dialogue. »"), "boycott");
    assertNotNull(q.speakerMention());
    assertNotEquals("Berlin", q.speakerMention());
    assertNotEquals("Berlin", q.speaker());
  }

  @Test
  void aLeadInEndingWithAColonIntroducesTheQuotesOfTheNextParagraph() {
    // 27 October 2016: the apposition's closing comma is missing in the original.
    List<Quote> qs = quotes("Le 22 octobre 2016, Gaston Sindimwo , premier vice-président du Burundi a réagi plutôt "
        + "vivement à l'annonce européenne :\n\n« C’est un geste qui est dans la continuité de la déstabilisation de "
        + "la République du Burundi » poursuivant par « On dit que c’est le gouvernement qui ne paie pas les "
        + "militaires. C’est inadmissible, ça ! »");
    assertSpeaker(find(qs, "C’est un geste"), "Gaston Sindimwo");
    assertSpeaker(find(qs, "On dit que"), "Gaston Sindimwo");
  }

  @Test
  void fragmentsOfOneSentenceShareItsSpeakerAndRolesGoToThePersonTheyFit() {
    // 23 August 2016: "le boxeur" is the athlete of the first paragraph, not the king.
    List<Quote> qs = quotes("Mohamed Rabii , seul athlète marocain médaillé lors des Jeux olympiques de Rio, sera "
        + "reçu par le roi du Maroc , Mohammed VI à l'occasion du 53 e anniversaire du roi.\n\nÀ son arrivée à "
        + "l'aéroport Mohammed V de Casablanca, le boxeur de 23 ans a exprimé « sa grande joie » et son « bonheur » "
        + "d'avoir obtenu une médaille.");
    assertSpeaker(find(qs, "sa grande joie"), "Mohamed Rabii");
    assertSpeaker(find(qs, "bonheur"), "Mohamed Rabii");
  }

  @Test
  void aRoleIsTheOneWhoSpokeLastInItsParagraph() {
    // 4 January 2016.
    List<Quote> qs = quotes("Haïder al-Abadi , le Premier ministre irakien, a fait part d'un « énorme choc ». Ces "
        + "attaques n'ont pas été revendiquées, mais le Premier ministre a indiqué que ses auteurs seront « traqués ». "
        + "« Nous avons ordonné aux forces irakiennes de traquer les gangs de Daech », a déclaré le chef du "
        + "gouvernement sur le réseau social Twitter.");
    assertSpeaker(find(qs, "énorme choc"), "Abadi");
    assertSpeaker(find(qs, "Nous avons ordonné"), "Abadi");
  }

  @Test
  void aPronounStandingForANamedPersonReportsTheirSpeech() {
    // 2 February 2016: "Il estime que" is Malcolm Turnbull's reported speech.
    List<Quote> qs = quotes("Malcolm Turnbull sait que le sujet est délicat, il n'a pas oublié l'échec du référendum "
        + "de 1999. Il estime que la question n'est pas prioritaire et qu'un nouveau référendum attendrait le règne "
        + "d'un nouveau monarque au Royaume-Uni.");
    Quote q = find(qs, "la question n'est pas prioritaire");
    assertFalse(q.direct());
    assertEquals("Malcolm Turnbull", q.speaker(), show(qs));
    // Nobody named: the pronoun's words are not quoted.
    assertTrue(quotes("Il estime que la question n'est pas prioritaire.").isEmpty());
    // A participle's clause goes on with the same speaker and leaves the first clause whole (seeds, April 2021).
    qs = quotes("Le chef de la diplomatie américaine Antony Blinken a salué le soutien de l'OTAN. Il a noté que "
        + "l'OTAN avait invoqué l'Article 5, pour la première et seule fois de son histoire, après les attaques "
        + "terroristes du 11 septembre 2001, rappelant ainsi qu'une attaque contre un était une attaque contre tous.");
    assertTrue(find(qs, "l'OTAN avait invoqué").text().endsWith("11 septembre 2001"), show(qs));
  }

  @Test
  void anInfinitiveSaidByTheSubject() {
    // 24 January 2016 and 17 December 2016.
    List<Quote> qs = quotes("Hassan Rohani a annoncé se rendre en Italie et en France du 25 au 27 janvier. Il s'agit "
        + "de sa première visite officielle en Europe.");
    Quote q = find(qs, "se rendre en Italie");
    assertEquals("se rendre en Italie et en France du 25 au 27 janvier", q.text());
    assertEquals("Hassan Rohani", q.speaker());
    qs = quotes("Manuel Valls a commencé sa campagne en appelant au rassemblement de toute la gauche. Il dit pourtant "
        + "assumer pleinement son bilan à la tête de la France avec François Hollande.");
    assertEquals("Manuel Valls", find(qs, "assumer pleinement son bilan").speaker(), show(qs));
    // 2 February 2016: a gerund ends the clause before it and says its own infinitive.
    qs = quotes("Seul le premier ministre d' Australie-Occidentale , Colin Barnett, n'a pas signé cette déclaration, "
        + "considérant que le moment n'est pas le bon , tout en expliquant être favorable à la république.");
    assertEquals("le moment n'est pas le bon", find(qs, "le moment").text(), show(qs));
    assertEquals("Colin Barnett", find(qs, "être favorable à la république").speaker(), show(qs));
    // A noun after the verb is no infinitive: "a annoncé une aide" is an announcement, not speech.
    assertTrue(quotes("Joe Biden a annoncé une aide humanitaire de un milliard de dollars.").isEmpty());
  }

  @Test
  void aNounThatIntroducedAnOrganizationStandsForIt() {
    // 19 September 2016: two papers introduced as "le quotidien"; the one named last is meant.
    assertSpeakerOf("L'Orient-Le Jour", "reconquête de cette zone", "D'autres observateurs ont douté du caractère "
        + "accidentel de la frappe, comme le quotidien libanais L'Orient-Le Jour. Le quotidien suisse Le Temps estime "
        + "ainsi que l'accord pourrait être une coopération. Pour L'Orient-Le Jour , une victoire de l’État islamique "
        + "permettrait à l'organisation d'évacuer Mossoul. Mais surtout, le quotidien note ensuite que la « reconquête "
        + "de cette zone par les alliés du régime signifierait la réouverture de l'axe stratégique "
        + "Téhéran-Bagdad-Damas ».");
  }

  @Test
  void aVerbCoordinatedWithTheCueSharesItsSpeaker() {
    // 5 June 2016.
    assertSpeakerOf("François Hollande", "extrême mobilisation", "François Hollande , en visite à Romorantin , a "
        + "exprimé « la solidarité de la Nation » et salué l' « extrême mobilisation des secours » . Il a annoncé "
        + "que l'état de catastrophe naturelle sera reconnu dès mercredi.");
  }

  @Test
  void aPronounStandingForAnOfficeIsReplacedByTheOfficesMention() {
    // The article names nobody: the store finds the holder from the office, the country and the date.
    String text = "« Nous retirerons nos troupes », a déclaré le secrétaire d'État américain à Bruxelles. « Il est "
        + "temps de rentrer », a-t-il ajouté.";
    List<Quote> qs = quotes(text);
    Quote second = find(qs, "Il est temps");
    assertEquals(find(qs, "Nous retirerons").speakerSpan(), second.speakerSpan(), show(qs));
    assertTrue(second.speakerMention().startsWith("le secrétaire d'État américain"), show(qs));
  }

  @Test
  void aStatesBodiesNamedByItsDemonymSpeakForTheCountry() {
    // 28 June 2016.
    List<Quote> qs = quotes("Trois kamikazes ont ouvert le feu à l'aéroport Atatürk d'Istanbul, en Turquie, mardi "
        + "soir. Aucune revendication n'a eu lieu pour l'instant mais les autorités turques indiquent que « les "
        + "indices pointent Daech ».");
    Quote q = find(qs, "les indices pointent Daech");
    assertEquals("Türkiye", q.speaker(), show(qs));
    assertEquals("Q43", q.speakerQid());
  }

  @Test
  void anOfficeOfAGroupBeforeAFullNameIsThatPersons() {
    // 5 December 2016 (read by eye after the gold sets): the name is the secretary's, not the party's.
    assertSpeakerOf("Jean-Christophe Cambadélis", "encore 120 000", "Le premier secrétaire du parti Jean-Christophe "
        + "Cambadélis avait pourtant affirmé qu'ils étaient encore 120 000.");
    // "l'administration Obama" is still the administration.
    List<Quote> qs = quotes("Barack Obama est en visite à Cuba. Un responsable de l'administration Obama a "
        + "déclaré : « Nous restons prudents. »");
    assertNotEquals("Barack Obama", find(qs, "Nous restons prudents").speaker(), show(qs));
  }

  @Test
  void aCapitalisedOfficeIsNoName() {
    // 17 December 2016: "Un proche du Président" names nobody.
    List<Quote> qs = quotes("Un proche du Président parle de « boycottage » au sujet de ces absences.");
    Quote q = find(qs, "boycottage");
    assertNull(q.speaker(), show(qs));
    assertEquals("Un proche du Président", q.speakerMention());
  }

  @Test
  void selonAfterAConjunctionAndAPressAgency() {
    // 9 February 2016 and 27 August 2016 (read by eye after the gold sets).
    assertSpeakerOf("Alexander Dobrindt", "les engins étaient équipés", "Les causes de l'accident demeurent "
        + "inconnues, mais selon le ministre des transports, Alexander Dobrindt , les engins étaient équipés d'un "
        + "système automatique de freinage.");
    assertSpeakerOf("Anadolu", "La responsabilité de l'attaque", "Une voiture piégée a explosé à Cizre en Turquie "
        + "vendredi. La responsabilité de l'attaque est attribuée au Parti des travailleurs du Kurdistan (PKK) selon "
        + "l'agence de presse Anadolu.");
  }

  @Test
  void aParticipleAfterAClauseSpeaksForItsSubject() {
    // 12 June 2016 (read by eye after the gold sets): not for the noun before its comma, nor for a relative clause.
    assertSpeakerOf("Brian Teefey", "Je n'ai pas de mots", "Brian Teefey, beau-père de la chanteuse Selena Gomez , "
        + "qui a été le manager de Christina, a ouvert une cagnotte en ligne pour récolter des fonds, déclarant au "
        + "magazine People : « Je n'ai pas de mots pour décrire la douleur que je ressens. »");
    // 30 August 2016: "tandis que" is a conjunction, not what "expliquant" reports.
    List<Quote> qs = quotes("Lors de sa chute d'une hauteur de 12 mètres, Lucy aurait tenté d'amortir celle-ci en "
        + "posant ses mains au sol, expliquant ainsi une fracture de ses bras, tandis que son pied, aurait été le "
        + "premier à heurter violemment le sol.");
    assertTrue(qs.isEmpty(), show(qs));
  }

  @Test
  void aCleftInTheNextSentenceAttributesTheQuote() {
    // 3 April 2016 (read by eye after the gold sets).
    assertSpeakerOf("Auguste Rollandin", "revoir les objectifs", "Le Gouvernement régional de la Vallée d'Aoste a "
        + "décidé de prendre en main la gestion de l'aéroport afin de « revoir les objectifs stratégiques permettant "
        + "de valoriser les investissements réalisés » . C'est ce qu'a annoncé aujourd'hui le président de la Région "
        + "Auguste Rollandin , soulignant que « l'objectif est de compléter la structure » .");
  }

  @Test
  void theFirstNameOfACoordinationLeadsIt() {
    // 5 October 2016.
    assertSpeakerOf("Guy Chevrette", "injustice réglementaire", "Les porte-paroles du front commun, Guy Chevrette "
        + "et Benoît Jugand, font valoir que l'entente constitue une « injustice réglementaire, économique, politique "
        + "et financière » pour les chauffeurs de taxi.");
  }

  @Test
  void aNameGivenToAThingIsNoQuotation() {
    // 16 May 2016: names given to arcs of Neptune's rings; "ce que X a appelé « son carnage »" stays a quote.
    AnalyzedDocument out = analyze("L'astronome André Brahic a découvert les anneaux de Neptune, ainsi que trois des "
        + "quatre arcs composant le cinquième, qu'il avait appelés « Liberté », « Égalité » et « Fraternité ». "
        + "C'est ce que Joe Biden a appelé « son carnage en Ukraine ».");
    List<Quote> qs = out.get(QuoteAnnotator.QUOTES);
    assertEquals(List.of("son carnage en Ukraine"), qs.stream().map(Quote::text).toList(), show(qs));
    assertSpeaker(qs.get(0), "Joe Biden");
    assertEquals(List.of("Liberté", "Égalité", "Fraternité"),
        out.get(QuoteAnnotator.SCARE_QUOTES).stream().map(Quote::text).toList());
  }

  @Test
  void wordsInMarksOfASignedParagraphAreTheSignersButTitlesAreNot() {
    // 5 October 2016: the motivation of the prize is the committee's.
    String text = "Le prix Nobel de chimie est attribué au Français Jean-Pierre Sauvage, au Britannique Sir James "
        + "Fraser Stoddart et au Néerlandais Bernard L. Feringa, « pour la conception et la synthèse de machines "
        + "moléculaires » .\n\n— Comité Nobel\n";
    assertSpeaker(find(quotes(text), "pour la conception"), "Comité Nobel");
    // 19 January 2016: book titles above a signature are nobody's words.
    AnalyzedDocument out = analyze("Il est l'auteur de « Vendredi ou les Limbes du Pacifique » et du « Roi des "
        + "aulnes », deux romans qui ont marqué la littérature française.\n\n— Bernard Pivot\n");
    assertEquals(List.of(), out.get(QuoteAnnotator.QUOTES), show(out.get(QuoteAnnotator.QUOTES)));
    assertEquals(2, out.get(QuoteAnnotator.SCARE_QUOTES).size());
  }

  @Test
  void aSignatureUnderNarrationSignsOnlyWhatTheParagraphLeavesToIt() {
    // WiNER 2016_02_09-001, 2016_10_04-001 and 2016_08_20-004: Wikinews quote boxes whose quote was lost leave
    // a signature under a paragraph of narration.
    String text = "Selon le ministre des transports, Alexander Dobrindt, les engins étaient équipés d'un système de "
        + "freinage. De plus, le tronçon est situé « dans un virage, si bien que les deux conducteurs n'avaient pas "
        + "de contact visuel » a-t-il déclaré.\n\n— Angela Merkel , Chancelière allemande\n\nLe physicien Thomas "
        + "Hans Hansson précise que les lauréats sont récompensés pour la « beauté » de leurs travaux.\n\n— Comité "
        + "Nobel\n\nUsain Bolt a remporté neuf médailles d'or, comme Justin Gatlin en a rêvé. « Vous chantez mon nom, "
        + "j'ai eu la chair de poule en permanence » a-t-il lancé à la télévision brésilienne.\n\n— Usain Bolt\n";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "dans un virage"), "Alexander Dobrindt");
    assertSpeaker(find(qs, "beauté"), "Hansson");
    assertSpeaker(find(qs, "chair de poule"), "Usain Bolt");
    // A nickname in marks is nobody's words, signature or not; a pronoun after a signed quote is the signer.
    AnalyzedDocument out = analyze("C'était la dernière course à laquelle « la Foudre » , Usain Bolt, prenait part. "
        + "« Vous chantez mon nom » a-t-il lancé.\n\n— Usain Bolt\n");
    assertTrue(out.get(QuoteAnnotator.SCARE_QUOTES).stream().anyMatch(q -> q.text().equals("la Foudre")),
        show(out.get(QuoteAnnotator.QUOTES)));
    qs = quotes("Le ministre Bernard Cazeneuve a salué le travail des policiers.\n\nLa vidéo de Khaled Freak a été "
        + "relayée en février. « J'ai reçu beaucoup d'encouragements à continuer et je compte bien le faire » , dit-il "
        + "selon Francetv info. Pour lui, son "
        + "rêve serait de se reconvertir dans la musique.\n\n— Khaled Freak\n");
    assertSpeaker(find(qs, "son rêve"), "Khaled Freak");
  }

  @Test
  void aRoleWhoseComplementNamesSomeoneElseIsNobodyTheArticleNames() {
    // WiNER 2016_11_08-001 and 2016_10_17-003: the name after "de" is the role's complement, not its holder.
    String text = "Emmanuel Macron doit annoncer sa candidature. « Seul Emmanuel Macron a la réponse », a assuré un "
        + "proche de Macron au quotidien Le Monde.\n\nJean-Marc Morandini est de retour. L'avocate de Jean-Marc "
        + "Morandini indique « constater et déplorer que cette publication intervienne le jour de son retour ».";
    List<Quote> qs = quotes(text);
    assertNull(find(qs, "Seul Emmanuel Macron").speaker(), show(qs));
    assertNull(find(qs, "constater et déplorer").speaker(), show(qs));
  }

  @Test
  void aSeatOfGovernmentIsOneSpeakerWhereverItsVerbStands() {
    // WiNER 2016_06_24-004: "L'Élysée a salué « »" then "« » , souligne encore l'Élysée".
    List<Quote> qs = quotes("L' Élysée a salué « un esprit visionnaire et un réformateur ardent » .\n\n« Sa longue "
        + "expérience de l'État en faisait une voix écoutée au-delà de la France » , souligne encore l'Élysée.");
    assertEquals(find(qs, "esprit visionnaire").speaker(), find(qs, "longue expérience").speaker(), show(qs));
    assertTrue(find(qs, "longue expérience").speakerMentions().contains("Élysée"), show(qs));
  }

  @Test
  void aPronounGoesToThePersonOfTheLastCoordinatedClause() {
    // WiNER 2016_08_08-001.
    List<Quote> qs = quotes("Manon Brunet a perdu en demi-finale.\n\nDans la petite finale, Olha Kharlan finit par "
        + "réagir et Brunet flanche à nouveau, si près du podium. « J'ai pris les Jeux comme la plus belle "
        + "compétition du monde » a-t-elle déclaré à L'Equipe.");
    assertSpeaker(find(qs, "plus belle compétition"), "Manon Brunet");
  }

  @Test
  void aReportedClauseKeepsTheBracketItOpensAndTimeIsNoSource() {
    // WiNER 2016_08_27-001 and 2016_12_08-002.
    List<Quote> qs = quotesAll("La responsabilité de l'attaque est attribuée au Parti des travailleurs du Kurdistan "
        + "(PKK) selon l'agence de presse Anadolu.");
    assertTrue(find(qs, "Kurdistan").text().endsWith("(PKK)"), show(qs));
    qs = quotesAll("Des mesures de circulation alternée ont été instaurées à Paris et à Lyon, selon le jour.");
    assertTrue(qs.isEmpty(), show(qs));
  }

  @Test
  void aKingIsTheSovereignAndNotTheNieceWhoSpeaksOfHim() {
    // WiNER 2016_11_03-001.
    String text = "La bataille juridique autour de la dépouille du roi Mwambutsa IV vient de se terminer.\n\nL'ancien "
        + "souverain avait exprimé dans son testament le désir d'être enterré en Suisse :\n\n« J'exprime la volonté "
        + "que ma dépouille reste en Suisse. »\n\nAu contraire, la nièce du monarque s'opposait au transfert. Suite "
        + "au jugement, elle déclarait :\n\n« Mon oncle avait été très clairvoyant. »";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "ma dépouille"), "Mwambutsa IV");
    assertNull(find(qs, "Mon oncle").speaker(), show(qs));
  }

  @Test
  void whatIsSaidToBeIsNoPlanAndASecondClauseStandsAloneAfterAQuote() {
    // WiNER 2016_01_24-001, 2016_10_15-003 and 2016_07_29-002.
    String text = "Gaurav Chauhan a affirmé qu'il sera nécessaire d'effectuer des tests au carbone 14.\n\nEsdras "
        + "Ndikumana a rappelé en 2016 qu'il ne serait pas capable de fournir des informations sans SOS Media "
        + "Burundi.\n\nLe porte-parole John Kirby indique qu'il ne voit « aucune raison de penser que leurs "
        + "objectifs sont devenus différents » et que le groupe prévoit toujours des attaques en Occident.";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "tests au carbone"), "Gaurav Chauhan");
    assertSpeaker(find(qs, "pas capable"), "Esdras Ndikumana");
    Quote second = find(qs, "prévoit toujours");
    assertSpeaker(second, "John Kirby");
    assertFalse(second.text().contains("aucune raison"), show(qs));
    // Plans stay out of the quotes, and two clauses without marks are one.
    qs = quotes("Vladimir Poutine a annoncé qu'il se rendrait à Pékin en mars.\n\nMalcolm Turnbull a déclaré que la "
        + "question n'est pas prioritaire et qu'un référendum attendrait le règne d'un nouveau monarque.");
    assertEquals(1, qs.size(), show(qs));
    assertTrue(qs.get(0).text().contains("et qu'un référendum"), show(qs));
  }

  @Test
  void aColonAfterACleftOrAnAnalysisWithAnApposition() {
    // WiNER 2016_06_15-001 and 2016_11_26-002.
    String text = "Pelé et Diego Maradona se sont réconciliés.\n\nC'est Maradona qui a fait le premier pas vers la "
        + "réconciliation :\n\n« no más peleas, te prometo »\n\nC'est d'ailleurs l'analyse de Gabriel Ruyiri , le "
        + "président-fondateur de l'organisation anti-corruption Olucome :\n\n« Le gouvernement veut faire "
        + "contribuer les citoyens pour combler ses déficits. »";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "no más peleas"), "Maradona");
    assertSpeaker(find(qs, "combler ses déficits"), "Gabriel Ruyiri");
  }

  @Test
  void selonWithAnAcronymAFigureOrABrandTheTaggerMissed() {
    // WiNER 2016_01_14-004, 2016_02_08-001, 2016_12_20-002, 2016_08_24-003 and 2016_06_14-006.
    List<Quote> qs = quotesAll("L'ouragan Alex s'est formé jeudi. Selon l' Agence américaine océanique et "
        + "atmosphérique (NOAA), le dernier ouragan formé en janvier remonte à 1938.\n\nSelon un premier bilan de la "
        + "Préfecture, il y aurait cinq morts et six blessés graves.\n\nUne dizaine de chars turcs sont entrés en "
        + "Syrie, selon un photographe de l' AFP présent sur place.\n\nSelon iTELE, les policiers ont trouvé une "
        + "liste de six cibles dans son ordinateur.");
    assertSpeaker(find(qs, "remonte à 1938"), "Agence américaine océanique et atmosphérique");
    assertSpeaker(find(qs, "cinq morts"), "Préfecture");
    assertSpeaker(find(qs, "chars turcs"), "AFP");
    assertSpeaker(find(qs, "six cibles"), "iTELE");
    // How a figure was counted is no one's statement.
    qs = quotesAll("Selon les critères du BIT, il suffit de travailler une heure par semaine pour avoir un emploi.");
    assertTrue(qs.isEmpty(), show(qs));
  }

  @Test
  void aPassiveAfterTheQuoteGivesItToItsAgent() {
    // 12 June 2016: "le député" is the first of the two people named together, not the one named closest.
    String text = "Le 23 avril 2013, à l'Assemblée nationale française, une confrontation entre le député "
        + "Dominique Dord (UMP) et le ministre Bernard Cazeneuve avait déjà attiré l'attention sur la réplique "
        + "ironique « C'est pas de votre faute ! » lancée par le député.";
    Quote q = find(quotes(text), "votre faute");
    assertEquals("lancée par", q.cueText());
    assertEquals("Dominique Dord", q.speaker());
  }

  @Test
  void theWordsAPersonTakesAStandOnAreTheirs() {
    // 12 June 2016 (winer-quotes); the fragments after the first share its speaker.
    List<Quote> qs = quotes("Jean-Luc Laurent ( PS ), a lui cherché en vain à rétablir la validité de douze mois, "
        + "s’opposant à « une disparition progressive du chèque » et mettant en avant l’utilisation « massive » de ce "
        + "moyen de paiement.");
    assertSpeaker(find(qs, "disparition progressive"), "Jean-Luc Laurent");
    assertSpeaker(find(qs, "massive"), "Jean-Luc Laurent");
    // A thing that takes no stand: the words stay nobody's.
    AnalyzedDocument out = analyze("La décision s'oppose à la « nouvelle normalité » de la sécurité européenne.");
    assertEquals(List.of(), out.get(QuoteAnnotator.QUOTES), show(out.get(QuoteAnnotator.QUOTES)));
  }

  @Test
  void wordsInMarksInsideAClauseClosedByAPersonsIncise() {
    // 27 May 2016 (read by eye): "Il pourrait s'agir" is impersonal, not a plan of the speaker's.
    Quote q = find(quotes("Les gardes-côtes italiens évoquent qu'il y aurait 350 personnes à la mer. Il pourrait "
        + "s'agir de « l’une des plus importantes tragédies en mer » depuis le début de la crise des migrants, a "
        + "précisé M. Di Giacomo."), "tragédies en mer");
    assertFalse(q.direct());
    assertTrue(q.text().startsWith("Il pourrait s'agir"), q.text());
    assertSpeaker(q, "Di Giacomo");
  }

  @Test
  void aRelativeOrANounsQueIsNoReportedClause() {
    // 12 June 2016 (read by eye): the verb already has its object, so "qu'" is a relative pronoun.
    AnalyzedDocument out = analyze("Christian Estrosi, le maire de Nice, a fermement condamné ces violences dans un "
        + "message sur Twitter qu'il a posté dans la soirée. Il a dénoncé le fait que les policiers soient absents.");
    assertEquals(List.of(), out.get(QuoteAnnotator.QUOTES), show(out.get(QuoteAnnotator.QUOTES)));
    // A person told, or a time, before the clause: the clause is reported speech.
    List<Quote> qs = quotes("Christian Estrosi a assuré les familles que tout serait fait. Il a rappelé la semaine "
        + "dernière que la ville était sûre.");
    assertSpeaker(find(qs, "tout serait fait"), "Christian Estrosi");
    assertSpeaker(find(qs, "la ville était sûre"), "Christian Estrosi");
  }

  @Test
  void aDecisionInMarksAndAPassiveDescription() {
    // 6 August and 12 June 2016 (read by eye).
    List<Quote> qs = quotes("Le ministère de l'Intérieur a décidé de « suspendre temporairement l'exploitation de la "
        + "flotte des Canadair » . Le tireur avait ce qui est décrit comme un « engin » par le porte-parole de la "
        + "police, Dan Smith.");
    assertSpeaker(find(qs, "suspendre temporairement"), "ministère de l'Intérieur");
    assertSpeaker(find(qs, "engin"), "Dan Smith");
  }

  @Test
  void wireCopyForms() {
    // Written for the forms of wire copy on international affairs, as in the seeds.
    List<Quote> qs = quotes("Jake Sullivan a quant à lui affirmé que l'invasion pouvait commencer à tout moment. Le "
        + "président russe Vladimir Poutine a, quant à lui, dénoncé une « hystérie » occidentale. D'après le "
        + "Kremlin, ces mesures sont « illégitimes ». \"We will hold Russia accountable,\" President Biden said in a "
        + "statement. Selon le ministère ukrainien de la Défense, plus de 100 000 soldats russes sont massés à la "
        + "frontière.");
    assertSpeaker(find(qs, "l'invasion pouvait"), "Jake Sullivan");
    assertSpeaker(find(qs, "hystérie"), "Vladimir");
    assertEquals("ces mesures sont « illégitimes »", find(qs, "illégitimes").text());
    assertSpeaker(find(qs, "accountable"), "Biden");
    assertSpeaker(find(qs, "soldats russes"), "ministère ukrainien de la Défense");
    // A verb that puts the speech in the infinitive, after an inverted pronoun for the person named last.
    qs = quotes("« Si la Russie envahit l'Ukraine, il n'y aura plus de Nord Stream 2 », a prévenu lundi Joe Biden "
        + "lors d'une conférence de presse avec le chancelier allemand Olaf Scholz. Le chancelier a, lui, évité de "
        + "mentionner le gazoduc. « Nous agirons ensemble », s'est-il contenté de dire.");
    assertSpeaker(find(qs, "Nous agirons ensemble"), "Olaf Scholz");
    // "qualifier X de « »" past a weekday and a full name; an incise naming the medium before the speaker.
    qs = quotes("Le président américain Joe Biden a qualifié mercredi Vladimir Poutine de « criminel de guerre ». "
        + "« Les Russes bombardent des hôpitaux, a écrit sur Twitter le ministre ukrainien des Affaires étrangères "
        + "Dmytro Kouleba. C'est un crime de guerre. »");
    assertSpeaker(find(qs, "criminel de guerre"), "Joe Biden");
    assertSpeaker(find(qs, "bombardent"), "Dmytro Kouleba");
    assertSpeaker(find(qs, "un crime de guerre"), "Dmytro Kouleba");
    // Words in marks that are the verb phrase of an organization or of an auxiliary's subject; a cleft after a
    // colon.
    qs = quotes("Dans sa déclaration, le Conseil de l'Atlantique Nord « condamne dans les termes les plus forts "
        + "l'invasion de l'Ukraine ». Emmanuel Macron a par ailleurs « appelé à la retenue ». « Nous avons besoin "
        + "d'avions, pas de mots » : c'est en ces termes que le président Volodymyr Zelensky s'est adressé aux "
        + "dirigeants de l'Alliance.");
    assertSpeaker(find(qs, "condamne dans les termes"), "Conseil de l'Atlantique Nord");
    assertSpeaker(find(qs, "appelé à la retenue"), "Emmanuel Macron");
    assertSpeaker(find(qs, "besoin d'avions"), "Zelensk");
    // The tagger reads "a résumé" as an article and a noun; an unnamed speaker keeps a short quote a quote.
    AnalyzedDocument out = analyze("« Il n'y a pas de plan B », a résumé un haut fonctionnaire européen.");
    Quote q = find(out.get(QuoteAnnotator.QUOTES), "plan B");
    assertEquals("a résumé", q.cueText());
    assertEquals(null, q.speaker());
    assertEquals("un haut fonctionnaire européen", q.speakerMention());
    assertEquals(List.of(), out.get(QuoteAnnotator.SCARE_QUOTES));
    // A reporting verb coordinated after the clause is the speaker's next predicate, not part of the clause.
    q = find(quotes("Le président ukrainien Volodymyr Zelensky a estimé mardi que les sanctions ne suffisaient pas et "
        + "a demandé la fermeture de l'espace aérien."), "sanctions");
    assertEquals("les sanctions ne suffisaient pas", q.text());
  }

  @Test
  void aFirstPersonParagraphAfterAParagraphAboutOnePerson() {
    // 2 May 2016 (read by eye).
    String text = "Pierre Karl Péladeau a annoncé lundi, en retenant ses larmes, qu'il démissionnait de ses fonctions "
        + "à l'assemblée nationale. Il a évoqué des raisons familiales pour expliquer cette décision.\n\n« Aujourd'hui, "
        + "je suis devant une absence d'alternative qui me force à faire un choix, un choix déchirant entre ma famille "
        + "et mon projet politique. J'ai choisi ma famille. »\n\nM. Péladeau est élu député depuis 2014.";
    assertSpeaker(find(quotes(text), "absence d'alternative"), "Pierre Karl Péladeau");
    // Not in the third person: a pull quote is nobody's.
    AnalyzedDocument out = analyze("Pierre Karl Péladeau a démissionné lundi de ses fonctions.\n\n« Une page se "
        + "tourne pour le Parti québécois, qui devra choisir un nouveau chef avant l'automne prochain. »\n");
    assertEquals(List.of(), out.get(QuoteAnnotator.QUOTES), show(out.get(QuoteAnnotator.QUOTES)));
  }

  @Test
  void peutOnLireGivesTheQuoteToTheDocumentsAuthor() {
    List<Quote> qs = quotes("« Nous condamnons cette attaque », peut-on lire dans le communiqué de la Maison "
        + "Blanche.\n\nDans un communiqué de l'Organisation mondiale de la santé, on apprend que trois hôpitaux ont "
        + "été touchés. « Les équipes médicales font face à une situation sans précédent » peut-t-on y lire.");
    assertSpeaker(find(qs, "Nous condamnons"), "White House");
    assertSpeaker(find(qs, "sans précédent"), "Organisation mondiale de la santé");
  }

  @Test
  void ceDernierIsThePersonNamedLast() {
    List<Quote> qs = quotes("Le président a reçu le ministre burundais des Relations extérieures, Alain Aimé "
        + "Nyamitwe, mardi à Addis-Abeba. Ce dernier a déclaré : « Le Burundi ne cédera pas aux pressions. »");
    assertSpeaker(find(qs, "ne cédera pas"), "Alain Aimé Nyamitwe");
  }

  @Test
  void speakersNamedThroughTheEntityLayer() {
    // 26 July 2016: "Hollande" alone is the president named in full before, not the Netherlands.
    assertSpeakerOf("François Hollande", "ignoble attentat", "Le président de la République François Hollande "
        + "ainsi que Bernard Cazeneuve se sont rendus sur place. Hollande est arrivé sur place à 13 h et évoque un "
        + "« ignoble attentat terroriste ».");
    // 2 February 2016: the nationality belongs to the movement's name.
    assertSpeakerOf("Mouvement républicain australien", "Nous pensons", "Le Mouvement républicain australien a "
        + "proposé aux chefs des huit États et territoires du pays de signer une déclaration : « Nous pensons que "
        + "l'Australie devrait avoir un Australien comme chef d'État. »");
    // 15 October 2016: an acronym that spells the small words too is the name's.
    List<Quote> qs = quotes("La Société des journalistes (SDJ) d'I-Télé explique alors, par un communiqué, avoir "
        + "« appris avec consternation la venue de Jean-Marc Morandini ». Le 13 octobre, la SDJ demande à "
        + "l'animateur de « ne pas venir sur I-Télé ».");
    assertSpeaker(find(qs, "ne pas venir"), "Société des journalistes");
    // 4 December 2016: the portfolio before the minister's name is not part of it.
    assertSpeakerOf("Nestor Bankumukunzi", "promesse ferme", "Le ministre de l'Information, de la Communication et "
        + "des Médias Nestor Bankumukunzi a annoncé que le réseau est installé. À ce sujet, il précise : « Nous "
        + "avons une promesse ferme de la Chine. »");
  }


  @Test
  void aRoleIsNotGuessedPastSomeoneNamedSince() {
    // 10 January 2016: "l'écrivain" is Victor Hugo, not the singer who was the subject before.
    Quote q = find(quotes("Johnny Hallyday a chanté Un dimanche de janvier. La cérémonie s'achève sur la lecture "
        + "d'une allocution prononcée par Victor Hugo à son retour d'exil. Les paroles de l'écrivain sont : « Sauver "
        + "Paris, c'est plus que sauver la France, c'est sauver le monde. »"), "Sauver Paris");
    assertFalse(String.valueOf(q.speaker()).contains("Hallyday"), show(List.of(q)));
  }

  @Test
  void oneProfessionUnderTwoNames() {
    // 17 October 2016.
    Quote q = find(quotes("Le politologue Filip Reyntjens considère que le risque génocidaire est limité au "
        + "Burundi.\n\nOr l'universitaire belge considère que la question ethnique est moins centrale :\n\n"
        + "« Manifestement, la ligne de partage au Burundi n’est pas ethnique, elle est essentiellement politique. »"),
        "Manifestement");
    assertSpeaker(q, "Filip Reyntjens");
  }

  @Test
  void faireSavoirAndFairePart() {
    // 19 August 2016.
    List<Quote> qs = quotes("Juliette Méadel a fait part de sa « vive émotion » en apprenant ce décès. « Ce décès "
        + "porte à 86 le nombre de personnes tuées » , a fait savoir Juliette Méadel dans un communiqué.");
    Quote q = find(qs, "Ce décès");
    assertEquals("a fait savoir", q.cueText());
    assertSpeaker(q, "Juliette Méadel");
    assertSpeaker(find(qs, "vive émotion"), "Juliette Méadel");
  }

  @Test
  void selonRightBeforeTheQuoteAndAVerbOfThanks() {
    // 25 October 2016 and 29 July 2016.
    assertSpeaker(find(quotes("L'enterrement est selon l'Église « d'abord et avant tout la forme la plus appropriée "
        + "pour exprimer la foi » ."), "d'abord"), "Église");
    assertSpeaker(find(quotes("Al-Joulani indique notamment que cette décision a été prise pour « protéger la "
        + "révolution ». Il remercie aussi « les commandants d'Al-Qaïda pour avoir compris la nécessité de rompre les "
        + "liens » ."), "commandants"), "Joulani");
  }

  @Test
  void anInvertedSpeakerClosingTheSentenceWithoutComma() {
    // 16 November 2016.
    Quote q = find(quotes("Ils précisent leurs craintes : force est de constater que « depuis un certain moment, "
        + "les Tutsis sont particulièrement ciblés » explique Anschaire Nikoyagize."), "Tutsis");
    assertSpeaker(q, "Anschaire Nikoyagize");
  }

  @Test
  void whoAsksSpeaksNotWhoIsAsked() {
    // 14 June 2016.
    Quote q = find(quotes("L'autorité avait demandé à l'association de préciser les « études venant à l’appui de ces "
        + "allégations » ."), "études");
    assertEquals("L'autorité", q.speakerMention());
  }

  @Test
  void aReportedClauseAfterAQuoteInMarksStartsAfterIt() {
    // 30 August 2016.
    List<Quote> qs = quotes("Le 19 août dernier, Emmanuel Macron avait précisé que « L'honnêteté m'oblige à vous "
        + "dire que je ne suis pas socialiste » et qu'il importait peu qu'il soit ou non de gauche, car il agirait dans "
        + "l'intérêt général.");
    Quote d = find(qs, "L'honnêteté");
    Quote i = find(qs, "importait");
    assertTrue(d.direct());
    assertFalse(i.direct());
    assertFalse(i.span().overlaps(d.span()), show(qs));
    assertTrue(i.text().startsWith("il importait peu"), i.text());
  }

  @Test
  void anAsideAboutSomeoneElsesWordsEndsTheClause() {
    // Seed 002.
    Quote q = find(quotes("Le président américain Joe Biden a déclaré qu’il déplacerait des troupes vers les pays "
        + "d’Europe de l’Est « à court terme », comme l’a averti son secrétaire à la Défense."), "déplacerait");
    assertFalse(q.text().contains("comme"), q.text());
  }

  @Test
  void wordsInMarksCompletingANounAreALabelNotAReport() {
    // 15 August 2016 and 25 September 2016; an infinitive after "de" is still the speaker's request (15 October).
    AnalyzedDocument out = analyze("Pour ses derniers jeux, le Jamaïcain a donc confirmé son statut d' « homme le plus "
        + "rapide du monde » . Les forces kurdes ont annoncé la constitution du « Conseil militaire d'al-Bab ».");
    assertTrue(out.get(QuoteAnnotator.QUOTES).isEmpty(), show(out.get(QuoteAnnotator.QUOTES)));
    assertEquals(2, out.get(QuoteAnnotator.SCARE_QUOTES).size());
    Quote q = find(quotes("Le 13 octobre la SDJ d'I-Télé fait paraître une tribune dans laquelle elle demande à "
        + "l'animateur de « ne pas venir sur I-Télé »."), "ne pas venir");
    assertNotNull(q.speaker());
  }

  @Test
  void aReportingVerbGoverningAnInfinitive() {
    // 30 August 2016.
    Quote q = find(quotes("Un témoin de la scène a déclaré à l'AFP avoir vu « une voiture se diriger à toute allure "
        + "vers la zone » ."), "une voiture");
    assertEquals("a déclaré", q.cueText());
    assertEquals("Un témoin de la scène", q.speakerMention());
  }

  @Test
  void aNameInMarksBeforeAVerbIsNotAnIncise() {
    // 14 January 2016 (a headline; the backbone tags Jakarta as a person).
    AnalyzedDocument out = analyze("Indonésie : l'organisation « État islamique » revendique les attaques de Jakarta\n\n"
        + "Des attaques perpétrées aujourd'hui à Jakarta ont fait au moins sept morts.");
    assertTrue(out.get(QuoteAnnotator.QUOTES).isEmpty(), show(out.get(QuoteAnnotator.QUOTES)));
  }

  @Test
  void aRoleNamedInItsOwnParagraph() {
    // 3 June 2016: "l'attaquant" is the player this paragraph names, not the coach of the paragraph before.
    Quote q = find(quotes("La propriété du sélectionneur de l'équipe de France de football, Didier Deschamps, située "
        + "à Concarneau a été vandalisée.\n\nSelon la presse nationale, cet acte ferait suite aux propos polémiques "
        + "lancés par Karim Benzema ce mercredi 1 er juin. En effet, l'attaquant avait déclaré dans le Marca que Didier "
        + "Deschamps « avait cédé à la pression raciste d'une partie de la France »."), "pression raciste");
    assertSpeaker(q, "Karim Benzema");
  }

  @Test
  void aNamedSubjectAfterAComplementWithAName() {
    // 26 May 2016: L'Humanité, not the man who called it names.
    Quote q = find(quotes("Qualifié de journal qui « s'est couché » par le directeur de Libération , Laurent Joffrin , "
        + "L'Humanité s'est défendu en précisant que le journal publiait « bien volontiers » cette tribune."),
        "volontiers");
    assertFalse(String.valueOf(q.speaker()).contains("Joffrin"), show(List.of(q)));
  }

  @Test
  void aReportedClauseStopsBeforeAColonAndItsQuote() {
    // 4 October 2016.
    List<Quote> qs = quotes("Le physicien Thomas Hans Hansson précise que les lauréats sont récompensés pour la "
        + "« beauté » de leurs travaux : « Cela a mené à des prévisions très surprenantes » explique Hans Hansson.");
    Quote i = find(qs, "lauréats");
    assertFalse(i.text().contains("surprenantes"), i.text());
    assertSpeaker(find(qs, "surprenantes"), "Hansson");
  }

  @Test
  void englishIncisesInAFrenchArticle() {
    List<Quote> qs = quotes("Le secrétaire d'État Antony Blinken était mardi à Bruxelles. \"We are not bluffing,\" he said. \"We will respond to any "
        + "attack,\" said Secretary Antony Blinken.");
    Quote he = find(qs, "bluffing");
    assertEquals("We are not bluffing", he.text());
    assertEquals("he said", he.cueText());
    assertSpeaker(he, "Blinken");
    Quote said = find(qs, "respond");
    assertEquals("said", said.cueText());
    assertSpeaker(said, "Blinken");
  }

  @Test
  void faireSavoirQue() {
    Quote q = find(quotes("Le ministre de la Défense, Jean-Yves Le Drian, a fait savoir que la France enverrait des "
        + "renforts au Mali."), "renforts");
    assertFalse(q.direct());
    assertEquals("a fait savoir", q.cueText());
    assertSpeaker(q, "Le Drian");
  }

  @Test
  void aQuoteThatIsTheVerbPhraseOfTheNameBeforeIt() {
    // 26 July 2016; a title after a name is not speech.
    AnalyzedDocument out = analyze("Après les réactions de diverses autres politiques, le pape François « s'associe à la "
        + "douleur et à l'horreur » . Le rapport de Jean Dupont « Paris sous la pluie » sort demain.");
    Quote q = find(out.get(QuoteAnnotator.QUOTES), "douleur");
    assertSpeaker(q, "François");
    assertEquals(1, out.get(QuoteAnnotator.QUOTES).size(), show(out.get(QuoteAnnotator.QUOTES)));
  }

  // --- the blind winer-quotes gold (data/gold/winer-quotes): error classes it showed ---------------------------

  @Test
  void aCapitalThatSpeaksIsItsCountry() {
    // 19 September 2016: the entity layer says Moscou stands for Russia here; so does the quote.
    Quote q = find(quotes("Toutefois, l'explication américaine n'a pas convaincu les officiels russes et syriens. "
        + "Moscou a ainsi accusé les États-Unis de vouloir « défendre l’État islamique » et que l'attaque était "
        + "« délibérée » ."), "défendre");
    assertEquals("Russia", q.speaker());
    assertEquals("Q159", q.speakerQid());
    assertEquals("Moscou", q.speakerMention());
    assertTrue(q.speakerMentions().contains("Moscou"), q.speakerMentions().toString());
  }

  @Test
  void aSpeakerTheArticleDoesNotNameHasNoName() {
    // 2 September 2016 and 30 August 2016: FORMAT.md's gold gives such quotes a null speaker; the phrase stays
    // as the speaker mention.
    Quote q = find(quotes("La policière blessée sera ensuite évacuée vers un hôpital. D'après un témoin de "
        + "l'agression, « Tout s’est passé tellement vite. Le temps de voir les policiers arriver en courant, j’ai "
        + "entendu les trois coups de feux. »"), "tellement vite");
    assertNull(q.speaker(), show(List.of(q)));
    assertEquals("un témoin de l'agression", q.speakerMention());
    assertTrue(q.speakerMentions().isEmpty());
    Quote named = find(quotes("Ce lundi 29 août, au matin, Charles-Antoine Casanova, maire de Guargualé (2B), s'est "
        + "tué sur une route « sans intervention d'un tiers » selon une source judiciaire. Selon Thierry Dran, "
        + "procureur de la République de Chambéry, « Toutes les pistes sont ouvertes » ."), "pistes");
    assertSpeaker(named, "Thierry Dran");
  }

  @Test
  void aRoleInAppositionAfterSelonIsNotReported() {
    // 2 September 2016 and 14 October 2016.
    Quote q = find(quotes("A Vincennes , une personne atteinte d'une maladie psychiatrique a attaqué une infirmière. "
        + "Selon Laurent Lafon , maire UDI de Vincennes, les blessures de la policière ne sont pas graves,mais elle "
        + "serait traumatisée."), "blessures");
    assertEquals("les blessures de la policière ne sont pas graves,mais elle serait traumatisée", q.text());
    assertSpeaker(q, "Laurent Lafon");
    Quote g = find(quotes("Selon David Gerdes, un professeur en astronomie de l' université du Michigan , elle a été "
        + "découverte grâce à la DECam du Télescope Víctor M. Blanco ."), "DECam");
    assertTrue(g.text().startsWith("elle a été découverte"), g.text());
  }

  @Test
  void aNamedSourceAfterItsClause() {
    // 15 July 2016 (no comma before "selon"); 15 June 2016 and 19 November 2016 (an organization as the source).
    List<Quote> qs = quotes("Tous les vols à l'aéroport d'Istanbul-Atatürk sont annulés et l'aéroport serait cerné "
        + "par des forces armées. Un couvre-feu et de la loi martiale seraient mis en place par l'armée selon la "
        + "chaîne publique TRT.");
    Quote q = find(qs, "couvre-feu");
    assertEquals("Un couvre-feu et de la loi martiale seraient mis en place par l'armée", q.text());
    assertSpeaker(q, "TRT");
    Quote m = find(quotes("Les épreuves du baccalauréat 2016 ont commencé ce matin en France . D'après le Ministère "
        + "de l'Éducation Nationale , 695 682 candidats sont inscrits en vue de décrocher le sésame."), "candidats");
    assertFalse(m.direct());
    assertSpeaker(m, "Éducation");
  }

  @Test
  void aStanceSaidAProposalAndANameBeforeSeveralAppositions() {
    // News, July 2023 and November 2022 (paraphrased).
    List<Quote> qs = quotes("Après avoir voté à Madrid, le chef de Vox, Santiago Abascal, s'est dit convaincu que les "
        + "élections « permettront un changement de cap en Espagne ». La ministre du Travail sortante Yolanda Díaz, "
        + "leader de Sumar, une formation de gauche radicale, et alliée de M. Sánchez, a renforcé ce sentiment en "
        + "déclarant que « ce sont les élections les plus importantes ».");
    assertSpeaker(directQuote(qs, "permettront un changement de cap en Espagne"), "Santiago Abascal");
    assertSpeaker(directQuote(qs, "ce sont les élections les plus importantes"), "Yolanda Díaz");
    qs = quotes("Le président de la région Corse, Gilles Simeoni, a proposé mardi soir d'accueillir « temporairement » "
        + "le bateau.");
    assertSpeaker(directQuote(qs, "temporairement"), "Gilles Simeoni");
    // A label further on is nobody's words.
    qs = quotes("L'Ouzbékistan aurait refusé de prendre part à l'« union gazière » avec la Russie.");
    assertTrue(qs.stream().noneMatch(q -> q.text().equals("union gazière")), show(qs));
  }

  @Test
  void aLongDescriptionBeforeTheNameAndARelativeAboutTheObject() {
    // News, August 2019 and March 2020 (paraphrased).
    List<Quote> qs = quotes("Pour la militante écologiste et ancienne ministre de l'Environnement de Lula, Marina "
        + "Silva, la situation est « hors de contrôle ».");
    assertSpeaker(directQuote(qs, "hors de contrôle"), "Marina Silva");
    qs = quotes("L'Organisation mondiale de la santé (OMS) a qualifié mercredi l'épidémie, qui a contaminé plus de "
        + "110.000 personnes, de « pandémie », mais a assuré qu'elle pouvait « être contrôlée ».");
    assertEquals("World Health Organization", directQuote(qs, "être contrôlée").speaker(), show(qs));
  }

  @Test
  void theRecentPastAndABodyNamedByItsLeadingNoun() {
    // News, January 2023 and June 2022 (paraphrased).
    List<Quote> qs = quotes("Maria Zakharova a mis en garde le président français Emmanuel Macron, alors que ce "
        + "dernier vient de révéler selon Sputnik que « l'Occident travaillait à renverser le pouvoir en Russie ».");
    assertSpeaker(find(qs, "l'Occident travaillait"), "Emmanuel Macron");
    qs = quotes("L'Iran veut coopérer avec l'Agence internationale de l'énergie atomique (AIEA). L'agence onusienne "
        + "avait indiqué mercredi « ne pas être en mesure de garantir » que le programme soit « exclusivement "
        + "pacifique ».");
    Quote q = directQuote(qs, "ne pas être en mesure de garantir");
    assertNotNull(q.speakerQid(), show(qs));
    assertEquals(q.speakerQid(), directQuote(qs, "exclusivement pacifique").speakerQid());
  }

  @Test
  void aNetworkBeforeTheSpeakerARelativeAboutThemAndACleft() {
    // News, 2022 and 2024 (paraphrased).
    List<Quote> qs = quotes("« Je serai là le 10 septembre », a déclaré sur X Kamala Harris. « J'espère l'y voir. »");
    assertSpeaker(find(qs, "Je serai là"), "Kamala Harris");
    assertSpeaker(find(qs, "J'espère"), "Kamala Harris");
    qs = quotes("Accusant Paris de « mensonges », le ministre russe des Affaires étrangères Sergueï Lavrov a "
        + "déclaré que la France devait partir.");
    assertSpeaker(directQuote(qs, "mensonges"), "Lavrov");
    qs = quotes("« Nous avons vaincu les mensonges », a déclaré Jair Bolsonaro, 67 ans, qui attend désormais de « "
        + "jouer la deuxième mi-temps » le 30 octobre.\n\nC'est tout de même Lula qui arrive en tête : celui-ci se "
        + "dit ravi de pouvoir débattre avec Jair Bolsonaro. « Nous saurons alors si le Président va continuer à "
        + "dire des mensonges », a-t-il déclaré.");
    assertSpeaker(directQuote(qs, "jouer la deuxième mi-temps"), "Jair Bolsonaro");
    assertSpeaker(find(qs, "Nous saurons"), "Lula");
  }

  @Test
  void theOutgoingPresidentTheRightHandManAndAFrontedFragment() {
    // News, March 2024 (paraphrased).
    String text = "Bassirou Diomaye Faye a remporté l'élection. Amadou Ba a reconnu sa défaite. Dès le lendemain, "
        + "« au regard des tendances », il a félicité « le président Bassirou Diomaye Faye pour sa victoire ».\n"
        + "Devant la presse, l'ancien bras droit de Macky Sall a déclaré : « Le Sénégal vient de démontrer la "
        + "maturité de son modèle démocratique. » Le président sortant a choisi X pour saluer « le bon déroulement "
        + "de l'élection ».";
    Document d = Document.of("t", text).withDate(java.time.LocalDate.parse("2024-03-26"),
        org.vigie.core.DateSource.METADATA, null);
    List<Quote> qs = pipeline().process(d).get(QuoteAnnotator.QUOTES);
    assertSpeaker(directQuote(qs, "au regard des tendances"), "Amadou Ba");
    assertSpeaker(find(qs, "Le Sénégal vient"), "Amadou Ba");
    // The one president in office that year whom the article names (the knowledge base: Macky Sall, Q57438).
    Quote sortant = directQuote(qs, "le bon déroulement de l'élection");
    assertSpeaker(sortant, "Macky Sall");
    assertEquals("Q57438", sortant.speakerQid());
  }

  @Test
  void whoReportsAWishAndWhoseWordsANewspaperReports() {
    // News, October 2023 (paraphrased): "X espère « ... », a déclaré Y" is Y's account of X's wish.
    List<Quote> qs = quotes("Joe Biden espère « entendre de la part d'Israël comment il mènera ses opérations », a "
        + "déclaré M. Blinken. « A notre demande, les deux pays ont accepté un plan », a-t-il expliqué.");
    assertSpeaker(directQuote(qs, "entendre de la part d'Israël comment il mènera ses opérations"), "Blinken");
    assertSpeaker(find(qs, "A notre demande"), "Blinken");
    // But "X a déclaré « ... », a rapporté CNN" stays X's words.
    qs = quotes("Joe Biden a déclaré « nous serons aux côtés d'Israël », a rapporté la chaîne CNN.");
    assertSpeaker(directQuote(qs, "nous serons aux côtés d'Israël"), "Joe Biden");
    // News, October 2021 (paraphrased): the words a newspaper reported accuse, not the newspaper; a date opens
    // the sentence of a participle.
    qs = quotes("M. Macron a déclenché la colère d'Alger après des propos rapportés samedi 2 octobre par le journal "
        + "français Le Monde accusant le système « politico-militaire » d'entretenir une « rente mémorielle ». Mardi "
        + "dernier, le président Macron a dit souhaiter un apaisement, appelant à « cheminer ensemble ».");
    assertSpeaker(directQuote(qs, "politico-militaire"), "Macron");
    assertSpeaker(directQuote(qs, "rente mémorielle"), "Macron");
    assertSpeaker(directQuote(qs, "cheminer ensemble"), "Macron");
  }

  @Test
  void theMainClauseAfterASubordinateOneGivesThePronounItsPerson() {
    // News, February 2022 (paraphrased): "après que X a annoncé" is not the main clause; "qualifiant le retrait
    // annoncé par X de" is the speaker's naming; "a en effet déclaré".
    List<Quote> qs = quotes("Vingt-quatre heures après que le président Macron a annoncé le retrait des troupes "
        + "françaises du Mali, le colonel Abdoulaye Maïga, porte-parole du gouvernement malien, a donné dans la "
        + "surenchère.\n\nAinsi, il a demandé à Paris de « retirer sans délai » les forces, qualifiant le "
        + "désengagement annoncé par le président français de « violation flagrante » des accords.\n\n« Le "
        + "gouvernement invite les autorités françaises à retirer les forces », a en effet déclaré le colonel Maïga.");
    assertSpeaker(directQuote(qs, "retirer sans délai"), "Abdoulaye Maïga");
    assertSpeaker(directQuote(qs, "violation flagrante"), "Abdoulaye Maïga");
    Quote last = find(qs, "Le gouvernement invite");
    assertSpeaker(last, "Abdoulaye Maïga");
    assertEquals("a en effet déclaré", last.cueText());
  }

  @Test
  void aParticipleAfterAnInciseAndABylineBeforeTheName() {
    // News, March 2024 (paraphrased): a byline glued to the first name; "s'engageant à « »" after an incise.
    List<Quote> qs = quotes("Source Reuters Bassirou Diomaye Faye, candidat de l'opposition, a promis de gouverner "
        + "avec « humilité ». « Le peuple a fait le choix de la rupture », a-t-il dit lundi soir, s'engageant à « "
        + "gouverner dans la transparence ».");
    assertSpeaker(directQuote(qs, "humilité"), "Bassirou Diomaye Faye");
    assertSpeaker(directQuote(qs, "gouverner dans la transparence"), "Bassirou Diomaye Faye");
    // "le nouveau chef de l'État" after the loser's words is not the loser.
    qs = quotes("Tsaï Ing-wen, candidate favorable à l'indépendance, a remporté l'élection.\n\nEric Chu, son "
        + "principal adversaire, récolte 31 % des voix. « Nous avons perdu », a-t-il déclaré.\n\nAlors que Pékin "
        + "considère Taïwan comme une partie de son territoire, le nouveau chef de l'État a déclaré qu'« il n'y aura "
        + "pas d'événement inattendu ».");
    assertNotEquals("Eric Chu", find(qs, "événement inattendu").speaker(), show(qs));
  }

  @Test
  void anItalianHeadOfGovernmentAfterAMinisterAndAnApposedRelative() {
    // News, November 2022 (paraphrased): "la présidente du Conseil" names no council, and the minister named
    // since is a man; asides between the verb and its words; "selon lequel" after a name and its office.
    List<Quote> qs = quotes("Giorgia Meloni critique la réaction du gouvernement français. La veille, le ministre "
        + "de l'Intérieur, Gérald Darmanin, avait dénoncé un « choix incompréhensible ». La présidente du Conseil "
        + "d'extrême droite a dénoncé, au cours d'une conférence de presse, vendredi midi, « une réaction très dure "
        + "». Même réaction du côté de son allié Matteo Salvini, ministre des Infrastructures, selon lequel « la "
        + "nervosité de certains politiciens est inexplicable ».");
    assertSpeaker(directQuote(qs, "choix incompréhensible"), "Gérald Darmanin");
    Quote dure = directQuote(qs, "une réaction très dure");
    assertSpeaker(dure, "Giorgia Meloni");
    assertEquals("a dénoncé", dure.cueText());
    assertSpeaker(find(qs, "nervosité"), "Matteo Salvini");
    // A council with a name of its own is no head of government.
    qs = quotes("Giorgia Meloni critique la réaction du gouvernement français. La présidente du Conseil "
        + "constitutionnel a dénoncé « une réaction très dure ».");
    assertTrue(qs.stream().noneMatch(q -> "Giorgia Meloni".equals(q.speaker())), show(qs));
  }

  @Test
  void wordsInMarksThatTheVerbIntroducesInsideItsClause() {
    // 16 November 2016: the clause is the quote, and the words in marks inside it are a direct quote of the same
    // speaker within it.
    List<Quote> qs = quotes("Dans sa déclaration, Emmanuel Macron a dressé un portrait flatteur de la France. Il "
        + "affirme que « les mêmes hommes » ne peuvent répondre aux grandes transformations que connait le monde "
        + "aujourd'hui.");
    Quote q = find(qs, "grandes transformations");
    assertFalse(q.direct(), show(qs));
    assertTrue(q.text().startsWith("« les mêmes hommes »"), q.text());
    assertSpeaker(q, "Macron");
    Quote words = directQuote(qs, "les mêmes hommes");
    assertSpeaker(words, "Macron");
    assertEquals("affirme", words.cueText());
    assertTrue(q.span().contains(words.span()));
    assertEquals(2, qs.size(), show(qs));
    // News, 2022: two fragments of one clause.
    qs = quotes("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que l'idée d'envoyer des soldats en Ukraine "
        + "serait une décision « imprudente et dangereuse » et « lourde de conséquences ».");
    assertSpeaker(directQuote(qs, "imprudente et dangereuse"), "Peskov");
    assertSpeaker(directQuote(qs, "lourde de conséquences"), "Peskov");
    assertEquals(3, qs.size(), show(qs));
    // Words the clause reports as someone else's are not the speaker's: they stay nobody's.
    AnalyzedDocument out = analyze("Le ministère russe des Affaires étrangères a jugé que les déclarations de "
        + "l'Occident sur « l'agression russe » étaient hypocrites. Selon la police, l'homme aurait crié « Allez ! » "
        + "avant de s'enfuir.");
    qs = out.get(QuoteAnnotator.QUOTES);
    assertTrue(qs.stream().noneMatch(x -> x.direct() && x.text().equals("l'agression russe")), show(qs));
    assertTrue(qs.stream().noneMatch(x -> x.direct() && x.text().equals("Allez !") && x.speaker() != null
        && x.speaker().contains("police")), show(qs));
  }

  @Test
  void aParticipleAfterAnInvertedIncise() {
    // 16 November 2016.
    List<Quote> qs = quotes("Emmanuel Macron ne s'inscrit pas dans un parti. « Les logiques politiciennes empêchent "
        + "notre pays d'aller de l'avant » a-t-il dit, affirmant qu'il avait pu observer « de l'intérieur la vacuité de "
        + "notre système politique » .");
    assertSpeaker(find(qs, "vacuité"), "Macron");
  }

  @Test
  void anAnnouncedFactIsReportedSpeechAnAnnouncedActIsNot() {
    // 1 September 2016; the second sentence is the seeds' (an act, which the events layer reports).
    List<Quote> qs = quotes("La police a effectué plus de 1 000 arrestations . De plus, le chef de police de "
        + "Libreville , Jean-Thierry Oye Zue, a annoncé que six policiers ont été tués au cours des émeutes. En "
        + "coordination avec l'Union européenne, le président Joe Biden a également annoncé que les États-Unis avaient "
        + "imposé des sanctions contre plus de 400 membres de l'élite russe.");
    Quote q = find(qs, "six policiers");
    assertEquals("six policiers ont été tués au cours des émeutes", q.text());
    assertSpeaker(q, "Jean-Thierry Oye Zue");
    assertTrue(qs.stream().noneMatch(x -> x.text().contains("sanctions")), show(qs));
  }

  @Test
  void wordsInMarksInsideASelonClauseAndTheOrganizationItShortens() {
    // 15 July 2016: the clause carries the words in marks; "l'armée" is the "armée turque" named before.
    List<Quote> qs = quotes("L'armée turque annonce, via un communiqué publié sur le site internet de l'état-major, "
        + "avoir pris le pouvoir en Turquie. Selon l'armée, désormais, un « conseil de paix » serait au pouvoir.");
    Quote q = find(qs, "conseil de paix");
    assertFalse(q.direct(), show(qs));
    assertEquals("désormais, un « conseil de paix » serait au pouvoir", q.text());
    assertSpeaker(q, "armée turque");
  }

  @Test
  void theDirectionOfAnOrganizationSpeaksForIt() {
    // 15 October 2016.
    Quote q = find(quotes("À la suite de l'annonce de la consternation de la SDJ, la direction du groupe Canal + "
        + "avait adressé un communiqué de presse laconique : « Le communiqué de la SDJ d'I-Télé diffusé cet "
        + "après-midi met en cause le principe de la présomption d'innocence. » "), "présomption");
    assertSpeaker(q, "Canal +");
    assertFalse(q.speaker().toLowerCase(Locale.ROOT).startsWith("direction"), q.speaker());
  }

  @Test
  void commeLeRappelleANamedSource() {
    // 19 November 2016.
    List<Quote> qs = quotes("Malgré cette hausse et les chiffres erratiques de Pôle emploi , le président devrait "
        + "s'appuyer sur la légère baisse annuelle enregistrée par les deux instituts, comme le rappelle la ministre du "
        + "travail Myriam El Khomri . Sur l'ensemble du quinquennat, le chômage est pourtant nettement en hausse.");
    Quote q = find(qs, "légère baisse");
    assertFalse(q.direct());
    assertTrue(q.text().endsWith("les deux instituts"), q.text());
    assertSpeaker(q, "Myriam El Khomri");
  }

  @Test
  void fontValoirQue() {
    // 5 October 2016 (two spokesmen: one of them is given).
    List<Quote> qs = quotes("Une grève d'une journée a été déclenché. Les porte-paroles du front commun, Guy Chevrette "
        + "et Benoît Jugand, font valoir que l'entente constitue une « injustice réglementaire, économique, politique et "
        + "financière » pour les chauffeurs de taxi.");
    Quote q = find(qs, "injustice");
    assertTrue(q.speaker() != null && (q.speaker().contains("Chevrette") || q.speaker().contains("Jugand")), show(qs));
  }

  @Test
  void aSubjectBeforeAParenthesisBetweenDashes() {
    // 4 December 2016.
    Quote q = find(quotes("À l'occasion du 32 e anniversaire de la télévision nationale (créée en 1984), le ministre "
        + "des Postes, des Technologies de l'information, de la Communication et des Médias Nestor Bankumukunzi — par "
        + "ailleurs ancien directeur de la télévision nationale entre 2013 à 2015 — a annoncé que le réseau est d'ores "
        + "et déjà installé à plus de 90 %."), "réseau");
    assertEquals("le réseau est d'ores et déjà installé à plus de 90 %", q.text());
    assertSpeaker(q, "Nestor Bankumukunzi");
  }

  @Test
  void theWordSomeoneUses() {
    // 2 November 2016 (the entity layer cuts the name at its apostrophe).
    Quote q = find(quotes("En 2015, Zeid Ra'ad Zeid Al-Hussein , Haut-Commissaire des Nations unies aux droits de "
        + "l'homme , utilise le mot « milice » pour caractériser les Imbonerakure."), "milice");
    assertSpeaker(q, "Al-Hussein");
  }

  @Test
  void theOpinionOfSomeoneBeforeAColon() {
    // 15 October 2016.
    Quote q = find(quotes("L'hommage est commenté en direct par Julien Bugier et Éric Fottorino. Ce n'est pas l'avis de "
        + "Fottorino : « la présence du président, qui est potentiellement candidat à sa réélection, elle ne peut être "
        + "interprétée que comme un acte politique » ."), "acte politique");
    assertSpeaker(q, "Fottorino");
  }

  @Test
  void aQuoteAfterAUnitReadAsAnAbbreviation() {
    // 19 December 2016 (data/gold/winer-quotes-2): "°C." is not an abbreviation closing inside the sentence.
    Quote q = find(quotes("Finalement, la température est redescendue dans les environs de -20°C lundi alors que la "
        + "normale pour décembre est de -6,3°C. « La météo fait du yo-yo, et c'est simplement une transition car "
        + "l'hiver tente de prendre pied » estime le météorologue Dave Phillips sur la chaîne CBC."), "yo-yo");
    assertSpeaker(q, "Dave Phillips");
  }

  @Test
  void condemningWordsInMarks() {
    // 26 July 2016 and 2 December 2016 (data/gold/winer-quotes-2).
    assertSpeaker(find(quotes("Hollande est arrivé sur place à 13 h. Le Vatican condamne fermement ce « crime barbare » ."),
        "crime barbare"), "Vatican");
    List<Quote> qs = quotes("L' Union européenne au travers de sa délégation a condamné « l'attentat commis contre "
        + "Willy Nyamitwe » et dénonce « une attaque inadmissible » .");
    assertSpeaker(find(qs, "attentat commis"), "Union européenne");
    assertSpeaker(find(qs, "inadmissible"), "Union européenne");
  }

  @Test
  void wordsInMarksThatSomeoneUrgesOthersToDo() {
    // 30 August 2016 (data/gold/winer-quotes): the person urged takes many words before "à « ».
    assertSpeakerOf("Charles-Antoine Casanova", "exclure définitivement", "Charles-Antoine Casanova était déjà "
        + "connu. En août dernier, il avait exhorté son homologue d'une commune proche, Sisco (2B) à « exclure "
        + "définitivement tous les Maghrébins et leurs familles de son village » après une rixe.");
  }

  @Test
  void anInfinitiveAfterAPrepositionHasTheSubjectOfItsClause() {
    // 17 December 2016 (data/gold/winer-quotes).
    assertSpeakerOf("Manuel Valls", "deux gauches", "Depuis son entrée en campagne, Manuel Valls a modifié "
        + "plusieurs de ses positions. Il a ainsi commencé sa campagne en appelant au rassemblement de toute la gauche "
        + "après avoir théorisé les « deux gauches irréconciliables ».");
    // 2 December 2016 (data/gold/winer-quotes-2): words in marks that are not the infinitive's complement.
    List<Quote> qs = quotes("Willy Nyamitwe est très actif sur Twitter. Il a également été très actif pour défendre "
        + "les Imbonerakure lors des récentes « tensions » de Berlin.");
    assertTrue(qs.stream().noneMatch(q -> q.text().equals("tensions")), show(qs));
  }

  @Test
  void soCalledIsNoIncise() {
    // 4 May 2016 (data/gold/winer-quotes-2): "dite" names, it reports nobody's words.
    List<Quote> qs = quotes("La nouvelle série de billets, dite série Europa , ne comportera donc pas de billet de "
        + "500 euros.");
    assertEquals(List.of(), qs, show(qs));
  }

  @Test
  void aSelonInciseInsideItsClause() {
    Quote q = find(quotes("Le bilan est, selon le maire Jean Dupont, de douze morts et de trente blessés."), "bilan");
    assertEquals("Le bilan est, selon le maire Jean Dupont, de douze morts et de trente blessés", q.text());
    assertSpeaker(q, "Jean Dupont");
  }

  @Test
  void selonWithoutCommasInsideOrClosingItsClause() {
    // WiNER 2016_03_29-003, 2016_12_17-004, 2016_06_12-005 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotesAll("Un avion de ligne de la compagnie EgyptAir a été détourné ce matin. L'appareil, un "
        + "Airbus A320, transportait 81 personnes selon la compagnie.\n\nCette série de vérifications est selon "
        + "Deutsche Welle une mesure de rétorsion du régime.\n\nLa vidéo a été vue un million de fois, sans compter "
        + "les clics sur Facebook : 5,5 millions sur le mur des Inconnus selon Le Dauphiné.\n\nCet homme s'est tué "
        + "sur une route « sans intervention d'un tiers » selon une source judiciaire.\n\nLes prix varient selon "
        + "les régions.");
    Quote plane = find(qs, "81 personnes");
    assertEquals("L'appareil, un Airbus A320, transportait 81 personnes", plane.text());
    assertSpeaker(plane, "EgyptAir");
    Quote dw = find(qs, "rétorsion");
    assertEquals("Cette série de vérifications est selon Deutsche Welle une mesure de rétorsion du régime", dw.text());
    assertSpeaker(dw, "Deutsche Welle");
    assertEquals("5,5 millions sur le mur des Inconnus", find(qs, "5,5 millions").text());
    // An unnamed source's words in marks are the quote, not the whole sentence.
    assertEquals("sans intervention d'un tiers", find(qs, "intervention").text());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("prix")), show(qs));
  }

  @Test
  void anInciseAfterAClauseEndingWithWordsInMarksReportsTheClause() {
    // WiNER 2016_07_26-006 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotes("Vers 11 h 30 intervient un camion de démineurs pour s'assurer qu'il n'y a pas de « "
        + "dispositif de piégeage » , explique Pierre-Henry Brandet, le porte-parole du ministère de l'Intérieur.\n\n"
        + "« Nous avons fait notre possible », a expliqué Jean Dupont.");
    Quote clause = find(qs, "camion");
    assertEquals("Vers 11 h 30 intervient un camion de démineurs pour s'assurer qu'il n'y a pas de « dispositif de "
        + "piégeage »", clause.text());
    assertFalse(clause.direct());
    assertSpeaker(clause, "Pierre-Henry Brandet");
    Quote direct = find(qs, "possible");
    assertEquals("Nous avons fait notre possible", direct.text());
    assertTrue(direct.direct());
    // The words in marks at the end of the clause are the spokesman's own.
    assertSpeaker(directQuote(qs, "dispositif de piégeage"), "Pierre-Henry Brandet");
    assertEquals(3, qs.size(), show(qs));
  }

  @Test
  void aNewspaperAfterPourAndAnInfinitiveAfterAClitic() {
    // WiNER 2016_09_19-001 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotesAll("Plusieurs hypothèses ont été avancées. Pour L'Orient-Le Jour , une victoire de "
        + "l'État islamique à Deir ez-Zor permettrait à l'organisation d'évacuer plus facilement Mossoul.\n\nLes "
        + "États-Unis ont reconnu leur responsabilité dans ces frappes, indiquant les avoir arrêtées après avoir été "
        + "prévenus par le commandement russe.\n\nPour la France, ce match est une victoire.");
    Quote paper = find(qs, "victoire de l'État");
    assertSpeaker(paper, "L'Orient-Le Jour");
    assertEquals("une victoire de l'État islamique à Deir ez-Zor permettrait à l'organisation d'évacuer plus "
        + "facilement Mossoul", paper.text());
    Quote us = find(qs, "arrêtées");
    assertEquals("les avoir arrêtées après avoir été prévenus par le commandement russe", us.text());
    assertSpeaker(us, "United States");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("match")), show(qs));
  }

  @Test
  void anAddresseeBeforeTheSubjectAndTheSpeakersOwnInfinitive() {
    List<Quote> qs = quotes("« Nous nous opposons à ces sanctions », a déclaré à la presse Hua Chunying, une "
        + "porte-parole de la diplomatie chinoise.\n\nJean Dupont a souri avant de préciser qu'un rapport était en "
        + "cours. Nancy Pelosi n'a pas tardé à dénoncer « une tentative illégale de dissimuler les faits ».\n\n"
        + "Il est important de rappeler que la loi est claire. Le ministre Paul Martin a demandé aux élus de "
        + "reconnaître que la réforme était nécessaire.");
    assertSpeaker(find(qs, "sanctions"), "Hua Chunying");
    assertSpeaker(find(qs, "rapport"), "Jean Dupont");
    assertSpeaker(find(qs, "tentative"), "Nancy Pelosi");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("loi") || q.text().contains("réforme")), show(qs));
  }

  @Test
  void aTimeBeforeAnInvertedSubjectAndTheOfficerOfANamedBody() {
    List<Quote> qs = quotes("Philippe Martinez, numéro 1 de la CGT, était l'invité de la radio.\n\n« Il faut "
        + "arrêter le projet », a déclaré ce mercredi le secrétaire général de la CGT. « Dès lundi, on appelle à la "
        + "grève », annonce le leader de la CGT. « Le signal doit être plus fort », lance-t-il.\n\n« Rien ne "
        + "change », avait déclaré quelques minutes plus tôt le premier ministre Gabriel Attal. « Nous avons frappé "
        + "des navires », a affirmé vendredi 12 janvier, le porte-parole militaire des Houthis Yahya Saree.");
    assertSpeaker(find(qs, "arrêter"), "Philippe Martinez");
    assertSpeaker(find(qs, "Dès lundi"), "Philippe Martinez");
    assertSpeaker(find(qs, "signal"), "Philippe Martinez");
    assertSpeaker(find(qs, "Rien ne"), "Gabriel Attal");
    assertSpeaker(find(qs, "navires"), "Yahya Saree");
    // A branch of the body is not the body: nobody the article names.
    List<Quote> branch = quotes("Philippe Martinez, numéro 1 de la CGT, était l'invité de la radio. « Ni exigence, "
        + "ni diktat », a déclaré le secrétaire général de la CGT du livre.");
    assertFalse(find(branch, "diktat").speaker().contains("Martinez"), show(branch));
  }

  @Test
  void aPronounDoesNotStandForABodyOfTheOtherGender() {
    List<Quote> qs = quotes("« Nous soutenons des trêves humanitaires », a déclaré John Kirby, porte-parole du "
        + "Conseil de sécurité nationale. Il s'est refusé à commenter les opérations, l'armée israélienne ayant "
        + "annoncé avoir intensifié ses frappes.\n\n« Nous n'avons pas fixé de lignes rouges à Israël », s'est-il "
        + "borné à rappeler.");
    assertSpeaker(find(qs, "lignes rouges"), "John Kirby");
  }

  @Test
  void wordsInMarksBeforeOthersThatAnInciseAttributesAndAWarning() {
    // WiNER 2016_07_25-001 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotes("Le nouveau-né irait « bien » et « ses fonctions vitales sont normales et stables » , "
        + "déclare Félix Castillo, médecin à Barcelone.\n\nLe Premier ministre Michel Barnier a parlé aux éleveurs. « Elle est devant nous, il faut la "
        + "prévenir », a mis en garde vendredi le Premier ministre.");
    assertSpeaker(find(qs, "bien"), "Félix Castillo");
    assertSpeaker(find(qs, "vitales"), "Félix Castillo");
    assertSpeaker(find(qs, "devant nous"), "Michel Barnier");
  }

  @Test
  void locutionsInsideAnInciseAndAReportOfFacts() {
    List<Quote> qs = quotes("« Nous refusons », a pour sa part souligné Mahmoud Abbas.\n\n« Ils ont triché », a "
        + "accusé devant la presse Fodé Oussou Fofana.\n\nDans un communiqué, l'armée malienne a fait état "
        + "« d'attaques coordonnées perpétrées très tôt ce matin contre nos positions ».");
    assertSpeaker(find(qs, "refusons"), "Mahmoud Abbas");
    assertSpeaker(find(qs, "triché"), "Fodé Oussou Fofana");
    assertSpeaker(find(qs, "attaques coordonnées"), "armée malienne");
  }

  @Test
  void aStatementPublishedBeforeAColonAndWhatOneReadsInADocument() {
    List<Quote> qs = quotes("Le Premier ministre Benjamin Netanyahu a publié une déclaration enregistrée : « Nous "
        + "vivons une journée difficile. Le cœur du peuple est déchiré. »\n\n« Je dis aux terroristes du Hamas "
        + "que leur sang est sur leurs têtes. »\n\n« Nous condamnons cette attaque », lit-on dans le communiqué de "
        + "la Maison Blanche.");
    assertSpeaker(find(qs, "journée difficile"), "Benjamin Netanyahu");
    assertSpeaker(find(qs, "terroristes"), "Benjamin Netanyahu");
    assertSpeaker(find(qs, "condamnons"), "White House");
  }

  @Test
  void aDatelineIsNotPartOfTheReportedClause() {
    List<Quote> qs = quotesAll("MOSCOU, 26 février (Reuters) - Le président ukrainien ne démissionnera pas, a déclaré "
        + "Jean Dupont.\n\nWASHINGTON | Les démocrates mènent une chasse aux sorcières, a déclaré Sarah Sanders.\n\n"
        + "L'OTAN restera unie, a déclaré Paul Martin.");
    assertEquals("Le président ukrainien ne démissionnera pas", find(qs, "ukrainien").text());
    assertEquals("Les démocrates mènent une chasse aux sorcières", find(qs, "démocrates").text());
    assertEquals("L'OTAN restera unie", find(qs, "OTAN").text());
    // A name the tagger typed MISC but the entity layer knows as a person is a named speaker.
    assertSpeaker(find(quotes("WASHINGTON | Les démocrates mènent une chasse aux sorcières, a déclaré Sarah "
        + "Sanders."), "démocrates"), "Sarah Sanders");
  }

  @Test
  void aCircumstanceBeforeAnInvertedSubjectAndAnAdverbAfterAParticiple() {
    List<Quote> qs = quotesAll("« Nos troupes font des exercices », a affirmé lors d'un entretien téléphonique "
        + "Sergueï Choïgu, promettant aussi que ces soldats resteraient dans leurs casernes.\n\nÀ Kiev, le ministre de "
        + "la Défense Stepan Poltorak a indiqué que douze soldats avaient été blessés.");
    assertSpeaker(find(qs, "exercices"), "Sergei Shoigu");
    assertSpeaker(find(qs, "casernes"), "Sergei Shoigu");
    assertSpeaker(find(qs, "douze soldats"), "Stepan Poltorak");
  }

  @Test
  void aRelativeClauseWithWordsInMarksAndWhatAParticipleNames() {
    List<Quote> qs = quotesAll("Marie Lefort, qui a mis en garde contre un « désastre » annoncé, a estimé que le "
        + "projet devait être revu.\n\nLa porte-parole du parti, Claire Dumas, a vivement critiqué les syndicats "
        + "mardi, qualifiant les grèves qu'ils ont lancées dans le pays d'« irresponsables ».\n\nLe ministre Paul "
        + "Girard a défendu jeudi la réforme très contestée des retraites, sujet de plusieurs manifestations, "
        + "annonçant que les décrets étaient déjà prêts.");
    assertSpeaker(find(qs, "projet devait"), "Marie Lefort");
    assertSpeaker(find(qs, "irresponsables"), "Claire Dumas");
    assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("La porte-parole")), show(qs));
    assertSpeaker(find(qs, "décrets"), "Paul Girard");
  }

  @Test
  void aUnionLeaderByHisRoleAndNobodyNamedInsideAQuote() {
    List<Quote> qs = quotes("Le secrétaire général du syndicat Force Rail, Julien Morvan, assure que les grévistes "
        + "« tiendront ». « Quand on expliquait à Jean Castex qu'il y avait de la colère, il souriait », argue le "
        + "leader syndical. « Le gouvernement devrait être attentif », clame encore le responsable syndical.");
    assertSpeaker(find(qs, "Jean Castex"), "Julien Morvan");
    assertSpeaker(find(qs, "attentif"), "Julien Morvan");
  }

  @Test
  void aSpeakerWhoGoesOnUnderADescription() {
    List<Quote> qs = quotes("« Le sénateur Paul Corker voulait mon soutien », a affirmé M. Trump dans une salve de "
        + "tweets.\n\n« Il a aussi voulu être ministre, j'ai dit non merci », a poursuivi le milliardaire "
        + "républicain.\n\n« Nous agirons », a déclaré le ministère de la Santé. « La crise est finie », a poursuivi "
        + "le milliardaire.");
    assertSpeaker(find(qs, "non merci"), "Donald Trump");
    // Nobody goes on as a person after a body spoke.
    assertNull(find(qs, "crise est finie").speaker(), show(qs));
  }

  @Test
  void theCityAndNoCompanyInAMinistersPortfolio() {
    // WiNER 2016_12_19-004 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotes("Un grand froid frappe Toronto depuis lundi. À Toronto, les refuges sont pleins. "
        + "« L'hypothermie peut tuer », dit la Ville dans un communiqué.\n\nD'après le ministre de l'Intérieur, "
        + "les manifestants étaient plus de 10 000. « Nous ne céderons pas », se défend le groupe.");
    assertSpeaker(find(qs, "hypothermie"), "Toronto");
    assertNull(find(qs, "céderons").speaker(), show(qs));
  }

  @Test
  void aSourceWithItsDescriptionAndWhatMayHaveHappened() {
    // WiNER 2016_08_30-003, 2016_10_14-003, 2016_07_15-001, 2016_06_28-002 (Wikinews, CC BY 2.5).
    List<Quote> qs = quotesAll("Selon des policiers présents sur les lieux, il aurait tenté d'égorger le policier "
        + "avant de s'enfuir.\n\nSelon les scientifiques qui l'ont découvert, il s'agirait du troisième objet "
        + "céleste le plus éloigné du système solaire.\n\nLe chef d'état-major serait l'otage des militaires "
        + "putschistes selon l'agence Anatolie connue pour être proche du gouvernement.\n\nIl s'agirait d'un "
        + "attentat-suicide selon des responsables turcs cités par CNN.");
    assertEquals("il aurait tenté d'égorger le policier avant de s'enfuir", find(qs, "égorger").text());
    assertEquals("il s'agirait du troisième objet céleste le plus éloigné du système solaire",
        find(qs, "céleste").text());
    Quote hostage = find(qs, "otage");
    assertEquals("Le chef d'état-major serait l'otage des militaires putschistes", hostage.text());
    assertSpeaker(hostage, "Anatolie");
    assertEquals("Il s'agirait d'un attentat-suicide", find(qs, "attentat").text());
    // A past conditional reports what may have happened; a plain conditional after "il" announces a plan.
    List<Quote> people = quotes("Le porte-parole Jean Dupont a déclaré qu'il aurait reçu des menaces. Le ministre "
        + "Jean Martin a déclaré qu'il se rendrait à Moscou.");
    assertEquals(List.of("il aurait reçu des menaces"), people.stream().map(Quote::text).toList(), show(people));
  }

  @Test
  void institutionsReportedSpeechOnlyWhenAskedFor() {
    String text = "Le Pentagone a précisé que les soldats ne faisaient pas partie des 8 500 hommes placés en alerte. "
        + "Le secrétaire d'État Antony Blinken a affirmé que l'Alliance restait unie.";
    List<Quote> people = quotes(text);
    assertEquals(List.of("l'Alliance restait unie"), people.stream().map(Quote::text).toList(), show(people));
    List<Quote> all = quotesAll(text);
    Quote pentagon = find(all, "soldats");
    assertEquals("les soldats ne faisaient pas partie des 8 500 hommes placés en alerte", pentagon.text());
    assertSpeaker(pentagon, "Pentagon");
    assertFalse(pentagon.direct());
    assertSpeaker(find(all, "Alliance"), "Antony Blinken");
    assertEquals(QuoteConfig.ReportedSpeech.ALL, QuoteConfig.ReportedSpeech.parse(" All "));
    assertThrows(IllegalArgumentException.class, () -> QuoteConfig.ReportedSpeech.parse("some"));
  }

  @Test
  void anInciseAfterTheMarksSaysBetterWhoSpokeThanTheSubjectBefore() {
    // 7 January 2016 (data/winer-fr-dev): "Il" is the man shot, the words are the prosecutor's.
    assertSpeakerOf("François Molins", "exhibé son arme", "Un homme a été abattu peu avant midi. Il aurait « exhibé "
        + "son arme et crié \"Allah Akbar\" avant d'être abattu par les policiers en faction » , a affirmé le procureur de "
        + "Paris, François Molins .");
    // 30 October 2016: a colon after a clause with no reporting verb yields to the incise after the marks, even
    // without a comma when an apposition ends the sentence.
    assertSpeakerOf("Jean-Claude Juncker", "Je ne critique pas", "Interrogés à ce sujet, les dirigeants sont restés "
        + "modérés : « Je ne critique pas ceux qui ne cessent de nous critiquer. Nous n'avons rien cédé sur nos "
        + "principales valeurs » a déclaré Jean-Claude Juncker , président de la Commission européenne .");
  }

  @Test
  void theOfficeOfAnOrganizationSpeaksForIt() {
    // 15 February 2016 (data/winer-fr-dev); the day after the speaker is not part of it.
    List<Quote> qs = quotes("Les bombardements ont touché un hôpital tenu par Médecins sans frontières . « L'hôpital a "
        + "été touché par quatre roquettes » a affirmé le bureau de MSF à Beyrouth . « Au moins cinq établissements "
        + "médicaux ont été bombardés », a affirmé l'ONU lundi.");
    assertSpeaker(find(qs, "quatre roquettes"), "Médecins sans frontières");
    Quote un = find(qs, "cinq établissements");
    assertSpeaker(un, "United Nations");
    assertEquals("l'ONU", un.speakerMention(), show(qs));
  }

  @Test
  void aTagAndAnImpersonalIlQuoteNobody() {
    // 3 June 2016 (data/winer-fr-dev): a passive in a compound tense, then "il s'agit".
    List<Quote> qs = quotes("La maison bretonne de Didier Deschamps a été taguée du mot « raciste » sur un de ses murs. "
        + "La propriété du sélectionneur, Didier Deschamps, a été vandalisée. Il s'agit du mot « raciste » qui a été "
        + "inscrit sur la façade.");
    assertEquals(List.of(), qs, show(qs));
  }

  @Test
  void whatSomeoneCallsOthers() {
    // 23 November 2016 (data/winer-fr-dev), the headline.
    assertSpeakerOf("Robert Fico", "sales prostituées", "Slovaquie : le premier ministre Robert Fico traite des "
        + "journalistes de « sales prostituées antislovaques »\n\n23 novembre 2016 . –\nLe premier ministre slovaque "
        + "a parlé en conférence de presse.");
  }

  @Test
  void anUnnamedPersonOfANamedPlaceHasNoName() {
    // 7 December 2016 (data/winer-fr-dev).
    Quote q = find(quotes("« Un avion s'est écrasé et les habitants nous disent qu'il est en feu » , a déclaré un "
        + "officier de police de la ville d' Havelian ."), "avion");
    assertNull(q.speaker(), q.toString());
    assertTrue(q.speakerMention().contains("officier de police"), q.toString());
  }

  @Test
  void aSurnameWithAParticleAlone() {
    // 29 July 2016 (data/winer-fr-dev).
    assertSpeakerOf("Abou Mohammed al-Joulani", "aucune intention", "Le chef du Front al-Nosra, Abou Mohammed "
        + "al-Joulani , annonce la rupture. En mai 2015, al-Joulani a annoncé que son groupe n'avait aucune intention "
        + "d'attaquer l'Occident.");
  }

  @Test
  void aRoleNamedBeforeItsHolder() {
    // 13 August 2016 (data/gold/winer-quotes): nobody before the role in its paragraph, the holder opens the next
    // sentence.
    List<Quote> qs = quotes("Les joueuses américaines ne seront pas en finale.\n\nLa gardienne de l'équipe américaine a "
        + "qualifié ses adversaires victorieuses de « bande de lâches » estimant que les « Suédoises n'ont rien essayé, "
        + "n'ont pas pressé » . Hope Solo , poursuivant sa déclaration, a ajouté qu'elles n'iraient pas loin.");
    assertSpeaker(find(qs, "bande de lâches"), "Hope Solo");
    assertSpeaker(find(qs, "rien essayé"), "Hope Solo");
    // Someone else named first after the role (an object): no guess.
    qs = quotes("Les joueuses américaines ne seront pas en finale.\n\nLa gardienne de l'équipe américaine a qualifié "
        + "ses adversaires de « bande de lâches ». Elle a ensuite félicité Lotta Schelin. Hope Solo a quitté le stade.");
    assertNull(find(qs, "bande de lâches").speaker(), show(qs));
  }

  @Test
  void sportsAndArtsRolesAfterAQuoteWithoutAComma() {
    // WiNER 2016_08_08-003, 2016_08_08-004, 2016_08_20-002 and 2016_11_10-001: "» a déclaré la championne" with
    // no comma, a role the person lists did not know, the 1990 spelling "entraineur", and a document "du musicien".
    String text = "Le Kosovo a remporté sa première médaille lorsque la judokate Majlinda Kelmendi a battu l'Italienne "
        + "Odette Giuffrida en finale.\n\n« J'avais tant rêvé de ce moment » a déclaré la championne, en portant le "
        + "drapeau.\n\n« Notre série s'arrête alors qu'on va plus vite » a réagi le relayeur français Fabien Gilot."
        + "\n\n« On a tout mis, elles se sont battues comme des lions » a expliqué l'entraineur français, Olivier "
        + "Krumbholz, à la radio.\n\nLe chanteur Leonard Cohen est mort à 82 ans.\n\n« Nous avons perdu l'un des "
        + "visionnaires du monde de la musique » peut-on lire sur la page Facebook du musicien.";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "tant rêvé"), "Majlinda Kelmendi");
    assertSpeaker(find(qs, "Notre série"), "Fabien Gilot");
    assertSpeaker(find(qs, "comme des lions"), "Olivier Krumbholz");
    assertSpeaker(find(qs, "visionnaires"), "Leonard Cohen");
    // Two people the role fits equally (neither given a role): no guess.
    qs = quotes("En finale, l'arbitre a donné la victoire à Majlinda Kelmendi face à Odette Giuffrida.\n\n« J'avais "
        + "tant rêvé de ce moment » a déclaré la championne.");
    assertNull(find(qs, "tant rêvé").speaker(), show(qs));
    // WiNER 2016_08_14-006: words in the first person with no cue, ending the paragraph of a sentence about one
    // person, are that person's; not when someone else is named in between.
    qs = quotes("La Tunisienne Inès Boubakri remporte le bronze.\n\nElisa Di Francisca a brandi le drapeau de "
        + "l'Union européenne après le podium. « Je voulais montrer le drapeau pour lancer un message. »");
    assertSpeaker(find(qs, "montrer le drapeau"), "Elisa Di Francisca");
    qs = quotes("Elisa Di Francisca a brandi le drapeau après sa victoire sur Inès Boubakri. « Je voulais montrer le "
        + "drapeau pour lancer un message. »");
    assertNull(find(qs, "montrer le drapeau").speaker(), show(qs));
    // Without a comma, a quote followed by a verb and its object is a sentence, not an incise.
    qs = quotes("« État islamique » a revendiqué les attaques de Bruxelles.");
    assertTrue(qs.isEmpty(), show(qs));
  }

  @Test
  void newspapersAndSignedBlocks() {
    // WiNER 2016_06_09-002, 2016_05_26-005, 2016_02_24-001 and 2016_10_15-001: a newspaper's name with a verb's
    // form in it, a newspaper the entity layer took for a title, "le journal" for it, a signature with a long
    // role, and one "au nom de" a body.
    String text = "Le Canard enchaîné déplore « le résultat burlesque d'une législation bricolée » .\n\nPour "
        + "L'Opinion , il s'agit d'une « intrusion scandaleuse du syndicat » que le journal estime comme « une "
        + "atteinte à la liberté de la presse ».\n\n« (Le siècle dernier) a été extraordinaire comparé aux trois "
        + "derniers millénaires »\n\n— Robert Kopp, professeur adjoint au département des sciences de la Terre de "
        + "l'université Rutgers\n\nLa Société des journalistes (SDJ) d'I-Télé estime que « l'image de Jean-Marc "
        + "Morandini est aujourd'hui entachée. »\n\n— Olivier Ravanello et Antoine Genton, au nom de la Société des "
        + "Journalistes de I-télé";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "burlesque"), "Le Canard enchaîné");
    assertSpeaker(find(qs, "intrusion"), "L'Opinion");
    assertSpeaker(find(qs, "atteinte"), "L'Opinion");
    assertSpeaker(find(qs, "siècle dernier"), "Robert Kopp");
    assertSpeaker(find(qs, "entachée"), "Société des journalistes");
    // WiNER 2016_02_16-001: "la compagnie" is the one company the article names, not the court, nor the makers
    // of its planes.
    qs = quotes("Air Méditerranée placée en liquidation\n\nLe tribunal de commerce de Tarbes a prononcé hier la "
        + "liquidation d'Air Méditerranée. Elle exploitait cinq Airbus A321 et un Boeing 737-500.\n\nLa compagnie "
        + "annonce qu'elle rembourserait ses clients « dans les plus brefs délais ».");
    assertSpeaker(find(qs, "brefs délais"), "Air Méditerranée");
  }

  @Test
  void wireCopyOnTheWarInUkraine() {
    // Written for the purpose, in the style of the wire copy of January 2023.
    String text = "À Moscou, le Kremlin a mis en garde contre une « escalade ». « Ces livraisons ne changeront rien "
        + "sur le terrain », a déclaré Dmitri Peskov aux journalistes. Le porte-parole de la présidence russe a ajouté "
        + "que la Russie atteindrait « tous ses objectifs ».\n\nDe son côté, la présidente de la Commission européenne a "
        + "estimé que l'Union devait « faire plus et plus vite ». « Chaque jour compte », a écrit Ursula von der Leyen "
        + "sur Twitter.";
    Document d = Document.of("t", text).withDate(java.time.LocalDate.parse("2023-01-19"),
        org.vigie.core.DateSource.METADATA, null);
    List<Quote> qs = pipeline().process(d).get(QuoteAnnotator.QUOTES);
    assertSpeaker(find(qs, "escalade"), "Kremlin");
    assertSpeaker(find(qs, "tous ses objectifs"), "Dmitry Peskov");
    assertSpeaker(find(qs, "plus vite"), "Ursula von der Leyen");
    Quote tweet = find(qs, "Chaque jour");
    assertEquals("Ursula von der Leyen", tweet.speakerMention(), show(qs));
  }

  @Test
  void wireCopyOnAFrenchReform() {
    // Written for the purpose, in the style of the political copy of January 2023.
    List<Quote> qs = quotes("« C'est une réforme brutale », a rétorqué Mathilde Panot, présidente du groupe La "
        + "France insoumise. Pour la députée, le gouvernement « méprise » les Français.\n\nInterrogé par franceinfo, le "
        + "ministre du Travail Olivier Dussopt a reconnu que le texte pourrait « évoluer ». Selon lui, « rien n'est "
        + "figé ».\n\n« Nous devons rester vigilants », a déclaré le dirigeant social-démocrate Olaf Scholz, selon qui "
        + "« la situation reste très sérieuse ».\n\n« Nous irons jusqu'au bout. Les Français nous ont élus pour "
        + "transformer le pays.\n\nNous ne reculerons pas », a prévenu Emmanuel Macron.");
    // A member of parliament presiding a group is "la députée".
    assertSpeaker(find(qs, "méprise"), "Panot");
    // A portfolio before the minister's name, and "reconnaître" as the lemmatizer spells it ("reconnaitre").
    Quote dussopt = find(qs, "pourrait");
    assertEquals("le texte pourrait « évoluer »", dussopt.text());
    assertSpeaker(dussopt, "Olivier Dussopt");
    assertSpeaker(find(qs, "figé"), "Olivier Dussopt");
    // "selon qui": the relative's antecedent.
    assertSpeaker(find(qs, "très sérieuse"), "Olaf Scholz");
    // A quote over two paragraphs whose second paragraph has no opening mark: one quote, one speaker.
    Quote macron = find(qs, "jusqu'au bout");
    assertTrue(macron.text().endsWith("Nous ne reculerons pas"), macron.text());
    assertSpeaker(macron, "Emmanuel Macron");
  }

  @Test
  void aStatesOfficeIsNotAnInternationalOfficial() {
    // Written for the purpose: the paragraph before is about the UN's secretary general; Israel's defence minister
    // is not him, and the article does not name him. Israel's prime minister in October 2023 is Benjamin Netanyahu.
    String text = "Le secrétaire général des Nations unies, António Guterres, a réclamé lundi un « cessez-le-feu "
        + "humanitaire immédiat ». « La situation est catastrophique », a-t-il dit.\n\nIsraël a aussitôt rejeté cet "
        + "appel. « Un cessez-le-feu reviendrait à une capitulation », a répondu le ministre israélien de la Défense. "
        + "« Nous irons jusqu'au bout », a ajouté le Premier ministre israélien.";
    Document d = Document.of("t", text).withDate(java.time.LocalDate.parse("2023-10-30"),
        org.vigie.core.DateSource.METADATA, null);
    List<Quote> qs = pipeline().process(d).get(QuoteAnnotator.QUOTES);
    assertNull(find(qs, "capitulation").speaker(), show(qs));
    assertSpeaker(find(qs, "jusqu'au bout"), "Benjamin Netanyahu");
  }

  @Test
  void wireCopyOnASummit() {
    // Written for the purpose, in the style of the wire copy of November 2023 and February 2024.
    List<Quote> qs = quotes("« Nous ne céderons à aucune pression » : le président sénégalais Macky Sall défend le "
        + "report de l'élection\n\nXi Jinping a, lui, appelé Washington à « cesser d'armer Taïwan ». Interrogé sur le "
        + "point de savoir s'il considérait toujours son homologue comme un « dictateur », Joe Biden a répondu : « Eh "
        + "bien, oui. » Une déclaration aussitôt jugée « irresponsable » par la diplomatie chinoise. La Chine exige des "
        + "excuses.");
    // A headline: the words in marks, a colon, then who speaks.
    assertSpeaker(find(qs, "aucune pression"), "Macky Sall");
    // A pronoun between commas after the auxiliary.
    assertSpeaker(find(qs, "armer Taïwan"), "Xi Jinping");
    // A pronoun in a participle clause that opens the sentence stands for the subject after it.
    assertSpeaker(find(qs, "dictateur"), "Joe Biden");
    // A passive whose agent is a state's diplomacy.
    assertSpeaker(find(qs, "irresponsable"), "China");
  }

  @Test
  void wireCopyOnAClimateConference() {
    // Written for the purpose, in the style of the wire copy of December 2023.
    List<Quote> qs = quotes("Le président de la COP28, Sultan al-Jaber, a salué mercredi l'accord. Pour l'envoyé "
        + "américain pour le climat, John Kerry, « ce n'est pas parfait, mais c'est un signal fort ».");
    // "Pour" + a role with its complement + the name in apposition.
    assertSpeaker(find(qs, "signal fort"), "John Kerry");
  }

  // --- output ------------------------------------------------------------------------------------------------

  @Test
  void aMinisterNamedAfterHerPortfolioIsOneWomanForThePronounsAfter() {
    // Written for the purpose: the subject's phrase starts at the portfolio's "des", which is no plural.
    String text = "« La situation est catastrophique », a déclaré son porte-parole, Jens Laerke. La ministre des "
        + "Armées Florence Parly a assuré que la France ne quitterait pas le Mali. « Nous restons », a-t-elle martelé.";
    assertSpeakerOf("Florence Parly", "Nous restons", text);
    assertSpeakerOf("Jens Laerke", "catastrophique", text);
  }

  @Test
  void wordsInMarksInsideAPourQuiClauseAreTheAntecedents() {
    // Written for the purpose: the marks stand deep in the relative, and the main verb reports nothing.
    List<Quote> qs = quotes("Charles Michel, pour qui l'Union sera « plus forte que jamais », a salué l'accord.");
    Quote q = find(qs, "plus forte");
    assertSpeaker(q, "Charles Michel");
    assertEquals("pour qui", q.cueText());
    // A comma between the relative and the marks closes the relative: nobody's words then.
    qs = quotes("Charles Michel, pour qui l'accord est bon, a salué ce qu'il appelle une « nouvelle ère ».");
    assertTrue(qs.stream().noneMatch(x -> x.text().contains("nouvelle ère") && "pour qui".equals(x.cueText())),
        show(qs));
  }

  @Test
  void straightQuotesInsideAStraightQuote() {
    // Written for the purpose: a word in marks inside a quote in the same marks.
    List<Quote> qs = quotes("\"Je lui ai dit \"non\" et il est parti\", a raconté Marie Dupont.");
    assertEquals(1, qs.size(), show(qs));
    assertEquals("Je lui ai dit \"non\" et il est parti", qs.get(0).text());
    assertSpeaker(qs.get(0), "Marie Dupont");
    // The spaced style keeps its pairs: a closing mark followed by a word opens nothing.
    qs = quotes("\" Nous partons \" a dit Paul Martin. \" Demain nous serons là \" a-t-il ajouté.");
    assertEquals(2, qs.size(), show(qs));
    assertEquals("Nous partons", qs.get(0).text());
    assertEquals("Demain nous serons là", qs.get(1).text());
  }

  @Test
  void aNarrativeInfinitiveGoesOnWithTheOneSpokenOfLast() {
    // Written for the purpose, after news read in session 10 ("Et de poursuivre : « ... »").
    List<Quote> qs = quotes("« Le club va bien », a déclaré Hugo Martin. Et d'ajouter : « Nous recruterons cet été. »");
    Quote q = find(qs, "recruterons");
    assertTrue(q.direct());
    assertSpeaker(q, "Hugo Martin");
    assertEquals("Et d'ajouter", q.cueText());
    // Nobody spoken of before: no guess.
    assertTrue(quotes("Et de conclure : « La paix est à portée de main. »").stream()
        .allMatch(x -> x.speaker() == null));
  }

  @Test
  void aWholeSentenceInMarksAfterASentenceAboutOnePerson() {
    // Written for the purpose: no cue, the quote is a sentence of its own in the paragraph of its speaker.
    assertSpeakerOf("Michel Cadot", "contrôles de sacs", "Le préfet Michel Cadot a annoncé des contrôles "
        + "renforcés. « Des contrôles de sacs seront faits à chaque entrée. » La séance a duré deux heures.");
    // Someone else named between: no guess.
    List<Quote> qs = quotes("Michel Cadot a annoncé des contrôles renforcés, que Anne Hidalgo a critiqués. « Des "
        + "contrôles de sacs seront faits à chaque entrée. »");
    assertTrue(qs.stream().noneMatch(x -> x.text().contains("contrôles de sacs") && x.speaker() != null), show(qs));
    // A fragment is no sentence: it stays a scare quote.
    assertTrue(quotes("Michel Cadot a annoncé des contrôles. « Renforcés » et « ciblés ».").isEmpty());
  }

  @Test
  void theMediumToldBeforeAPostposedSpeaker() {
    // Written for the purpose: CoreNLP reads "Reuters Paul Meyer" as one person's name.
    assertSpeakerOf("Paul Meyer", "pont est fermé", "« Le pont est fermé », a déclaré à Reuters Paul Meyer, un "
        + "habitant du quartier.");
    assertSpeakerOf("Thomas Girard", "provocation", "« C'est une provocation », a déclaré à l'AFP Thomas Girard, "
        + "secrétaire général du syndicat.");
    assertSpeakerOf("Steve Witkoff", "Rien n'est signé", "Steve Witkoff est à Riyad. « Rien n'est signé », a déclaré "
        + "sur CNN M. Witkoff.");
    // A circumstance between the verb and the name.
    assertSpeakerOf("Stéphane Beaudet", "une honte", "« C'est une honte », a déploré dans un communiqué Stéphane "
        + "Beaudet, président de l'association.");
    assertSpeakerOf("Sébastien Delogu", "lâcherons", "« Nous ne lâcherons rien », a déclaré à la sortie de "
        + "l'hémicycle Sébastien Delogu.");
    assertSpeakerOf("Kim Reuflet", "dangereux", "« Le texte est dangereux », a aussi commenté auprès de l'AFP Kim "
        + "Reuflet, présidente du syndicat.");
    // "à" before anything but a medium is no addressee.
    assertTrue(quotes("« Nous ne céderons pas », a appelé à manifester le syndicat.").stream()
        .noneMatch(x -> "syndicat".equals(x.speaker())));
  }

  @Test
  void rolesOfOneFamilyAndEpithetsForThePersonJustNamed() {
    // Written for the purpose: a prosecutor is a magistrate, a coach an entraîneur, an age noun an epithet.
    assertSpeakerOf("Anne Collet", "enquête sera longue", "La procureure de Lille, Anne Collet, a tenu un point "
        + "presse. « L'enquête sera longue », a indiqué la magistrate.");
    assertSpeakerOf("Paul Girard", "objectifs", "Le ministre Paul Girard a présenté le budget mardi. « Nous "
        + "tiendrons nos objectifs », a assuré le quinquagénaire.");
    // Not someone of another trade named since.
    assertSpeakerOf("Anne Collet", "enquête sera longue", "La procureure de Lille, Anne Collet, a répondu à "
        + "l'avocate Marie Roux. « L'enquête sera longue », a indiqué la magistrate.");
  }

  @Test
  void incisesWithVerbsOfRebuttalAndEnumeration() {
    // Written for the purpose, after news read in session 10.
    assertSpeakerOf("Marc Védrine", "dossier est vide", "« Le dossier est vide », a opposé Marc Védrine devant le "
        + "tribunal.");
    assertSpeakerOf("Pascal Prache", "la peur", "Le procureur Pascal Prache a parlé. Il a énuméré les motifs : « la "
        + "volonté d'éviter une fuite » et « la peur d'un accident », a-t-il listé.");
  }

  @Test
  void whatARelativeSelonLequelReports() {
    // Written for the purpose, after news read in session 10.
    Quote q = find(quotes("Le Kremlin a rejeté les propos de Vladimir Poutine selon lesquels la signature de tout "
        + "accord est inutile."), "signature");
    assertFalse(q.direct());
    assertEquals("la signature de tout accord est inutile", q.text());
    assertSpeaker(q, "Poutine");
    assertEquals("selon lesquels", q.cueText());
    assertSpeakerOf("Volodymyr Zelensky", "durer des années", "Moscou a critiqué la remarque du président ukrainien "
        + "Volodymyr Zelensky selon laquelle le conflit pourrait durer des années.");
    // The antecedent speaks, and the main clause after the relative is not reported.
    List<Quote> qs = quotes("Le sénateur Tomas Berg, selon lequel les élections « seront reportées », a quitté la "
        + "salle.");
    assertSpeaker(find(qs, "seront reportées"), "Tomas Berg");
    assertTrue(qs.stream().noneMatch(x -> x.text().contains("quitté")), show(qs));
    // Criteria are nobody's words.
    assertTrue(quotes("Les critères selon lesquels les aides sont versées ont changé.").isEmpty());
  }

  @Test
  void theWritersRemarkAfterAReportedClauseIsNotPartOfIt() {
    // Written for the purpose: ", sans préciser quand" is the writer's.
    assertEquals("les prix baisseraient fortement", find(quotes("Karl Weber a déclaré que les prix baisseraient "
        + "fortement, sans préciser quand."), "prix").text());
  }

  @Test
  void wordsInMarksAfterVerbsOfJudgement() {
    // Written for the purpose, after news read in session 10.
    // A fronted clause: the subject follows its comma.
    assertSpeakerOf("Emmanuel Macron", "immense courage", "Après avoir salué « l'immense courage » du peuple "
        + "ukrainien, Emmanuel Macron a déclaré que la France resterait présente.");
    // "décrit" with an object is the present tense, not a passive participle.
    assertSpeakerOf("Mykhaïlo Podolyak", "très exigeant", "Mykhaïlo Podolyak décrit un président « très "
        + "exigeant ».");
    // A participle coordinated with a compound verb shares its subject.
    Quote q = find(quotes("La présidente Yaël Braun-Pivet a suspendu la séance et dénoncé un comportement "
        + "« inacceptable »."), "inacceptable");
    assertSpeaker(q, "Yaël Braun-Pivet");
    assertEquals("dénoncé", q.cueText());
    assertSpeakerOf("Patrick Pouyanné", "regarder le sujet", "Patrick Pouyanné dit « regarder le sujet ».");
    // A passive participle with its agent is still the agent's.
    assertSpeakerOf("Jean Castex", "coup de force", "Le texte, décrit comme un « coup de force » par Jean Castex, "
        + "a été voté.");
  }

  @Test
  void aReversedClosingMarkAndAnOrganizationNamedByACommonNoun() {
    // Written for the purpose: agency copy that closes with « and calls the body "l'institution".
    String text = "La CEDEAO a réagi mardi. « Nous condamnons cette attaque« , indique l'institution sous-régionale "
        + "dans son communiqué. Elle appelle les auteurs à « libérer immédiatement » le président.";
    List<Quote> qs = quotes(text);
    Quote q = find(qs, "condamnons");
    assertEquals("Nous condamnons cette attaque", q.text());
    assertSpeaker(q, "CEDEAO");
    assertSpeaker(find(qs, "libérer immédiatement"), "CEDEAO");
  }

  @Test
  void aMinisterAndThePortfolioAfterItAreOneSubject() {
    // Written for the purpose: the tagger reads "des" before "Transports" as an article, which ended the phrase at
    // "le ministre", and the role then went to the other minister of the paragraph.
    assertSpeakerOf("Clément Beaune", "Rien n'est prêt", "La Première ministre Élisabeth Borne a démissionné. "
        + "« Rien n'est prêt », a commenté le ministre des Transports Clément Beaune.");
  }

  @Test
  void aPronounsGenderAgreesWithTheFirstNameWhenTheTextSaysNothingElse() {
    // Written for the purpose: nothing but the first names tells who "elle" is.
    assertSpeakerOf("Marie-Anne Soubré", "une erreur", "Éric Dupond-Moretti a défendu la réforme. Mais pour "
        + "Marie-Anne Soubré, avocate, le texte est dangereux. « C'est une erreur », affirme-t-elle.");
    assertEquals('f', FirstNames.of("Mme Marie-Anne Soubré"));
    assertEquals('m', FirstNames.of("Jean-Yves Le Drian"));
    assertEquals('?', FirstNames.of("Dominique Martin"));
    assertEquals('?', FirstNames.of("Marie"));
  }

  @Test
  void anOfficeOfABodyIsItsOfficerNamedWithAnotherTitleOrLongName() {
    // Written for the purpose: the body's full name and its acronym in brackets stand between the office and the
    // name, and the quote comes a paragraph later under another title.
    assertSpeakerOf("Philippe Lazzarini", "à bout", "Le commissaire général de l'Office de secours et de travaux "
        + "des Nations unies pour les réfugiés de Palestine (UNRWA), Philippe Lazzarini, a dénoncé les frappes.\n\n"
        + "Les écoles sont pleines. « Nous sommes à bout », a encore dit le patron de l'UNRWA.");
    // A diplomat is a minister of foreign affairs, an ambassador or an envoy.
    assertSpeakerOf("Olivier Nduhungirehe", "cinéma politique", "Olivier Nduhungirehe, ministre rwandais des "
        + "Affaires étrangères, était à Luanda samedi.\n\nLe diplomate rwandais a dénoncé « un cinéma politique ».");
    // A portfolio is no body of its own: the minister is the one the paragraph is about.
    assertSpeakerOf("Bruno Le Maire", "un geste", "Bruno Le Maire a demandé aux distributeurs de baisser les prix. "
        + "« Je souhaite que TotalEnergies fasse un geste », a martelé le ministre de l'Économie et des Finances.");
  }

  @Test
  void aNameAndItsAppositionBeforeAColonSpeak() {
    // Written for the purpose: a line of statements, "Name, office : « ... »".
    assertSpeakerOf("Ursula von der Leyen", "aussi longtemps", "Ursula von der Leyen, présidente de la Commission "
        + "européenne : « Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra. »");
    assertSpeakerOf("Josep Borrell", "agir vite", "Josep Borrell, haut représentant de l'UE : « Nous devons agir "
        + "vite. »");
  }

  @Test
  void marksThatResumeAfterAnInciseAndACircumstanceAreTheSecondPiece() {
    // Written for the purpose: the incise stands between two pairs of marks, with a circumstance after it.
    List<Quote> qs = quotes("« Cette décision », a précisé Jean Dupuis devant les salariés, « était la seule "
        + "possible ».");
    Quote first = find(qs, "Cette décision");
    Quote second = find(qs, "seule possible");
    assertSpeaker(second, "Jean Dupuis");
    assertEquals(first.group(), second.group());
    // A clause of its own between: no second piece.
    List<Quote> apart = quotes("« Cette décision », a précisé Jean Dupuis, puis la direction a répliqué, « était la "
        + "seule possible ».");
    int group = find(apart, "Cette").group();
    assertTrue(apart.stream().noneMatch(x -> x.text().contains("seule possible") && x.group() == group),
        show(apart));
  }

  @Test
  void subjectsWithParticlesAsidesOrRelatives() {
    // Written for the purpose, after news read in session 10.
    assertSpeakerOf("Ursula von der Leyen", "responsable de la guerre", "Dans une vidéo publiée lundi, Ursula von der "
        + "Leyen explique que l'Europe tient Vladimir Poutine pour responsable de la guerre.");
    assertSpeakerOf("Donald Trump", "impossible de prédire", "Donald Trump a rencontré Vladimir Poutine. Il a, "
        + "toutefois, souligné qu'il était impossible de prédire l'issue des discussions.");
    // A reporting verb in a relative: its antecedent speaks, and the main clause after the comma is not reported.
    Quote q = find(quotes("Face aux critiques de Paul Morin qui estimait que la loi était inutile, la ministre Anne "
        + "Roux a répondu sèchement."), "loi était inutile");
    assertSpeaker(q, "Paul Morin");
    assertEquals("la loi était inutile", q.text());
    assertEquals("la loi était inutile", find(quotes("Paul Morin, qui estimait que la loi était inutile, est parti."),
        "inutile").text());
  }

  @Test
  void aDescriptionOfThePersonJustNamedSpeaksForThem() {
    // Written for the purpose: epithets that no office table knows.
    String text = "Le nouveau président du Brésil Luiz Inacio Lula da Silva s'est engagé dimanche à reconstruire le "
        + "pays.\n\nL'icône de la gauche a accusé son prédécesseur d'avoir « épuisé les ressources de la santé ».";
    assertSpeakerOf("Luiz Inácio Lula da Silva", "épuisé", text);
    assertSpeakerOf("Patrick Pouyanné", "bouc émissaire", "Patrick Pouyanné a défendu le bilan du groupe. « Nous "
        + "sommes le bouc émissaire », a lancé le polytechnicien, qui fêtera ses 60 ans.");
    // Someone new: a victim, a deputy of the prosecutor, a body named by a common noun.
    assertNull(find(quotes("Le suspect, Marc Dupuis, a été arrêté lundi. « Il m'a frappé sans raison », a déclaré la "
        + "victime."), "frappé").speaker());
    assertNull(find(quotes("Le suspect, Marc Dupuis, a été arrêté lundi. « Il a agi seul », a déclaré le premier "
        + "substitut du procureur."), "agi seul").speaker());
    List<Quote> qs = quotes("Maître Rodolphe Bosselut a plaidé longuement. L'accusation a estimé que le parti avait "
        + "mis en place « un système ».");
    assertTrue(qs.stream().noneMatch(x -> "Rodolphe Bosselut".equals(x.speaker())), show(qs));
  }

  @Test
  void moreReportedSpeechOfNamedPeople() {
    // Written for the purpose: a surname that is an English month, "laisser entendre", an impersonal "il n'y a".
    assertSpeakerOf("Theresa May", "avenir radieux", "Theresa May est arrivée à Bruxelles. Après le sommet, May a "
        + "affirmé que l'accord ouvre un avenir radieux pour le Royaume-Uni.");
    Quote q = find(quotes("Le président américain Donald Trump a déjà laissé entendre que les États-Unis pourraient "
        + "régler seuls le problème."), "régler seuls");
    assertSpeaker(q, "Donald Trump");
    assertEquals("a déjà laissé entendre", q.cueText());
    assertSpeakerOf("Jean-Claude Juncker", "pas de meilleur", "Jean-Claude Juncker a déclaré qu'il s'agissait du seul "
        + "accord possible et a averti qu'il n'y en aurait pas de meilleur.");
  }

  @Test
  void aTitledSurnameWithItsParticle() {
    // Written for the purpose: "Mme Le Pen", whose "Le" the tagger reads as an article.
    assertSpeakerOf("Marine Le Pen", "historique", "Marine Le Pen arrive deuxième. « Ce résultat est historique », "
        + "a réagi Mme Le Pen.");
    // The particle is no masculine article: "elle" is still Marie-Amélie Le Fur.
    // 10 September 2016 (data/winer-fr-dev).
    assertSpeakerOf("Marie-Amélie Le Fur", "plaisir", "Marie-Amélie Le Fur a décroché hier soir la deuxième d'or de "
        + "la délégation française. Amputée de son avant-jambe gauche, Le Fur à battu le record du monde lors de son "
        + "premier saut : elle saute deux fois à 5,83 mètres. Pour elle, qui avait obtenu l'argent à Pékin en 2008, sa "
        + "médaille « a le goût du plaisir et de la satisfaction après tant d'années de travail. »");
  }

  @Test
  void wordsOfPraiseInMarksAfterADay() {
    // Written for the purpose: "louer" praises, and a day between the verb and the marks is no object.
    List<Quote> qs = quotes("Emmanuel Macron a loué lundi « l'engagement », « la patience » et « la capacité "
        + "d'écoute » d'Angela Merkel.");
    assertSpeaker(find(qs, "engagement"), "Emmanuel Macron");
    assertSpeaker(find(qs, "capacité d'écoute"), "Emmanuel Macron");
    assertTrue(quotes("Il a loué un appartement à Paris.").isEmpty());
  }

  @Test
  void aHeadlinesQuoteThenItsSpeakerAndVerb() {
    // Written for the purpose: the headline order, name then verb, after the marks and a comma.
    assertSpeakerOf("Emmanuel Macron", "ensemble", "« Nous sommes ensemble ! », Emmanuel Macron félicite Lula pour sa "
        + "victoire\n\nLe président français a appelé Lula lundi.");
    // A sentence that goes on about the words is not their speaker's verb.
    assertTrue(quotes("« Liberté », Victor Hugo en fait un thème majeur.").stream()
        .noneMatch(x -> x.speaker() != null), "no speaker");
  }

  @Test
  void jsonKeysAreTheOnesTheScorerReads() {
    AnalyzedDocument out = analyze("« Nous ne bluffons pas », a ajouté Antony Blinken.");
    ObjectNode json = DocumentJson.toTree(out);
    JsonNode q = json.get("quotes").get(0);
    for (String key : List.of("start", "end", "text", "direct", "group", "cue", "cue_start", "cue_end",
        "speaker_mention", "speaker_start", "speaker_end", "speaker", "speaker_qid", "speaker_entity",
        "speaker_mentions", "confidence")) {
      assertTrue(q.has(key), "missing " + key + " in " + q);
    }
    assertFalse(q.has("span") || q.has("speakerSpan") || q.has("cueText"), q.toString());
    String text = out.text();
    assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
    assertEquals("Antony Blinken", text.substring(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()));
    assertEquals("a ajouté", text.substring(q.get("cue_start").asInt(), q.get("cue_end").asInt()));
    assertTrue(json.has("scare_quotes"));
  }

  @Test
  void whoIsNamedAfterTheSpeakerInTheirOwnSentenceIsTheObjectNotTheNextTopic() {
    // The role and the epithet after it stand for the speaker of the sentence before, not for the person it
    // accused or spoke of.
    String text = "Dans deux tweets, M. Bolsonaro a accusé M. Macron d'« instrumentaliser une question "
        + "intérieure ». « Le gouvernement brésilien reste ouvert au dialogue », a écrit le président d'extrême "
        + "droite.\n\nLuiz Inacio Lula da Silva s'est engagé dimanche « à reconstruire le pays avec le peuple "
        + "brésilien », après le bilan « désastreux » de Jair Bolsonaro.\n\nL'icône de la gauche a accusé son "
        + "prédécesseur d'extrême droite d'avoir « épuisé les ressources de la santé ». Il a assuré que son pays "
        + "n'avait « pas besoin de déboiser ».";
    List<Quote> qs = quotes(text);
    assertSpeaker(find(qs, "ouvert au dialogue"), "Bolsonaro");
    assertEquals("Luiz Inácio Lula da Silva", find(qs, "à reconstruire le pays").speaker(), show(qs));
    assertEquals("Luiz Inácio Lula da Silva", find(qs, "épuisé les ressources").speaker(), show(qs));
    assertEquals("Luiz Inácio Lula da Silva", find(qs, "besoin de déboiser").speaker(), show(qs));
    // WiNER 2016_12_21-001: the plaintiff is who sued, not whom he sued.
    assertSpeakerOf("Gérard Filoche", "organisation des primaires", "Gérard Filoche a notamment assigné "
        + "Jean-Christophe Cambadélis et Christophe Borgel, chargé de l'organisation de la primaire. Pour le "
        + "plaignant, « l'organisation des primaires citoyennes semble relever des seules décisions arbitraires du "
        + "groupe dirigeant le Parti socialiste ».");
  }

  @Test
  void aPledgeInMarksIsTheWordsOfWhoPledges() {
    List<Quote> qs = quotes("Le président Lula s'est engagé ce dimanche 1er janvier « à reconstruire le pays ». Le "
        + "gouvernement a engagé « une réforme » des retraites.");
    assertSpeaker(find(qs, "à reconstruire"), "Lula");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("une réforme")), show(qs));
  }

  @Test
  void aFullSentenceInMarksAloneInTheNextParagraphGoesOnWithTheSpeaker() {
    String text = "La députée travailliste Heidi Alexander a critiqué le gouvernement.\n\n« Il est nauséabond de "
        + "voir des ministres faire de ce sommet raté un succès », a-t-elle déclaré.\n\n« Ne pas avoir "
        + "suffisamment progressé dans les négociations est un échec sans ambiguïté. »";
    assertSpeakerOf("Heidi Alexander", "échec sans ambiguïté", text);
    // A line with no end stop is a section title, not the speaker going on.
    List<Quote> qs = quotes("« Nous allons mesurer les anticipations de l'inflation », a-t-il annoncé.\n\n« Nous "
        + "devons la clarté aux Français »\n\nIl est en effet ressorti que les Français surestiment l'inflation.");
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("la clarté")), show(qs));
  }

  @Test
  void aSpeechIsItsDeliverersAndANewDocumentIsNobodysYet() {
    String text = "Il est arrivé avant que Theresa May ne prononce un discours disant qu'elle était « ambitieuse et "
        + "positive ». Le Premier ministre a affirmé qu'il ne restait que de « petits problèmes ». « Nous suivrons "
        + "ces engagements ligne par ligne », a-t-elle déclaré.\n\nM. Tusk a reporté une décision.\n\n« Dans ce "
        + "contexte, le Conseil européen invite le Conseil à entamer des discussions préparatoires », a indiqué un "
        + "document publié vendredi.\n\nLa députée travailliste Heidi Alexander a comparé Mme May à « une "
        + "adolescente essayant de s'en tirer avec les devoirs tardifs ».";
    List<Quote> qs = quotes(text);
    assertEquals("Theresa May", find(qs, "ambitieuse et positive").speaker(), show(qs));
    // "le Premier ministre" for the woman who just spoke: the press gives her the masculine office too.
    assertEquals("Theresa May", find(qs, "petits problèmes").speaker(), show(qs));
    assertNull(find(qs, "Conseil européen invite").speaker(), show(qs));
    assertEquals("Heidi Alexander", find(qs, "une adolescente").speaker(), show(qs));
  }

  @Test
  void aNameInAComplementAfterAnOfficeIsNotItsHolder() {
    List<Quote> qs = quotes("Le ministère pakistanais des affaires étrangères a rejeté les allégations de Modi.\n\n"
        + "« Nous les considérons comme des tentatives désespérées », a déclaré le ministère vendredi en fin de "
        + "journée après les commentaires de Modi sur Twitter.");
    assertTrue(find(qs, "tentatives désespérées").speaker() == null
        || !find(qs, "tentatives désespérées").speaker().contains("Modi"), show(qs));
  }

  @Test
  void aHeadingNamesWhomTheNextLinesAreAbout() {
    String text = "Le président de la Commission européenne, Jean-Claude Juncker, a déclaré qu'il s'agissait du seul "
        + "« accord » possible.\n\nEmmanuel Macron, président français :\n\nIl a qualifié le moment de « grave », "
        + "montrant « une part de fragilité » de l'UE.";
    List<Quote> qs = quotes(text);
    assertEquals("Emmanuel Macron", find(qs, "grave").speaker(), show(qs));
  }

  @Test
  void theWordsOfAnAppealAndWordsNamedAfterwardAreTheirAuthors() {
    List<Quote> qs = quotes("Retour sur les résultats de ce dimanche soir\n\n« En une année, nous avons changé le "
        + "visage de la vie politique française ». Tels sont les mots prononcés par l'ancien ministre de l'Économie "
        + "Emmanuel Macron devant ses partisans.\n\n« Ce résultat est historique », a réagi Mme Le Pen, qui a lancé "
        + "un appel « à tous les patriotes sincères ».\n\n« Nous ne céderons rien. » Ce sont les propos de Volodymyr "
        + "Zelensky, mardi.");
    assertSpeaker(find(qs, "le visage de la vie politique"), "Emmanuel Macron");
    assertSpeaker(find(qs, "tous les patriotes sincères"), "Le Pen");
    assertSpeaker(find(qs, "Nous ne céderons rien"), "Zelensky");
  }

  @Test
  void theSpeakerGoesOnAcrossLinesAndUnderEpithets() {
    String text = "Dans un communiqué, la sœur de Kim Jong-un a mis en garde Washington. « Les Etats-Unis doivent "
        + "comprendre », a déclaré Kim Yo-jong. La jeune femme a poursuivi en indiquant que « les Etats-Unis devraient "
        + "arrêter leur bêtise ».\n\nLe président américain Joe Biden a déclaré lundi qu'il était préoccupé par les "
        + "actions de la Chine.\n\"Je ne suis pas inquiet, mais je suis préoccupé par le fait qu'ils bougent autant\".\n"
        + "\"Les gens sont affamés et ont désespérément besoin de nourriture\"\n, a déclaré Thomas White, directeur "
        + "des affaires de l'UNRWA à Gaza.";
    List<Quote> qs = quotes(text);
    assertEquals("Kim Yo-jong", find(qs, "arrêter leur bêtise").speaker(), show(qs));
    // Never a man the text names by a man's first name.
    List<Quote> novel = quotes("Julien entra dans le salon.\n\n« C'est moi qui ai eu l'idée de vous envoyer "
        + "chercher », dit la jeune femme.");
    assertNotEquals("Julien", find(novel, "envoyer chercher").speaker(), show(novel));
    assertEquals("Joe Biden", find(qs, "Je ne suis pas inquiet").speaker(), show(qs));
    assertEquals("Thomas White", find(qs, "affamés").speaker(), show(qs));
    assertSpeakerOf("Dmitry Peskov", "mesures de réponse", "\"Dès le début, nous avons déclaré que l'expansion de "
        + "l'OTAN était une menace\", a déclaré Dmitri Peskov.\n\nIl a déclaré que les mesures adoptées obligent la "
        + "Russie à réagir.\n\n\"Cela nous obligera à élaborer des mesures de réponse\", a déclaré le porte-parole.");
  }

  @Test
  void ainsiQueAfterANounAddsToItButAfterTheVerbOpensTheClause() {
    List<Quote> qs = quotesAll("Dmitri Peskov a déclaré que le Kremlin est bien conscient d'une autre demande de "
        + "Vladimir Zelensky d'admettre l'Ukraine dans l'OTAN, ainsi que des évaluations mitigées de cette initiative. "
        + "Il a noté que l'OTAN avait invoqué l'Article 5, rappelant ainsi qu'une attaque contre un était une attaque "
        + "contre tous.");
    assertTrue(find(qs, "le Kremlin est bien conscient").text().endsWith("de cette initiative"), show(qs));
    assertEquals("une attaque contre un était une attaque contre tous", find(qs, "une attaque contre un").text(),
        show(qs));
  }

  @Test
  void aLeadQuoteAndACoordinatedRelativeGoToTheSpeakerNamedAfter() {
    List<Quote> qs = quotes("« J'espère que nous pourrons arriver à la libération de tous les otages. » Quelques "
        + "heures après l'annonce d'un accord, Benjamin Netanyahu a donné une conférence de presse.\n\n« Je suis ravi "
        + "d'annoncer que nous avons un accord qui ouvre la voie à l'entrée de la Finlande dans l'Otan » et qui répond "
        + "aux « inquiétudes de la Turquie sur les exportations d'armes », a affirmé M. Stoltenberg.");
    assertSpeaker(find(qs, "libération de tous les otages"), "Netanyahu");
    assertSpeaker(find(qs, "Je suis ravi"), "Stoltenberg");
    assertSpeaker(find(qs, "inquiétudes de la Turquie"), "Stoltenberg");
  }

  @Test
  void aRelativeSubjectPastALocutionAndAnAsideForTheVerbAfterIt() {
    List<Quote> qs = quotes("Une otage s'adressait à Benyamin Nétanyahou, qui pour sa part a qualifié cette vidéo de "
        + "« propagande psychologique cruelle ».\n\nLe chef des rebelles syriens, Ahmed Al-Charaa, a célébré une "
        + "victoire. Il a salué une action qui, selon lui, a « purifié » la Syrie.");
    assertSpeaker(find(qs, "propagande psychologique"), "Nétanyahou");
    assertSpeaker(find(qs, "purifié"), "Al-Charaa");
  }

  @Test
  void aDemonymStandsForThePersonAndHowTheySayTheyStandIsTheirWords() {
    List<Quote> qs = quotes("Le secrétaire général de l'OTAN, Jens Stoltenberg, a parlé mardi à Bruxelles. « Nous "
        + "travaillons dur », a dit le Norvégien. Le Norvégien, qui quittera son poste à l'automne, est « persuadé "
        + "qu'elles le seront toutes les deux ».\n\nLe président Joe Biden a reçu le chancelier Olaf Scholz. « Nous "
        + "sommes unis », a déclaré l'Allemand.\n\nLe ministre a cité le président, qui aurait dit qu'il est « prêt à "
        + "aider ceux qui veulent renverser le pouvoir ».");
    assertEquals("Jens Stoltenberg", find(qs, "travaillons dur").speaker(), show(qs));
    assertEquals("Jens Stoltenberg", find(qs, "persuadé").speaker(), show(qs));
    // Someone else named since: no guess.
    assertNotEquals("Joe Biden", find(qs, "sommes unis").speaker(), show(qs));
  }

  @Test
  void anAbsoluteParticipleClauseDoesNotHideTheSentenceSubject() {
    assertSpeakerOf("Giuseppe Conte", "Nous avons convenu", "Par téléphone, Emmanuel Macron a déclaré à Giuseppe "
        + "Conte qu'il n'avait jamais voulu offenser l'Italie. Ces pseudo-excuses acceptées, Conte a donc décidé "
        + "d'aller de l'avant :\n\"Nous avons convenu de la nécessité de coopérer étroitement\", a-t-il ainsi répondu.");
  }

  @Test
  void aNameAndItsOfficeOpeningALineBetweenColons() {
    assertSpeakerOf("Josep Borrell", "répondra de la manière", "Les réactions se multiplient.\n\nJosep Borrell : "
        + "haut représentant de l'UE aux Affaires étrangères : « L'Union européenne répondra de la manière la plus "
        + "forte possible. »");
  }

  @Test
  void aPronounAfterAnUnnamedSpeakerIsThePersonNamedSinceButNotAVictim() {
    List<Quote> qs = quotes("Son parti n'a « violé aucune règle » et elle « répondra à toutes les questions » du "
        + "tribunal. Marine Le Pen a voulu afficher sa sérénité.\nL'audience a débuté à 13H45 : Marine Le Pen comme "
        + "l'ex-numéro 2 du parti Bruno Gollnisch, qui « reçoit encore des menaces » dit-il, demandent à ne pas le "
        + "donner en public.\n\nL'ambassadeur d'Israël a annoncé que son pays allait enquêter sur le Liban-Sud, où "
        + "Issam Abdallah, un journaliste caméraman, a été tué vendredi. « Pour l'instant, il est trop tôt pour dire "
        + "ce qui s'est passé là-bas », a-t-il ajouté.");
    // "Son parti" is no role of the party's former number 2 named later.
    assertNotEquals("Bruno Gollnisch", find(qs, "violé aucune règle").speaker(), show(qs));
    assertEquals("Bruno Gollnisch", find(qs, "reçoit encore des menaces").speaker(), show(qs));
    assertNotEquals("Issam Abdallah", find(qs, "trop tôt pour dire").speaker(), show(qs));
  }

  @Test
  void anInfinitiveClauseAfterADay() {
    Quote q = find(quotes("Kim Jong-un a affirmé samedi être proche de détenir l'arme nucléaire."), "être proche");
    assertEquals("être proche de détenir l'arme nucléaire", q.text());
    assertEquals("Kim Jong-un", q.speaker());
  }

  @Test
  void aParticipleOpeningTheSentenceReportsForTheSubjectAfterIt() {
    List<Quote> qs = quotes("Assurant que l'objectif final du programme est de parvenir à « un équilibre des forces » "
        + "avec les États-Unis, Kim Jong-un a estimé que le tir avait été un succès.");
    assertEquals("Kim Jong-un", directQuote(qs, "un équilibre des forces").speaker(), show(qs));
    Quote clause = find(qs, "l'objectif final");
    assertFalse(clause.direct());
    // The participle's clause ends at the comma before the main clause.
    assertEquals("l'objectif final du programme est de parvenir à « un équilibre des forces » avec les États-Unis",
        clause.text());
    assertEquals("Kim Jong-un", clause.speaker());
  }

  @Test
  void wordsUrgedOrCalledAfterAnObjectOrAPlace() {
    List<Quote> qs = quotes("Le président du Nigeria Bola Tinubu avait pressé cette délégation de « tout faire » pour "
        + "une « résolution à l'amiable » de la crise. En répondant à M. Tusk, le chef des populistes, Jaroslaw "
        + "Kaczynski, l'a traité à la tribune « d'agent allemand ».");
    assertEquals("Bola Tinubu", directQuote(qs, "tout faire").speaker(), show(qs));
    assertEquals("Bola Tinubu", directQuote(qs, "résolution à l'amiable").speaker(), show(qs));
    assertEquals("Jaroslaw Kaczynski", directQuote(qs, "d'agent allemand").speaker(), show(qs));
  }

  @Test
  void anAimInMarksAfterAParticipleAndAPourWithoutComma() {
    List<Quote> qs = quotes("Le président Lula a parlé devant le Congrès. « Nous allons vivre sans brûler » des "
        + "forêts, a-t-il assuré, rappelant son objectif de « déforestation zéro en Amazonie ».\n\n« Au stade actuel "
        + "nous ne voyons pas comment faire plus clair », a déclaré lundi M. Ouédraogo. Pour lui cette demande de "
        + "départ « n'est pas liée à un événement en particulier ».");
    assertSpeaker(directQuote(qs, "déforestation zéro en Amazonie"), "Lula");
    assertSpeaker(directQuote(qs, "n'est pas liée à un événement en particulier"), "Ouédraogo");
  }

  @Test
  void incisesOfMannerColonsCitationsAndNarrativeInfinitives() {
    List<Quote> qs = quotes("« Que Biden pose sa main sur son cœur, il y a beaucoup d'enfants », a pleuré dimanche "
        + "le migrant vénézuélien José David Melendez.\n\n« On ne demande à personne de se taire », a-t-il argumenté."
        + "\n\n« S'il y a une bonne nouvelle, c'est qu'il est raccord », confirme Arnaud Rousseau : « Il a compris la "
        + "situation ».\n\nLe ministre saoudien des Affaires étrangères Faisal bin Farhan Al Saud a dit que son pays "
        + "serait prêt. Le journal a ajouté citant Faisal bin Farhan : « l'intégration sera très bénéfique ». Et le "
        + "ministre saoudien de se rétracter : « Ne pas résoudre les problèmes renforcera les extrémistes ».");
    assertEquals("José David Melendez", find(qs, "pose sa main").speaker(), show(qs));
    assertSpeaker(find(qs, "On ne demande"), "Melendez");
    assertEquals("Arnaud Rousseau", find(qs, "Il a compris la situation").speaker(), show(qs));
    // "bin" joins the given name to the rest, and the shorter form is the same person.
    assertEquals("Faisal bin Farhan Al Saud", find(qs, "son pays serait prêt").speaker(), show(qs));
    assertEquals("Faisal bin Farhan Al Saud", find(qs, "intégration sera très bénéfique").speaker(), show(qs));
    assertEquals("Faisal bin Farhan Al Saud", find(qs, "Ne pas résoudre").speaker(), show(qs));
  }

  @Test
  void wordsInMarksInAClauseThatAPronounIncisesAreTheirs() {
    List<Quote> qs = quotes("Bruno Le Maire s'est employé ce week-end à les rassurer. La hausse des tarifs pour les "
        + "consommateurs sera « contenue » en 2023, a-t-il assuré samedi.\n\nKylian Mbappé a eu l'occasion de revenir "
        + "sur cette finale : « Je pense que je ne vais jamais le digérer », a-t-il admis.");
    assertEquals("Bruno Le Maire", directQuote(qs, "contenue").speaker(), show(qs));
    // A colon gives the marks the quote: no reported clause around them.
    assertTrue(qs.stream().noneMatch(q -> !q.direct() && q.text().contains("Mbappé")), show(qs));
  }

  @Test
  void mediaBeforeTheSpeakerInitialsAndFormerOffices() {
    List<Quote> qs = quotes("« On se rapproche du but », a déclaré dimanche dans une interview au Figaro Christine "
        + "Lagarde, présidente de la Banque centrale européenne. « La destination est claire », a déclaré C. Lagarde."
        + "\n\nCe jeudi matin, Mario Draghi a présenté sa démission au président Sergio Mattarella. Il faut « un "
        + "nouveau pacte de confiance », a lancé l'ancien patron de la BCE, en vain.");
    assertEquals("Christine Lagarde", find(qs, "rapproche du but").speaker(), show(qs));
    assertEquals("Christine Lagarde", find(qs, "destination est claire").speaker(), show(qs));
    // "ancien": who held the office before and is named, not its holder that day.
    assertEquals("Mario Draghi", find(qs, "nouveau pacte").speaker(), show(qs));
  }

  @Test
  void aBodysHeadByAnyWordIsThePersonBoundToIt() {
    List<Quote> qs = quotes("Le président de la FNSEA, Arnaud Rousseau, a rencontré le Premier ministre lundi. Les "
        + "blocages vont se poursuivre, assure le patron de la FNSEA ce mardi matin. « Il n'y a pas un seul "
        + "département qui ne va pas entrer en action », promet-il.");
    assertEquals("Arnaud Rousseau", find(qs, "pas un seul département").speaker(), show(qs));
  }

  @Test
  void aDemonstrativeDescriptionAndWhatItProposesToWhom() {
    List<Quote> qs = quotes("Gustavo Petro a prêté serment dimanche à Bogota. Il a réitéré cette volonté.\n\nCet "
        + "ancien "
        + "guérillero de 62 ans a notamment proposé aux groupes armés en activité en Colombie des « avantages "
        + "juridiques » s'ils signaient la paix: « Nous appelons tous les groupes armés à reléguer les armes », a-t-il "
        + "lancé.");
    assertEquals("Gustavo Petro", directQuote(qs, "avantages juridiques").speaker(), show(qs));
    // The incise, not the subject of the condition before the colon ("ils").
    assertEquals("Gustavo Petro", find(qs, "Nous appelons").speaker(), show(qs));
  }

  @Test
  void aFemininePronounGoesPastAMansNameToTheWomansBeforeIt() {
    List<Quote> qs = quotes("M. Conille a parlé lundi. M. Conille était accompagné de Monica Juma, ancienne ministre "
        + "kényane des affaires étrangères, aujourd'hui conseillère du président William Ruto.\n\nElle a déclaré que "
        + "les Kényans « sont unis dans leur engagement à soutenir la police ».");
    assertEquals("Monica Juma", directQuote(qs, "sont unis dans leur engagement à soutenir la police").speaker(),
        show(qs));
  }

  @Test
  void namesAndTheirAppositionsBeforeAColonAndIncisesWithAnAside() {
    List<Quote> qs = quotes("« Dynamique unitaire s'est toujours battu pour des institutions fortes », dit, par "
        + "exemple, Roger Abessolo, le président de Dynamique unitaire.\n\nLes appels à voter se multiplient, comme "
        + "Florentin Moussavou, le troisième vice-président de l'Assemblée nationale : « Voter oui massivement. »\n\n"
        + "Certains demandent la démission, relayée par Gérard Larcher, le président du Sénat : « J'estime qu'il ne "
        + "peut plus présider notre mouvement. »");
    assertEquals("Roger Abessolo", find(qs, "institutions fortes").speaker(), show(qs));
    assertEquals("Florentin Moussavou", find(qs, "Voter oui").speaker(), show(qs));
    assertEquals("Gérard Larcher", find(qs, "plus présider").speaker(), show(qs));
  }

  @Test
  void wordsInMarksAfterInfinitivesAsidesAndObjects() {
    List<Quote> qs = quotes("« Vous êtes nombreux à m'interpeller », dit Yaël Braun-Pivet, ajoutant voir passer "
        + "« beaucoup de réactions ».\n\nDans cet entretien, le directeur général de l'ESA Josef Aschbacher s'est "
        + "montré « très confiant » sur la date.\n\nLe représentant du Japon Kenji Yamada a qualifié l'incident, "
        + "survenu samedi, de « totalement inacceptable ».\n\nSon avocate, Jacqueline Laffont, avait dénoncé, quelques "
        + "minutes avant, une décision « stupéfiante ».\n\nEmmanuel Macron a aussitôt « pris acte » de cette décision "
        + "et demandé à Gérald Darmanin de « tout mettre en œuvre ».");
    assertEquals("Yaël Braun-Pivet", directQuote(qs, "beaucoup de réactions").speaker(), show(qs));
    assertEquals("Josef Aschbacher", directQuote(qs, "très confiant").speaker(), show(qs));
    assertEquals("Kenji Yamada", directQuote(qs, "totalement inacceptable").speaker(), show(qs));
    assertEquals("Jacqueline Laffont", directQuote(qs, "stupéfiante").speaker(), show(qs));
    assertEquals("Emmanuel Macron", directQuote(qs, "tout mettre en œuvre").speaker(), show(qs));
  }

  @Test
  void anInciseNamesWhoSaysWhatTheClauseSaysOfSomeoneElse() {
    List<Quote> qs = quotes("Le dirigeant n'a pas « montré d'honnêteté » en nommant l'avocat Pichit Chuenban, "
        + "condamné en 2008, a déclaré le juge Punya Udchachon, en précisant que tous les membres de son "
        + "gouvernement perdaient leurs fonctions.\n\nLe ministre de l'Intérieur Gérald Darmanin a réuni les préfets. "
        + "Le chef de l'Etat promulguera le texte « dans les heures qui viennent », a indiqué sur TF1 le ministre de "
        + "l'Intérieur.");
    assertEquals("Punya Udchachon", directQuote(qs, "montré d'honnêteté").speaker(), show(qs));
    assertEquals("Punya Udchachon", find(qs, "perdaient leurs fonctions").speaker(), show(qs));
    assertEquals("Gérald Darmanin", directQuote(qs, "dans les heures qui viennent").speaker(), show(qs));
  }

  @Test
  void anOfficeIsTheOnlyPersonTheTextHasNamed() {
    List<Quote> qs = quotes("Des agents en grève écoutent le discours de Marc Levasseur sur la réforme des retraites."
        + "\n\n« Nous proposons un nouveau contrat entre les générations », déclare le chef du gouvernement.");
    assertEquals("Marc Levasseur", find(qs, "nouveau contrat").speaker(), show(qs));
    // (Two persons named: no guess.)
    qs = quotes("Les images de Marc Levasseur voisinent avec celles de Julie Fontaine.\n\n« Il n'y aura ni "
        + "vainqueur ni vaincu », assure le Premier ministre.");
    assertNull(find(qs, "ni vainqueur").speaker(), show(qs));
  }

  @Test
  void firstPersonWordsAfterASentenceNamingOnePerson() {
    List<Quote> qs = quotes("Le gouvernement parle d'un sabotage de la centrale. Mais ça ne convainc pas Elizabeth "
        + "Ortega. « Moi je crois plutôt les ingénieurs qui avaient prédit ces coupures. »\n\nCette retraitée "
        + "l'affirme, elle admire le docteur Pierre Lemaire. « Je ne vais pas me prosterner devant lui, mais je lui "
        + "dis merci. »\n\nSophie Marchand a participé à toutes les manifestations.\n\n« Là, on va redescendre un "
        + "peu en nombre parce qu'on a aussi une famille. »");
    assertEquals("Elizabeth Ortega", find(qs, "Moi je crois").speaker(), show(qs));
    // (The sentence speaks of someone by a pronoun: the doctor it names is not the one.)
    assertNotEquals("Pierre Lemaire", find(qs, "prosterner").speaker(), show(qs));
    assertEquals("Sophie Marchand", find(qs, "redescendre").speaker(), show(qs));
  }

  @Test
  void anUnnamedNewcomerTakesThePronounAfterThem() {
    List<Quote> qs = quotes("Le Premier ministre Abiy Ahmed a lancé un ultimatum aux rebelles. « Rendez-vous », "
        + "a-t-il dit.\n\nUn porte-parole de l'armée a appelé les habitants à partir. « Des directives, a-t-il "
        + "ajouté, vous ont été communiquées. »");
    assertEquals("Abiy Ahmed", find(qs, "Rendez-vous").speaker(), show(qs));
    Quote q = find(qs, "vous ont été communiquées");
    assertNull(q.speaker(), show(qs));
    assertEquals("-t-il", q.speakerMention(), show(qs));
  }

  @Test
  void aSentenceOpenedByWhoseSideItGives() {
    List<Quote> qs = quotes("Christophe Castaner a annoncé la fin de la clé d'étranglement. Du côté de Patrice "
        + "Spinosi, avocat de la Ligue des droits de l'homme, on confie « un sentiment de gâchis ». « Il faut "
        + "revenir aux problèmes initiaux », replace-t-il.\n\nChez Renault, on assure que « rien n'est décidé ».");
    assertEquals("Patrice Spinosi", find(qs, "sentiment de gâchis").speaker(), show(qs));
    assertEquals("Patrice Spinosi", find(qs, "problèmes initiaux").speaker(), show(qs));
    assertEquals("Renault", find(qs, "rien n'est décidé").speaker(), show(qs));
  }

  @Test
  void aNewspaperBeforeTheSpeakersName() {
    List<Quote> qs = quotes("« Il n'y a pas de raison que ça s'arrête », a déclaré au Parisien Laurent Brun.");
    assertEquals("Laurent Brun", find(qs, "raison que ça s'arrête").speaker(), show(qs));
  }

  @Test
  void anOfficeIsNotHeldBySomeoneTheArticleGaveAnotherRole() {
    List<Quote> qs = quotesAll("Des tirs en réaction à la mort du général iranien Karimi dans une frappe.\n\nDans un "
        + "communiqué, l'armée précise que les fautifs seront jugés. Pour le ministre iranien des Affaires "
        + "étrangères, cet accident est la conséquence d'une erreur humaine. Le président Ali Rezaei évoque « une "
        + "grande tragédie ».");
    Quote q = find(qs, "conséquence d'une erreur humaine");
    assertNotEquals("Karimi", q.speaker(), show(qs));
    assertNotEquals("Ali Rezaei", q.speaker(), show(qs));
    assertEquals("Ali Rezaei", find(qs, "une grande tragédie").speaker(), show(qs));
    // (A general who just spoke may hold the office.)
    qs = quotes("« Nous préparons leur départ », déclare le général Abdou Tiani. Désormais, selon le président de la "
        + "transition, « c'est le peuple qui va dicter les relations futures ».");
    assertEquals("Abdou Tiani", find(qs, "le peuple qui va dicter").speaker(), show(qs));
  }

  @Test
  void incisesWithACliticAMoodOrACircumstanceBeforeAnUnnamedSubject() {
    List<Quote> qs = quotes("« Je le dis avec calme », ajoute le ministre Paul Girard. « Mais sans nous, voyons ! », "
        + "lui rétorque à distance un gréviste. « On va donc être augmentés », en déduit une enseignante. « Il faut "
        + "que ça cesse », en conclut Marie Dupont.\n\n« C'est la première fois qu'on voit ça », constate, amer, "
        + "le président du syndicat des pompiers, Sébastien Jansem.");
    assertEquals("Paul Girard", find(qs, "avec calme").speaker(), show(qs));
    Quote striker = find(qs, "sans nous");
    assertEquals("un gréviste", striker.speakerMention(), show(qs));
    assertNull(striker.speaker(), show(qs));
    assertEquals("une enseignante", find(qs, "être augmentés").speakerMention(), show(qs));
    assertEquals("Marie Dupont", find(qs, "que ça cesse").speaker(), show(qs));
    assertEquals("Sébastien Jansem", find(qs, "première fois").speaker(), show(qs));
  }

  @Test
  void anOutgoingOfficeHolderAndWordsMadePartOfToAnAudience() {
    List<Quote> qs = quotes("Le président Donald Trump refuse sa défaite. Le chef d'Etat sortant a néanmoins tweeté : "
        + "« J'ai gagné cette élection, de beaucoup ».\n\nDidier Lombard a fait part à l'assistance de son « profond "
        + "chagrin pour ceux qui n'ont pas supporté la transformation ».");
    assertEquals("Donald Trump", find(qs, "gagné cette élection").speaker(), show(qs));
    assertEquals("Didier Lombard", find(qs, "profond chagrin").speaker(), show(qs));
  }

  @Test
  void aSourceAfterItsVerbInSelon() {
    List<Quote> qs = quotes("« Nous sommes occupés », affirme Lindsay Jacques.\n\nEt les débordements semblent "
        + "fréquents, selon ce que rapporte Audrey Bilodeau, employée du centre d'appels. « Contrairement à d'autres "
        + "cliniques, on prend tout le monde », explique-t-elle.");
    assertEquals("Audrey Bilodeau", find(qs, "débordements semblent fréquents").speaker(), show(qs));
    assertEquals("Audrey Bilodeau", find(qs, "on prend tout le monde").speaker(), show(qs));
  }

  @Test
  void aParticipleAfterAPassiveAgentAndWordsInMarksInsideAReportedClause() {
    List<Quote> qs = quotes("Le président américain Donald Trump a torpillé le sommet en rejetant tout le travail "
        + "accompli par le G7, qualifiant au passage le premier ministre canadien de « très malhonnête ».\n\nDans un "
        + "autre tweet, le président a affirmé que M. Trudeau s'est montré « doux et docile » dans ses conversations.");
    assertEquals("Donald Trump", directQuote(qs, "très malhonnête").speaker(), show(qs));
    assertEquals("Donald Trump", directQuote(qs, "doux et docile").speaker(), show(qs));
  }

  @Test
  void aChiefNegotiatorIsTheOneWhoJustSpoke() {
    List<Quote> qs = quotes("« Nous voulons un accord », a expliqué Michel Barnier. Le négociateur en chef du Brexit "
        + "exprime surtout sa volonté de sécuriser « des sujets où subsistent des inquiétudes ».");
    assertEquals("Michel Barnier", find(qs, "des sujets où subsistent").speaker(), show(qs));
  }

  @Test
  void aWholeSentenceInMarksWithItsFullStopAfterTheClosingMark() {
    List<Quote> qs = quotes("André Onana a expliqué le choix de Yaoundé. « Notre patron c'est le coach. Nous, on suit "
        + "Marc Brys ». Quant à la cohésion du groupe, il est confiant.");
    assertEquals("André Onana", find(qs, "Notre patron").speaker(), show(qs));
  }

  @Test
  void wordsOpeningAParagraphThenTheSentenceThatNamesTheirSpeaker() {
    List<Quote> qs = quotes("Les employés craignent de perdre leur travail.\n\n« Nous avons quitté le bureau vendredi "
        + "en étant employés de la banque. » Gérant de fortune, Xavier Morel est encore sous le choc.");
    assertEquals("Xavier Morel", find(qs, "quitté le bureau").speaker(), show(qs));
  }

  @Test
  void aTitleInMarksSignedByItsAuthorIsNoIncise() {
    List<Quote> qs = quotes("Le Poulain d'argent a été remis à « Alazar », signé Bela Hailu Lemma (Éthiopie).");
    // (A title is kept among the words in marks nobody said, not as a quote of its director.)
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("Alazar") && q.speaker() != null), show(qs));
  }

  @Test
  void aSectionTitleInMarksDoesNotStopTheSpeakersWords() {
    List<Quote> qs = quotes("« Il a le crayon rouge facile et ne tremble pas à l'idée de licencier », témoigne Jeff "
        + "Muller, gérant de fortune à Genève.\n\n« Les départs sont massifs »\n\n« Les banquiers, eux, sont moins "
        + "touchés car ils ont leurs clients. »");
    assertEquals("Jeff Muller", find(qs, "moins touchés").speaker(), show(qs));
  }

  @Test
  void someoneNewSinceTheLastSpeakerIsNotThem() {
    List<Quote> qs = quotes("« Il incarne notre institution », a affirmé le chef des sénateurs LR Bruno Retailleau."
        + "\n\nOr, quelques jours auparavant, un haut responsable de l'armée américaine s'était prononcé sur le "
        + "partenariat. « Renforcer notre dissuasion signifie stimuler nos bases », a insisté le militaire.");
    assertEquals("Bruno Retailleau", find(qs, "incarne notre institution").speaker(), show(qs));
    assertNull(find(qs, "Renforcer notre dissuasion").speaker(), show(qs));
  }

  @Test
  void aPullQuoteSubheadingAndASignatureInParentheses() {
    List<Quote> qs = quotes("Les incendies ont atteint un record cette année.\n\n« La situation est hors de "
        + "contrôle »\n\n"
        + "Pour la militante écologiste Marina Silva, la situation est « hors de contrôle ». « Il faut agir », "
        + "a-t-elle ajouté.\n\nProcès du 28 septembre : « je n'ai jamais souhaité que le sang d'un seul Guinéen soit "
        + "versé » (Moussa Dadis Camara)\n\n« Nous irons jusqu'au bout. »\n\n« Il faut tenir. »");
    assertEquals("Marina Silva", directQuote(qs, "La situation est hors de contrôle").speaker(), show(qs));
    assertEquals("Moussa Dadis Camara", find(qs, "sang d'un seul Guinéen").speaker(), show(qs));
  }

  @Test
  void aSourcesWordsGoOnAndACoordinatedVerbOverARelative() {
    List<Quote> qs = quotes("Emmanuel Macron a aussitôt « pris acte » de cette décision, qui a selon lui « validé » le "
        + "projet du gouvernement, et demandé à Gérald Darmanin de « tout mettre en œuvre ».\n\nInsuffisant pour "
        + "Marine Le Pen, selon qui « cette très large censure » confirme que « seule une réforme de la Constitution "
        + "permettra de répondre aux enjeux ».");
    assertEquals("Emmanuel Macron", directQuote(qs, "tout mettre en œuvre").speaker(), show(qs));
    assertEquals("Marine Le Pen", find(qs, "seule une réforme").speaker(), show(qs));
  }

  @Test
  void aSourceTheSentenceEndsOnAndWhatSomeoneGoesAsFarAsToProclaim() {
    List<Quote> qs = quotes("Olaf Scholz a en effet la réputation d'être « l'incarnation de l'ennui en politique », "
        + "comme l'a écrit le Spiegel.\n\nOlaf Scholz était ministre des Finances. Pendant sa campagne, il a tout "
        + "fait pour faire croire qu'il était l'héritier, allant jusqu'à proclamer sur ses affiches : « Il peut être "
        + "chancelière. »\n\nLorsqu'on lui a demandé, dans une interview à « 60 Minutes » sur CBS, s'il viendrait, il "
        + "a répondu oui.");
    assertEquals("le Spiegel", directQuote(qs, "l'incarnation de l'ennui en politique").speakerMention(), show(qs));
    assertEquals("il", directQuote(qs, "Il peut être chancelière.").speakerMention(), show(qs));
    // "Lorsqu'on", one token, names nobody: the title stays a scare quote.
    assertTrue(qs.stream().noneMatch(q -> q.text().equals("60 Minutes")), show(qs));
  }

  @Test
  void butAndAQualifiedNounAndAGluedName() {
    List<Quote> qs = quotes("Le président des États-Unis, Joe Bidenrencontrera ce lundi son homologue. Biden a "
        + "déclaré qu'il avait dit à son homologue que la violation des sanctions serait une « erreur fatale », mais "
        + "a souligné que « rien n'indique que la Chine ait soutenu l'effort de guerre ».\n\nMaduro continue "
        + "d'affirmer sa victoire. Il a accusé l'autre camp de tenter une « contre-révolution » et a qualifié "
        + "González de terroriste « pervers et macabre ».");
    assertEquals("Joe Biden", find(qs, "rien n'indique").speaker(), show(qs));
    assertSpeaker(directQuote(qs, "pervers et macabre"), "Maduro");
  }

  @Test
  void aNameWithAParticleInAppositionAndWhatAThreatIsOf() {
    List<Quote> qs = quotes("Kishida, l'hôte de la réunion, a déclaré que les dirigeants avaient un objectif commun, "
        + "ajoutant que la menace d'utiliser des armes nucléaires « ne devrait pas être acceptée ».\n\n« Nous sommes "
        + "heureux d'accueillir le président Bachar al-Assad », a déclaré le prince héritier saoudien, Mohammed ben "
        + "Salmane, à l'ouverture du sommet.\n\nCette réunion sera la dernière pour Jens Stoltenberg. « Je suis "
        + "persuadé qu'ils vont trouver un excellent successeur », a dit le Norvégien à CNN ce mardi.");
    assertSpeaker(directQuote(qs, "ne devrait pas être acceptée"), "Kishida");
    assertEquals("Mohammed ben Salmane", find(qs, "heureux d'accueillir").speaker(), show(qs));
    // The medium is no part of who speaks.
    assertEquals("le Norvégien", find(qs, "excellent successeur").speakerMention(), show(qs));
  }

  @Test
  void whatOneCallsForOrCallsAThingAndWhatOneDoesNotHesitateToCallOthers() {
    List<Quote> qs = quotes("L'émissaire de l'ONU pour la Syrie, Geir Pedersen, est arrivé dimanche à Damas. M. "
        + "Pedersen "
        + "a appelé ces derniers jours à la mise en place d'une transition « inclusive » pour éviter une « nouvelle "
        + "guerre civile ».\n\nGeert Wilders est depuis des décennies dans le paysage politique. N'hésitant pas à "
        + "traiter les Marocains de « racailles », Geert Wilders a bâti sa carrière contre ce qu'il nomme une "
        + "« invasion islamique ».\n\nCette réunion sera la dernière pour Jens Stoltenberg. « Je suis persuadé qu'ils "
        + "vont trouver un excellent successeur », a dit le Norvégien à CNN ce mardi.");
    assertEquals("Geir Pedersen", directQuote(qs, "inclusive").speaker(), show(qs));
    assertEquals("Geir Pedersen", directQuote(qs, "nouvelle guerre civile").speaker(), show(qs));
    assertEquals("Geert Wilders", directQuote(qs, "racailles").speaker(), show(qs));
    assertEquals("Geert Wilders", directQuote(qs, "invasion islamique").speaker(), show(qs));
    assertEquals("Jens Stoltenberg", find(qs, "excellent successeur").speaker(), show(qs));
  }

  @Test
  void aThreatInMarksAndADemonstrativeDemonym() {
    List<Quote> qs = quotes("Le chef rebelle Abdel Malik al-Houthi a menacé les Etats-Unis d'une « réponse forte et "
        + "efficace » après de nouvelles frappes.\n\nCédric Guisset, un touriste belge mis à l'abri samedi, a expliqué "
        + "avoir dû quitter son hôtel. A l'hôtel, « ils n'étaient même pas au courant », a raconté ce Belge à la radio "
        + "publique RTBF.");
    assertNotNull(directQuote(qs, "réponse forte et efficace").speakerMention(), show(qs));
    assertEquals("Cédric Guisset", directQuote(qs, "ils n'étaient même pas au courant").speaker(), show(qs));
  }

  @Test
  void adverbsAndDatesBetweenTheVerbAndItsSubjectAsidesBetweenDashesAndASourceAfterAnAside() {
    List<Quote> qs = quotes("« Soit Pelicot est là lundi, et on continue », a d'abord déclaré Roger Arata.\n\n"
        + "Le patron des sénateurs LR applaudit sur X : « Le Gouvernement a raison sur le principe », écrit alors "
        + "Bruno Retailleau. Le sénateur écologiste Thomas Dossus évoque quant à lui une « diversion grossière ».\n"
        + "« Un coup magistral », en termes de communication politique, selon Louise Tourret, productrice.\n\n"
        + "«Si le gouvernement persiste» à vouloir faire «passer en force une mauvaise réforme» des retraites, il y "
        + "aura «des grèves dès le mois de janvier», a mis en garde le 14 décembre le secrétaire général de la CGT "
        + "Philippe Martinez, sur Sud Radio.\n\nJean-Luc Moudenc est ainsi revenu sur la démission de François "
        + "Piquemal – l'élu d'AMC a décidé de se consacrer à son mandat – au moment de donner la parole à Maxime Le "
        + "Texier : « Comme vous avez son pouvoir, je voulais savoir si vous parliez en votre nom. » L'occasion pour "
        + "lui de lancer : « Quand c'était Archipel, cela allait plus vite. »\n\nVendredi, Volodymyr Zelensky a "
        + "rencontré des élus américains. « J'ai souligné la nécessité d'une aide », a-t-il posté sur X.");
    assertEquals("Roger Arata", directQuote(qs, "Soit Pelicot est là lundi, et on continue").speaker(), show(qs));
    assertEquals("Bruno Retailleau", directQuote(qs, "Le Gouvernement a raison sur le principe").speaker(),
        show(qs));
    assertEquals("Louise Tourret", directQuote(qs, "Un coup magistral").speaker(), show(qs));
    assertEquals("Philippe Martinez", directQuote(qs, "Si le gouvernement persiste").speaker(), show(qs));
    assertEquals("Philippe Martinez", directQuote(qs, "des grèves dès le mois de janvier").speaker(), show(qs));
    assertEquals("Jean-Luc Moudenc", find(qs, "Comme vous avez son pouvoir").speaker(), show(qs));
    assertEquals("Jean-Luc Moudenc", find(qs, "Quand c'était Archipel").speaker(), show(qs));
    assertEquals("Volodymyr Zelensky", directQuote(qs, "J'ai souligné la nécessité d'une aide").speaker(), show(qs));
  }

  @Test
  void aBodyByTheKindOfNounItWasIntroducedWithAndAnInciseThatNamesWhoAPronounLeftUnknown() {
    List<Quote> qs = quotes("Dix corps ont été retrouvés, a déclaré l'organisation humanitaire française SOS "
        + "Méditerranée.\n\nSOS Méditerranée a lancé des recherches « dans une mer très agitée », a indiqué l'ONG "
        + "dans un communiqué.\n\nLe conseil d'administration de TotalEnergies propose de renouveler le mandat de "
        + "son PDG, a indiqué le groupe.\n\nLe conseil a opté pour : « la stratégie mise en œuvre par la "
        + "Compagnie ». Il a donc jugé « hautement souhaitable que Patrick Pouyanné, président-directeur général, "
        + "poursuive le déploiement de cette stratégie », a souligné le groupe.\n\nFrançois Braun, qui refusait "
        + "d'évoquer la situation, a reconnu ce mercredi que plusieurs services d'urgence sont fermés.");
    assertEquals("SOS Méditerranée", directQuote(qs, "dans une mer très agitée").speaker(), show(qs));
    Quote wish = find(qs, "hautement souhaitable");
    assertEquals("TotalEnergies", wish.speaker(), show(qs));
    assertTrue(wish.text().endsWith("cette stratégie"), show(qs));
    assertEquals("François Braun", find(qs, "plusieurs services d'urgence sont fermés").speaker(), show(qs));
  }

  @Test
  void aBodysStatementAfterACircumstanceWithItsNameInApposition() {
    List<Quote> qs = quotes("« Le 10 février, les forces américaines ont mené des frappes d'auto-défense », a déclaré "
        + "dans un communiqué le commandement militaire des Etats-Unis pour le Moyen-Orient, Centcom.\nCelles-ci ont "
        + "visé trois systèmes de missiles « qui s'apprêtaient à être lancés contre des navires », précise le "
        + "communiqué.");
    assertEquals("Centcom", directQuote(qs, "Le 10 février, les forces américaines ont mené des frappes "
        + "d'auto-défense").speaker(), show(qs));
    assertEquals("Centcom", find(qs, "qui s'apprêtaient").speaker(), show(qs));
  }

  @Test
  void aDemonymInItsLineAndASourceBeforeTheSubjectOfWordsInMarks() {
    List<Quote> qs = quotes("Joe Biden a reçu Jens Stoltenberg. « Nous défendrons le moindre pouce de territoire », a "
        + "dit le président américain.\nCette réunion sera la dernière pour Jens Stoltenberg. « Je suis persuadé "
        + "qu'ils vont trouver un excellent successeur », a dit le Norvégien à CNN.\n\nAndré Ventura avait déclaré "
        + "que le président n'avait rien nié.\n\nSelon le leader de Chega, Marcelo Rebelo de Sousa « a "
        + "catégoriquement démenti l'information », soutenant que « cela n'aurait aucun sens ».");
    assertEquals("Jens Stoltenberg", find(qs, "excellent successeur").speaker(), show(qs));
    Quote denied = directQuote(qs, "a catégoriquement démenti l'information");
    assertEquals("le leader de Chega", denied.speakerMention(), show(qs));
    assertEquals("André Ventura", denied.speaker(), show(qs));
  }

  @Test
  void aMemberIsNotTheirPartyAndAPronounThatSaysMoreGoesBackToItsSpeaker() {
    List<Quote> qs = quotes("Le chef des sénateurs LR Bruno Retailleau a parlé. Gérard Larcher a été réélu.\n« Je "
        + "vous propose de n'avoir pour boussole que l'intérêt de notre pays », a-t-il déclaré. « Je m'engage à "
        + "présider notre Assemblée », a également assuré le sénateur.\n\nPrabowo Subianto a déclaré qu'il serait un "
        + "président « pour tous les Indonésiens ». Le fils aîné de Widodo, Gibran Rakabuming Raka, a été nommé "
        + "vice-président.\nIl a également souligné l'engagement de l'Indonésie. « Nous prendrons le relais », "
        + "a-t-il déclaré.");
    assertEquals("Gérard Larcher", directQuote(qs, "Je m'engage à présider notre Assemblée").speaker(), show(qs));
    assertEquals("Prabowo Subianto", directQuote(qs, "Nous prendrons le relais").speaker(), show(qs));
  }

  @Test
  void aRankIsATitleAMiddleNameNamesThePersonAndAReplyInDialogueHasItsSubjectAfterItsVerb() {
    List<Quote> qs = quotes("Le capitaine Moussa Dadis Camara se fait interroger par son avocat Almamy Samory "
        + "Traoré.\nCet avocat a retracé la chronologie : « est-ce que le sang d'un seul Guinéen a été versé ? ».\n"
        + "-Non, répond le Capitaine Dadis. « Pendant mon exercice du pouvoir, je n'ai pas souhaité que le sang soit "
        + "versé », a-t-il lancé.\nRevenant sur son passage à Labé, Dadis affirme : « J'ai constaté une population "
        + "qui m'a prouvé qu'on est tous guinéens. »");
    assertEquals("Moussa Dadis Camara", find(qs, "Pendant mon exercice du pouvoir").speaker(), show(qs));
    assertEquals("Moussa Dadis Camara", find(qs, "J'ai constaté une population").speaker(), show(qs));
  }

  @Test
  void spokesmenOfSeveralBodiesAnOfficeNobodyHeldAnAsideBeforeQueAndARecordingsVoice() {
    List<Quote> qs = quotes("Le porte-parole du Kremlin, Dmitri Peskov, a jugé l'idée « imprudente ». Il a ajouté, "
        + "dans des communiqués de presse diffusés par la chaîne Russia Today, mercredi, que l'idée proposée par la "
        + "Pologne « pourrait entraîner des conséquences difficiles ».\n\nLe porte-parole du gouvernement, Lionel "
        + "Bilgo, a confirmé le bilan. « Les opérations n'ont pas permis de retrouver de victimes », a-t-il dit.\n"
        + "Jeudi, le gouverneur de la région de l'Est avait indiqué dans un communiqué que des habitants avaient « été "
        + "pris pour cible ».\n\nInterrogé vendredi, Wu Qian, porte-parole du ministère chinois de la Défense, n'a "
        + "rien confirmé. « Nous sommes les seuls à décider », a ajouté le porte-parole. « Préserver la souveraineté "
        + "est notre devoir », a affirmé Wu Qiang.\n\nLa chaîne Channel 12 a diffusé un enregistrement de M. "
        + "Nétanyahou déclarant, lors d'une réunion à huis clos, que le rôle du Qatar était « problématique ».");
    assertEquals("Dmitry Peskov", directQuote(qs, "pourrait entraîner des conséquences difficiles").speaker(),
        show(qs));
    assertNotEquals("Lionel Bilgo", directQuote(qs, "été pris pour cible").speaker(), show(qs));
    Quote decide = directQuote(qs, "Nous sommes les seuls à décider");
    assertTrue(decide.speakerMentions().contains("Wu Qian"), show(qs) + decide.speakerMentions());
    assertEquals(decide.speaker(), directQuote(qs, "Préserver la souveraineté est notre devoir").speaker(), show(qs));
    assertEquals("Benjamin Netanyahu", directQuote(qs, "problématique").speaker(), show(qs));
  }

  @Test
  void wordsInMarksInTheObjectOfAVerbOfStanceAreItsSubjectsWhenTheTextNamesIt() {
    AnalyzedDocument out = analyze("Le secrétaire général de l'ONU, Antonio Guterres, a dénoncé lundi l'absence de "
        + "« vision stratégique » des dirigeants.\nJoe Biden a promis de faire du climat une « priorité ». Il entend "
        + "prendre des « engagements internationaux ».\nLes médecins ont manifesté. Ils réclament une revalorisation "
        + "« ambitieuse ».\nLe programme protège les « dreamers ». Angela Merkel a salué l'ONG « Fight Impunity ». "
        + "Selon l'ONU, les rapports font état de « combats ».");
    List<Quote> qs = out.get(QuoteAnnotator.QUOTES);
    assertEquals("António Guterres", directQuote(qs, "vision stratégique").speaker(), show(qs));
    assertEquals("Joe Biden", directQuote(qs, "priorité").speaker(), show(qs));
    assertEquals("Joe Biden", directQuote(qs, "engagements internationaux").speaker(), show(qs));
    // A group a plural pronoun stands for, a verb that is no stance, a name in marks: nobody's words.
    List<String> scare = out.get(QuoteAnnotator.SCARE_QUOTES).stream().map(Quote::text).collect(Collectors.toList());
    assertTrue(scare.containsAll(List.of("dreamers", "Fight Impunity")), scare + show(qs));
    assertNull(directQuote(qs, "ambitieuse").speaker(), show(qs));
    // A source before the clause speaks for the words in it, not the clause's subject.
    assertTrue(qs.stream().noneMatch(q -> q.direct() && q.text().equals("combats") && q.cueText() != null
        && q.cueText().contains("font")), show(qs));
  }

  @Test
  void theSentenceOfAnInciseEndingOnAParticipleLeadsToTheNextParagraphsWords() {
    List<Quote> qs = quotes("Antonio Guterres s'est adressé à l'Assemblée générale.\n« Nous devons nous réveiller », "
        + "a-t-il insisté, dressant une liste des questions urgentes.\n« Les perspectives de paix se réduisent. "
        + "Les risques augmentent. »\n\nMarine Le Pen a parlé. « Le pays est prêt », a-t-elle dit, face à Jordan "
        + "Bardella.\n« C'est notre heure. »");
    assertEquals("António Guterres", directQuote(qs, "Les perspectives de paix se réduisent. Les risques augmentent.")
        .speaker(), show(qs));
    qs = quotes("Antonio Guterres est arrivé samedi.\n« Il est difficile de ne pas être ému », a déclaré Antonio "
        + "Guterres après avoir atterri à Sindh, selon une vidéo publiée par le bureau du Premier ministre "
        + "Shehbaz Sharif.\n"
        + "« Le Pakistan a besoin d'un soutien massif. Ce n'est pas une question de générosité. »");
    assertEquals("António Guterres", directQuote(qs, "Le Pakistan a besoin d'un soutien massif. Ce n'est pas une "
        + "question de générosité.").speaker(), show(qs));
    // Someone else named in the incise's sentence: the next paragraph's words are not given by this rule.
    assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("C'est notre heure")), show(qs));
  }

  @Test
  void theHeadOfABodyIsTheLastSpeakerWhenNothingElseSaysWhoHoldsTheOffice() {
    List<Quote> qs = quotes("Devant le Sénat, Arnaud Rousseau a affirmé que l'attente était « immense ». Le président "
        + "de la FNSEA appelle au calme.\n« Pour mes collègues agriculteurs, l'attente est énorme », a prévenu le "
        + "président de la FNSEA devant les sénateurs.\n\nEmmanuel Macron a affirmé que la loi serait « votée ». "
        + "« Nous voulons des actes », a répondu le président de la Coordination rurale.");
    assertEquals("Arnaud Rousseau", directQuote(qs, "Pour mes collègues agriculteurs, l'attente est énorme").speaker(),
        show(qs));
    // A speaker the knowledge base gives an office of his own is not another body's head.
    assertNotEquals("Emmanuel Macron", directQuote(qs, "Nous voulons des actes").speaker(), show(qs));
  }

  @Test
  void aSingularPronounAfterAPersonAndUnnamedOthersIsThatPerson() {
    // Written for the purpose, after a news excerpt.
    List<Quote> qs = quotes("Sylvain est arrivé hier soir. « Pour nous, c'était important. »\n\nAlan et quelques "
        + "autres jeunes agriculteurs sont sur les lieux depuis lundi. Ils veulent être entendus.\n\n« Pourquoi aller "
        + "chercher des produits ailleurs ? », s'interroge-t-il.");
    assertEquals("Alan", directQuote(qs, "Pourquoi aller chercher des produits ailleurs ?").speaker(), show(qs));
  }

  @Test
  void theGroupIsTheCompanyTheArticleNamesMostUnderAnyOfItsNames() {
    // Written for the purpose, after a news excerpt: "VW" and "Volkswagen" are one company, named twice before the
    // words.
    List<Quote> qs = quotes("Le dieselgate a coûté 30 milliards d'euros à Volkswagen.\nVW conteste les accusations.\n"
        + "« La décision ne préjuge en aucun cas de l'issue de la procédure », a commenté le groupe dans un "
        + "communiqué.");
    assertEquals("Volkswagen", directQuote(qs, "La décision ne préjuge en aucun cas de l'issue de la procédure")
        .speaker(), show(qs));
  }

  @Test
  void aHeadlineOrAPullQuoteTakenFromSomeonesQuoteIsTheirs() {
    // Written for the purpose, after news excerpts; a term of the body that the speaker used too stays nobody's.
    List<Quote> qs = quotes("Sunak veut un accord pour « finir le travail » sur le Brexit\n\nLe Premier ministre "
        + "britannique Rishi Sunak a parlé dimanche. « Il y a des choses qui ne sont pas terminées et je veux finir le "
        + "travail », déclare-t-il.\n\n« La passion s'en va »\n\nAlan est sur les lieux depuis lundi. « On nous "
        + "invente des normes. La passion s'en va parce que personne ne nous soutient », dit-il.\n\nLe "
        + "« plafonnement des prix » divise. « Le plafonnement des prix n'est pas une solution », a dit Alan.");
    assertEquals("Rishi Sunak", directQuote(qs, "finir le travail").speaker(), show(qs));
    assertEquals("Alan", directQuote(qs, "La passion s'en va").speaker(), show(qs));
    List<Quote> scare = analyze("Le « plafonnement des prix » divise. « Le plafonnement des prix n'est pas une "
        + "solution », a dit Alan Dupont.").get(QuoteAnnotator.SCARE_QUOTES);
    assertTrue(scare.stream().anyMatch(q -> q.text().equals("plafonnement des prix")), show(scare));
  }

  @Test
  void anInciseEndingASentenceAfterAnOpenerAndWordsInMarks() {
    // Written for the purpose, after a news excerpt; the role's holder is named after a title.
    List<Quote> qs = quotes("Ursula von der Leyen a parlé devant le Parlement.\n\nEntre-temps, « douze États membres "
        + "sont directement affectés » de leur approvisionnement en gaz depuis la Russie, a-t-elle rappelé.\n\nPour le "
        + "chef des urgences de l'OMS, Dr. Michael Ryan, il est important de « réduire la transmission ».");
    assertEquals("Ursula von der Leyen", directQuote(qs, "douze États membres sont directement affectés").speaker(),
        show(qs));
    assertEquals("Michael Ryan", directQuote(qs, "réduire la transmission").speaker(), show(qs));
  }

  @Test
  void anInvertedInciseWithLuiMeme() {
    // Written for the purpose, after a news excerpt.
    List<Quote> qs = quotes("Thomas Pesquet est rentré mardi. Première bonne nouvelle, l'astronaute va « très bien », "
        + "a-t-il lui même assuré. Il va « bien », a-t-elle elle-même précisé.");
    assertEquals("Thomas Pesquet", directQuote(qs, "très bien").speaker(), show(qs));
    assertEquals("a-t-elle elle-même précisé", directQuote(qs, "bien").cueText(), show(qs));
  }

  @Test
  void theAgencyIsTheOrganizationNamedLast() {
    // Written for the purpose, after a news excerpt.
    List<Quote> qs = quotes("« La tempête aborde la Bretagne », indique Météo-France dans son bulletin.\nL'agence "
        + "météorologique nationale évoque une « très forte tempête automnale, d'une force remarquable ».");
    assertEquals("Météo-France", directQuote(qs, "très forte tempête automnale, d'une force remarquable").speaker(),
        show(qs));
  }

  @Test
  void anAccusersWordsAndAUnionsPresidentNamedAfterIt() {
    // Written for the purpose, after news excerpts: "d'avoir" has no subject of its own; a first name after "du
    // syndicat" is its officer, not part of its name.
    List<Quote> qs = quotes("L'ambassadeur russe, Vassily Nebenzia, a déclaré que Moscou soutenait un cessez-le-feu, "
        + "mais il a remis en question le texte et a accusé l'ambassadrice américaine Linda Thomas-Greenfield d'avoir "
        + "« induit la communauté internationale en erreur ».\n\n« Il y a des élèves qui ont des trous dans leur "
        + "emploi du temps », a rappelé la présidente du syndicat Sophie Vénétitay sur Franceinfo.");
    assertEquals("Vassily Nebenzia", directQuote(qs, "induit la communauté internationale en erreur").speaker(),
        show(qs));
    assertEquals("Sophie Vénétitay", directQuote(qs, "Il y a des élèves qui ont des trous dans leur emploi du temps")
        .speaker(), show(qs));
  }

  @Test
  void theProsecutorSpeaksForTheParquetAndQuiGoesOnFromTheLastSpeaker() {
    // Written for the purpose, after a news excerpt.
    List<Quote> qs = quotes("« Une enquête est ouverte pour détournement de fonds publics », nous indique le procureur "
        + "Yann Le Bris.\n\nQui détaille quelque peu les infractions supposées : « L'utilisation de fonds publics "
        + "mérite un examen ». L'objectif est d'aboutir à « une réponse judiciaire dans des délais brefs », conclut le "
        + "parquet.");
    assertEquals("Yann Le Bris", directQuote(qs, "L'utilisation de fonds publics mérite un examen").speaker(),
        show(qs));
    assertEquals("Yann Le Bris", directQuote(qs, "une réponse judiciaire dans des délais brefs").speaker(),
        show(qs));
  }

  @Test
  void theUnionIsTheOrganizationThatSpokeLast() {
    // Written for the purpose, after a news excerpt; the tagger reads the body after the dateline as a place.
    List<Quote> qs = quotes("Québec — La Fédération autonome de l'enseignement (FAE) dit rejeter le « chantage "
        + "émotif » du premier ministre François Legault.\n\n« M. Legault, les profs de la FAE rejettent le "
        + "chantage », a réagi le syndicat dans un communiqué.");
    assertEquals("Fédération autonome de l'enseignement", directQuote(qs, "M. Legault, les profs de la FAE "
        + "rejettent le chantage").speaker(), show(qs));
  }

  @Test
  void aStatesResolutionSpeaksForTheCountry() {
    // Written for the purpose, after a news excerpt.
    List<Quote> qs = quotes("Les États-Unis ont déposé un texte au Conseil de sécurité. La résolution américaine, qui "
        + "soulignait « la nécessité d'un cessez-le-feu immédiat », a été rejetée.");
    assertEquals("United States", directQuote(qs, "la nécessité d'un cessez-le-feu immédiat").speaker(), show(qs));
  }

  @Test
  void aSubheadingInMarksIsTheWordsOfWhoSpeaksOnTheNextLine() {
    AnalyzedDocument out = analyze("Les dirigeants de la zone euro ont trouvé un accord lundi.\n\n« Un espoir pour la "
        + "Grèce qui a tant souffert »\n\nFrançois Hollande s'est félicité de l'accord conclu avec Athènes.\n\n« Une "
        + "étape qui a enfin commencé »\n\nAngela Merkel a rencontré Alexis Tsipras à Bruxelles.");
    List<Quote> qs = out.get(QuoteAnnotator.QUOTES);
    assertEquals("François Hollande", directQuote(qs, "Un espoir pour la Grèce qui a tant souffert").speaker(),
        show(qs));
    // A line whose person does not speak says nothing of whose words the subheading is.
    assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("Une étape") && "Angela Merkel".equals(q.speaker())),
        show(qs));
  }

  @Test
  void aTitleBeforeASurnameWithAnArticleAndALocutionBetweenCommas() {
    // Written for the purpose, after news excerpts: "M." ends no sentence before "Le Maire"; ", de son côté," may
    // sit between the auxiliary and the participle, and a newspaper's name in marks between the verb and the
    // subject.
    List<Quote> qs = quotes("Bruno Le Maire était à Bali. « Je pense que l'on peut comprendre », a déclaré M. Le Maire "
        + "aux journalistes.\nLes hausses de taux pourraient \"devenir la norme\" et \"pour un certain temps\", a, de "
        + "son côté, réaffirmé au journal \"Le Monde\" le vice-président de la BCE, Luis de Guindos.");
    assertEquals("Bruno Le Maire", directQuote(qs, "Je pense que l'on peut comprendre").speaker(), show(qs));
    assertEquals("Luis de Guindos", directQuote(qs, "devenir la norme").speaker(), show(qs));
    assertEquals("Luis de Guindos", directQuote(qs, "pour un certain temps").speaker(), show(qs));
  }

  @Test
  void aSurnameThatIsAlsoAWordAndItsPronounAfterSomeoneAddressed() {
    // Written for the purpose, after a news excerpt: "Breton" alone is Thierry Breton, not a man from Brittany.
    List<Quote> qs = quotes("Thierry Breton a tenu une visioconférence avec Shou Zi Chew. « Avec un public plus jeune "
        + "vient une plus grande responsabilité », a déclaré Breton à Chew. Il a ajouté que TikTok avait une « "
        + "responsabilité particulière ».");
    assertEquals("Thierry Breton", directQuote(qs, "Avec un public plus jeune vient une plus grande responsabilité")
        .speaker(), show(qs));
    assertEquals("Thierry Breton", directQuote(qs, "responsabilité particulière").speaker(), show(qs));
  }

  @Test
  void aPronounAfterASentenceThatIntroducesOnePerson() {
    // Written for the purpose, after a news excerpt: the person the sentence before the quote introduces, not the
    // one quoted before; a sentence whose subject is someone else's role introduces nobody.
    List<Quote> qs = quotes("Pour Novak Djokovic, ce titre était « le plus grand succès de sa carrière ». Le Serbe a "
        + "été submergé par l'émotion.\nÀ l'inverse, la déception était immense pour le perchiste français Thibaut "
        + "Collet, éliminé dès les qualifications. « J'ai extrêmement honte de ma performance », a-t-il lâché.");
    assertEquals("Thibaut Collet", directQuote(qs, "J'ai extrêmement honte de ma performance").speaker(), show(qs));
    qs = quotes("« Nous devons aider l'Ukraine », a déclaré Emmanuel Macron. Le président a reçu Olaf Scholz à "
        + "l'Élysée. « Rien n'est exclu », a-t-il dit.");
    assertEquals("Emmanuel Macron", directQuote(qs, "Rien n'est exclu").speaker(), show(qs));
  }

  @Test
  void aTeamsPlayerOrACompanysHeadIsThePersonTheTextWasJustAbout() {
    // Written for the purpose, after news excerpts: a member of a team named by its country, a team's subject in
    // between, a phrase before the subject that the tagger reads as a verb, an office written in capitals.
    List<Quote> qs = quotes("Présent en sélection depuis 2006, Lionel Messi a connu trop de désillusions. L'Argentin "
        + "voit plutôt le Brésil favori.\n« Le Brésil et la France sont les deux grands candidats », a déclaré le "
        + "capitaine de l'Albiceleste à DirecTV Sports.\nL'Argentine s'avance vers le Qatar. « Nous allons bien pour "
        + "le moment », a relativisé le joueur du PSG.");
    assertEquals("Lionel Messi", directQuote(qs, "Le Brésil et la France sont les deux grands candidats").speaker(),
        show(qs));
    assertEquals("Lionel Messi", directQuote(qs, "Nous allons bien pour le moment").speaker(), show(qs));
    qs = quotes("TotalEnergies a publié ses résultats. Patrick Pouyanné se défend de faire des profits exceptionnels. "
        + "Le PDG de TotalEnergies a affirmé que "
        + "le groupe ne faisait pas de super-profits « en France ».");
    assertEquals("Patrick Pouyanné", directQuote(qs, "en France").speaker(), show(qs));
    // Nobody named: the office is no name.
    qs = quotes("Le PDG de TotalEnergies a affirmé que le groupe ne faisait pas de super-profits « en France ».");
    assertNull(directQuote(qs, "en France").speaker(), show(qs));
  }

  @Test
  void aFirstPersonLineAfterALineAboutOnePersonAndEpithetsThatAreNoRoles() {
    // Written for the purpose, after news excerpts: paragraphs a single line apart; "L'auteur des faits" is the
    // one who struck, not the mayor named before; "Le quadragénaire" is read as a noun whatever the tagger says.
    List<Quote> qs = quotes("Les actions ont bondi de 6,4%.\nLe porte-parole de la Commission européenne, Olof Gill, a "
        + "réagi à la décision lors d'un point de presse jeudi.\n« Nous prenons note de cette annonce et nous "
        + "suivons cette enquête de très près. »");
    assertEquals("Olof Gill", directQuote(qs, "Nous prenons note de cette annonce et nous suivons cette enquête de "
        + "très près.").speaker(), show(qs));
    qs = quotes("Laurent Simon s'en sort avec une côte cassée.\nL'auteur des faits a aussitôt été arrêté.\n« Qu'on "
        + "réagisse comme ça, non. Nous ne pouvons pas laisser faire ça. »");
    assertTrue(qs.stream().noneMatch(q -> "Laurent Simon".equals(q.speaker())), show(qs));
    // A thing the sentence before was about does not hide the person who spoke last.
    qs = quotes("Pour le patron de Paléo, cette édition s'annonce dans « un contexte favorable ». Il cite une « météo "
        + "complice ».\nQuelques nouveautés sont à mentionner du côté du Village du monde qui, selon Daniel "
        + "Rossellat, a « un peu souffert l'an dernier ». Dédié cette année au Brésil, le Village du monde a soigné "
        + "son décor.\n« Il nous restait une petite marge d'innovation », a reconnu le patron et fondateur du "
        + "festival.");
    assertEquals("Daniel Rossellat", directQuote(qs, "Il nous restait une petite marge d'innovation").speaker(),
        show(qs));
    // A subject coordinated late in its sentence, with an object pronoun before its verb, is who the role is.
    qs = quotes("C'était attendu et Bruno Le Maire l'a confirmé ce vendredi. Le bouclier tarifaire va s'arrêter.\n"
        + "« Il y a deux boucliers », a rappelé le ministre de l'Économie ce vendredi.");
    assertEquals("Bruno Le Maire", directQuote(qs, "Il y a deux boucliers").speaker(), show(qs));
    qs = quotes("Ron DeSantis a gagné. Le quadragénaire a assuré que son combat « ne faisait que commencer ».");
    assertEquals("Ron DeSantis", directQuote(qs, "ne faisait que commencer").speaker(), show(qs));
  }

  @Test
  void wordsInMarksDeepInTheObjectOfTheOnePersonWhoSpeaks() {
    // Written for the purpose, after news excerpts: the sentence's speech verb, far before the marks, and its one
    // person; not a wish, not a stance with "se dire", not a name in marks.
    List<Quote> qs = quotes("Merve Dizdar remporte le prix. L'actrice turque a été récompensée pour son rôle. Dans son "
        + "discours, elle a tenu à saluer les femmes qui se battent tous les jours « pour garder l'espoir ».");
    assertEquals("Merve Dizdar", directQuote(qs, "pour garder l'espoir").speaker(), show(qs));
    List<Quote> scare = analyze("Theresa May est arrivée à Bruxelles. Elle espère obtenir des garanties sur le "
        + "caractère temporaire du « backstop », la disposition sur la frontière. Laurent Wauquiez a gagné. Il se "
        + "dit opposé à l'utilisation de l'acronyme « AURA ».").get(QuoteAnnotator.SCARE_QUOTES);
    assertEquals(List.of("backstop", "AURA"), scare.stream().map(Quote::text).toList(), show(scare));
  }

  @Test
  void aPresidentElectIsTheOneTheTextWasAboutNotTheHolderThatDay() {
    List<Quote> qs = quotes("Macky Sall, le président sortant, a reconnu sa défaite. Diomaye Faye s'est exprimé lundi, "
        + "affirmant que « le peuple sénégalais a choisi ». « Je m'engage à gouverner avec humilité », a promis le "
        + "Président élu du Sénégal.");
    assertEquals("Diomaye Faye", directQuote(qs, "Je m'engage à gouverner avec humilité").speaker(), show(qs));
  }

  @Test
  void anIncisesPlaceMakesItWhateverItsVerbAndASentenceOpeningWithWordsInMarks() {
    // Written for the purpose, after news excerpts: a verb no lexicon lists (the tagger reads "salive" as an
    // adjective) between a quote and a name; the second piece of a sentence that words in marks open, with a
    // clause and a circumstance before its incise.
    List<Quote> qs = quotes("Tony Estanguet était l'invité de l'émission. « Ça fait du bien de vivre ces "
        + "moments-là », salive Estanguet, « les supporters étaient très excités ». « C'est fou », s'esclaffe-t-il.");
    assertEquals("Tony Estanguet", directQuote(qs, "Ça fait du bien de vivre ces moments-là").speaker(), show(qs));
    assertEquals("Tony Estanguet", directQuote(qs, "les supporters étaient très excités").speaker(), show(qs));
    assertEquals("Tony Estanguet", directQuote(qs, "C'est fou").speaker(), show(qs));
    // Not an office: "président Macron" after the comma is no incise.
    List<Quote> scare = analyze("La météo était clémente. « Il neige », président Macron.")
        .get(QuoteAnnotator.SCARE_QUOTES);
    assertEquals(List.of("Il neige"), scare.stream().map(Quote::text).toList(), show(scare));
    qs = quotes("Pedro Castillo cède le pouvoir à Dina Boluarte.\n« J'assume le pouvoir, à partir de ce moment » et "
        + "jusqu'en « juillet 2026 », lorsque devait prendre fin le mandat de Pedro Castillo, a déclaré lors d'une "
        + "cérémonie devant le Parlement Dina Boluarte, une avocate de 60 ans.");
    assertEquals("Dina Boluarte", directQuote(qs, "J'assume le pouvoir, à partir de ce moment").speaker(), show(qs));
    assertEquals("Dina Boluarte", directQuote(qs, "juillet 2026").speaker(), show(qs));
  }

  @Test
  void aPronounAfterASentenceThatOpensWithWhoseViewItGives() {
    // Written for the purpose, after a news excerpt: "Pour X," makes X the one the pronoun stands for, not the
    // one quoted before; "s'annonce" is no speech.
    List<Quote> qs = quotes("Lundi, Patrick Muyaya a déclaré : « Qui a déjà vu cela ? »\nPour le Premier ministre "
        + "Sama Lukonde, c'est toute la RDC qui est visée : « Ce n'est pas que l'Est qui est visé », a-t-il déclaré.");
    assertEquals("Sama Lukonde", directQuote(qs, "Ce n'est pas que l'Est qui est visé").speaker(), show(qs));
    List<Quote> scare = analyze("Daniel Rossellat a ouvert le festival. Cette édition s'annonce dans « un "
        + "contexte favorable ».").get(QuoteAnnotator.SCARE_QUOTES);
    assertEquals(List.of("un contexte favorable"), scare.stream().map(Quote::text).toList(), show(scare));
  }

  @Test
  void aCitysDemonymIsThePersonTheTextWasAbout() {
    // Written for the purpose, after a news excerpt: the tagger reads "Toulousain" as a place.
    List<Quote> qs = quotes("En remportant le 200 m 4 nages, Léon Marchand a décroché un quatrième titre olympique."
        + "\n« C'est un truc de fou », a réagi le Toulousain sur RMC.");
    assertEquals("Léon Marchand", directQuote(qs, "C'est un truc de fou").speaker(), show(qs));
  }

  @Test
  void aLawyersTitleInAnAppositionBeforeAPronoun() {
    // Written for the purpose, after a news excerpt: the tagger reads "Me" as a pronoun and "Ciré" as a verb.
    List<Quote> qs = quotes("Prenant la parole, un de ses avocats, Me Ciré Clédor Ly, a fustigé l'attitude des "
        + "forces de l'ordre. « Nous devions être ici à 9 heures », dit-il au président de séance.");
    assertEquals("Ciré Clédor Ly", directQuote(qs, "Nous devions être ici à 9 heures").speaker(), show(qs));
  }

  @Test
  void aTeamsCoachInAnIncisesUnlistedVerbIsWhomAnAppositionGaveThatOffice() {
    // Written for the purpose, after a news excerpt: "introduit" is no reporting verb, but the place is an
    // incise's; "le coach" is the one the apposition made "l'entraîneur".
    List<Quote> qs = quotes("À la veille du match, l'entraîneur de notre équipe nationale, Domenico Tedesco, s'est "
        + "présenté face à la presse.\n« La Suède, c'est une équipe très forte », introduit le coach des Diables.");
    assertEquals("Domenico Tedesco", directQuote(qs, "La Suède, c'est une équipe très forte").speaker(), show(qs));
  }

  @Test
  void aBodysNameAfterItsNounAndComplement() {
    // Written for the purpose, after news excerpts: the organization named at the end of the phrase, not the
    // phrase; an officer of a body is no body.
    List<Quote> qs = quotes("La junte a condamné Aung San Suu Kyi. Et le groupe de défense des droits Amnesty a "
        + "qualifié les accusations de « fausses ». Les manœuvres visent un « blocus aérien », selon la télévision "
        + "d'Etat CCTV.");
    assertEquals("Amnesty", directQuote(qs, "fausses").speaker(), show(qs));
    assertEquals("CCTV", directQuote(qs, "blocus aérien").speaker(), show(qs));
    qs = quotes("Bruno Le Maire a parlé vendredi. « Il y a deux boucliers », a rappelé le ministre de l'Économie.");
    assertEquals("Bruno Le Maire", directQuote(qs, "Il y a deux boucliers").speaker(), show(qs));
  }

  @Test
  void aPossessiveIsTheSubjectsAndAMinistersPortfolioNamesNoPlace() {
    // Written for the purpose, after news excerpts: "ses propos" in Justine Triet's sentence are hers, not those of
    // the minister who spoke before; "Ses propos ont fait réagir la ministre de la culture Rima Abdul Malak"
    // introduces the minister for the pronoun after it ("culture" before her name names no place).
    List<Quote> qs = quotes("La ministre de la culture, Rima Abdul Malak, a regretté un discours « injuste ».\n"
        + "Justine Triet a profité de la tribune pour dénoncer la façon dont la contestation a été, selon ses propos, "
        + "« niée et réprimée ». Elle a également critiqué la « marchandisation de la culture ».\nSes propos ont "
        + "fait réagir la ministre de la culture Rima Abdul Malak. « Heureuse de voir la Palme d'or décernée à "
        + "Justine Triet », a-t-elle écrit.");
    assertEquals("Justine Triet", directQuote(qs, "niée et réprimée").speaker(), show(qs));
    assertEquals("Justine Triet", directQuote(qs, "marchandisation de la culture").speaker(), show(qs));
    assertEquals("Rima Abdul Malak", directQuote(qs, "Heureuse de voir la Palme d'or décernée à Justine Triet")
        .speaker(), show(qs));
    // A source inside a relative clause vouches for the rest of it.
    qs = quotes("Giorgia Meloni avait remercié la France qui, selon elle, acceptait d'accueillir le navire.");
    assertTrue(qs.stream().anyMatch(q -> !q.direct() && q.text().equals("acceptait d'accueillir le navire")
        && "Giorgia Meloni".equals(q.speaker())), show(qs));
  }

  @Test
  void anIncisesPronounAfterWordsAboutAPlaceAndAnAppositionClosedByAParenthesis() {
    // Written for the purpose, after news excerpts: the place the words in marks are about is not who speaks; a
    // name and its apposition, closed by an acronym in parentheses, are the subject; a holder's name with
    // particles after a portfolio ("de l'Énergie Tinne Van der Straeten") is split from it.
    List<Quote> qs = quotes("Mme Meloni, cheffe du parti Fratelli d'Italia (FdI), a ancré mardi l'Italie dans "
        + "l'UE.\nL'Italie fait « pleinement partie de l'Europe », avait-elle affirmé devant les députés.");
    assertEquals("Giorgia Meloni", directQuote(qs, "pleinement partie de l'Europe").speaker(), show(qs));
    qs = quotes("La ministre fédérale de l'Énergie Tinne Van der Straeten s'est dite confiante. « Les négociations "
        + "se déroulent selon le calendrier prévu », a-t-elle assuré.");
    assertEquals("Tinne Van der Straeten", directQuote(qs, "Les négociations se déroulent selon le calendrier prévu")
        .speaker(), show(qs));
  }

  @Test
  void aUnionsSecretaryGeneralIsThePersonTheTextWasJustAbout() {
    // Written for the purpose, after a news excerpt: "générale" is no general's office here.
    List<Quote> qs = quotes("La secrétaire de la CGT a dénoncé l'attitude du gouvernement.\n\nSophie Binet ne "
        + "décolère pas. Dans un entretien, la secrétaire générale de la CGT a dénoncé « un scandaleux verrouillage "
        + "institutionnel ».");
    assertEquals("Sophie Binet", directQuote(qs, "un scandaleux verrouillage institutionnel").speaker(), show(qs));
  }

  @Test
  void aPronounAfterASourceSentenceAndAnEpithetWithAMisreadAdjective() {
    // Written for the purpose, after news excerpts: a person named after a preposition in a sentence that names
    // its own source is not who the next incise's pronoun is; "double" before "champion" is no head noun.
    List<Quote> qs = quotes("Le déjeuner avec le président Emmanuel Macron, selon Lula, avait pour point principal "
        + "l'accord entre l'Union européenne et le Mercosur. « Nous savons quel problème ils ont », a-t-il déclaré.");
    assertEquals("Luiz Inácio Lula da Silva", directQuote(qs, "Nous savons quel problème ils ont").speaker(),
        show(qs));
    qs = quotes("Teddy Riner n'a su que vendredi matin qu'il serait le dernier relayeur. Une heure avant sa glorieuse "
        + "aînée, visiblement, puisque le double champion olympique de judo évoque un coup de fil de Tony Estanguet "
        + ": « J'ai contenu ma joie, je me suis pincé. »");
    assertEquals("Teddy Riner", directQuote(qs, "J'ai contenu ma joie, je me suis pincé.").speaker(), show(qs));
  }

  @Test
  void aConjunctionAndItsPronounEndTheSpeakersName() {
    // Written for the purpose, after news excerpts: "lorsqu'on" is one token, which the tagger reads as a name.
    List<Quote> qs = quotes("« Nous avons des objectifs différents », a répondu Vingegaard lorsqu'on lui a demandé "
        + "s'il n'aurait pas dû en faire plus. « Je suis déçu », a dit M. Peskov lorsqu’il est arrivé.");
    Quote q = directQuote(qs, "Nous avons des objectifs différents");
    assertEquals("Vingegaard", q.speaker(), show(qs));
    assertEquals("Vingegaard", q.speakerMention(), show(qs));
    assertEquals("M. Peskov", directQuote(qs, "Je suis déçu").speakerMention(), show(qs));
  }

  @Test
  void anOfficeAndItsFieldsAreOneSpeakerPhrase() {
    // Written for the purpose, after a news excerpt: "à la paix et à la sécurité" are the office's fields, so the
    // phrase is one person, not a group its body's name would stand for.
    List<Quote> qs = quotes("Justifiant cette décision, l'ex-commissaire à la paix et à la sécurité de l'Union "
        + "africaine a fait savoir que « l'histoire avait montré que le royaume n'a jamais cessé ».");
    Quote q = directQuote(qs, "l'histoire avait montré que le royaume n'a jamais cessé");
    assertEquals("l'ex-commissaire à la paix et à la sécurité de l'Union africaine", q.speakerMention(), show(qs));
    assertNotEquals("African Union", q.speaker(), show(qs));
  }

  @Test
  void aSpokesmanWhoAddsInTheSentenceOfAMinistersWordsIsTheMinister() {
    // Written for the purpose, after a news excerpt: "ajoute" and a description with no name, in the sentence of
    // the words before, go on with who spoke them, though another person might hold the office.
    List<Quote> qs = quotes("L'opposant Ousmane Sonko a appelé à marcher sur Dakar. « Les gens ont le droit de "
        + "manifester », assure le ministre Abdou Karim Fofana, mais « il faut respecter les lois », ajoute le "
        + "porte-parole du gouvernement.");
    assertEquals("Abdou Karim Fofana", directQuote(qs, "il faut respecter les lois").speaker(), show(qs));
  }

  @Test
  void aQuoteChecksItsText() {
    assertThrows(IllegalArgumentException.class, () -> new Quote(Span.of(0, 3), "ab", true, 1, null, null, null, null,
        null, null, null, List.of(), 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Quote(Span.of(0, 2), "ab", true, 1, Span.of(3, 5), "x",
        null, null, null, null, null, List.of(), 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Quote(Span.of(0, 2), "ab", true, 0, null, null, null, null,
        null, null, null, List.of(), 0.5));
  }

  // --- seeds and gold sets -----------------------------------------------------------------------------------

  @Test
  void goldenQuotesOnTheSeeds() throws IOException {
    assertGolden("seeds-quotes.tsv", TestPaths.seedDocuments());
  }

  @Test
  void seedsGoldThroughTheOneScoringPath() throws IOException {
    Path gold = TestPaths.data().resolve("gold");
    EvalReport report = new GoldEvaluator(GoldSet.read(gold.resolve("seeds.gold.jsonl"),
        gold.resolve("seeds.entities.json"))).withLayers(List.of("quotes"))
        .evaluate(DocumentLoader.folder(TestPaths.seeds()), pipeline()::process);
    JsonNode q = report.json().get("quotes");
    double f1 = q.get("lenient").get("f1").asDouble();
    double speakers = q.get("speaker_accuracy").asDouble();
    System.out.printf(Locale.ROOT, "seeds quotes: lenient F1 %.3f, strict F1 %.3f, speaker accuracy %.3f%n", f1,
        q.get("strict").get("f1").asDouble(), speakers);
    // Reached: 0.840 and 1.0; the target is 0.95 for both (see the README for what is left: the gold leaves out
    // reported speech of named people and of the pronouns standing for them, which the issue counts as quotes, and
    // the words in marks inside their reported clauses, which Vigie lists as direct quotes since session 12; 0.861
    // before).
    assertTrue(f1 >= 0.83, "lenient F1 " + f1 + "\n" + report.errors());
    assertTrue(speakers >= 0.95, "speaker accuracy " + speakers + "\n" + report.errors());
  }

  /**
   * Scores a blind gold set of data/gold (WiNER dev articles annotated before Vigie ran on them) as `vigie eval
   * --gold data/gold/NAME.gold.jsonl --docs data/gold/NAME --layers quotes` does, and checks its floors.
   */
  private void blindGold(String name, int articles, double minP, double minF1, double minSpeakers)
      throws IOException {
    Path gold = TestPaths.data().resolve("gold");
    GoldSet set = GoldSet.read(gold.resolve(name + ".gold.jsonl"), null);
    assertEquals(List.of(), set.problems());
    assertEquals(articles, set.size());
    EvalReport report = new GoldEvaluator(set).withLayers(List.of("quotes"))
        .evaluate(DocumentLoader.folder(gold.resolve(name)), pipeline()::process);
    JsonNode q = report.json().get("quotes");
    double p = q.get("lenient").get("p").asDouble();
    double f1 = q.get("lenient").get("f1").asDouble();
    double speakers = q.get("speaker_accuracy").asDouble();
    System.out.printf(Locale.ROOT, "%s: lenient P %.3f F1 %.3f, strict F1 %.3f, speaker accuracy %.3f%n", name, p,
        f1, q.get("strict").get("f1").asDouble(), speakers);
    assertTrue(p >= minP, "lenient P " + p + "\n" + report.errors());
    assertTrue(f1 >= minF1, "lenient F1 " + f1 + "\n" + report.errors());
    assertTrue(speakers >= minSpeakers, "speaker accuracy " + speakers + "\n" + report.errors());
  }

  // These three gold sets list scare quotes and titles with a null speaker, as FORMAT.md says, so the scorer
  // counts the engine's scare_quotes as quotes without a speaker (GoldEvaluator.ScareQuotes.AUTO); figures
  // before session 5 left them out. They list a reported clause with words in marks inside it as the clause
  // alone, where the three news sets of sessions 10 to 12 also list the words in marks; Vigie lists both since
  // session 12, which costs these sets 3 to 9 points of precision (P 0.991, 0.991, 0.977 before).

  @Test
  void winerQuotesGoldThroughTheOneScoringPath() throws IOException {
    // Blind (scare quotes left out): P 0.953, F1 0.610, speaker accuracy 0.590. Reached, scare quotes left out:
    // P 0.983, F1 0.701, speaker accuracy 0.878; counted: P 0.983, F1 0.900, speaker accuracy 0.841 (0.903 in
    // session 6).
    blindGold("winer-quotes", 30, 0.92, 0.88, 0.88);
  }

  @Test
  void winerQuotes2GoldThroughTheOneScoringPath() throws IOException {
    // Blind (scare quotes left out): P 0.973, F1 0.702, speaker accuracy 0.753. Reached, scare quotes counted: P
    // 0.981, F1 0.875, speaker accuracy 0.848. Recall is low mostly from reported speech of organizations and
    // unnamed sources without marks, which Vigie leaves out as the seeds' gold does (see the README).
    blindGold("winer-quotes-2", 30, 0.88, 0.83, 0.82);
  }

  @Test
  void winerQuotes3HeldOutGold() throws IOException {
    // Held out: scored once, blind, and never read for errors since, so that it keeps measuring articles nobody
    // tuned on: P 0.985, F1 0.646, speaker accuracy 0.875 with scare quotes left out (the engine at the start of
    // session 4); F1 0.761, speaker accuracy 0.880 with them counted (session 5).
    blindGold("winer-quotes-3", 27, 0.88, 0.72, 0.86);
  }

  @Test
  void frLitbankDialogue() throws IOException {
    EvalReport report = new LitbankQuoteEvaluator(TestPaths.data().resolve("fr-litbank-dev")).withThreads(2)
        .evaluate(pipeline()::process);
    JsonNode q = report.json().get("quotes");
    double f1 = q.get("lenient").get("f1").asDouble();
    double speakers = q.get("speaker_accuracy").asDouble();
    System.out.printf(Locale.ROOT, "fr-litbank quotes: lenient F1 %.3f, strict F1 %.3f, speaker accuracy %.3f%n", f1,
        q.get("strict").get("f1").asDouble(), speakers);
    // Reached: 0.844 and 0.736 (fiction: many speakers are left to the reader; narration in reported speech, "Il
    // dit que ...", counts as a quote since pronoun subjects do, and fr-litbank lists dialogue only).
    assertTrue(f1 >= 0.84, "lenient F1 " + f1);
    assertTrue(speakers >= 0.70, "speaker accuracy " + speakers);
  }

}
