package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.vigie.core.Span;
import org.vigie.store.Store;

/**
 * The web UI: server-side HTML pages, each a thin view of one or two store reads. Every text from the store is
 * escaped ({@link Html#esc}); the timeline and graph pages draw themselves from the API with
 * {@code /static/app.js}.
 */
final class PageHandler {
  private final Store store;
  private final Work work;

  PageHandler(Store store, Work work) {
    this.store = store;
    this.work = work;
  }

  void register(Javalin app) {
    app.get("/", this::home);
    app.get("/search", this::search);
    app.get("/articles", this::articles);
    app.get("/articles/{id}", this::article);
    app.get("/entities", this::entities);
    app.get("/entities/{id}", this::entity);
    app.get("/quotes", this::quotes);
    app.get("/events", this::events);
    app.get("/timeline", this::timeline);
    app.get("/graph", this::graph);
    app.get("/stories", this::stories);
  }

  private static String esc(String s) {
    return Html.esc(s);
  }

  private static String orDash(String s) {
    return s == null ? "–" : esc(s);
  }

  private static String entityLink(String id, String name) {
    if (id == null) {
      return esc(name);
    }
    return "<a class=\"ent-link\" href=\"" + esc(Html.entityHref(id)) + "\">" + esc(name == null ? id : name) + "</a>";
  }

  private static String articleLink(String doc, String title) {
    return "<a class=\"doc-link\" href=\"" + esc(Html.articleHref(doc)) + "\">" + esc(title == null ? doc : title)
        + "</a>";
  }

  private static String quoteText(Store.QuoteRow q) {
    return q.direct() ? "« " + esc(q.text()) + " »" : esc(q.text());
  }

  /** Links to the previous and next pages, keeping the other parameters. */
  private static String pager(Context ctx, Store.Page<?> page, int limit) {
    StringBuilder b = new StringBuilder("<nav class=\"pager\">");
    long shown = Math.min(page.total(), page.offset() + (long) page.items().size());
    b.append("<span>").append(page.total() == 0 ? 0 : page.offset() + 1).append("–").append(shown).append(" of ")
        .append(page.total()).append("</span>");
    if (page.offset() > 0) {
      b.append(" <a rel=\"prev\" href=\"").append(esc(withOffset(ctx, Math.max(0, page.offset() - limit))))
          .append("\">previous</a>");
    }
    if (shown < page.total()) {
      b.append(" <a rel=\"next\" href=\"").append(esc(withOffset(ctx, page.offset() + limit))).append("\">next</a>");
    }
    return b.append("</nav>").toString();
  }

