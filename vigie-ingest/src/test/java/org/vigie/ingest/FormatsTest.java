package org.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.ingest.Fixtures.PLAIN;
import static org.vigie.ingest.Fixtures.assertContains;
import static org.vigie.ingest.Fixtures.doc;
import static org.vigie.ingest.Fixtures.docs;
import static org.vigie.ingest.Fixtures.failure;
import static org.vigie.ingest.Fixtures.failures;
import static org.vigie.ingest.Fixtures.ok;
import static org.vigie.ingest.Fixtures.read;
import static org.vigie.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.DateSource;
import org.vigie.core.Document;

class FormatsTest {
  @TempDir Path dir;

  @Test
  void textFileIsReadAsIs() {
    String text = "Le président a parlé.\n\n« Bonjour »,\u00A0a-t-il dit ;\ttabulation.\n";
    Path p = write(dir, "article-1.txt", text);
    Document d = doc(read(PLAIN, p));
    assertEquals("article-1", d.id());
    assertEquals(text, d.text());
    assertEquals(p.toString(), d.origin());
    assertNull(d.date());
    assertEquals(DateSource.UNKNOWN, d.dateSource());
    assertNull(d.language());
  }

  @Test
  void commandLineDateAppliesOnlyWithoutMetadataDate() {
    Path p = write(dir, "a.txt", "Un texte.");
    Document d = doc(read(PLAIN.withDate(LocalDate.of(2022, 3, 25)), p));
    assertEquals(LocalDate.of(2022, 3, 25), d.date());
    assertEquals(DateSource.COMMAND_LINE, d.dateSource());

    Path j = write(dir, "b.json", "{\"text\": \"Un texte.\", \"date\": \"2021-01-02\"}");
    Document e = doc(read(PLAIN.withDate(LocalDate.of(2022, 3, 25)), j));
    assertEquals(LocalDate.of(2021, 1, 2), e.date());
    assertEquals(DateSource.METADATA, e.dateSource());
    assertEquals("2021-01-02", e.dateEvidence());
  }

  @Test
  void htmlArticleTextTitleDateUrlLanguage() {
    String html = """
        <!DOCTYPE html>
        <html lang="fr-FR"><head>
        <meta charset="utf-8">
        <title>Titre de la page | Le Journal</title>
        <meta property="og:title" content="L’OTAN réunie à Bruxelles">
        <meta property="article:published_time" content="2022-03-25T23:30:00-05:00">
        <link rel="canonical" href="https://example.org/otan">
        <script>var x = "<p>pas du texte</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <header class="site-header">Le Journal</header>
        <article>
          <h1>L’OTAN réunie à Bruxelles</h1>
          <p>Le président  Biden a rencontré
             les alliés de l&rsquo;OTAN, le 24&nbsp;mars.</p>
          <div class="share-buttons"><a>Partager sur Facebook</a></div>
          <p>Il a annoncé une aide de <b>1&nbsp;milliard</b> de dollars &amp; plus.<br>Deuxième ligne.</p>
          <aside>À lire aussi : autre chose</aside>
        </article>
        <footer>© Le Journal</footer>
        </body></html>
        """;
    Path p = write(dir, "otan.html", html);
    ReadResult.Ok ok = ok(read(PLAIN, p));
    Document d = ok.document();
    assertEquals("otan", d.id());
    assertEquals("L’OTAN réunie à Bruxelles\n\n"
        + "Le président Biden a rencontré les alliés de l’OTAN, le 24\u00A0mars.\n\n"
        + "Il a annoncé une aide de 1\u00A0milliard de dollars & plus.\nDeuxième ligne.", d.text());
    assertEquals("L’OTAN réunie à Bruxelles", d.title());
    assertEquals(LocalDate.of(2022, 3, 25), d.date(), "the date as written, not shifted to UTC");
    assertEquals(DateSource.METADATA, d.dateSource());
    assertEquals("https://example.org/otan", d.url());
    assertEquals("fr", d.language());
    assertTrue(ok.warnings().isEmpty(), ok.warnings()::toString);
  }

