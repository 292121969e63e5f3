package org.vigie.fr.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Document;
import org.vigie.core.Pipeline;
import org.vigie.eval.DocumentLoader;
import org.vigie.eval.EvalReport;
import org.vigie.eval.GoldEvaluator;
import org.vigie.eval.GoldSet;
import org.vigie.eval.RecognizersEvaluator;
import org.vigie.fr.testing.Shared;
import org.vigie.testing.AnnotatorTestCase;
import org.vigie.testing.TestPaths;

class AmountAnnotatorTest extends AnnotatorTestCase {
  private static Pipeline pipeline;

  @Override
  protected synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Shared.upTo(AmountAnnotator.class);
    }
    return pipeline;
  }

  private List<Amount> amounts(String text) {
    return analyze(text).get(AmountAnnotator.AMOUNTS);
  }

  private List<Quantity> quantities(String text) {
    return analyze(text).get(AmountAnnotator.QUANTITIES);
  }

  /** The one amount whose text is {@code expected}, failing with all amounts found otherwise. */
  private Amount amount(String text, String expected) {
    List<Amount> found = amounts(text);
    return found.stream().filter(a -> a.text().equals(expected)).findFirst()
        .orElseThrow(() -> new AssertionError("no amount '" + expected + "' in " + found));
  }

  private Quantity quantity(String text, String expected) {
    List<Quantity> found = quantities(text);
    return found.stream().filter(q -> q.text().equals(expected)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity '" + expected + "' in " + found));
  }

  private void assertAmount(String text, String expected, double value, String unit, String qualifier) {
    Amount a = amount(text, expected);
    assertEquals(value, a.value(), Math.abs(value) * 1e-9, a.toString());
    assertEquals(unit, a.unit(), a.toString());
    assertEquals(qualifier, a.qualifier(), a.toString());
  }

  private void assertQuantity(String text, String expected, double value, String unit, String qualifier) {
    Quantity q = quantity(text, expected);
    assertEquals(value, q.value(), Math.abs(value) * 1e-9, q.toString());
    assertEquals(unit, q.unit(), q.toString());
    assertEquals(qualifier, q.qualifier(), q.toString());
  }

  // --- money ---------------------------------------------------------------------------------------------

  @Test
  void separatorsFrenchAndEnglish() {
    assertAmount("Il a reçu 100 000 dollars.", "100 000 dollars", 100_000, "USD", "=");
    assertAmount("Il a reçu 100\u202F000 €.", "100\u202F000 €", 100_000, "EUR", "=");
    assertAmount("Il a reçu 100\u00A0000 roubles.", "100\u00A0000 roubles", 100_000, "RUB", "=");
    assertAmount("Le billet coûte 1,36 euro.", "1,36 euro", 1.36, "EUR", "=");
    assertAmount("Il a payé 1 500,50 € hier.", "1 500,50 €", 1500.5, "EUR", "=");
    assertAmount("La somme de 94.000 $ a été versée.", "94.000 $", 94_000, "USD", "=");
    assertAmount("The fund received $1,500,000 last year.", "$1,500,000", 1_500_000, "USD", "=");
    assertAmount("The ticket costs $1.36 in the city.", "$1.36", 1.36, "USD", "=");
    assertAmount("It cost them $1,500 in all, and they paid it.", "$1,500", 1500, "USD", "=");
  }

  @Test
  void scaleWordsAndAbbreviations() {
    assertAmount("Un budget de 1,5 milliard d’euros est prévu.", "1,5 milliard d’euros", 1.5e9, "EUR", "=");
    assertAmount("Ils ont versé 320 millions de dollars.", "320 millions de dollars", 3.2e8, "USD", "=");
    assertAmount("L'UE verse 18 Mds€ à Kiev.", "18 Mds€", 1.8e10, "EUR", "=");
    assertAmount("Le contrat vaut 10 M€ seulement.", "10 M€", 1e7, "EUR", "=");
    assertAmount("Le fonds a levé USD 5m auprès des banques.", "USD 5m", 5e6, "USD", "=");
    assertAmount("The EU pledged €500m in aid to the country.", "€500m", 5e8, "EUR", "=");
    assertAmount("The UK has given £2.3bn to the country since the war.", "£2.3bn", 2.3e9, "GBP", "=");
    assertAmount("Le salaire atteint 10k€ par mois.", "10k€", 10_000, "EUR", "=");
    assertAmount("Il reste 3 millions et demi d'euros.", "3 millions et demi d'euros", 3.5e6, "EUR", "=");
  }

  @Test
  void billionDependsOnTheLanguageOfThePassage() {
    assertAmount("In the month since the war began, the United States has delivered $1.36 billion in aid.",
        "$1.36 billion", 1.36e9, "USD", "=");
    assertAmount("La dette publique atteint 2 billions d'euros selon le ministère.", "2 billions d'euros", 2e12,
        "EUR", "=");
  }

  @Test
  void numberWords() {
    assertAmount("Il a annoncé un milliard de dollars pour l'Ukraine.", "un milliard de dollars", 1e9, "USD", "=");
    assertAmount("Le pays a versé trois cents millions de yens.", "trois cents millions de yens", 3e8, "JPY", "=");
    assertAmount("Le ticket coûte dix dollars.", "dix dollars", 10, "USD", "=");
    assertAmount("Il a payé quatre-vingt-dix-neuf euros.", "quatre-vingt-dix-neuf euros", 99, "EUR", "=");
    assertAmount("Il a perdu vingt et un euros.", "vingt et un euros", 21, "EUR", "=");
    assertAmount("They raised two million dollars for the victims.", "two million dollars", 2e6, "USD", "=");
    assertAmount("They spent a billion dollars on the project.", "a billion dollars", 1e9, "USD", "=");
  }

  @Test
  void symbolsAndCodesBeforeOrAfter() {
    assertAmount("Il a payé $ 75 millions d'obligations.", "$ 75 millions", 7.5e7, "USD", "=");
    assertAmount("La facture s'élève à 250000 $ selon lui.", "250000 $", 250_000, "USD", "=");
    assertAmount("Il a payé US$ 20 hier.", "US$ 20", 20, "USD", "=");
    assertAmount("Le crédit est de EUR 1000 sur 3 ans.", "EUR 1000", 1000, "EUR", "=");
    assertAmount("Le crédit est de 1000 EUR sur 3 ans.", "1000 EUR", 1000, "EUR", "=");
    assertAmount("La valeur nette est de £ 8,10 millions.", "£ 8,10 millions", 8.1e6, "GBP", "=");
    assertAmount("Le prix est de 16,4 millions de $CAD.", "16,4 millions de $CAD", 1.64e7, "CAD", "=");
    assertAmount("Le prix est de 5 000 $ CA.", "5 000 $ CA", 5000, "CAD", "=");
    assertAmount("Il gagne 20 000 ₴ par an.", "20 000 ₴", 20_000, "UAH", "=");
  }

  @Test
  void currencyNamesSingularPluralQualified() {
    assertAmount("Une amende de 30 000 roubles a été infligée.", "30 000 roubles", 30_000, "RUB", "=");
    assertAmount("Il touche 10 000 hryvnias par mois.", "10 000 hryvnias", 10_000, "UAH", "=");
    assertAmount("Le Sénégal a levé 200 milliards de francs CFA.", "200 milliards de francs CFA", 2e11, "XOF", "=");
    assertAmount("La Suisse a gelé 7,5 milliards de francs suisses.", "7,5 milliards de francs suisses", 7.5e9,
        "CHF", "=");
    assertAmount("Il a reçu 100 roupies indiennes.", "100 roupies indiennes", 100, "INR", "=");
    assertAmount("Ils ont émis 125 millions de dollars australiens.", "125 millions de dollars australiens",
        1.25e8, "AUD", "=");
    assertAmount("Les exportations atteignent 10,05 milliards de dollars de Hong Kong.",
        "10,05 milliards de dollars de Hong Kong", 1.005e10, "HKD", "=");
    assertAmount("The bank lent 5 million Swiss francs to the firm.", "5 million Swiss francs", 5e6, "CHF", "=");
    assertAmount("La ville a dépassé 100 milliards de yuans.", "100 milliards de yuans", 1e11, "CNY", "=");
    assertAmount("Son résultat atteint 361 millions de livres sterling.", "361 millions de livres sterling",
        3.61e8, "GBP", "=");
  }

  @Test
  void ambiguousCurrencyNamesTakeTheArticlesReading() {
    String text = "En Tunisie, le salaire minimum est de 450 dinars. Le prix du pain reste fixé.";
    assertAmount(text, "450 dinars", 450, "TND", "=");
    String canada = "Ottawa a versé 5 millions de dollars canadiens. Puis 2 millions de dollars de plus.";
    assertAmount(canada, "2 millions de dollars", 2e6, "CAD", "=");
  }

  @Test
  void centsAndSubunits() {
    assertAmount("Ça ne coûte que 15 dollars et 15 cents.", "15 dollars et 15 cents", 15.15, "USD", "=");
    assertAmount("Ça ne coûte que treize euros et quarante-cinq cents.", "treize euros et quarante-cinq cents",
        13.45, "EUR", "=");
    assertAmount("Ça ne coûte que 15 dollars 50.", "15 dollars 50", 15.5, "USD", "=");
    assertAmount("Les actions ont perdu 34 cents.", "34 cents", 0.34, "USD", "=");
  }

  @Test
  void rangesKeepBothBounds() {
    Amount a = amount("Le coût est estimé entre 24 et 26 millions d'euros par an.", "entre 24 et 26 millions d'euros");
    assertEquals(24e6, a.value());
    assertEquals(26e6, a.upper());
    assertEquals("EUR", a.unit());
    Amount b = amount("Une aide de 10 à 20 milliards de dollars est discutée.", "10 à 20 milliards de dollars");
    assertEquals(10e9, b.value());
    assertEquals(20e9, b.upper());
    Quantity q = quantity("L'armée aurait perdu entre 10 000 et 15 000 hommes.", "entre 10 000 et 15 000 hommes");
    assertEquals(10_000, q.value());
    assertEquals(15_000, q.upper());
  }

  @Test
  void qualifiers() {
    assertAmount("Il a promis plus d’un milliard de dollars.", "plus d’un milliard de dollars", 1e9, "USD", ">");
    assertAmount("Kiev a reçu au moins 30 milliards de dollars.", "au moins 30 milliards de dollars", 3e10, "USD",
        ">");
    assertAmount("Il a reçu moins de 5 millions d'euros.", "moins de 5 millions d'euros", 5e6, "EUR", "<");
    assertAmount("Le fonds prête jusqu'à 5 milliards d'euros.", "jusqu'à 5 milliards d'euros", 5e9, "EUR", "<");
    assertAmount("Le coût atteint près de 2 millions d'euros.", "près de 2 millions d'euros", 2e6, "EUR", "~");
    assertAmount("Le coût atteint environ 90 millions de dollars.", "environ 90 millions de dollars", 9e7, "USD", "~");
    assertAmount("Le groupe a versé quelque 300 millions d'euros.", "quelque 300 millions d'euros", 3e8, "EUR", "~");
    assertAmount("They sent almost $293 million in humanitarian assistance.", "almost $293 million", 2.93e8, "USD",
        "~");
    assertAmount("They sent over $2 billion in weapons to the army.", "over $2 billion", 2e9, "USD", ">");
    assertAmount("They sent nearly $3 billion in weapons to the army.", "nearly $3 billion", 3e9, "USD", "~");
    assertAmount("They sent about $3 billion in weapons to the army.", "about $3 billion", 3e9, "USD", "~");
    assertAmount("They sent under $3 billion in weapons to the army.", "under $3 billion", 3e9, "USD", "<");
    assertAmount("They sent more than $3 billion in weapons to the army.", "more than $3 billion", 3e9, "USD", ">");
  }

  @Test
  void objectsSayWhatTheMoneyIsFor() {
    String list = "Le président a annoncé :\n- 1 milliard de dollars en aide humanitaire supplémentaire ;\n"
        + "- 1 milliard de dollars en aide sécuritaire supplémentaire ;\n";
    List<Amount> found = amounts(list);
    assertEquals(List.of("aide humanitaire", "aide sécuritaire"),
        found.stream().map(Amount::object).collect(Collectors.toList()));
    assertEquals("aide humanitaire", amount("Joe Biden a annoncé une aide humanitaire supplémentaire de plus "
        + "d’un milliard de dollars destinée aux victimes.", "plus d’un milliard de dollars").object());
    assertEquals("aide à la sécurité", amount("Les États-Unis fournissent 200 millions de dollars d’aide à la "
        + "sécurité approuvée par le président.", "200 millions de dollars").object());
    assertEquals("military assistance", amount("The United States has delivered $1.36 billion in military "
        + "assistance since the war began.", "$1.36 billion").object());
    assertEquals("prêt", amount("La Banque mondiale a accordé un prêt de 1,5 milliard de dollars.",
        "1,5 milliard de dollars").object());
    assertEquals("renforcer la démocratie", amount("Il y aura 320 millions de dollars supplémentaires destinés à "
        + "renforcer la démocratie.", "320 millions de dollars").object());
    assertEquals("chiffre d'affaires", amount("Apple a réalisé un chiffre d'affaires de 394 milliards de dollars.",
        "394 milliards de dollars").object());
    assertNull(amount("Le budget atteint 1,5 milliard d’euros.", "1,5 milliard d’euros").object());
  }

  // --- quantities ----------------------------------------------------------------------------------------

  @Test
  void countedNouns() {
    assertQuantity("La Russie a massé 100 000 soldats à la frontière.", "100 000 soldats", 100_000, "soldats", "=");
    assertQuantity("Ils ne faisaient pas partie des 8 500 hommes placés en alerte.", "8 500 hommes", 8500, "hommes",
        "=");
    assertQuantity("Les représentants des 30 pays alliés se sont réunis.", "30 pays alliés", 30, "pays", "=");
    assertQuantity("Au plus fort, 50 pays alliés et partenaires avaient des troupes.",
        "50 pays alliés et partenaires", 50, "pays", "=");
    assertQuantity("Des sanctions visent plus de 400 membres de l'élite.", "plus de 400 membres", 400, "membres",
        ">");
    assertQuantity("La loi a été adoptée par 385 voix contre 100.", "385 voix", 385, "voix", "=");
    assertQuantity("Moscou a mobilisé quelque 300 000 réservistes.", "quelque 300 000 réservistes", 300_000,
        "réservistes", "~");
    assertQuantity("Une dizaine de soldats ont été tués.", "Une dizaine de soldats", 10, "soldats", "~");
    assertQuantity("Selon l'ONU, 6,5 millions d'Ukrainiens ont été déplacés.", "6,5 millions d'Ukrainiens", 6.5e6,
        "Ukrainiens", "=");
    assertQuantity("Trente pays ont signé le texte.", "Trente pays", 30, "pays", "=");
    assertQuantity("They sanctioned over 470 aggressors and 196 entities.", "over 470 aggressors", 470,
        "aggressors", ">");
    assertQuantity("Washington has sent more than 1,500 Stinger missiles to the army.",
        "more than 1,500 Stinger missiles", 1500, "missiles", ">");
  }

  @Test
  void percentagesAndMeasures() {
    assertQuantity("Le PIB a reculé de 3,5 % en 2022.", "3,5 %", 3.5, "%", "=");
    assertQuantity("L'inflation atteint 12,5 pour cent.", "12,5 pour cent", 12.5, "%", "=");
    assertQuantity("Selon environ 40 % des analystes, c'est fini.", "environ 40 %", 40, "%", "~");
    assertQuantity("They cut it by roughly 10% this year.", "roughly 10%", 10, "%", "~");
    assertQuantity("Un missile d'une portée de 500 kilomètres a été tiré.", "500 kilomètres", 500, "kilomètres",
        "=");
    assertQuantity("Il pèse 80 kg au total.", "80 kg", 80, "kg", "=");
  }

  @Test
  void smallCountsDurationsAndBareFiguresAreNotQuantities() {
    assertTrue(quantities("Les deux dirigeants ont parlé avec quatre alliés pendant trois heures.").isEmpty());
    assertTrue(quantities("Il a 45 ans et la guerre dure depuis 8 ans.").isEmpty());
    assertTrue(quantities("Les 3 000 viendront renforcer les forces alliées.").isEmpty());
  }

  // --- not amounts ---------------------------------------------------------------------------------------

  @Test
  void datesTimesYearsPhonesOrdinalsReferencesAndListsAreNotValues() {
    String text = "Le 24 mars 2022, à 14h30, l’OTAN a invoqué l’Article 5 pour la 1re fois depuis 2001.\n"
        + "Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.\n"
        + "1. Premier point\n2) Deuxième point\n"
        + "Le F-16, le S-400, le G7 et la COVID-19 ; la résolution 2334 ; page 12 ; le XXIe siècle.\n"
        + "— Department of State (@StateDept) March 24, 2022 pic.twitter.com/9SDq0KWPDQ #G7 28 Feb. 2022 21:24";
    AnalyzedDocument out = analyze(text);
    assertTrue(out.get(AmountAnnotator.AMOUNTS).isEmpty(), out.get(AmountAnnotator.AMOUNTS).toString());
    assertTrue(out.get(AmountAnnotator.QUANTITIES).isEmpty(), out.get(AmountAnnotator.QUANTITIES).toString());
    List<String> numbers = out.get(AmountAnnotator.NUMBERS).stream()
        .map(n -> n.text() + "=" + n.kind()).collect(Collectors.toList());
    assertEquals(List.of("1re=ordinal", "XXIe=ordinal"), numbers);
  }

  @Test
  void numbersLayerHoldsEveryValue() {
    List<Numeral> ns = analyze("Il a vu trois cent vingt soldats, 1 234 567,89 euros, 3/4 des votes, un tiers "
        + "des voix et la 11e édition.").get(AmountAnnotator.NUMBERS);
    List<String> got = ns.stream().map(n -> n.text() + "=" + n.value() + ":" + n.kind()).collect(Collectors.toList());
    assertEquals(List.of("trois cent vingt=320.0:cardinal", "1 234 567,89=1234567.89:cardinal",
        "3/4=0.75:fraction", "un tiers=0.3333333333333333:fraction", "11e=11.0:ordinal"), got);
  }

  @Test
  void adjectivesArticlesAndNamesThatLookLikeMoney() {
    assertTrue(amounts("Ce fut un franc succès pour le film.").isEmpty());
    assertTrue(amounts("Ils se sont affrontés pour une couronne olympique.").isEmpty());
    assertTrue(amounts("L'accord a été conclu après la COP21 en décembre.").isEmpty());
    AnalyzedDocument names = analyze("Il a quitté l'Euro 2016 puis l'Ironman 70.3 Pays d'Aix, loin de la 5G.");
    assertTrue(names.get(AmountAnnotator.QUANTITIES).isEmpty(), names.get(AmountAnnotator.QUANTITIES).toString());
    assertTrue(analyze("Un pays neuf et des Sept.").get(AmountAnnotator.NUMBERS).isEmpty());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "L’Union a versé plus d’un milliard d’euros\u00A0; puis 2\u202F000\u00A0€.";
    for (Amount a : amounts(text)) {
      assertEquals(a.text(), a.span().of(text));
    }
    assertEquals(2, amounts(text).size());
  }

  // --- seeds, gold and recognizers -----------------------------------------------------------------------

  @Test
  void goldenAmountsOnTheSeeds() throws IOException {
    assertGolden("seeds-amounts.tsv", TestPaths.seedDocuments());
  }

  @Test
  void seedsGoldValueF1() throws IOException {
    GoldSet gold = GoldSet.read(TestPaths.data().resolve("gold/seeds.gold.jsonl"),
        TestPaths.data().resolve("gold/seeds.entities.json"));
    EvalReport report = new GoldEvaluator(gold).withLayers(List.of("amounts", "quantities"))
        .evaluate(DocumentLoader.folder(TestPaths.seeds()), pipeline()::process);
    JsonNode json = report.json();
    System.out.println(report.table());
    assertTrue(json.path("amounts").path("value_f1").asDouble() >= 0.95, report.table() + report.errors());
    assertTrue(json.path("quantities").path("value_f1").asDouble() >= 0.95, report.table() + report.errors());
  }

  @Test
  void recognizersCurrencyAndNumbers() throws IOException {
    Path cases = TestPaths.data().resolve("recognizers-fr/recognizers_fr_dotnet_supported.jsonl");
    EvalReport currency = new RecognizersEvaluator(cases).withSpecs(List.of("NumberWithUnit/French/Currency"))
        .evaluate(pipeline()::process);
    System.out.println(currency.table());
    JsonNode c = currency.json().path("spec_files").path("Specs/NumberWithUnit/French/CurrencyModel.json");
    assertNotNull(c);
    assertTrue(c.path("value_accuracy").asDouble() >= 0.9, currency.table() + currency.errors());
    assertTrue(c.path("f1").asDouble() >= 0.9, currency.table() + currency.errors());
    EvalReport numbers = new RecognizersEvaluator(cases).withSpecs(List.of("Specs/Number/French/"))
        .evaluate(pipeline()::process);
    System.out.println(numbers.table());
    JsonNode n = numbers.json().path("spec_files").path("Specs/Number/French/NumberModel.json");
    assertTrue(n.path("f1").asDouble() >= 0.85, numbers.table() + numbers.errors());
    assertTrue(n.path("value_accuracy").asDouble() >= 0.85, numbers.table() + numbers.errors());
  }

}