  private static String withOffset(Context ctx, int offset) {
    StringBuilder b = new StringBuilder(ctx.path()).append("?offset=").append(offset);
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!e.getKey().equals("offset") && !e.getValue().isEmpty()) {
        b.append('&').append(Html.url(e.getKey())).append('=').append(Html.url(e.getValue().get(0)));
      }
    }
    return b.toString();
  }

  private static String input(String label, String name, String value, String type) {
    return "<label>" + esc(label) + " <input type=\"" + type + "\" name=\"" + name + "\" value=\"" + esc(value)
        + "\" maxlength=\"" + Params.MAX_TEXT + "\"></label> ";
  }

  private static String val(Object o) {
    return o == null ? "" : o.toString();
  }

  // ---------------------------------------------------------------------------------------------------------

  private void home(Context ctx) {
    Params.of(ctx);
    Store.Stats stats = work.run(store::stats);
    Store.Page<Store.DocumentSummary> docs = work.run(() -> store.documents(
        new Store.DocumentQuery(null, null, null, null, 0, 10)));
    Store.Page<Store.EntitySummary> ents = work.run(() -> store.entities(new Store.EntityQuery(null, null, 0, 100)));
    List<Store.EntitySummary> speakers = ents.items().stream().filter(e -> e.quotes() > 0)
        .sorted(java.util.Comparator.comparingLong(Store.EntitySummary::quotes).reversed()).limit(8).toList();
    StringBuilder b = new StringBuilder();
    b.append("<h1>What the articles say</h1><p class=\"stats\">").append(stats.documents()).append(" articles, ")
        .append(stats.entities()).append(" entities, ").append(stats.quotes()).append(" quotes, ")
        .append(stats.events()).append(" events, ").append(stats.stories()).append(" stories")
        .append(stats.firstDate() == null ? "" : ", " + esc(stats.firstDate()) + " to " + esc(stats.lastDate()))
        .append(".</p><div class=\"cols\"><section><h2>Latest articles</h2><ul class=\"docs\">");
    for (Store.DocumentSummary d : docs.items()) {
      b.append("<li><span class=\"date\">").append(orDash(d.date())).append("</span> ")
          .append(articleLink(d.doc(), d.headline())).append("</li>");
    }
    b.append("</ul><p><a href=\"/articles\">All articles</a></p></section><section><h2>Most named</h2>")
        .append("<ul class=\"ents\">");
    for (Store.EntitySummary e : ents.items().subList(0, Math.min(12, ents.items().size()))) {
      b.append("<li>").append(entityLink(e.id(), e.name())).append(" <span class=\"type\">").append(esc(e.type()))
          .append("</span> <span class=\"count\">").append(e.documents()).append(" articles</span></li>");
    }
    b.append("</ul><p><a href=\"/entities\">All entities</a></p><h2>Most quoted</h2><ul class=\"ents\">");
    for (Store.EntitySummary e : speakers) {
      b.append("<li>").append(entityLink(e.id(), e.name())).append(" <a class=\"count\" href=\"/quotes?speaker=")
          .append(esc(Html.url(e.id()))).append("\">").append(e.quotes()).append(" quotes</a></li>");
    }
    b.append("</ul><p><a href=\"/quotes\">All quotes</a></p></section></div>");
    ctx.html(Html.page("Home", "", "", b.toString()));
  }

  private void search(Context ctx) {
    Params p = Params.of(ctx, "q", "entity", "from", "to", "type", "limit");
    String text = p.text("q");
    if (text == null) {
      ctx.html(Html.page("Search", "", "", "<h1>Search</h1><p>Type words in the box above: all must match;"
          + " <code>\"a phrase\"</code>, <code>a | b</code>, <code>-word</code>, <code>prefix*</code> work.</p>"));
      return;
    }
    Store.SearchQuery q = ApiHandler.searchQuery(p);
    Store.SearchResult r = work.run(() -> store.search(q));
    StringBuilder b = new StringBuilder("<h1>Search: ").append(esc(text)).append("</h1><p class=\"stats\">")
        .append(r.total()).append(" matches").append(r.entityName() == null ? "" : " for " + esc(r.entityName()))
        .append("</p><ol class=\"hits\">");
    for (Store.Hit h : r.hits()) {
      b.append("<li class=\"hit hit-").append(h.kind().label())
          .append("\"><div class=\"hit-head\"><span class=\"kind\">")
          .append(h.kind().label()).append("</span> <span class=\"date\">").append(orDash(h.date())).append("</span> ")
          .append("<a class=\"doc-link\" href=\"").append(esc(h.kind() == Store.Kind.ARTICLE
              ? Html.articleHref(h.doc()) : Html.articleHref(h.doc(), h.start()))).append("\">")
          .append(esc(h.title() == null ? h.doc() : h.title())).append("</a>");
      if (h.speaker() != null) {
        b.append(" <span class=\"who\">").append(esc(h.speaker())).append("</span>");
      }
      b.append("</div>");
      for (Store.Passage ps : h.passages()) {
        b.append("<p class=\"snippet\">").append(highlight(ps)).append("</p>");
      }
      b.append("</li>");
    }
    b.append("</ol>");
    ctx.html(Html.page("Search: " + text, "", text, b.toString()));
  }

  /** A passage with its matches in {@code <mark>}; highlight offsets index the article, like the passage's. */
  static String highlight(Store.Passage p) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    String t = p.text();
    for (Span h : p.highlights()) {
      int s = Math.max(at, Math.min(t.length(), h.start() - p.start()));
      int e = Math.max(s, Math.min(t.length(), h.end() - p.start()));
      b.append(esc(t.substring(at, s))).append("<mark>").append(esc(t.substring(s, e))).append("</mark>");
      at = e;
    }
    return b.append(esc(t.substring(at))).toString();
  }

  private void articles(Context ctx) {
    Params p = Params.of(ctx, "entity", "q", "from", "to", "offset", "limit");
    Store.DocumentQuery q = ApiHandler.documentQuery(p);
    Store.Page<Store.DocumentSummary> page = work.run(() -> store.documents(q));
    StringBuilder b = new StringBuilder("<h1>Articles</h1><form class=\"filters\" method=\"get\">")
        .append(input("Headline words", "q", q.text(), "text")).append(input("Entity", "entity", q.entity(), "text"))
        .append(input("From", "from", val(q.from()), "date")).append(input("To", "to", val(q.to()), "date"))
        .append("<button type=\"submit\">Filter</button></form><table class=\"list\"><thead><tr><th>date</th>")
        .append("<th>headline</th><th>entities</th><th>quotes</th><th>events</th></tr></thead><tbody>");
    for (Store.DocumentSummary d : page.items()) {
      b.append("<tr><td class=\"date\">").append(orDash(d.date())).append("</td><td>")
          .append(articleLink(d.doc(), d.headline())).append("</td><td class=\"n\">").append(d.entities())
          .append("</td><td class=\"n\">").append(d.quotes()).append("</td><td class=\"n\">").append(d.events())
          .append("</td></tr>");
    }
    b.append("</tbody></table>").append(pager(ctx, page, q.limit()));
    ctx.html(Html.page("Articles", "articles", "", b.toString()));
  }

  private void article(Context ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    Store.DocumentView d = work.run(() -> store.document(id))
        .orElseThrow(() -> new Errors.NotFound("no article with id '" + Params.cut(id) + "'"));
    StringBuilder b = new StringBuilder("<article class=\"doc\"><h1>").append(esc(d.title() == null ? d.headline()
        : d.title())).append("</h1><p class=\"meta\"><span class=\"date\">").append(orDash(d.date())).append("</span>")
        .append(d.dateSource() == null ? "" : " <span class=\"src\">(" + esc(d.dateSource()) + ")</span>")
        .append(" · <code>").append(esc(d.doc())).append("</code>");
    if (d.url() != null && (d.url().startsWith("http://") || d.url().startsWith("https://"))) {
      b.append(" · <a rel=\"noreferrer noopener\" href=\"").append(esc(d.url())).append("\">source</a>");
    }
    b.append(" · <a href=\"/api/documents/").append(esc(Html.url(d.doc()))).append("\">JSON</a></p>")
        .append("<p class=\"legend\"><span class=\"ent PER\">person</span> <span class=\"ent ORG\">organisation</span>")
        .append(" <span class=\"ent LOC\">place</span> <span class=\"quote direct\">quote</span>")
        .append(" <span class=\"speaker\">speaker</span> <span class=\"date\">date</span>")
        .append(" <span class=\"amount\">money</span> <span class=\"quantity\">count</span>")
        .append(" <span class=\"event\">event</span></p><div class=\"layout\"><div class=\"text\" id=\"text\">")
        .append(ArticleRenderer.render(d)).append("</div><aside>");
    b.append("<h2>Quotes (").append(d.quotes().size()).append(")</h2><ol class=\"quotes\">");
    for (Store.QuoteRow q : d.quotes()) {
      b.append("<li data-quote=\"").append(q.quote()).append("\"><a class=\"jump\" href=\"#q-").append(q.quote())
          .append("\">").append(quoteText(q)).append("</a> <span class=\"who\">— ")
          .append(q.speakerId() != null ? entityLink(q.speakerId(), q.speakerName()) : orDash(q.speakerName()))
          .append("</span></li>");
    }
    b.append("</ol><h2>Entities</h2><ul class=\"ents\">");
    for (Store.DocEntity e : d.entities()) {
      if (!e.proper()) {
        continue;
      }
      b.append("<li>").append(entityLink(e.entityId(), e.name())).append(" <span class=\"type\">").append(esc(e.type()))
          .append("</span> <span class=\"count\">×").append(e.mentions()).append("</span></li>");
    }
    b.append("</ul>");
    if (!d.events().isEmpty()) {
      b.append("<h2>Events</h2><ul class=\"events\">");
      for (Store.EventRow ev : d.events()) {
        b.append("<li><a class=\"jump\" href=\"#ev-").append(ev.event()).append("\">").append(esc(ev.type()))
            .append("</a> ").append(participants(ev)).append(" <span class=\"date\">").append(orDash(ev.date()))
            .append("</span></li>");
      }
      b.append("</ul>");
    }
    if (!d.times().isEmpty()) {
      b.append("<h2>Dates</h2><ul class=\"times\">");
      for (Store.TimeMention t : d.times()) {
        b.append("<li><a class=\"jump\" href=\"#at-").append(t.start()).append("\">").append(esc(t.text()))
            .append("</a> <code>").append(esc(t.value())).append("</code></li>");
      }
      b.append("</ul>");
    }
    b.append("</aside></div></article>");
    ctx.html(Html.page(d.headline() == null ? d.doc() : d.headline(), "articles", "", b.toString()));
  }

  private static String participants(Store.EventRow ev) {
    StringBuilder b = new StringBuilder();
    for (Store.Participant p : ev.participants()) {
      b.append(b.length() == 0 ? "" : ", ").append(entityLink(p.entityId(), p.name()))
          .append(p.role() == null ? "" : " <span class=\"role\">" + esc(p.role()) + "</span>");
    }
    return b.toString();
  }

  private void entities(Context ctx) {
    Params p = Params.of(ctx, "q", "type", "offset", "limit");
    Store.EntityQuery q = ApiHandler.entityQuery(p);
    Store.Page<Store.EntitySummary> page = work.run(() -> store.entities(q));
    StringBuilder b = new StringBuilder("<h1>Entities</h1><form class=\"filters\" method=\"get\">")
        .append(input("Name", "q", q.text(), "text")).append("<label>Type <select name=\"type\"><option value=\"\">any")
        .append("</option>");
    for (String t : ApiHandler.ENTITY_TYPES) {
      b.append("<option").append(t.equals(q.type()) ? " selected" : "").append('>').append(t).append("</option>");
    }
    b.append("</select></label> <button type=\"submit\">Filter</button></form><table class=\"list\"><thead><tr>")
        .append("<th>name</th><th>type</th><th>QID</th><th>articles</th><th>mentions</th><th>quotes</th>")
        .append("<th>first</th><th>last</th></tr></thead><tbody>");
    for (Store.EntitySummary e : page.items()) {
      b.append("<tr><td>").append(entityLink(e.id(), e.name())).append("</td><td>").append(esc(e.type()))
          .append("</td><td>").append(orDash(e.qid())).append("</td><td class=\"n\">").append(e.documents())
          .append("</td><td class=\"n\">").append(e.mentions()).append("</td><td class=\"n\">").append(e.quotes())
          .append("</td><td class=\"date\">").append(orDash(e.firstDate())).append("</td><td class=\"date\">")
          .append(orDash(e.lastDate())).append("</td></tr>");
    }
    b.append("</tbody></table>").append(pager(ctx, page, q.limit()));
    ctx.html(Html.page("Entities", "entities", "", b.toString()));
  }

  private void entity(Context ctx) {
    Params p = Params.of(ctx, "limit");
    String id = ctx.pathParam("id");
    if (id.length() > Params.MAX_TEXT) {
      throw new Params.BadRequest("entity id is too long: " + id.length() + " characters");
    }
    int limit = p.limit(50);
    Store.EntityProfile e = work.run(() -> store.entity(id, limit));
    StringBuilder b = new StringBuilder("<h1 class=\"entity\">").append(esc(e.name())).append(" <span class=\"type\">")
        .append(esc(e.type())).append("</span></h1><p class=\"meta\">");
    if (e.qid() != null) {
      b.append("Wikidata <a rel=\"noreferrer noopener\" href=\"https://www.wikidata.org/wiki/").append(esc(Html.url(
          e.qid()))).append("\">").append(esc(e.qid())).append("</a> · ");
    }
    b.append(e.mentions()).append(" mentions in ").append(e.documents()).append(" articles, ")
        .append(orDash(e.firstDate())).append(" to ").append(orDash(e.lastDate()))
        .append(" · <a href=\"/timeline?entity=").append(esc(Html.url(e.id()))).append("\">timeline</a>")
        .append(" · <a href=\"/graph?entity=").append(esc(Html.url(e.id()))).append("\">graph</a>")
        .append(" · <a href=\"/quotes?speaker=").append(esc(Html.url(e.id()))).append("\">quotes</a>")
        .append(" · <a href=\"/api/entities/").append(esc(Html.url(e.id()))).append("\">JSON</a></p>");
    if (!e.otherMatches().isEmpty()) {
      b.append("<p class=\"others\">Also matching: ");
      for (Store.Related r : e.otherMatches()) {
        b.append(entityLink(r.id(), r.name())).append(' ');
      }
      b.append("</p>");
    }
    b.append("<div class=\"cols\"><section><h2>Names</h2><ul class=\"aliases\">");
    for (Store.Alias a : e.aliases()) {
      b.append("<li>").append(esc(a.text())).append(" <span class=\"count\">×").append(a.mentions())
          .append("</span></li>");
    }
    b.append("</ul><h2>Roles</h2>");
    if (e.roles().isEmpty()) {
      b.append("<p class=\"none\">none</p>");
    } else {
      b.append("<table class=\"list roles\"><thead><tr><th>role</th><th>first</th><th>last</th><th>mentions</th>")
          .append("</tr></thead><tbody>");
      for (Store.Role r : e.roles()) {
        b.append("<tr><td>").append(esc(r.role())).append("</td><td class=\"date\">").append(orDash(r.firstDate()))
            .append("</td><td class=\"date\">").append(orDash(r.lastDate())).append("</td><td class=\"n\">")
            .append(r.mentions()).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append("<h2>Appears most with</h2><ul class=\"related\">");
    for (Store.Related r : e.related()) {
      b.append("<li>").append(entityLink(r.id(), r.name())).append(" <span class=\"type\">").append(esc(r.type()))
          .append("</span> <span class=\"count\">").append(r.documents()).append(" articles</span></li>");
    }
    b.append("</ul></section><section><h2>Quotes (").append(e.quoteCount()).append(")</h2><ul class=\"quotes\">");
    for (Store.QuoteRef q : e.quotes()) {
      b.append("<li><span class=\"date\">").append(orDash(q.date())).append("</span> <a href=\"")
          .append(esc(Html.articleHref(q.doc(), q.start()))).append("\">")
          .append(q.direct() ? "« " + esc(q.text()) + " »" : esc(q.text())).append("</a></li>");
    }
    b.append("</ul><h2>Events (").append(e.eventCount()).append(")</h2>");
    if (e.events().isEmpty()) {
      b.append("<p class=\"none\">none</p>");
    } else {
      b.append("<ul class=\"events\">");
      for (Store.EventRef ev : e.events()) {
        b.append("<li><span class=\"date\">").append(orDash(ev.date())).append("</span> <a href=\"")
            .append(esc(Html.articleHref(ev.doc(), ev.start()))).append("\">").append(esc(ev.type())).append("</a> ")
            .append(esc(String.join(", ", ev.participants()))).append("</li>");
      }
      b.append("</ul>");
    }
    b.append("<h2>Articles (").append(e.documents()).append(")</h2><ul class=\"docs\">");
    for (Store.ArticleRef a : e.articles()) {
      b.append("<li><span class=\"date\">").append(orDash(a.date())).append("</span> ")
          .append(articleLink(a.doc(), a.title())).append(" <span class=\"count\">×").append(a.mentions())
          .append("</span></li>");
    }
    b.append("</ul></section></div>");
    ctx.html(Html.page(e.name(), "entities", "", b.toString()));
  }

  private void quotes(Context ctx) {
    Params p = Params.of(ctx, "speaker", "q", "doc", "from", "to", "offset", "limit");
    Store.QuoteQuery q = ApiHandler.quoteQuery(p);
    Store.Page<Store.QuoteRow> page = work.run(() -> store.quotes(q));
    Store.Page<Store.EntitySummary> speakers = work.run(() -> store.entities(
        new Store.EntityQuery(null, null, 0, 100)));
    StringBuilder b = new StringBuilder("<h1>Quotes</h1><form class=\"filters\" method=\"get\">")
        .append("<label>Speaker <input type=\"text\" name=\"speaker\" list=\"speakers\" value=\"")
        .append(esc(q.speaker())).append("\" maxlength=\"").append(Params.MAX_TEXT).append("\"></label> ")
        .append("<datalist id=\"speakers\">");
    for (Store.EntitySummary s : speakers.items()) {
      if (s.quotes() > 0) {
        b.append("<option value=\"").append(esc(s.name())).append("\">");
      }
    }
    b.append("</datalist>").append(input("Words", "q", q.text(), "text"))
        .append(input("From", "from", val(q.from()), "date")).append(input("To", "to", val(q.to()), "date"))
        .append("<button type=\"submit\">Filter</button></form><table class=\"list quotes\"><thead><tr>")
        .append("<th>date</th><th>speaker</th><th>quote</th><th>article</th></tr></thead><tbody>");
    for (Store.QuoteRow r : page.items()) {
      b.append("<tr><td class=\"date\">").append(orDash(r.date())).append("</td><td class=\"who\">")
          .append(r.speakerId() != null ? entityLink(r.speakerId(), r.speakerName()) : orDash(r.speakerName()))
          .append("</td><td><a href=\"").append(esc(Html.articleHref(r.doc(), r.start()))).append("\">")
          .append(quoteText(r)).append("</a></td><td>").append(articleLink(r.doc(), r.title())).append("</td></tr>");
    }
    b.append("</tbody></table>").append(pager(ctx, page, q.limit()));
    ctx.html(Html.page("Quotes", "quotes", "", b.toString()));
  }

  private void events(Context ctx) {
    Params p = Params.of(ctx, "type", "actor", "doc", "from", "to", "offset", "limit");
    Store.EventQuery q = ApiHandler.eventQuery(p);
    Store.Page<Store.EventRow> page = work.run(() -> store.events(q));
    StringBuilder b = new StringBuilder("<h1>Events</h1><form class=\"filters\" method=\"get\">")
        .append(input("Type", "type", q.type(), "text")).append(input("Actor", "actor", q.actor(), "text"))
        .append(input("From", "from", val(q.from()), "date")).append(input("To", "to", val(q.to()), "date"))
        .append("<button type=\"submit\">Filter</button></form>");
    if (page.total() == 0) {
      b.append("<p class=\"none\">No events match.</p>");
    } else {
      b.append("<table class=\"list\"><thead><tr><th>date</th><th>type</th><th>who</th><th>where</th>")
          .append("<th>sentence</th></tr></thead><tbody>");
      for (Store.EventRow ev : page.items()) {
        b.append("<tr><td class=\"date\">").append(orDash(ev.date())).append("</td><td>").append(esc(ev.type()))
            .append("</td><td>").append(participants(ev)).append("</td><td>")
            .append(ev.placeId() != null ? entityLink(ev.placeId(), ev.place()) : orDash(ev.place()))
            .append("</td><td><a href=\"").append(esc(Html.articleHref(ev.doc(), ev.start()))).append("\">")
            .append(esc(ev.text())).append("</a></td></tr>");
      }
      b.append("</tbody></table>");
    }
    b.append(pager(ctx, page, q.limit()));
    ctx.html(Html.page("Events", "events", "", b.toString()));
  }

  private void timeline(Context ctx) {
    Params p = Params.of(ctx, "entity", "from", "to", "kind", "limit");
    Store.TimelineQuery q = ApiHandler.timelineQuery(p);
    Store.Timeline t = work.run(() -> store.timeline(q));
    StringBuilder b = new StringBuilder("<h1>Timeline").append(t.entityName() == null ? "" : " of "
        + entityLink(t.entityId(), t.entityName())).append("</h1><form class=\"filters\" method=\"get\">")
        .append(input("Entity", "entity", q.entity(), "text")).append(input("From", "from", val(q.from()), "date"))
        .append(input("To", "to", val(q.to()), "date")).append("<button type=\"submit\">Show</button></form>")
        .append("<div id=\"timeline\" class=\"chart\" data-src=\"").append(esc("/api/timeline" + (ctx.queryString()
            == null ? "" : "?" + ctx.queryString()))).append("\"><p class=\"hint\">Scroll or use + and − to zoom,")
        .append(" drag to move; click a mark to read it.</p></div><p class=\"stats\">").append(t.total())
        .append(" entries</p><table class=\"list timeline\"><thead><tr><th>date</th><th>as written</th>")
        .append("<th>kind</th><th>who</th><th>what</th></tr></thead><tbody>");
    for (Store.TimelineEntry e : t.entries()) {
      b.append("<tr class=\"tl-").append(esc(e.kind())).append("\"><td class=\"date\">").append(orDash(e.date()))
          .append("</td><td>").append("publication".equals(e.dateSource()) ? "(article)" : orDash(e.when()))
          .append("</td><td>").append(esc(e.kind())).append("</td><td>").append(orDash(e.who())).append("</td><td>")
          .append("<a href=\"").append(esc(Html.articleHref(e.doc(), e.start()))).append("\">").append(esc(e.text()))
          .append("</a></td></tr>");
    }
    b.append("</tbody></table>");
    ctx.html(Html.page("Timeline", "timeline", "", b.toString()));
  }

  private void graph(Context ctx) {
    Params p = Params.of(ctx, "entity", "min", "nodes");
    Store.GraphQuery q = ApiHandler.graphQuery(p);
    // Resolve the entity now, so that an unknown name is a 404 page rather than an empty drawing.
    Store.Graph g = work.run(() -> store.graph(q));
    StringBuilder b = new StringBuilder("<h1>Who appears with whom</h1><form class=\"filters\" method=\"get\">")
        .append(input("Entity", "entity", q.entity(), "text")).append(input("Minimum weight", "min",
            String.valueOf(q.minWeight()), "number"))
        .append("<button type=\"submit\">Show</button></form><p class=\"legend\"><span class=\"ent PER\">person")
        .append("</span> <span class=\"ent ORG\">organisation</span> <span class=\"ent LOC\">place</span>")
        .append(" · line width:")
        .append(" articles shared, quotes where one names the other, events shared. Click a node for its page.</p>")
        .append("<div id=\"graph\" class=\"chart\" data-src=\"").append(esc("/api/graph" + (ctx.queryString() == null
            ? "" : "?" + ctx.queryString()))).append("\"></div><p class=\"stats\">").append(g.nodes().size())
        .append(" entities, ").append(g.edges().size()).append(" links</p><noscript><ul>");
    for (Store.GraphNode n : g.nodes()) {
      b.append("<li>").append(entityLink(n.id(), n.name())).append("</li>");
    }
    b.append("</ul></noscript>");
    ctx.html(Html.page("Graph", "graph", "", b.toString()));
  }

  private void stories(Context ctx) {
    Params p = Params.of(ctx, "entity", "from", "to", "min", "limit");
    Store.StoryQuery q = ApiHandler.storyQuery(p);
    List<Store.Story> stories = work.run(() -> store.stories(q));
    StringBuilder b = new StringBuilder("<h1>Stories</h1><form class=\"filters\" method=\"get\">")
        .append(input("Entity", "entity", q.entity(), "text")).append(input("At least", "min",
            String.valueOf(q.minArticles()), "number")).append("<button type=\"submit\">Show</button></form>");
    if (stories.isEmpty()) {
      b.append("<p class=\"none\">No story of at least ").append(q.minArticles())
          .append(" articles. <a href=\"/stories?min=1\">Show lone articles too</a>.</p>");
    }
    for (Store.Story s : stories) {
      b.append("<section class=\"story\"><h2>").append(esc(s.label())).append("</h2><p class=\"meta\">")
          .append(s.articles()).append(" articles, ").append(orDash(s.firstDate())).append(" to ")
          .append(orDash(s.lastDate())).append(" · ").append(esc(String.join(", ", s.entities()))).append("</p><ul>");
      for (Store.StoryArticle a : s.members()) {
        b.append("<li><span class=\"date\">").append(orDash(a.date())).append("</span> ")
            .append(articleLink(a.doc(), a.title())).append("</li>");
      }
      b.append("</ul></section>");
    }
    ctx.html(Html.page("Stories", "stories", "", b.toString()));
  }
}