  @Test
  void htmlWithoutArticleFallsBackToCleanedBody() {
    String html = """
        <html><head><title>Une page</title><meta name="date" content="25/03/2022"></head><body>
        <div id="menu"><ul><li>Accueil</li><li>Sport</li></ul></div>
        <div class="cookie-banner">Nous utilisons des cookies.</div>
        <div class="content"><h2>Un titre</h2><p>Premier paragraphe.</p><p>Second paragraphe.</p></div>
        <form><input name="q"><button>Chercher</button></form>
        <footer>Mentions légales</footer>
        </body></html>
        """;
    Document d = doc(read(PLAIN, write(dir, "page.htm", html)));
    assertEquals("Un titre\n\nPremier paragraphe.\n\nSecond paragraphe.", d.text());
    assertEquals("Une page", d.title());
    assertEquals(LocalDate.of(2022, 3, 25), d.date());
  }

  @Test
  void htmlPrefersArticleBodyAndReadsJsonLdDate() {
    String html = """
        <html><head>
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
           "headline": "x", "datePublished": "2021-12-09T08:00:00+01:00"}]}
        </script></head><body>
        <main><h1>Grand titre</h1><p class="byline">Par Untel</p>
        <div itemprop="articleBody"><p>Le corps de l’article.</p></div></main>
        </body></html>
        """;
    Document d = doc(read(PLAIN, write(dir, "ld.HTML", html)));
    assertEquals("Le corps de l’article.", d.text());
    assertEquals("Grand titre", d.title(), "h1 when there is no og:title nor <title>");
    assertEquals(LocalDate.of(2021, 12, 9), d.date());
  }

  @Test
  void htmlTimeElementGivesTheDate() {
    String html = "<html><body><article><time datetime=\"2022-02-03\">3 février</time>"
        + "<p>Texte.</p></article></body></html>";
    Document d = doc(read(PLAIN, write(dir, "t.html", html)));
    assertEquals(LocalDate.of(2022, 2, 3), d.date());
    assertEquals("3 février\n\nTexte.", d.text());
  }

  @Test
  void htmlWithoutTextIsAFailure() {
    Path p = write(dir, "vide.html", "<html><head><title>Rien</title><script>x()</script></head><body>"
        + "<nav>menu</nav></body></html>");
    assertEquals(p + ": no article text found in the HTML", failure(read(PLAIN, p)).message());
  }

  @Test
  void jsonObjectWithAlternativeFieldNames() {
    String json = """
        {"_id": 42, "headline": "Un titre", "content": "Le texte.\\r\\nSuite.",
         "published": "Fri, 25 Mar 2022 10:00:00 GMT", "link": "https://example.org/a", "language": "fr-FR"}
        """;
    Path p = write(dir, "one.json", json);
    Document d = doc(read(PLAIN, p));
    assertEquals("42", d.id());
    assertEquals("Un titre", d.title());
    assertEquals("Le texte.\r\nSuite.", d.text());
    assertEquals(LocalDate.of(2022, 3, 25), d.date());
    assertEquals("https://example.org/a", d.url());
    assertEquals("fr", d.language());
    assertEquals(p.toString(), d.origin());
  }

  @Test
  void jsonArrayOfRecords() {
    String json = """
        [ {"id": "a", "text": "Premier."},
          {"body": "Deuxième, sans id.", "pubDate": "2022-02-28T10:00:00Z"},
          {"id": "c", "title": "sans texte"},
          "pas un objet",
          {"id": "e", "text": ["Paragraphe un.", "Paragraphe deux."]} ]
        """;
    Path p = write(dir, "many.json", json);
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(5, results.size(), results::toString);
    List<Document> docs = docs(results);
    assertEquals(List.of("a", "many-2", "e"), docs.stream().map(Document::id).toList());
    assertEquals(p + "#item-2", docs.get(1).origin());
    assertEquals(LocalDate.of(2022, 2, 28), docs.get(1).date());
    assertEquals("Paragraphe un.\n\nParagraphe deux.", docs.get(2).text());
    List<ReadResult.Failure> f = failures(results);
    assertEquals(p + "#item-3: record without text (no non-empty \"text\", \"content\" or \"body\" field)",
        f.get(0).message());
    assertEquals(p + "#item-4: expected a JSON object, found a string", f.get(1).message());
  }

