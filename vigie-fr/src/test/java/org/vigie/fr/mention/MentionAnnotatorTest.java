package org.vigie.fr.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.core.Document;
import org.vigie.core.EntityType;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.Pipeline;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;
import org.vigie.testing.TestPaths;

class MentionAnnotatorTest extends AnnotatorTestCase {

  private static Pipeline pipeline;

  @Override
  protected synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Shared.upTo(MentionAnnotator.class);
    }
    return pipeline;
  }

  private Set<String> mentions(String text, EntityType type) {
    return analyze(text).get(Layers.MENTIONS).stream().filter(m -> m.type() == type).map(Mention::text)
        .collect(Collectors.toSet());
  }

  private List<String> all(String text) {
    return analyze(text).get(Layers.MENTIONS).stream().map(m -> m.type() + ":" + m.text())
        .collect(Collectors.toList());
  }

  @Test
  void elidedArticlesAndQuoteMarksStayOutOfMentions() {
    String text = "« L’OTAN n’a jamais été plus unie », a dit le président. Les alliés de l’OTAN se réunissent.";
    List<String> found = all(text);
    assertTrue(found.stream().filter(s -> s.endsWith("OTAN")).allMatch(s -> s.equals("ORG:OTAN")), found.toString());
    assertFalse(found.stream().anyMatch(s -> s.contains("«") || s.contains("»") || s.contains("’")), found.toString());
  }

  @Test
  void aSurnameAndTheVerbAfterItAreNotOneName() {
    // WiNER 2016_08_08-001: the tagger read "Brunet flanche" as one name.
    String text = "Manon Brunet a perdu en demi-finale.\n\nOlha Kharlan finit par réagir et Brunet flanche à "
        + "nouveau, si près du podium.";
    List<String> found = all(text);
    assertTrue(found.contains("PER:Brunet") && found.stream().noneMatch(x -> x.contains("flanche")), found.toString());
    // A participle stays in the name it belongs to.
    found = all("Le Canard enchaîné révèle l'affaire. L'information a été publiée par Le Canard enchaîné.");
    assertTrue(found.stream().anyMatch(x -> x.endsWith("Canard enchaîné")), found.toString());
  }

  @Test
  void institutionNamesGoOnWithTheirLowerCaseWords() {
    String text = "Le projet de loi, adopté par le Conseil des ministres mercredi, sera examiné par l’Assemblée "
        + "nationale puis par le Parlement européen. Les chômeurs inscrits à Pôle emploi sont plus nombreux.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("Conseil des ministres", "Assemblée nationale", "Parlement européen",
        "Pôle emploi")), orgs.toString());
  }

  @Test
  void aTitlesCapitalisedArticleBelongsToIt() {
    String text = "L’information a été révélée mardi par Le Figaro, puis confirmée par Les Républicains.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("Le Figaro", "Les Républicains")), orgs.toString());
  }

  @Test
  void anAcronymThatSpellsTheLowerCaseWordsMakesThemPartOfTheName() {
    String text = "Le ministre a reçu à Lyon les dirigeants de l'Union des producteurs de lait (UPL) et de la"
        + " Fédération nationale des syndicats d'exploitants agricoles (FNSEA).";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.contains("Union des producteurs de lait"), orgs.toString());
    assertTrue(orgs.contains("UPL"), orgs.toString());
    assertTrue(orgs.contains("Fédération nationale des syndicats d'exploitants agricoles"), orgs.toString());
    assertFalse(orgs.contains("Union"), orgs.toString());
  }

  @Test
  void anOrganizationKeepsTheNationalityAfterItsName() {
    // WiNER dev, 2 February 2016.
    String text = "Le Mouvement républicain australien a proposé aux chefs des huit États et territoires du pays de "
        + "signer une déclaration. Le Parti travailliste a refusé.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.contains("Mouvement républicain australien"), orgs.toString());
    assertFalse(orgs.contains("Mouvement républicain"), orgs.toString());
  }

  @Test
  void aNameAfterThePresidentOfTheRepublicIsAPersons() {
    // WiNER dev, 26 July 2016: CoreNLP reads "République François Hollande" as one place.
    String text = "Le président de la République François Hollande ainsi que Bernard Cazeneuve se sont rendus sur "
        + "place. Hollande est arrivé sur place à 13 h.";
    List<String> found = all(text);
    assertTrue(found.contains("PER:François Hollande"), found.toString());
    assertTrue(found.contains("PER:Hollande"), found.toString());
  }

  @Test
  void aCapitalisedElidedArticleMidSentenceBelongsToTheName() {
    // WiNER dev, 19 September 2016; at the start of a sentence "L'" is the article.
    String text = "Il cite le quotidien libanais L'Orient-Le Jour. L'OTAN a réagi.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.contains("L'Orient-Le Jour"), orgs.toString());
    assertTrue(orgs.contains("OTAN"), orgs.toString());
  }

  @Test
  void aPortfolioBeforeAMinistersNameIsNotPartOfIt() {
    // WiNER dev, 4 December 2016.
    String text = "Le ministre de l'Information, de la Communication et des Médias Nestor Bankumukunzi a annoncé que "
        + "le réseau est installé.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.contains("Nestor Bankumukunzi"), persons.toString());
    assertFalse(persons.contains("Médias Nestor Bankumukunzi"), persons.toString());
  }

  @Test
  void aMinisterAfterAOneWordPortfolioIsAPerson() {
    // CoreNLP types "ministre de la Défense Stepan Poltorak" as one organization.
    Set<String> persons = mentions("À Kiev, le ministre de la Défense Stepan Poltorak a indiqué que douze soldats "
        + "avaient été blessés.", EntityType.PER);
    assertTrue(persons.contains("Stepan Poltorak"), persons.toString());
  }

  @Test
  void aBodyBeforeItsOfficersNameIsNotPartOfIt() {
    String text = "La porte-parole de la Maison-Blanche Karine Jean-Pierre a défendu le président. La porte-parole du "
        + "ministère chinois des Affaires étrangères Hua Chunying a critiqué Washington. Le porte-parole militaire "
        + "des Houthis Yahya Saree a revendiqué l'attaque. Le fils de Jean Paul Martin est venu.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.containsAll(Set.of("Karine Jean-Pierre", "Hua Chunying", "Yahya Saree", "Jean Paul Martin")),
        persons.toString());
    assertFalse(persons.contains("Maison-Blanche Karine Jean-Pierre"), persons.toString());
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("ministère chinois des Affaires étrangères", "Houthis")), orgs.toString());
  }

  @Test
  void anOfficersNameWithParticlesOrAFirstNameIsSplitFromTheBody() {
    // Written for the purpose, after a news excerpt: CoreNLP reads the body and its officer as one organization.
    String text = "« Non », a répondu la présidente de la Commission européenne Ursula von der Leyen. « Oui », a dit "
        + "la ministre des Sports Amélie Oudéa-Castéra. La directrice de la Fondation Jean Jaurès est partie.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.containsAll(Set.of("Ursula von der Leyen", "Amélie Oudéa-Castéra")), persons.toString());
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.contains("Commission européenne"), orgs.toString());
    assertFalse(orgs.stream().anyMatch(o -> o.contains("Ursula") || o.contains("Amélie")), orgs.toString());
  }

  @Test
  void aMediumToldBeforeTheSpeakersNameIsNotPartOfIt() {
    // Written for the purpose: "a déclaré à Reuters Paul Meyer", which CoreNLP reads as one person.
    String text = "« Le pont est fermé », a déclaré à Reuters Paul Meyer, un habitant. « Rien n'est signé », a dit sur "
        + "CNN Steve Witkoff. Il est né à Lyon Saint-Exupéry.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.containsAll(Set.of("Paul Meyer", "Steve Witkoff")), persons.toString());
    assertTrue(mentions(text, EntityType.ORG).containsAll(Set.of("Reuters", "CNN")), mentions(text, EntityType.ORG)
        .toString());
  }

  @Test
  void aMediumBeforeATitleOrAGivenNameInAnIncise() {
    // Written for the purpose, after a news excerpt: CoreNLP reads "Paperjam Me François Prum" as one name; in an
    // incise, a medium then a given name are two; "face à la Slovène Tina Trstenjak" keeps its one mention.
    String text = "« Nous regrettons cette remise », explique à Paperjam Me François Prum, avocat d'André Lutgen. "
        + "« Le client attend », explique au Monde François Prum. Elle s'est trouvée face à la Slovène Tina "
        + "Trstenjak en finale.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.contains("François Prum"), persons.toString());
    assertFalse(persons.stream().anyMatch(p -> p.contains("Paperjam") || p.contains("Monde")), persons.toString());
    assertFalse(mentions(text, EntityType.ORG).contains("Slovène"), mentions(text, EntityType.ORG).toString());
  }

  @Test
  void aNewspaperAnnouncedByItsNounEndsWhereAPersonsNameStarts() {
    // Written for the purpose, after a news excerpt read in session 20.
    String text = "« Il n'y a pas de raison que ça s'arrête », a dit dans le journal communiste L'Humanité Laurent "
        + "Brun, le secrétaire général de la fédération.";
    assertTrue(mentions(text, EntityType.PER).contains("Laurent Brun"), all(text).toString());
    assertTrue(mentions(text, EntityType.ORG).contains("L'Humanité"), all(text).toString());
  }

  @Test
  void aMembersPartyOrConstituencyBeforeTheirNameIsNotPartOfIt() {
    // Written for the purpose, after news read in session 10.
    String text = "« Nous voterons contre », a dit le député RN Alexandre Loubet. « C'est une honte », a tweeté la "
        + "députée des Yvelines Nadia Hai. La sénatrice LR Sophie Primas s'est abstenue. Le ministre Bruno Le Maire "
        + "a répondu.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.containsAll(Set.of("Alexandre Loubet", "Nadia Hai", "Sophie Primas", "Bruno Le Maire")),
        persons.toString());
    assertTrue(mentions(text, EntityType.ORG).containsAll(Set.of("RN", "LR")), mentions(text, EntityType.ORG)
        .toString());
    assertTrue(mentions(text, EntityType.LOC).contains("Yvelines"), mentions(text, EntityType.LOC).toString());
  }

  @Test
  void aSurnameThatIsAMonthAndTheFullNameTypedAsAPlace() {
    // Written for the purpose: CoreNLP types "Theresa May" a place and "May" a person.
    String text = "Theresa May est arrivée à Bruxelles. Après le sommet, May a affirmé que l'accord était bon. Le "
        + "sommet de mai a échoué. Le Comité Nobel a parlé. Alfred Nobel est mort. Saint Martin est une île.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.containsAll(Set.of("Theresa May", "May")), persons.toString());
    assertFalse(persons.contains("Comité Nobel"), persons.toString());
    assertFalse(persons.contains("mai"), persons.toString());
  }

  @Test
  void lowerCaseHeadsMakeOneOrganizationWithTheirName() {
    String text = "Selon l’université de Kyoto, le comité Nobel a été informé. L’armée syrienne a repris la ville.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("université de Kyoto", "comité Nobel", "armée syrienne")), orgs.toString());
  }

  @Test
  void cueNounsAcronymsAndPortfoliosAreOrganizations() {
    String text = "La société Niantic a démenti. Niantic affirme que ses serveurs tiennent. Le ministre de "
        + "l’Intérieur a réuni le RAID et la FFTri à Paris.";
    List<String> found = all(text);
    assertEquals(2, found.stream().filter(m -> m.equals("ORG:Niantic")).count(), found.toString());
    assertTrue(found.containsAll(List.of("ORG:Intérieur", "ORG:RAID", "ORG:FFTri", "LOC:Paris")), found.toString());
  }

  @Test
  void aMinistryKeepsItsNationalityAndPortfolio() {
    String text = "Selon le ministère ukrainien de la Défense, les troupes avancent. Le ministère russe des Affaires "
        + "étrangères a répondu. Le ministère français des Armées confirme.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("ministère ukrainien de la Défense", "ministère russe des Affaires étrangères",
        "ministère français des Armées")), orgs.toString());
    // CoreNLP reads "Affaires étrangères Dmytro Kouleba" as one place: the portfolio ends at its lower-case word.
    List<String> found = all("« C'est un crime de guerre », a écrit sur Twitter le ministre ukrainien des Affaires "
        + "étrangères Dmytro Kouleba.");
    assertTrue(found.contains("PER:Dmytro Kouleba"), found.toString());
  }

  @Test
  void newsMediaAreOrganizations() {
    Set<String> orgs = mentions("Selon Jeune Afrique, le scrutin est reporté. Télérama et Les Inrockuptibles "
        + "l'avaient annoncé, comme Euronews et Le Devoir.", EntityType.ORG);
    assertTrue(orgs.containsAll(Set.of("Jeune Afrique", "Télérama", "Les Inrockuptibles", "Euronews", "Le Devoir")),
        orgs.toString());
  }

  @Test
  void commonWordsThatLookLikeTitlesStayCommon() {
    String text = "L’équipe de France a gagné. Le monde entier regardait le match.";
    List<String> found = all(text);
    assertFalse(found.stream().anyMatch(m -> m.startsWith("ORG:")), found.toString());
  }

  @Test
  void anEventNamedAfterItsPlaceGivesThePlace() {
    String text = "Samedi, en ce premier jour des Jeux olympiques de Rio, la première médaille a été attribuée "
        + "à Rio.";
    List<String> found = all(text);
    assertEquals(2, found.stream().filter(m -> m.equals("LOC:Rio")).count(), found.toString());
  }

  @Test
  void peoplesAreNotPlaces() {
    String text = "La Suissesse a devancé deux Africains et un Tutsi à Genève.";
    List<String> found = all(text);
    assertTrue(found.contains("LOC:Genève"), found.toString());
    assertFalse(found.stream().anyMatch(m -> m.contains("Suissesse") || m.contains("Africains")
        || m.contains("Tutsi")), found.toString());
  }

  @Test
  void titlesAreNotPartOfPersonNames() {
    String text = "M. Blinken a rencontré Mme Baerbock à Berlin.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.contains("Blinken"), persons.toString());
    assertFalse(persons.stream().anyMatch(p -> p.startsWith("M.") || p.startsWith("Mme")), persons.toString());
  }

  @Test
  void englishPassagesGiveNamesNotPhrases() {
    String text = "Le département d’État a publié un message.\nIn the month since the Kremlin’s aggression against "
        + "Ukraine began, the United States has delivered $1.36 billion in military assistance.";
    List<String> found = all(text);
    assertFalse(found.stream().anyMatch(s -> s.contains(" the ") || s.startsWith("MISC:In")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.endsWith(":Ukraine")), found.toString());
  }

  @Test
  void rolesDatesAndNumbersAreNotNames() {
    String text = "Le secrétaire d’État a parlé le 28 Feb. 2022 au groupe des Sept.";
    List<String> found = all(text);
    assertFalse(found.stream().anyMatch(s -> s.contains("État") || s.contains("Feb") || s.endsWith(":Sept")),
        found.toString());
    // "d'État" completing an office or a putsch is no state; a state acting, or a body named after it, is a name.
    String states = "Le secrétaire d'État américain est arrivé. Les chefs d'État africains ont condamné le coup"
        + " d'État. Le secrétaire d'État à la Défense a démissionné. L'État islamique a revendiqué l'attaque."
        + " Le Conseil d'État a rejeté le recours.";
    List<String> named = all(states);
    assertFalse(named.stream().anyMatch(s -> s.contains(":État") && !s.endsWith(":État islamique")),
        named.toString());
    assertTrue(named.contains("ORG:État islamique"), named.toString());
    assertTrue(named.contains("ORG:Conseil d'État"), named.toString());
  }

  @Test
  void aCueNounWithANationalityAnnouncesAnOrganization() {
    // Wikinews, 2016: newspapers are organizations in WiNER.
    String text = "Le quotidien suisse Le Temps estime que la décision est mauvaise. L'agence russe Sputnik a"
        + " confirmé l'information.";
    Set<String> orgs = mentions(text, EntityType.ORG);
    assertTrue(orgs.contains("Le Temps"), all(text).toString());
    assertTrue(orgs.contains("Sputnik"), all(text).toString());
  }

  @Test
  void anApostropheInsideAForeignNameKeepsItWhole() {
    // Wikinews, 2 November 2016 (WiNER gold: one Person).
    String text = "En 2015, Zeid Ra'ad Zeid Al-Hussein, Haut-Commissaire des Nations unies, a parlé. Conan O'Brien a"
        + " ri à N'Djamena.";
    Set<String> persons = mentions(text, EntityType.PER);
    assertTrue(persons.contains("Zeid Ra'ad Zeid Al-Hussein"), persons.toString());
    assertTrue(persons.contains("Conan O'Brien"), persons.toString());
    assertTrue(mentions(text, EntityType.LOC).contains("N'Djamena"), all(text).toString());
    assertFalse(all(text).stream().anyMatch(m -> m.contains("Haut-Commissaire")), all(text).toString());
  }

  @Test
  void aSurnameWithALowerCaseParticleIsFoundAlone() {
    // 29 July 2016 (data/winer-fr-dev): CoreNLP sees "Abou Mohammed al-Joulani" and "Al-Joulani", not "al-Joulani".
    String text = "Le chef du Front al-Nosra, Abou Mohammed al-Joulani , annonce la rupture. En mai 2015, al-Joulani "
        + "a annoncé que son groupe n'avait aucune intention d'attaquer l'Occident.";
    List<String> people = analyze(text).get(Layers.MENTIONS).stream().filter(m -> m.type() == EntityType.PER)
        .map(Mention::text).toList();
    assertEquals(List.of("Abou Mohammed al-Joulani", "al-Joulani"), people);
  }

  @Test
  void aSurnameThatIsAlsoAWordIsThePersonWhereNoArticleComesBefore() {
    // Written for the purpose, after a news excerpt: "Breton" is a name and a demonym.
    String text = "Thierry Breton a appelé Shou Zi Chew. Durant l'appel, Breton lui a rappelé la loi. Un Breton a "
        + "dit que la mer était belle. Breton et Normand font la paire.";
    List<String> people = analyze(text).get(Layers.MENTIONS).stream().filter(m -> m.type() == EntityType.PER)
        .map(m -> m.text() + "@" + m.span().start()).toList();
    assertEquals(List.of("Thierry Breton@0", "Shou Zi Chew@24", "Breton@54"), people);
  }

  @Test
  void aNameAfterATitleIsAPersonWhateverCoreNlpTypedIt() {
    // Written for the purpose, after a news excerpt: CoreNLP types "Le Maire" MISC without its title.
    String text = "Le gouvernement américain défend ses intérêts. « Je pense que l'on peut comprendre », a déclaré "
        + "M. Le Maire aux journalistes en marge des réunions du G20 en novembre.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Le Maire") && m.type() == EntityType.PER), ms.toString());
  }

  @Test
  void aSurnameUsedForAPersonIsAPersonThroughoutTheArticle() {
    String text = "Joe Biden est arrivé à Varsovie. Plus tard, Biden a rencontré les dirigeants polonais.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().filter(m -> m.text().equals("Biden")).allMatch(m -> m.type() == EntityType.PER),
        ms.toString());
  }

  @Test
  void aCapitalizedOfficeBeforeANameIsNotPartOfIt() {
    // The tagger reads "Première ministre britannique Theresa May" as one organization.
    String text = "La Première ministre britannique Theresa May a quitté jeudi soir le sommet européen de Bruxelles.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Theresa May") && m.type() == EntityType.PER),
        ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("ministre")), ms.toString());
  }

  @Test
  void aBylineGluedToTheFirstNameIsNotPartOfIt() {
    // News, March 2024: "@rib News, 25/03/2024 – Source Reuters Bassirou Diomaye Faye, candidat de l'opposition".
    String text = "Source Reuters Bassirou Diomaye Faye, candidat de l'opposition, a promis de gouverner avec humilité.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Bassirou Diomaye Faye") && m.type() == EntityType.PER),
        ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("Source")), ms.toString());
  }

  @Test
  void aMediumAfterAuAndAGivenNameBeforeBinAreNotSplitWrong() {
    String text = "« On se rapproche du but », a déclaré dimanche dans une interview au Figaro Christine Lagarde. Le "
        + "ministre saoudien des Affaires étrangères Faisal bin Farhan Al Saud a dit que son pays serait prêt.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Christine Lagarde") && m.type() == EntityType.PER),
        ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Faisal bin Farhan Al Saud") && m.type() == EntityType.PER),
        ms.toString());
  }

  @Test
  void aFirstNameMakesAPersonAndAnArticleEndsAName() {
    String text = "Les appels se multiplient, comme Florentin Moussavou, le vice-président de l'Assemblée. Le texte "
        + "sera promulgué, a indiqué sur TF1 le ministre de l'Intérieur.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Florentin Moussavou") && m.type() == EntityType.PER),
        ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().contains("le ministre")), ms.toString());
  }

  @Test
  void capitalisedWordsAfterANounAnnouncingAnOrganizationAreItsName() {
    String text = "Dix corps ont été retrouvés, a déclaré l'organisation humanitaire française SOS Méditerranée. "
        + "L'ONG Alarm Phone nous a alertés, ce qui a incité SOS Méditerranée à lancer des recherches. Le groupe "
        + "Etat islamique a revendiqué l'attaque, selon le groupe de Jean Dupont.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    assertEquals(2, ms.stream().filter(m -> m.text().equals("SOS Méditerranée") && m.type() == EntityType.ORG)
        .count(), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Alarm Phone") && m.type() == EntityType.ORG),
        ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Etat") && m.type() == EntityType.ORG), ms.toString());
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Méditerranée")), ms.toString());
  }

  @Test
  void anOrganizationsNameRunsToItsAcronymAndOverWhatItDealsWith() {
    String text = "Ils manquent de nourriture, selon le Haut-Commissariat de l'ONU pour les réfugiés (HCR). Les "
        + "dirigeants de la Communauté économique des Etats de l'Afrique de l'Ouest (Cédéao) se sont réunis. Les "
        + "migrants étaient en route, a indiqué l'Institut guatémaltèque des migrations dans un communiqué. Le Front "
        + "al-Nosra et de l'État islamique (EI) ont reculé.";
    List<Mention> ms = analyze(text).get(Layers.MENTIONS);
    for (String name : List.of("Haut-Commissariat de l'ONU pour les réfugiés",
        "Communauté économique des Etats de l'Afrique de l'Ouest", "Cédéao", "Institut guatémaltèque des migrations")) {
      assertTrue(ms.stream().anyMatch(m -> m.text().equals(name) && m.type() == EntityType.ORG), name + " " + ms);
    }
    assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("Front al-Nosra et")), ms.toString());
  }

  @Test
  void seedArticlesGiveTheExpectedEntities() throws IOException {
    Set<String> per = new java.util.HashSet<>();
    Set<String> org = new java.util.HashSet<>();
    Set<String> loc = new java.util.HashSet<>();
    for (Document d : TestPaths.seedDocuments()) {
      for (Mention m : pipeline().process(d).get(Layers.MENTIONS)) {
        (m.type() == EntityType.PER ? per : m.type() == EntityType.ORG ? org : loc).add(m.text());
      }
    }
    assertTrue(per.containsAll(List.of("Jens Stoltenberg", "Antony Blinken", "Emmanuel Macron")), per.toString());
    assertTrue(org.containsAll(List.of("OTAN", "G7")), org.toString());
    assertTrue(loc.containsAll(List.of("Bruxelles", "Pologne", "Ukraine")), loc.toString());
    assertFalse(per.contains("M. Blinken") || org.contains("l’OTAN") || org.contains("L’OTAN"));
  }

  @Test
  void goldenMentionsOnTheSeeds() throws IOException {
    assertGolden("seeds-mentions.tsv", TestPaths.seedDocuments());
  }

}
