package org.vigie.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DocumentJson;
import org.vigie.core.EntityType;
import org.vigie.core.Span;
import org.vigie.testing.TestPaths;

class StoreTest {

  private static Store ingest(Path dir, List<AnalyzedDocument> docs) {
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      for (AnalyzedDocument d : docs) {
        if (w.wanted(d.document())) {
          w.add(d);
        }
      }
      w.finish();
    }
    return Store.open(dir);
  }

  private static Object one(Store s, String sql) {
    Store.Table t = s.sql(sql, 0);
    assertEquals(1, t.rows().size(), sql + " gave " + t.rows());
    return t.rows().get(0).get(0);
  }

  private static long count(Store s, String sql) {
    return ((Number) one(s, sql)).longValue();
  }

  @Test
  void peopleSharingASurnameAreNotMergedWithoutEvidence(@TempDir Path dir) {
    Store s = ingest(dir, Docs.bidens());
    // "Biden" beside Congress and Washington says nothing of Hunter Biden: it stays its own entity.
    assertEquals("V:PER:biden", one(s, "SELECT entity_id FROM doc_entities WHERE doc_id = 'senat-1' AND name = 'Biden'"));
    // "Biden" at Wilmington before the Delaware judge is the Hunter Biden of the article with the same places.
    assertEquals("V:PER:hunter_biden",
        one(s, "SELECT entity_id FROM doc_entities WHERE doc_id = 'hunter-2' AND name = 'Biden'"));
    String reason = (String) one(s, "SELECT reason FROM entity_merges WHERE key = 'V:PER:biden'");
    assertTrue(reason.contains("Delaware") && reason.contains("Wilmington"), reason);
    assertEquals("hunter-2", one(s, "SELECT doc_id FROM entity_merges WHERE key = 'V:PER:biden'"));
    // Joe Biden keeps his Wikidata ID and is merged with nobody.
    assertEquals(0, count(s, "SELECT count(*) FROM entity_merges WHERE entity_id = 'Q6279' OR key = 'Q6279'"));
    assertEquals(1, count(s, "SELECT documents FROM entities WHERE entity_id = 'Q6279'"));
  }

  @Test
  void aBareRoleResolvesToTheHolderLearnedFromAnotherArticle(@TempDir Path dir) {
    Store s = ingest(dir, Docs.roles());
    // The appositions are evidence, with their article, date and offsets.
    assertEquals(3, count(s, "SELECT count(*) FROM learned_roles"));
    assertEquals("V:PER:antony_blinken", one(s, "SELECT entity_id FROM learned_roles WHERE doc_id = 'kiev-1'"));
    assertEquals("2021-04-16", one(s, "SELECT CAST(date AS VARCHAR) FROM learned_roles WHERE doc_id = 'kiev-1'"));
    assertEquals(0, count(s, "SELECT start_char FROM learned_roles WHERE doc_id = 'kiev-1'"));
    // A month later, "le secrétaire d'État américain" is him: the evidence whose article says "américain" wins
    // over the later one that does not, and it says where that was learned.
    assertEquals("V:PER:antony_blinken", one(s, "SELECT holder_id FROM role_mentions WHERE doc_id = 'gaza-1'"));
    assertEquals("kiev-1", one(s, "SELECT evidence_doc FROM role_mentions WHERE doc_id = 'gaza-1'"));
    // What the role said there ("« ... », a déclaré le secrétaire d'État américain à Gaza") is his, and so is what
    // the pronoun standing for the role said ("« ... », a-t-il ajouté").
    assertEquals(2, count(s, "SELECT count(*) FROM quotes WHERE doc_id = 'gaza-1'"));
    assertEquals("V:PER:antony_blinken", one(s, "SELECT DISTINCT speaker_id FROM quotes WHERE doc_id = 'gaza-1'"));
    // Four years later the office may have changed hands; another office is another question.
    assertNull(one(s, "SELECT holder_id FROM role_mentions WHERE doc_id = 'gaza-2'"));
    assertNull(one(s, "SELECT holder_id FROM role_mentions WHERE doc_id = 'paris-1'"));
    // Norway's is the one named so, never the American one.
    assertEquals("V:PER:jan_olsen", one(s, "SELECT holder_id FROM role_mentions WHERE doc_id = 'oslo-1'"));
    assertEquals(3, count(s, "SELECT count(*) FROM entity_roles WHERE entity_id = 'V:PER:antony_blinken'"));
    Store.EntityProfile p = s.entity("Blinken", 10);
    assertEquals(1, p.learnedRoles().size(), p.toString());
    assertEquals("gaza-1", p.learnedRoles().get(0).doc());
    assertEquals("kiev-1", p.learnedRoles().get(0).evidenceDoc());
    assertEquals("2021-04-16", p.learnedRoles().get(0).evidenceDate());
  }

  @Test
  void evidenceThatNamesNoOwnerStillResolvesWhenNothingBetterIsKnown(@TempDir Path dir) {
    List<AnalyzedDocument> all = Docs.roles();
    // The apposition whose article never says "américain", and the bare American role a month later.
    Store s = ingest(dir, List.of(all.get(6), all.get(1)));
    assertEquals("V:PER:antony_blinken", one(s, "SELECT holder_id FROM role_mentions WHERE doc_id = 'gaza-1'"));
    assertEquals("kiev-2", one(s, "SELECT evidence_doc FROM role_mentions WHERE doc_id = 'gaza-1'"));
  }

  @Test
  void everyLayerLandsInItsTableWithLinksResolved(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    assertEquals(3, count(s, "SELECT count(*) FROM documents"));
    assertEquals("Sommet de l’OTAN à Bruxelles", one(s, "SELECT headline FROM documents WHERE doc_id = 'otan-1'"));
    assertEquals("À Bruxelles, le sommet de l’OTAN s’est achevé jeudi.",
        one(s, "SELECT headline FROM documents WHERE doc_id = 'otan-2'"), "no title: the first line");
    assertEquals(4, count(s, "SELECT count(*) FROM sentences WHERE doc_id = 'otan-1'"));
    assertEquals("Jens Stoltenberg", one(s, "SELECT text FROM mentions WHERE doc_id = 'otan-1' AND mention = 1"));
    assertEquals("E1", one(s, "SELECT local_id FROM mentions WHERE doc_id = 'otan-1' AND text = 'Jens Stoltenberg'"
        + " LIMIT 1"));
    // Offsets index the original text, in UTF-16 code units, as in the JSON output.
    Store.Table m = s.sql("SELECT d.text, m.start_char, m.end_char, m.text FROM mentions m JOIN documents d"
        + " USING (doc_id)", 0);
    for (List<Object> row : m.rows()) {
      String text = (String) row.get(0);
      assertEquals(row.get(3), text.substring((Integer) row.get(1), (Integer) row.get(2)));
    }
    assertEquals(300_000_000.0, one(s, "SELECT value FROM amounts"));
    assertEquals("EUR", one(s, "SELECT unit FROM amounts"));
    assertEquals(40000.0, one(s, "SELECT value FROM quantities"));
    assertEquals("2022-03-22", one(s, "SELECT date_start FROM times WHERE text = 'mardi'"));
    assertEquals("year", one(s, "SELECT precision FROM times WHERE doc_id = 'elysee-1'"));
    // A quote is dated by the date in its sentence, else by its article.
    assertEquals("2022-03-22", one(s, "SELECT date FROM quotes WHERE doc_id = 'otan-1'"));
    assertEquals("text", one(s, "SELECT date_source FROM quotes WHERE doc_id = 'otan-1'"));
    assertEquals("2022-03-25", one(s, "SELECT date FROM quotes WHERE doc_id = 'otan-2'"));
    assertEquals("publication", one(s, "SELECT date_source FROM quotes WHERE doc_id = 'otan-2'"));
    // Cross-document resolution: "Stoltenberg" alone is the one Stoltenberg of the store.
    assertEquals("Q57311", one(s, "SELECT entity_id FROM doc_entities WHERE doc_id = 'otan-2' AND name = 'Stoltenberg'"));
    assertEquals("Q57311", one(s, "SELECT entity_id FROM entity_merges WHERE key = 'V:PER:stoltenberg'"));
    assertEquals(2, count(s, "SELECT count(*) FROM quotes WHERE speaker_id = 'Q57311'"));
    assertEquals(2, count(s, "SELECT documents FROM entities WHERE entity_id = 'Q57311'"));
    assertEquals("Jens Stoltenberg", one(s, "SELECT name FROM entities WHERE entity_id = 'Q57311'"));
    assertEquals(3, count(s, "SELECT documents FROM entities WHERE entity_id = 'Q3052772'"));
    // Events: participants linked to entities, the same meeting in two articles is one corpus event.
    assertEquals(4, count(s, "SELECT count(*) FROM event_participants WHERE entity_id IN ('Q6279', 'Q3052772')"));
    assertEquals("Q239", one(s, "SELECT DISTINCT place_id FROM events"));
    assertEquals(1, count(s, "SELECT count(DISTINCT event_id) FROM events"));
    assertEquals(2, count(s, "SELECT documents FROM corpus_events"));
    // Raw layers are kept, and the co-occurrence view is current.
    assertTrue(((String) one(s, "SELECT layers FROM documents WHERE doc_id = 'otan-1'")).contains("quotes"));
    assertEquals(2, count(s, "SELECT documents FROM cooccurrences WHERE source = 'Q239' AND target = 'Q57311'"));
    Store.Stats stats = s.stats();
    assertEquals(3, stats.documents());
    assertEquals(2, stats.quotes());
    assertEquals(2, stats.events());
    assertEquals("2022-03-24", stats.firstDate());
    assertTrue(stats.bytes() > 0);
  }

  @Test
  void reIngestAddsNothingAndAChangedDocumentReplacesItsOldVersion(@TempDir Path dir) {
    List<AnalyzedDocument> docs = Docs.corpus();
    Store s = ingest(dir, docs);
    long rows = count(s, "SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM sentences)"
        + " + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM doc_terms)");
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      for (AnalyzedDocument d : docs) {
        assertFalse(w.wanted(d.document()), "unchanged documents are not analysed again");
        assertEquals(Store.Added.UNCHANGED, w.add(d).status());
      }
      Store.IngestReport r = w.finish();
      assertEquals(0, r.added() + r.replaced());
      assertEquals(3, r.unchanged());
      assertEquals(0, r.batches());
    }
    assertEquals(rows, count(s, "SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM sentences)"
        + " + (SELECT count(*) FROM quotes) + (SELECT count(*) FROM doc_terms)"));
    assertEquals(1, s.stats().generation(), "no new batch");

    AnalyzedDocument changed = Docs.doc("elysee-1", "L’Élysée a renoncé à la réforme des retraites. "
        + "Emmanuel Macron reçoit les syndicats.").date("2022-12-11")
        .entity("Emmanuel Macron", EntityType.PER, "Q3052772", "Emmanuel Macron").build();
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      assertTrue(w.wanted(changed.document()));
      assertEquals(Store.Added.REPLACED, w.add(changed).status());
      assertEquals(1, w.finish().replaced());
    }
    assertEquals(3, count(s, "SELECT count(*) FROM documents"));
    assertEquals(2, count(s, "SELECT count(*) FROM sentences WHERE doc_id = 'elysee-1'"));
    assertEquals(0, count(s, "SELECT count(*) FROM times WHERE doc_id = 'elysee-1'"), "old rows are gone");
    assertEquals("2022-12-11", one(s, "SELECT date FROM documents WHERE doc_id = 'elysee-1'"));
    assertEquals(0, s.search(Store.SearchQuery.of("annoncé")).total(), "the old text is out of the index");
    assertEquals(1, s.search(Store.SearchQuery.of("renoncé")).total());
    assertEquals(0, count(s, "SELECT count(*) FROM entities WHERE name = 'Élysée'"), "its entity left with it");
  }

  @Test
  void aDocumentWhoseDateTheAnalysisInferredIsRecognisedBeforeAnalysis(@TempDir Path dir) {
    Docs.Builder b = Docs.doc("undated", "PARIS, 12 mars 2022 – Le Sénat a voté.");
    org.vigie.core.Document asRead = b.document();
    AnalyzedDocument analysed = b.build().withDocument(asRead.withDate(LocalDate.parse("2022-03-12"),
        org.vigie.core.DateSource.INFERRED, "PARIS, 12 mars 2022"));
    ingest(dir, List.of(analysed));
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      assertFalse(w.wanted(asRead), "the inferred date is not part of the hash");
      assertTrue(w.wanted(asRead.withTitle("Un titre")), "metadata as read is");
    }
    assertEquals(Store.contentHash(asRead), Store.contentHash(analysed.document()));
  }

  @Test
  void theSameIdTwiceInOneIngestKeepsTheLaterAndSaysSo(@TempDir Path dir) {
    AnalyzedDocument first = Docs.doc("x", "Premier texte sur Paris.").date("2022-01-01").build();
    AnalyzedDocument second = Docs.doc("x", "Second texte sur Lyon.").date("2022-01-02").build();
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      assertEquals(Store.Added.NEW, w.add(first).status());
      Store.AddResult r = w.add(Docs.doc("x", "Second texte sur Lyon.").date("2022-01-02").build()
          .withDocument(second.document().withOrigin("other/x.txt")));
      assertEquals("x.txt", r.sameIdEarlier());
      assertEquals(1, w.finish().added());
    }
    Store s = Store.open(dir);
    assertEquals("Second texte sur Lyon.", one(s, "SELECT text FROM documents"));
  }

  @Test
  void aBatchThatFailsMidWayLeavesTheStoreAsBeforeAndARerunCompletesIt(@TempDir Path dir) {
    List<AnalyzedDocument> docs = Docs.corpus();
    ingest(dir, docs.subList(0, 1));
    for (String point : List.of("deleted", "appended", "resolved")) {
      BatchWriter w = new BatchWriter(dir, Store.WriteOptions.defaults());
      w.faultPoint = p -> {
        if (p.equals(point)) {
          throw new IllegalStateException("crash at " + p);
        }
      };
      try (w) {
        w.add(docs.get(1));
        w.add(docs.get(2));
        assertThrows(IllegalStateException.class, w::commit);
      }
      Store s = Store.open(dir);
      assertEquals(1, count(s, "SELECT count(*) FROM documents"), point);
      assertEquals(0, count(s, "SELECT count(*) FROM sentences WHERE doc_id <> 'otan-1'"), point);
      assertEquals(0, count(s, "SELECT count(*) FROM doc_terms WHERE doc_id <> 'otan-1'"), point);
      assertEquals(1, s.stats().generation(), point);
      assertEquals(0, s.search(Store.SearchQuery.of("retraites")).total(), point);
    }
    Store s = ingest(dir, docs);
    assertEquals(3, count(s, "SELECT count(*) FROM documents"));
    assertEquals(1, s.search(Store.SearchQuery.of("retraites")).total());
    assertEquals(count(s, "SELECT count(DISTINCT doc_id) FROM sentences"), 3);
  }

  @Test
  void aLostOrStaleIndexIsRebuiltFromTheDatabaseByTheNextWriter(@TempDir Path dir) throws IOException {
    ingest(dir, Docs.corpus());
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      for (Path f : files.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    Store s = Store.open(dir);
    assertEquals(0, s.search(Store.SearchQuery.of("sommet")).total());
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      w.finish();
    }
    assertEquals(2, s.search(Store.SearchQuery.of("sommet")).total());
    assertEquals(1, s.search(Store.SearchQuery.of("défenses").withKinds(Set.of(Store.Kind.QUOTE))).total());
  }

  @Test
  void aSecondWriterIsRefusedWhileReadersStillWork(@TempDir Path dir) {
    ingest(dir, Docs.corpus().subList(0, 1));
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      StoreException e = assertThrows(StoreException.class, () -> Store.write(dir, Store.WriteOptions.defaults()));
      assertEquals(StoreException.Kind.LOCKED, e.kind());
      assertTrue(e.getMessage().contains("being written by another ingest"), e.getMessage());
      Store s = Store.open(dir);
      assertEquals(1, s.stats().documents());
      assertEquals(1, s.search(Store.SearchQuery.of("sommet")).total());
      w.add(Docs.corpus().get(2));
      w.finish();
      assertEquals(2, s.stats().documents());
    }
    try (Store.Writer again = Store.write(dir, Store.WriteOptions.defaults())) {
      assertNotNull(again.dir());
    }
  }

  @Test
  void readersSeeWholeBatchesWhileAWriterCommits(@TempDir Path dir) throws Exception {
    ingest(dir, Docs.corpus().subList(0, 1));
    Store s = Store.open(dir);
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try {
        while (!done.get()) {
          Store.Table t = s.sql("SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_id)"
              + " FROM sentences), (SELECT count(DISTINCT doc_id) FROM doc_entities)", 0);
          long docs = ((Number) t.rows().get(0).get(0)).longValue();
          assertEquals(docs, ((Number) t.rows().get(0).get(1)).longValue(), "a half-written batch is visible");
          assertEquals(docs, ((Number) t.rows().get(0).get(2)).longValue(), "a half-written batch is visible");
          s.search(Store.SearchQuery.of("texte"));
          seen.add(docs);
        }
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    reader.start();
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults().withBatchSize(3))) {
      for (int i = 0; i < 30; i++) {
        w.add(Docs.doc("d" + i, "Texte numéro " + i + " sur Paris. Une phrase de plus.").date("2022-01-0"
            + (1 + i % 9)).entity("Paris", EntityType.LOC, "Q90", "Paris").build());
      }
      w.finish();
    } finally {
      done.set(true);
      reader.join();
    }
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    assertFalse(seen.isEmpty());
    for (int i = 0; i < seen.size(); i++) {
      assertTrue(i == 0 || seen.get(i) >= seen.get(i - 1), "counts never go back: " + seen);
      assertEquals(0, (seen.get(i) - 1) % 3, "whole batches only: " + seen);
    }
    assertEquals(31, s.stats().documents());
  }

  @Test
  void searchUsesFrenchAnalysisAndHighlightsOffsetsIntoTheText(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    // Elision with a typographic apostrophe, accents folded, plural stemmed.
    Store.SearchResult otan = s.search(Store.SearchQuery.of("OTAN").withKinds(Set.of(Store.Kind.ARTICLE)));
    assertEquals(2, otan.total());
    Store.SearchResult elysee = s.search(Store.SearchQuery.of("elysee"));
    assertEquals(1, elysee.total());
    Store.Hit hit = elysee.hits().get(0);
    assertEquals("elysee-1", hit.doc());
    String text = (String) one(s, "SELECT text FROM documents WHERE doc_id = 'elysee-1'");
    Span hl = hit.passages().get(0).highlights().get(0);
    assertEquals("Élysée", text.substring(hl.start(), hl.end()));
    Store.Passage p = hit.passages().get(0);
    assertEquals(p.text(), text.substring(p.start(), p.end()));
    assertEquals(1, s.search(Store.SearchQuery.of("sanction")).total(), "sanctions matches sanction");
    // Quotes: the highlight is an offset into the article, the speaker is searchable.
    Store.SearchResult q = s.search(Store.SearchQuery.of("unité").withKinds(Set.of(Store.Kind.QUOTE)));
    assertEquals(1, q.total());
    Store.Hit qh = q.hits().get(0);
    assertEquals("Jens Stoltenberg", qh.speaker());
    String otan2 = (String) one(s, "SELECT text FROM documents WHERE doc_id = 'otan-2'");
    Span qs = qh.passages().get(0).highlights().get(0);
    assertEquals("unité", otan2.substring(qs.start(), qs.end()));
    assertEquals("L’unité des alliés est totale", otan2.substring(qh.start(), qh.end()));
    // Phrases, dates, entities, kinds.
    assertEquals(2, s.search(Store.SearchQuery.of("\"Joe Biden a rencontré\"").withKinds(Set.of(Store.Kind.EVENT)))
        .total());
    assertEquals(1, s.search(Store.SearchQuery.of("Bruxelles").withKinds(Set.of(Store.Kind.ARTICLE))
        .withDates(LocalDate.parse("2022-03-25"), null)).total());
    Store.SearchResult byEntity = s.search(Store.SearchQuery.of("alliés").withEntity("stoltenberg"));
    assertEquals("Q57311", byEntity.entityId());
    assertEquals(3, byEntity.total(), "two articles and one quote: " + byEntity.hits());
    assertEquals(0, s.search(Store.SearchQuery.of("alliés").withEntity("Élysée")).total());
    StoreException e = assertThrows(StoreException.class, () -> s.search(Store.SearchQuery.of("le la les")));
    assertEquals(StoreException.Kind.BAD_REQUEST, e.kind());
  }

  @Test
  void anEntityProfileGathersNamesRolesArticlesQuotesEventsAndCompany(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    Store.EntityProfile p = s.entity("stoltenberg", 10);
    assertEquals("Q57311", p.id());
    assertEquals("Jens Stoltenberg", p.name());
    assertEquals("PER", p.type());
    assertEquals("Q57311", p.qid());
    assertEquals(2, p.documents());
    assertTrue(p.aliases().stream().anyMatch(a -> a.text().equals("Stoltenberg")), p.aliases().toString());
    assertEquals("le secrétaire général de l'OTAN", p.roles().get(0).role());
    assertEquals("2022-03-24", p.roles().get(0).firstDate());
    assertEquals(List.of("otan-2", "otan-1"), p.articles().stream().map(Store.ArticleRef::doc).toList());
    assertEquals(2, p.quoteCount());
    assertEquals("L’unité des alliés est totale", p.quotes().get(0).text(), "latest first");
    assertEquals(List.of("V:PER:stoltenberg"), p.mergedKeys());
    assertTrue(p.related().stream().anyMatch(r -> r.name().equals("NATO") && r.documents() == 2));
    Store.EntityProfile macron = s.entity("Macron", 10);
    assertEquals(2, macron.eventCount(), "one meeting, told by two articles");
    assertEquals(List.of("Joe Biden", "Emmanuel Macron"), macron.events().get(0).participants());
    assertEquals("Brussels", macron.events().get(0).place());
    assertEquals("Q3052772", s.entity("q3052772", 1).id());
    assertEquals("Q3052772", s.entity("emmanuel MACRON", 1).id());
    StoreException e = assertThrows(StoreException.class, () -> s.entity("Stoltenbreg", 5));
    assertEquals(StoreException.Kind.NO_MATCH, e.kind());
    assertTrue(e.getMessage().contains("did you mean Jens Stoltenberg"), e.getMessage());
  }

  @Test
  void theTimelinePutsEventsQuotesAndDatedSentencesInDateOrder(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    Store.Timeline all = s.timeline(Store.TimelineQuery.all());
    List<String> dates = all.entries().stream().map(Store.TimelineEntry::date).toList();
    List<String> sorted = new ArrayList<>(dates);
    Collections.sort(sorted);
    assertEquals(sorted, dates);
    assertEquals("2022-03-22", all.entries().get(0).date());
    assertTrue(all.entries().stream().anyMatch(e -> e.kind().equals("dated") && e.when().equals("2023")));
    Store.Timeline st = s.timeline(new Store.TimelineQuery("Stoltenberg", null, null, null, 50));
    assertEquals("Jens Stoltenberg", st.entityName());
    // The sentence that places him in Brussels on Tuesday, then his two quotes.
    assertEquals(List.of("dated", "quote", "quote"), st.entries().stream().map(Store.TimelineEntry::kind).toList());
    assertEquals("mardi", st.entries().get(0).detail());
    assertEquals("2022-03-22", st.entries().get(1).date());
    assertEquals("text", st.entries().get(1).dateSource());
    assertEquals("2022-03-25", st.entries().get(2).date());
    assertEquals("publication", st.entries().get(2).dateSource());
    Store.Timeline events = s.timeline(new Store.TimelineQuery("Joe Biden", LocalDate.parse("2022-03-24"),
        LocalDate.parse("2022-03-24"), Set.of("event"), 50));
    assertEquals(2, events.total());
    assertEquals("Joe Biden, Emmanuel Macron", events.entries().get(0).who());
    assertEquals("MEET", events.entries().get(0).detail());
  }

  @Test
  void articlesAboutTheSameStoryAreGrouped(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    List<Store.Story> stories = s.stories(Store.StoryQuery.all());
    assertEquals(1, stories.size(), stories.toString());
    Store.Story summit = stories.get(0);
    assertEquals(Set.of("otan-1", "otan-2"), Set.copyOf(summit.members().stream().map(Store.StoryArticle::doc)
        .toList()));
    assertEquals("2022-03-24", summit.firstDate());
    assertEquals("2022-03-25", summit.lastDate());
    assertEquals(3, summit.entities().size());
    assertTrue(Set.of("NATO", "Brussels", "Jens Stoltenberg", "Joe Biden", "Emmanuel Macron")
        .containsAll(summit.entities()), summit.entities().toString());
    assertEquals(2, count(s, "SELECT count(*) FROM stories"), "every article is in one story");
    assertEquals(1, s.stats().stories());
    assertTrue(s.stories(new Store.StoryQuery("Élysée", null, null, 2, 10)).isEmpty());
  }

  @Test
  void exportsTablesAnalysesGraphsAndGdeltRows(@TempDir Path dir) throws Exception {
    List<AnalyzedDocument> docs = Docs.corpus();
    Store s = ingest(dir.resolve("store"), docs);
    Path out = dir.resolve("out");
    List<Path> jsonl = s.export(Store.ExportFormat.JSONL, out, null);
    assertTrue(jsonl.contains(out.resolve("documents.jsonl")));
    assertTrue(jsonl.contains(out.resolve("entities.jsonl")));
    List<String> lines = Files.readAllLines(out.resolve("analyses.jsonl"), StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    JsonNode first = DocumentJson.mapper().readTree(lines.get(0));
    assertEquals(DocumentJson.mapper().readTree(DocumentJson.toJsonLine(docs.get(0))), first,
        "analyses.jsonl is what analyze prints");
    JsonNode entity = DocumentJson.mapper().readTree(Files.readAllLines(out.resolve("entities.jsonl")).get(0));
    assertTrue(entity.has("entity_id") && entity.has("name"), entity.toString());

    s.export(Store.ExportFormat.CSV, out, List.of("quotes", "entity_roles"));
    assertTrue(Files.readString(out.resolve("quotes.csv")).startsWith("doc_id,quote,start_char,end_char,text,"));
    s.export(Store.ExportFormat.PARQUET, out, List.of("mentions"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM '" + out.resolve("mentions.parquet")
            + "'")) {
      r.next();
      assertEquals(count(s, "SELECT count(*) FROM mentions"), r.getLong(1));
    }
    StoreException bad = assertThrows(StoreException.class, () -> s.export(Store.ExportFormat.CSV, out,
        List.of("nope")));
    assertEquals(StoreException.Kind.BAD_REQUEST, bad.kind());

    Path gexf = s.export(Store.ExportFormat.GEXF, out, null).get(0);
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gexf.toFile());
    assertEquals(count(s, "SELECT count(*) FROM entities"), xml.getElementsByTagName("node").getLength());
    assertTrue(xml.getElementsByTagName("edge").getLength() > 5);
    assertTrue(Files.readString(gexf).contains("label=\"Jens Stoltenberg\""));
    Path graphml = s.export(Store.ExportFormat.GRAPHML, out, null).get(0);
    var g = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
    assertEquals(xml.getElementsByTagName("edge").getLength(), g.getElementsByTagName("edge").getLength());

    Path gdelt = s.export(Store.ExportFormat.GDELT, out, null).get(0);
    List<String> rows = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
    assertTrue(rows.get(0).startsWith("GLOBALEVENTID\tSQLDATE\t"));
    assertEquals(1 + 1 + 2, rows.size(), "header, one meeting (two mentions), two statements: " + rows);
    String meet = rows.stream().filter(r -> r.contains("\tMEET\t")).findFirst().orElseThrow();
    String[] cols = meet.split("\t", -1);
    assertEquals("20220324", cols[1]);
    assertEquals("Q6279", cols[5]);
    assertEquals("Emmanuel Macron", cols[9]);
    assertEquals("044", cols[12]);
    assertEquals("2", cols[17], "NumMentions");
    assertEquals("2", cols[19], "NumArticles");
    assertTrue(rows.stream().anyMatch(r -> r.contains("\t010\t") && r.contains("Jens Stoltenberg")));
  }

  @Test
  void sqlIsReadOnlyAndCannotTouchFiles(@TempDir Path dir) {
    Store s = ingest(dir, Docs.corpus());
    Store.Table t = s.sql("SELECT name, documents FROM entities ORDER BY documents DESC, name LIMIT 2", 0);
    assertEquals(List.of("name", "documents"), t.columns());
    assertEquals(List.of("Emmanuel Macron", 3), t.rows().get(0));
    assertTrue(s.sql("SELECT * FROM sentences", 2).truncated());
    for (String bad : List.of("DELETE FROM documents", "CREATE TABLE x (a INT)",
        "SELECT * FROM read_csv('" + dir.resolve("store.duckdb") + "')",
        "COPY documents TO '" + dir.resolve("leak.csv") + "'", "SELEC 1")) {
      StoreException e = assertThrows(StoreException.class, () -> s.sql(bad, 0), bad);
      assertEquals(StoreException.Kind.BAD_REQUEST, e.kind(), bad);
    }
    assertFalse(Files.exists(dir.resolve("leak.csv")));
    assertEquals(3, count(s, "SELECT count(*) FROM documents"));
  }

  @Test
  void everyMentionOfADateIsARowAndDatesAQuote(@TempDir Path dir) {
    AnalyzedDocument d = Docs.doc("r", "Le 3 mai, Paris a voté. « Nous gagnerons », a dit Anne Hidalgo le 3 mai.")
        .date("2022-05-10").entity("Anne Hidalgo", EntityType.PER, null, "Anne Hidalgo")
        .time("3 mai", "2022-05-03", "date")
        .quote("Nous gagnerons", "a dit", "Anne Hidalgo", "Anne Hidalgo", null, "E1").build();
    Store s = ingest(dir, List.of(d));
    assertEquals(2, count(s, "SELECT count(*) FROM times"), "the first mention and its repeat");
    assertEquals(1, count(s, "SELECT sentence FROM times WHERE repeat = 1"));
    assertEquals("2022-05-03", one(s, "SELECT date FROM quotes"), "the repeat in the quote's sentence dates it");
    assertEquals("text", one(s, "SELECT date_source FROM quotes"));
  }

  @Test
  void openingWhereThereIsNoStoreSaysSo(@TempDir Path dir) {
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.resolve("nothing")));
    assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("vigie ingest"), e.getMessage());
  }

  @Test
  void aLayerWithoutOffsetsIsRefusedWithoutStoppingTheBatch(@TempDir Path dir) {
    record Bad(Span span, String note) implements org.vigie.core.Annotation {}
    try (Store.Writer w = Store.write(dir, Store.WriteOptions.defaults())) {
      w.add(Docs.corpus().get(2));
      AnalyzedDocument ok = Docs.doc("ok", "Un texte sans histoire.").date("2022-01-01").build();
      // Unknown layers are kept as raw JSON only.
      w.add(ok.with(org.vigie.core.Layer.of("notes", Bad.class), List.of(new Bad(Span.of(0, 2), "n"))));
      w.finish();
    }
    Store s = Store.open(dir);
    assertEquals(2, s.stats().documents());
    assertEquals("notes", one(s, "SELECT layer FROM layers WHERE doc_id = 'ok' AND layer = 'notes'"));
    assertNull(one(s, "SELECT max(speaker_id) FROM quotes"));
  }

  @Test
  void theReadmeDocumentsEveryTableAndView() throws IOException {
    String readme = Files.readString(TestPaths.root().resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### Store schema");
    assertTrue(section >= 0, "README has a '### Store schema' section");
    String schema = readme.substring(section);
    for (String table : Store.tables()) {
      assertTrue(schema.contains("`" + table + "`"), table + " is not documented in the README");
    }
  }
}