  @Test
  void jsonObjectsOneAfterAnother() {
    Path p = write(dir, "seq.json", "{\"text\": \"Un.\"}\n{\"id\": \"b\", \"text\": \"Deux.\"}\n");
    List<Document> docs = docs(read(PLAIN, p));
    assertEquals(List.of("seq-1", "b"), docs.stream().map(Document::id).toList());
    assertEquals(List.of(p + "#item-1", p + "#item-2"), docs.stream().map(Document::origin).toList());
  }

  @Test
  void configuredJsonFieldNames() {
    Path p = write(dir, "custom.json", "{\"ref\": \"R1\", \"corps\": \"Le texte.\", \"quand\": \"2022-01-05\","
        + " \"text\": \"autre\"}");
    IngestConfig c = PLAIN.withIdField("ref").withTextField("corps").withDateField("quand");
    Document d = doc(read(c, p));
    assertEquals("R1", d.id());
    assertEquals("Le texte.", d.text());
    assertEquals(LocalDate.of(2022, 1, 5), d.date());
  }

  @Test
  void jsonHtmlFieldIsTurnedIntoText() {
    Path p = write(dir, "h.json", "{\"id\": \"h\", \"html\": \"<p>Un.</p><p>Deux &amp; trois.</p>\"}");
    assertEquals("Un.\n\nDeux & trois.", doc(read(PLAIN, p)).text());
  }

  @Test
  void jsonLinesOneRecordPerLineAndBadLinesDoNotStopTheFile() {
    String jsonl = "{\"id\": \"a\", \"text\": \"Un.\"}\r\n"
        + "\n"
        + "{\"text\": \"Sans id.\", \"date\": \"2022-03-25\"}\n"
        + "{\"id\": \"c\", \"text\": \"tronqu\n"
        + "[1, 2]\n"
        + "{\"id\": \"e\", \"text\": \"Cinq.\"} trailing\n"
        + "{\"id\": \"f\", \"text\": \"Six.\"}";
    Path p = write(dir, "x.jsonl", jsonl);
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(List.of(p + ":1", p + ":3", p + ":4", p + ":5", p + ":6", p + ":7"),
        results.stream().map(ReadResult::origin).toList());
    List<Document> docs = docs(results);
    assertEquals(List.of("a", "x-3", "f"), docs.stream().map(Document::id).toList());
    assertEquals("Un.", docs.get(0).text());
    List<ReadResult.Failure> f = failures(results);
    assertEquals(p + ":4: truncated JSON line (unexpected end of input)", f.get(0).message());
    assertEquals(p + ":5: expected a JSON object, found array", f.get(1).message());
    assertContains(f.get(2).message(), p + ":6: malformed JSON at column");
  }

  @Test
  void ndjsonAndUpperCaseExtensions() {
    Path a = write(dir, "a.NDJSON", "{\"text\": \"Un.\"}\n");
    Path b = write(dir, "B.TXT", "Deux.");
    assertEquals(List.of("a-1", "B"), docs(read(PLAIN, a, b)).stream().map(Document::id).toList());
  }

