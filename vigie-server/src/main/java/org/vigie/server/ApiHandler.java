package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.store.Store;

/**
 * The JSON API under {@code /api}, described in the README and in {@code /api/openapi.yaml}. Each handler
 * parses and checks its parameters ({@link Params}), asks the store on a worker ({@link Work}), and renders JSON
 * (snake_case keys, offsets into the article text).
 */
final class ApiHandler {
  static final List<String> ENTITY_TYPES = List.of("PER", "ORG", "LOC", "MISC");
  static final List<String> SEARCH_KINDS = List.of("articles", "quotes", "events");
  static final List<String> TIMELINE_KINDS = List.of("event", "quote", "dated");
  /** Most timeline entries in one answer. */
  static final int MAX_TIMELINE = 1000;
  /** Most graph nodes in one answer. */
  static final int MAX_NODES = 300;

  private final Store store;
  private final Work work;

  ApiHandler(Store store, Work work) {
    this.store = store;
    this.work = work;
  }

  void register(Javalin app) {
    app.get("/api", this::index);
    app.get("/api/openapi.yaml", this::openapi);
    app.get("/api/stats", ctx -> {
      Params.of(ctx);
      ctx.json(work.run(store::stats));
    });
    app.get("/api/documents", this::documents);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/search", this::search);
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", this::entity);
    app.get("/api/quotes", this::quotes);
    app.get("/api/events", this::events);
    app.get("/api/timeline", this::timeline);
    app.get("/api/stories", this::stories);
    app.get("/api/graph", this::graph);
  }

  private void index(Context ctx) {
    Params.of(ctx);
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("/api/stats", "counts of the store");
    endpoints.put("/api/documents", "articles: entity, q, from, to, offset, limit");
    endpoints.put("/api/documents/{id}", "one article with its text and every layer");
    endpoints.put("/api/search", "full-text search: q, entity, from, to, type, limit");
    endpoints.put("/api/entities", "entities: q, type, offset, limit");
    endpoints.put("/api/entities/{id}", "an entity's profile (id, QID or name): limit");
    endpoints.put("/api/quotes", "quotes: speaker, q, doc, from, to, offset, limit");
    endpoints.put("/api/events", "events: type, actor, doc, from, to, offset, limit");
    endpoints.put("/api/timeline", "timeline: entity, from, to, kind, limit");
    endpoints.put("/api/stories", "stories: entity, from, to, min, limit");
    endpoints.put("/api/graph", "entity graph: entity, min, nodes");
    endpoints.put("/api/openapi.yaml", "this API in OpenAPI 3");
    ctx.json(Map.of("endpoints", endpoints));
  }

  private void openapi(Context ctx) {
    Params.of(ctx);
    try (InputStream in = ApiHandler.class.getResourceAsStream("openapi.yaml")) {
      ctx.contentType("application/yaml; charset=utf-8");
      ctx.result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> page(Store.Page<?> page, int limit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", page.total());
    m.put("offset", page.offset());
    m.put("limit", limit);
    m.put("items", page.items());
    return m;
  }

  static Store.DocumentQuery documentQuery(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    return new Store.DocumentQuery(p.text("entity"), p.text("q"), from, to, p.offset(), p.limit(20));
  }

  private void documents(Context ctx) {
    Store.DocumentQuery q = documentQuery(Params.of(ctx, "entity", "q", "from", "to", "offset", "limit"));
    ctx.json(page(work.run(() -> store.documents(q)), q.limit()));
  }

  private void document(Context ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    ctx.json(work.run(() -> store.document(id))
        .orElseThrow(() -> new Errors.NotFound("no article with id '" + Params.cut(id) + "'")));
  }

  static Store.SearchQuery searchQuery(Params p) {
    String q = p.required("q");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    Set<Store.Kind> kinds = EnumSet.noneOf(Store.Kind.class);
    for (String k : p.someOf("type", SEARCH_KINDS)) {
      kinds.add(Store.Kind.valueOf(k.substring(0, k.length() - 1).toUpperCase(java.util.Locale.ROOT)));
    }
    return new Store.SearchQuery(q, p.text("entity"), from, to, kinds, p.limit(20));
  }

  private void search(Context ctx) {
    Store.SearchQuery q = searchQuery(Params.of(ctx, "q", "entity", "from", "to", "type", "limit"));
    ctx.json(work.run(() -> store.search(q)));
  }

  static Store.EntityQuery entityQuery(Params p) {
    return new Store.EntityQuery(p.text("q"), p.oneOf("type", ENTITY_TYPES), p.offset(), p.limit(20));
  }

  private void entities(Context ctx) {
    Store.EntityQuery q = entityQuery(Params.of(ctx, "q", "type", "offset", "limit"));
    ctx.json(page(work.run(() -> store.entities(q)), q.limit()));
  }

  private void entity(Context ctx) {
    Params p = Params.of(ctx, "limit");
    String id = ctx.pathParam("id");
    if (id.length() > Params.MAX_TEXT) {
      throw new Params.BadRequest("entity id is too long: " + id.length() + " characters");
    }
    int limit = p.limit(20);
    ctx.json(work.run(() -> store.entity(id, limit)));
  }

  static Store.QuoteQuery quoteQuery(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    return new Store.QuoteQuery(p.text("speaker"), p.text("q"), p.text("doc"), from, to, p.offset(), p.limit(20));
  }

  private void quotes(Context ctx) {
    Store.QuoteQuery q = quoteQuery(Params.of(ctx, "speaker", "q", "doc", "from", "to", "offset", "limit"));
    ctx.json(page(work.run(() -> store.quotes(q)), q.limit()));
  }

  static Store.EventQuery eventQuery(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    return new Store.EventQuery(p.text("type"), p.text("actor"), p.text("doc"), from, to, p.offset(), p.limit(20));
  }

  private void events(Context ctx) {
    Store.EventQuery q = eventQuery(Params.of(ctx, "type", "actor", "doc", "from", "to", "offset", "limit"));
    ctx.json(page(work.run(() -> store.events(q)), q.limit()));
  }

  static Store.TimelineQuery timelineQuery(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    return new Store.TimelineQuery(p.text("entity"), from, to, p.someOf("kind", TIMELINE_KINDS),
        p.integer("limit", 200, 1, MAX_TIMELINE));
  }

  private void timeline(Context ctx) {
    Store.TimelineQuery q = timelineQuery(Params.of(ctx, "entity", "from", "to", "kind", "limit"));
    ctx.json(work.run(() -> store.timeline(q)));
  }

  static Store.StoryQuery storyQuery(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.range(from, to);
    return new Store.StoryQuery(p.text("entity"), from, to, p.integer("min", 2, 1, 1000), p.limit(20));
  }

  private void stories(Context ctx) {
    Store.StoryQuery q = storyQuery(Params.of(ctx, "entity", "from", "to", "min", "limit"));
    ctx.json(Map.of("stories", work.run(() -> store.stories(q))));
  }

  static Store.GraphQuery graphQuery(Params p) {
    return new Store.GraphQuery(p.text("entity"), p.integer("min", 2, 1, 1000), p.integer("nodes", 40, 1,
        MAX_NODES));
  }

  private void graph(Context ctx) {
    Store.GraphQuery q = graphQuery(Params.of(ctx, "entity", "min", "nodes"));
    ctx.json(work.run(() -> store.graph(q)));
  }
}
