package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API and the pages over HTTP, against a real server on a free port serving the seeds store. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static VigieServer server;
  /** A second server, on a store holding one article with markup in its text. */
  private static VigieServer markup;

  @BeforeAll
  static void start() {
    server = VigieServer.start(SeedStore.seeds(), VigieServer.Options.defaults().withPort(0));
    markup = VigieServer.start(SeedStore.markup(), VigieServer.Options.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    markup.close();
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static Reply get(String pathAndQuery) {
    return get(server, pathAndQuery);
  }

  static Reply get(VigieServer on, String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + pathAndQuery)).GET().build());
  }

  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode ok(String path) {
    Reply r = get(path);
    assertEquals(200, r.status(), path + ": " + r.body());
    assertTrue(r.raw().headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
    return r.json();
  }

  /** Asserts the status and that the JSON error names the problem. */
  static void error(int status, String path, String expectedInMessage) {
    Reply r = get(path);
    assertEquals(status, r.status(), path + ": " + r.body());
    JsonNode j = r.json();
    assertEquals(status, j.get("status").asInt(), r.body());
    assertTrue(j.get("message").asText().contains(expectedInMessage), path + ": " + r.body());
  }

  /** A raw request line, so that no client normalizes the path on the way. */
  static String raw(String requestTarget) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void statsCountTheStore() {
    JsonNode s = ok("/api/stats");
    assertEquals(5, s.get("documents").asInt());
    assertTrue(s.get("quotes").asInt() >= 30, s.toString());
    assertEquals("2021-04-16", s.get("first_date").asText());
  }

  @Test
  void documentsArePagedAndFiltered() {
    JsonNode all = ok("/api/documents?limit=2");
    assertEquals(5, all.get("total").asInt());
    assertEquals(2, all.get("items").size());
    assertEquals("2022-03-25", all.get("items").get(0).get("date").asText(), "latest first");
    Set<String> seen = new HashSet<>();
    for (int offset = 0; offset < 5; offset += 2) {
      for (JsonNode d : ok("/api/documents?limit=2&offset=" + offset).get("items")) {
        seen.add(d.get("doc").asText());
      }
    }
    assertEquals(5, seen.size(), "pages cover every article once: " + seen);
    JsonNode afghan = ok("/api/documents?entity=Afghanistan");
    assertTrue(afghan.get("total").asInt() >= 1 && afghan.get("total").asInt() < 5, afghan.toString());
    JsonNode dated = ok("/api/documents?from=2022-02-01&to=2022-02-28");
    for (JsonNode d : dated.get("items")) {
      assertTrue(d.get("date").asText().startsWith("2022-02"), d.toString());
    }
    assertEquals(2, dated.get("total").asInt(), dated.toString());
  }

  @Test
  void oneDocumentHasItsTextAndEveryLayer() {
    JsonNode d = ok("/api/documents/000_d34ea18d0a192c3d");
    String text = d.get("text").asText();
    assertTrue(text.startsWith("Le président Biden a rencontré"), text);
    List<String> layers = new java.util.ArrayList<>();
    d.get("layers").forEach(l -> layers.add(l.get("layer").asText()));
    assertTrue(layers.containsAll(List.of("sentences", "tokens", "entities", "quotes", "times", "amounts")),
        layers.toString());
    boolean stoltenberg = false;
    for (JsonNode q : d.get("quotes")) {
      assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()),
          "offsets index the text");
      if (q.get("text").asText().startsWith("Nous sommes déterminés")) {
        assertEquals("Jens Stoltenberg", q.get("speaker_name").asText());
        assertEquals("Q57286", q.get("speaker_id").asText());
        stoltenberg = true;
      }
    }
    assertTrue(stoltenberg, "Stoltenberg's quote is there");
    for (JsonNode m : d.get("mentions")) {
      assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    assertTrue(d.get("values").size() >= 3, "amounts of the article: " + d.get("values"));
    assertTrue(d.get("times").size() >= 1);
  }

  @Test
  void unknownIdsAre404() {
    error(404, "/api/documents/no-such-article", "no article with id 'no-such-article'");
    error(404, "/api/entities/Zzyzx%20Qwertyuiop", "no entity matches");
    error(404, "/api/quotes?speaker=Zzyzx%20Qwertyuiop", "no entity matches");
    error(404, "/api/events?actor=Zzyzx%20Qwertyuiop", "no entity matches");
    error(404, "/api/timeline?entity=Zzyzx%20Qwertyuiop", "no entity matches");
    error(404, "/api/no-such-endpoint", "nothing at /api/no-such-endpoint");
    Reply page = get("/articles/no-such-article");
    assertEquals(404, page.status());
    assertTrue(page.body().contains("no article with id"), page.body());
    assertTrue(page.raw().headers().firstValue("content-type").orElse("").startsWith("text/html"));
  }

  @Test
  void badParametersAre400WithAClearMessage() {
    error(400, "/api/documents?limit=101", "limit must be between 1 and 100: 101");
    error(400, "/api/documents?limit=0", "limit must be between 1 and 100: 0");
    error(400, "/api/documents?limit=ten", "limit must be a whole number: 'ten'");
    error(400, "/api/documents?offset=-1", "offset must be between 0 and 100000");
    error(400, "/api/documents?from=2022-13-01", "from must be a date YYYY-MM-DD: '2022-13-01'");
    error(400, "/api/documents?from=2022-03-01&to=2022-01-01", "from (2022-03-01) is after to (2022-01-01)");
    error(400, "/api/documents?colour=blue", "unknown parameter 'colour'");
    error(400, "/api/documents?limit=1&limit=2", "parameter 'limit' is given 2 times");
    error(400, "/api/search", "parameter 'q' is required");
    error(400, "/api/search?q=" + "a".repeat(201), "q is too long: 201 characters, at most 200");
    error(400, "/api/search?q=otan&type=tweets", "type takes articles, quotes, events: 'tweets'");
    error(400, "/api/entities?type=ALIEN", "type must be one of PER, ORG, LOC, MISC: 'ALIEN'");
    error(400, "/api/timeline?kind=rumour", "kind takes event, quote, dated: 'rumour'");
    error(400, "/api/timeline?limit=1001", "limit must be between 1 and 1000");
    error(400, "/api/graph?nodes=301", "nodes must be between 1 and 300");
    error(400, "/api/quotes?q=" + "é".repeat(300), "q is too long");
  }

  @Test
  void searchFindsStoltenberg() {
    JsonNode r = ok("/api/search?q=Stoltenberg");
    assertTrue(r.get("total").asInt() >= 3, r.toString());
    JsonNode hit = null;
    for (JsonNode x : r.get("hits")) {
      if (hit == null && x.get("kind").asText().equals("article")) {
        hit = x;
      }
    }
    assertNotNull(hit, r.toString());
    JsonNode passage = hit.get("passages").get(0);
    JsonNode h = passage.get("highlights").get(0);
    String marked = passage.get("text").asText().substring(h.get("start").asInt() - passage.get("start").asInt(),
        h.get("end").asInt() - passage.get("start").asInt());
    assertEquals("stoltenberg", marked.toLowerCase(java.util.Locale.ROOT));
    JsonNode quotesOnly = ok("/api/search?q=Russie&type=quotes&limit=5");
    for (JsonNode x : quotesOnly.get("hits")) {
      assertEquals("quote", x.get("kind").asText());
    }
  }

  @Test
  void entitiesAndProfiles() {
    JsonNode list = ok("/api/entities?q=stoltenberg");
    assertEquals("Q57286", list.get("items").get(0).get("id").asText(), list.toString());
    JsonNode people = ok("/api/entities?type=PER&limit=100");
    for (JsonNode e : people.get("items")) {
      assertEquals("PER", e.get("type").asText());
    }
    JsonNode p = ok("/api/entities/Q57286");
    assertEquals("Jens Stoltenberg", p.get("name").asText());
    assertTrue(p.get("roles").toString().contains("secrétaire général"), p.get("roles").toString());
    assertTrue(p.get("quote_count").asInt() >= 1);
    assertTrue(p.get("related").size() >= 3);
    assertEquals("Q57286", ok("/api/entities/Stoltenberg").get("id").asText(), "a name finds the entity too");
  }

  @Test
  void quotesFilterBySpeakerDateAndWords() {
    JsonNode byHim = ok("/api/quotes?speaker=Stoltenberg");
    assertTrue(byHim.get("total").asInt() >= 2, byHim.toString());
    for (JsonNode q : byHim.get("items")) {
      assertEquals("Q57286", q.get("speaker_id").asText());
    }
    JsonNode recent = ok("/api/quotes?speaker=Blinken&from=2022-01-01");
    assertTrue(recent.get("total").asInt() >= 1);
    for (JsonNode q : recent.get("items")) {
      assertTrue(q.get("date").asText().compareTo("2022-01-01") >= 0, q.toString());
    }
    JsonNode words = ok("/api/quotes?q=determines");
    assertTrue(words.get("items").toString().contains("Nous sommes déterminés"), "accents folded: " + words);
    JsonNode paged = ok("/api/quotes?limit=5&offset=5");
    assertEquals(5, paged.get("items").size());
    assertEquals(5, paged.get("offset").asInt());
  }

  @Test
  void eventsTimelineStoriesAndGraph() {
    JsonNode events = ok("/api/events?from=2020-01-01");
    assertTrue(events.get("total").asInt() >= 0);
    assertTrue(events.get("items").isArray());
    JsonNode t = ok("/api/timeline?entity=Blinken&kind=quote");
    assertEquals("Antony Blinken", t.get("entity_name").asText());
    String previous = "";
    for (JsonNode e : t.get("entries")) {
      assertEquals("quote", e.get("kind").asText());
      assertTrue(e.get("date").asText().compareTo(previous) >= 0, "date order");
      previous = e.get("date").asText();
    }
    assertTrue(ok("/api/stories?min=1").get("stories").size() >= 1);
    JsonNode g = ok("/api/graph?entity=Stoltenberg&min=1");
    assertEquals("Q57286", g.get("centre").asText());
    Set<String> nodes = new HashSet<>();
    g.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    assertTrue(nodes.contains("Q57286") && nodes.size() > 3, nodes.toString());
    assertFalse(g.get("edges").isEmpty());
    for (JsonNode e : g.get("edges")) {
      assertTrue(nodes.contains(e.get("source").asText()) && nodes.contains(e.get("target").asText()));
      assertEquals(e.get("weight").asLong(), e.get("articles").asLong() + e.get("quotes").asLong()
          + e.get("events").asLong());
    }
    assertTrue(ok("/api/graph?nodes=10").get("nodes").size() <= 10);
  }

  @Test
  void openApiAndIndexDescribeTheEndpoints() {
    Reply y = get("/api/openapi.yaml");
    assertEquals(200, y.status());
    for (String path : List.of("/api/documents", "/api/documents/{id}", "/api/search", "/api/entities",
        "/api/entities/{id}", "/api/quotes", "/api/events", "/api/timeline", "/api/stories", "/api/graph")) {
      assertTrue(y.body().contains("  " + path + ":"), path);
      assertTrue(ok("/api").get("endpoints").has(path), path);
    }
  }

  @Test
  void articleMarkupIsShownAsText() {
    Reply api = get(markup, "/api/documents/" + SeedStore.SCRIPT_DOC);
    assertEquals(SeedStore.SCRIPT_TEXT, api.json().get("text").asText(), "the API gives the text as it is, in JSON");
    Reply page = get(markup, "/articles/" + SeedStore.SCRIPT_DOC);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("&lt;script&gt;window.vigieHacked"), page.body());
    assertFalse(page.body().contains("<script>window"), page.body());
    assertFalse(page.body().contains("<b>restent"), page.body());
    assertTrue(page.raw().headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
    Reply search = get(markup, "/search?q=Stoltenberg");
    assertTrue(search.body().contains("&lt;script&gt;window.vigieHacked"), search.body());
    assertFalse(search.body().contains("<script>window"), search.body());
    for (String path : List.of("/", "/articles", "/quotes", "/entities/Stoltenberg", "/timeline")) {
      assertFalse(get(markup, path).body().contains("<b>restent"), path);
    }
    Reply echo = get("/search?q=%3Cimg%20src%3Dx%3E");
    assertFalse(echo.body().contains("<img src=x>"), "the query is escaped where it is echoed");
  }

  @Test
  void noPathTraversalAndStaticFilesServe() throws IOException {
    assertEquals(200, get("/static/app.css").status());
    for (String target : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/....//....//etc/passwd",
        "/static/%2e%2e/org/vigie/server/VigieServer.class", "/static/../openapi.yaml")) {
      String response = raw(target);
      String status = response.substring(0, response.indexOf("\r\n"));
      assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + ": " + status);
      assertFalse(response.contains("root:"), target);
      assertFalse(response.contains("openapi: 3"), target);
    }
  }

  @Test
  void readOnlyAndBounded() {
    Reply post = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(405, post.status(), post.body());
    assertTrue(post.json().get("message").asText().contains("read-only"));
    Reply delete = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/documents/000_d34ea18d0a192c3d")).DELETE().build());
    assertEquals(405, delete.status());
    Reply big = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
        .method("PUT", HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build());
    assertTrue(big.status() == 405 || big.status() == 413, "status " + big.status());
    Reply bigGet = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
        .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build());
    assertEquals(413, bigGet.status(), bigGet.body());
    Reply longUrl = get("/api/search?q=" + "a".repeat(20_000));
    assertTrue(longUrl.status() == 414 || longUrl.status() == 431, "status " + longUrl.status());
  }

  @Test
  void concurrentReadersAllGetTheirAnswer() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
    try {
      List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
      for (int i = 0; i < 36; i++) {
        String path = List.of("/api/entities/Q57286", "/api/documents/000_d34ea18d0a192c3d",
            "/articles/002_e9dc028f06baa9c8").get(i % 3);
        replies.add(pool.submit(() -> get(path)));
      }
      for (java.util.concurrent.Future<Reply> r : replies) {
        assertEquals(200, r.get().status(), r.get().body());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pagesRender() {
    for (String path : List.of("/", "/articles", "/entities", "/entities/Q57286", "/quotes?speaker=Blinken",
        "/events", "/timeline", "/graph", "/stories?min=1", "/search?q=Stoltenberg",
        "/articles/000_d34ea18d0a192c3d")) {
      Reply r = get(path);
      assertEquals(200, r.status(), path + ": " + r.body());
      assertTrue(r.body().startsWith("<!DOCTYPE html>"), path);
      assertNotNull(r.raw().headers().firstValue("x-content-type-options").orElse(null));
    }
    assertEquals(400, get("/quotes?from=yesterday").status());
  }
}