  @Test
  void rssItemsAreDocuments() {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Le fil</title><link>https://example.org</link><language>fr-fr</language>
          <item>
            <title>Premier</title><link>https://example.org/1</link>
            <guid isPermaLink="false">urn:item:1</guid>
            <pubDate>Fri, 25 Mar 2022 23:30:00 -0500</pubDate>
            <description>Résumé</description>
            <content:encoded><![CDATA[<p>Paragraphe <b>un</b>.</p><p>Paragraphe deux&nbsp;!</p>]]></content:encoded>
          </item>
          <item>
            <title>Second</title><link>https://example.org/2</link>
            <pubDate>Thu, 24 Mar 2022 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;Description en &lt;i&gt;HTML&lt;/i&gt;.&lt;/p&gt;</description>
          </item>
          <item><title>Vide</title><link>https://example.org/3</link></item>
        </channel></rss>
        """;
    Path p = write(dir, "fil.rss", rss);
    List<ReadResult> results = read(PLAIN, p);
    assertEquals(3, results.size(), results::toString);
    List<Document> docs = docs(results);
    Document first = docs.get(0);
    assertEquals("urn:item:1", first.id());
    assertEquals("Paragraphe un.\n\nParagraphe deux\u00A0!", first.text());
    assertEquals("Premier", first.title());
    assertEquals("https://example.org/1", first.url());
    assertEquals(LocalDate.of(2022, 3, 25), first.date(), "the date as written, not shifted to UTC");
    assertEquals("fr", first.language());
    assertEquals(p + "#item-1", first.origin());
    Document second = docs.get(1);
    assertEquals("https://example.org/2", second.id(), "no guid: the link");
    assertEquals("Description en HTML.", second.text());
    assertEquals(LocalDate.of(2022, 3, 24), second.date());
    assertEquals(p + "#item-3: feed item without text (no content or description)",
        failures(results).get(0).message());
  }

  @Test
  void atomEntriesAreDocuments() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Fil Atom</title><id>urn:feed</id><updated>2022-03-26T00:00:00Z</updated>
          <entry>
            <title>Entrée</title><id>urn:entry:1</id>
            <link href="https://example.org/e1"/>
            <published>2022-03-25T10:00:00+01:00</published><updated>2022-03-26T10:00:00+01:00</updated>
            <content type="html">&lt;p&gt;Texte de l’entrée.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Deux</title><id>urn:entry:2</id><updated>2022-03-20T10:00:00Z</updated>
            <summary type="text">Résumé seul.</summary>
          </entry>
        </feed>
        """;
    List<Document> docs = docs(read(PLAIN, write(dir, "fil.atom", atom)));
    assertEquals(2, docs.size());
    assertEquals("urn:entry:1", docs.get(0).id());
    assertEquals("Texte de l’entrée.", docs.get(0).text());
    assertEquals("https://example.org/e1", docs.get(0).url());
    assertEquals(LocalDate.of(2022, 3, 25), docs.get(0).date(), "published, not updated");
    assertEquals("Résumé seul.", docs.get(1).text());
    assertEquals(LocalDate.of(2022, 3, 20), docs.get(1).date(), "updated when not published");
  }

  @Test
  void xmlThatIsNotAFeed() {
    Path p = write(dir, "pom.xml", "<?xml version=\"1.0\"?><project><name>x</name></project>");
    assertEquals(p + ": not an RSS or Atom feed (root element <project>)", failure(read(PLAIN, p)).message());
    Path q = write(dir, "broken.rss", "<rss><channel><item><title>x</title></channel>");
    assertContains(failure(read(PLAIN, q)).message(), q + ": not well-formed XML at line 1");
    Path e = write(dir, "empty.rss", "<rss version=\"2.0\"><channel><title>x</title></channel></rss>");
    assertEquals(e + ": feed without items", failure(read(PLAIN, e)).message());
  }

  @Test
  void feedsNeverFetchExternalEntities() {
    Path secret = write(dir, "secret.txt", "SECRET");
    String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title>"
        + "<description>avant &x; après</description></item></channel></rss>";
    List<ReadResult> results = read(PLAIN, write(dir, "xxe.rss", rss));
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Ok ok) {
        assertTrue(!ok.document().text().contains("SECRET"), ok.document().text());
      }
    }
  }

  @Test
  void unparseableDateKeepsTheDocumentWithAWarning() {
    Path p = write(dir, "d.jsonl", "{\"id\": \"d\", \"text\": \"Texte.\", \"date\": \"mardi prochain\"}\n");
    ReadResult.Ok ok = ok(read(PLAIN, p));
    assertNull(ok.document().date());
    assertEquals(DateSource.UNKNOWN, ok.document().dateSource());
    assertEquals(List.of("date \"mardi prochain\" not understood; date left unknown"), ok.warnings());
    assertEquals(p + ":1: date \"mardi prochain\" not understood; date left unknown", ok.message());

    ReadResult.Ok withCli = ok(read(PLAIN.withDate(LocalDate.of(2022, 1, 1)), p));
    assertEquals(DateSource.COMMAND_LINE, withCli.document().dateSource());
    assertContains(withCli.warnings().get(0), "used the command-line date");
  }
}
