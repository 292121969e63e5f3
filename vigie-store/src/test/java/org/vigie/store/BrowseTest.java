package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browsing reads of the web UI and API, on the hand-made corpus (which has events, unlike the seeds). */
class BrowseTest {
  @TempDir
  static Path dir;

  private static Store store;

  @BeforeAll
  static void ingest() {
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      Docs.corpus().forEach(w::add);
      w.finish();
    }
    store = Store.open(dir);
  }

  @Test
  void documentsArePagedLatestFirstAndFiltered() {
    Store.Page<Store.DocumentSummary> all = store.documents(new Store.DocumentQuery(null, null, null, null, 0, 2));
    assertEquals(3, all.total());
    assertEquals(List.of("elysee-1", "otan-2"), all.items().stream().map(Store.DocumentSummary::doc).toList());
    Store.Page<Store.DocumentSummary> next = store.documents(new Store.DocumentQuery(null, null, null, null, 2, 2));
    assertEquals(List.of("otan-1"), next.items().stream().map(Store.DocumentSummary::doc).toList());
    Store.DocumentSummary first = next.items().get(0);
    assertEquals(1, first.quotes());
    assertEquals(1, first.events());
    assertEquals(List.of("otan-1", "otan-2"), store.documents(new Store.DocumentQuery("Stoltenberg", null, null,
        null, 0, 10)).items().stream().map(Store.DocumentSummary::doc).sorted().toList());
    assertEquals(List.of("otan-2"), store.documents(new Store.DocumentQuery(null, "SOMMET acheve", null, null, 0,
        10)).items().stream().map(Store.DocumentSummary::doc).toList(), "headline words, accents and case folded");
    assertEquals(2, store.documents(new Store.DocumentQuery(null, "otan sommet", null, null, 0, 10)).total(),
        "every word, in any order");
    assertEquals(1, store.documents(new Store.DocumentQuery(null, null, LocalDate.parse("2022-12-01"), null, 0, 10))
        .total());
    assertThrows(IllegalArgumentException.class, () -> new Store.DocumentQuery(null, null, null, null, -1, 10));
    assertThrows(StoreException.class, () -> store.documents(new Store.DocumentQuery("Nobody Atall", null, null,
        null, 0, 10)));
  }

  @Test
  void oneDocumentWithEveryLayer() {
    Store.DocumentView d = store.document("otan-1").orElseThrow();
    assertEquals("Sommet de l’OTAN à Bruxelles", d.title());
    assertEquals("2022-03-24", d.date());
    for (Store.EntityMention m : d.mentions()) {
      assertEquals(m.text(), d.text().substring(m.start(), m.end()));
    }
    Store.DocEntity stoltenberg = d.entities().stream().filter(e -> e.name().equals("Jens Stoltenberg")).findFirst()
        .orElseThrow();
    assertEquals("Q57311", stoltenberg.entityId());
    assertTrue(d.mentions().stream().anyMatch(m -> m.role() && m.localId().equals(stoltenberg.localId())),
        "the role phrase is a mention of him");
    Store.QuoteRow q = d.quotes().get(0);
    assertEquals("Nous renforçons nos défenses", d.text().substring(q.start(), q.end()));
    assertEquals("Jens Stoltenberg", q.speakerName());
    assertEquals("Jens Stoltenberg", d.text().substring(q.speakerStart(), q.speakerEnd()));
    assertEquals(List.of("amount", "quantity"), d.values().stream().map(Store.ValueMention::layer).toList());
    assertEquals("EUR", d.values().get(0).unit());
    assertEquals(2, d.times().size());
    Store.EventRow ev = d.events().get(0);
    assertEquals("MEET", ev.type());
    assertEquals("Brussels", ev.place());
    assertEquals(List.of("Q6279", "Q3052772"), ev.participants().stream().map(Store.Participant::entityId).toList());
    assertTrue(d.layers().stream().anyMatch(l -> l.layer().equals("events") && l.json().contains("MEET")));
    assertTrue(store.document("no-such-doc").isEmpty());
  }

  @Test
  void entitiesQuotesAndEventsFiltered() {
    Store.Page<Store.EntitySummary> people = store.entities(new Store.EntityQuery(null, "PER", 0, 10));
    assertTrue(people.items().stream().allMatch(e -> e.type().equals("PER")));
    assertEquals("Emmanuel Macron", people.items().get(0).name(), "named in the most articles");
    assertEquals("Q57311", store.entities(new Store.EntityQuery("stoltenb", null, 0, 10)).items().get(0).id());
    assertEquals(2, store.entities(new Store.EntityQuery("stoltenberg", null, 0, 10)).items().get(0).quotes());

    Store.Page<Store.QuoteRow> his = store.quotes(new Store.QuoteQuery("Stoltenberg", null, null, null, null, 0, 10));
    assertEquals(2, his.total());
    assertEquals("2022-03-25", his.items().get(0).date(), "latest first");
    assertEquals(1, store.quotes(new Store.QuoteQuery(null, "unite des allies", null, null, null, 0, 10)).total(),
        "words with accents folded");
    assertEquals(1, store.quotes(new Store.QuoteQuery(null, null, null, null, LocalDate.parse("2022-03-22"), 0, 10))
        .total());
    assertEquals(0, store.quotes(new Store.QuoteQuery(null, "50%_", null, null, null, 0, 10)).total(),
        "LIKE wildcards in the words are plain characters");

    Store.Page<Store.EventRow> meets = store.events(new Store.EventQuery("meet", "Macron", null, null, null, 0, 10));
    assertEquals(2, meets.total());
    assertEquals(meets.items().get(0).eventId(), meets.items().get(1).eventId(), "one corpus event");
    assertEquals(0, store.events(new Store.EventQuery("ATTACK", null, null, null, null, 0, 10)).total());
    assertEquals(1, store.events(new Store.EventQuery(null, null, "otan-2", null, null, 0, 10)).total());
  }

  @Test
  void theGraphJoinsCoMentionsQuotesAndEvents() {
    Store.Graph whole = store.graph(new Store.GraphQuery(null, 1, 50));
    assertTrue(whole.nodes().size() >= 6, whole.nodes().toString());
    Store.GraphEdge bidenMacron = whole.edges().stream().filter(e -> e.source().equals("Q3052772")
        && e.target().equals("Q6279")).findFirst().orElseThrow();
    assertEquals(2, bidenMacron.articles());
    assertEquals(2, bidenMacron.events());
    assertEquals(4, bidenMacron.weight());
    Store.Graph around = store.graph(new Store.GraphQuery("Biden", 3, 50));
    assertEquals("Q6279", around.centre());
    assertEquals(List.of("Q6279", "Q3052772"), around.nodes().stream().map(Store.GraphNode::id).toList(),
        "only neighbours with a weight of at least 3");
    assertEquals(1, store.graph(new Store.GraphQuery(null, 1, 1)).nodes().size());
  }
}
