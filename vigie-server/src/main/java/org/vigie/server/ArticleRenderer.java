package org.vigie.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigie.store.Store;

/**
 * An article's text as HTML with its layers marked: entity mentions (linked to the entity's page), quotes (with
 * their speaker in a tooltip and a data attribute), speakers, dates (linked to the timeline of their day), amounts
 * and quantities, events. Marks may
 * overlap or nest (a quote holds names; a role phrase holds an organisation), so the text is cut at every mark's
 * boundary and each piece is wrapped in the marks that cover it, outermost first; only the innermost entity
 * mention becomes a link, since links cannot nest. Every piece of text is escaped.
 */
final class ArticleRenderer {
  private ArticleRenderer() {}

  /** A mark: span, nesting rank (lower is outer), opening and closing tags. */
  private record Mark(int start, int end, int rank, String open, String close, boolean link) {}

  static String render(Store.DocumentView d) {
    String text = d.text();
    Map<String, Store.DocEntity> byLocal = new HashMap<>();
    for (Store.DocEntity e : d.entities()) {
      byLocal.put(e.localId(), e);
    }
    List<Mark> marks = new ArrayList<>();
    for (Store.EventRow ev : d.events()) {
      StringBuilder who = new StringBuilder();
      for (Store.Participant p : ev.participants()) {
        who.append(who.length() == 0 ? "" : ", ").append(p.name()).append(p.role() == null ? "" : " (" + p.role()
            + ")");
      }
      add(marks, text, ev.start(), ev.end(), 0, "<span class=\"event\"\u0001id=\"ev-" + ev.event() + "\" title=\""
          + Html.esc("Event " + ev.type() + (who.length() == 0 ? "" : ": " + who)) + "\" data-type=\""
          + Html.esc(ev.type()) + "\">", "</span>", false);
    }
    for (Store.QuoteRow q : d.quotes()) {
      String speaker = q.speakerName() == null ? "unattributed" : q.speakerName();
      add(marks, text, q.start(), q.end(), 1, "<span class=\"quote" + (q.direct() ? " direct" : " reported")
          + "\"\u0001id=\"q-" + q.quote() + "\" data-quote=\"" + q.quote() + "\" data-group=\"" + q.group()
          + "\" data-speaker=\"" + Html.esc(speaker) + "\" title=\"" + Html.esc("Said by " + speaker
          + (q.cue() == null ? "" : " (" + q.cue() + ")")) + "\">", "</span>", false);
      if (q.speakerStart() != null && q.speakerEnd() != null) {
        add(marks, text, q.speakerStart(), q.speakerEnd(), 2, "<span class=\"speaker\" data-quote=\"" + q.quote()
            + "\">", "</span>", false);
      }
      if (q.cueStart() != null && q.cueEnd() != null) {
        add(marks, text, q.cueStart(), q.cueEnd(), 2, "<span class=\"cue\">", "</span>", false);
      }
    }
    for (Store.TimeMention t : d.times()) {
      String title = " title=\"" + Html.esc(t.kind() + " " + t.value()) + "\" data-value=\"" + Html.esc(t.value())
          + "\">";
      if (t.dateStart() != null) {
        // A date on the calendar links to what else the store places on that day.
        String day = Html.url(t.dateStart());
        add(marks, text, t.start(), t.end(), 3, "<a class=\"date\" href=\"/timeline?from=" + day + "&amp;to=" + day
            + "\"" + title, "</a>", true);
      } else {
        add(marks, text, t.start(), t.end(), 3, "<span class=\"date\"" + title, "</span>", false);
      }
    }
    for (Store.ValueMention v : d.values()) {
      String value = number(v.value()) + (v.upper() == null ? "" : "–" + number(v.upper())) + " "
          + (v.unit() == null ? "" : v.unit());
      add(marks, text, v.start(), v.end(), 3, "<span class=\"" + v.layer() + "\" title=\"" + Html.esc(
          ("=".equals(v.qualifier()) || v.qualifier() == null ? "" : v.qualifier() + " ") + value
          + (v.object() == null ? "" : " for " + v.object())) + "\">", "</span>", false);
    }
    for (Store.EntityMention m : d.mentions()) {
      Store.DocEntity e = byLocal.get(m.localId());
      if (e == null || e.entityId() == null) {
        continue;
      }
      add(marks, text, m.start(), m.end(), 4, "<a class=\"ent " + Html.esc(
          e.type()) + (m.role() ? " role" : "") + "\" href=\"" + Html.esc(Html.entityHref(e.entityId()))
          + "\" title=\"" + Html.esc(e.name() + " (" + e.type() + (e.qid() == null ? "" : ", " + e.qid()) + ")")
          + "\" data-entity=\"" + Html.esc(e.entityId()) + "\">", "</a>", true);
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      cuts.add(m.start());
      cuts.add(m.end());
    }
    // Outer first: lower rank, then longer.
    Comparator<Mark> outerFirst = Comparator.comparingInt(Mark::rank)
        .thenComparing(Comparator.comparingInt((Mark m) -> m.end() - m.start()).reversed())
        .thenComparingInt(Mark::start);
    marks.sort(outerFirst);
    StringBuilder out = new StringBuilder(text.length() * 2);
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        piece(out, text, prev, cut, marks);
      }
      prev = cut;
    }
    return out.toString();
  }

  private static void add(List<Mark> marks, String text, int start, int end, int rank, String open, String close,
      boolean link) {
    if (start < 0 || end > text.length() || end <= start) {
      return;
    }
    marks.add(new Mark(start, end, rank, open, close, link));
  }

  private static void piece(StringBuilder out, String text, int from, int to, List<Mark> marks) {
    List<Mark> covering = new ArrayList<>();
    Mark link = null;
    for (Mark m : marks) {
      if (m.start() <= from && m.end() >= to) {
        if (m.link()) {
          link = m; // marks are outer first, so the last link is the innermost
        } else {
          covering.add(m);
        }
      }
    }
    if (link != null) {
      covering.add(link);
    }
    // An anchor for every position a mark starts at, so that lists elsewhere can link into the text.
    for (Mark m : covering) {
      if (m.start() == from) {
        out.append("<span class=\"at\" id=\"at-").append(from).append("\"></span>");
        break;
      }
    }
    for (Mark m : covering) {
      // Only a mark's first piece carries its id.
      String open = m.open();
      int id = open.indexOf('\u0001');
      if (id >= 0) {
        open = m.start() == from ? open.replace('\u0001', ' ')
            : open.substring(0, id) + open.substring(open.indexOf('"', open.indexOf('"', id) + 1) + 1);
      }
      out.append(open);
    }
    out.append(Html.esc(text.substring(from, to)));
    for (int i = covering.size() - 1; i >= 0; i--) {
      out.append(covering.get(i).close());
    }
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(java.util.Locale.ROOT, "%,d", (long) v).replace(',', ' ');
    }
    return String.format(java.util.Locale.ROOT, "%,.2f", v).replace(',', ' ');
  }
}
