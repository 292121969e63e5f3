package org.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of HTML: the main article of a page, paragraphs separated by a blank line, runs of HTML
 * whitespace collapsed to one space (no-break and other typographic spaces are kept as they are), entities
 * decoded.
 *
 * <p>The article is the largest {@code [itemprop=articleBody]}, else the largest {@code <article>}, else
 * {@code <main>} or {@code [role=main]}, else the body without navigation, header, footer, asides, forms
 * and elements whose class or id says they are boilerplate (share buttons, newsletter, related links,
 * comments, cookie banners, ads). Inside an article, navigation, asides, footers, forms and boilerplate go too
 * (its header stays: it holds the headline and standfirst).
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
      "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
      "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, math, canvas, "
      + "object, embed, video, audio, map, button, input, select, textarea, form, [hidden], "
      + "[aria-hidden=true]";
  private static final String CHROME = "nav, header, footer, aside, [role=navigation], [role=banner], "
      + "[role=contentinfo], [role=complementary], [role=search], dialog";
  private static final String ARTICLE_CHROME = "nav, aside, footer, [role=navigation], [role=complementary], "
      + "[role=search], dialog";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?:^|[\\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|related|recommended|"
          + "comments?|cookies?|consent|gdpr|advert|advertisement|ads?|adslot|promo|breadcrumbs?|menu|navbar|"
          + "sidebar|paywall|outbrain|taboola|popup|modal|banner|skip-link|toolbar)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  private HtmlText() {}

  /** The main article text of a parsed page; empty when none is found. */
  static String article(org.jsoup.nodes.Document doc) {
    for (String query : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
      String best = "";
      for (Element candidate : doc.select(query)) {
        String text = text(clean(candidate.clone(), false));
        if (text.length() > best.length()) {
          best = text;
        }
      }
      if (!best.isBlank()) {
        return best;
      }
    }
    Element body = doc.body();
    return body == null ? "" : text(clean(body.clone(), true));
  }

  /** The text of an HTML fragment (a feed item's content, a JSON field holding HTML). */
  static String fragment(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
    return text(clean(doc.body(), false));
  }

  /** A whole page or a fragment: whichever it is, the article text. */
  static String page(String html) {
    return article(Jsoup.parse(html));
  }

  /**
   * Removes what is never text, the page chrome (inside an article: navigation, asides and footers; in a
   * whole page: also headers), and boilerplate.
   */
  private static Element clean(Element root, boolean wholePage) {
    root.select(NEVER_TEXT).remove();
    for (Element e : root.select(wholePage ? CHROME : ARTICLE_CHROME)) {
      if (e != root) {
        e.remove();
      }
    }
    int total = root.text().length();
    for (Element e : root.select("[class], [id]")) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String names = e.className() + " " + e.id();
      if (BOILERPLATE.matcher(names).find() && e.text().length() * 2 < total) {
        e.remove();
      }
    }
    return root;
  }

  /** Paragraphs of the element's text, separated by a blank line. */
  static String text(Element root) {
    Collector c = new Collector();
    NodeTraversor.traverse(c, root);
    c.flush();
    return String.join("\n\n", c.paragraphs);
  }

  private static final class Collector implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int pre;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        if (pre > 0) {
          current.append(s);
        } else {
          appendCollapsed(s);
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          current.append('\n');
        } else if (tag.equals("td") || tag.equals("th")) {
          appendCollapsed(" ");
        } else if (BLOCKS.contains(tag)) {
          flush();
          if (tag.equals("pre")) {
            pre++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
        if (e.normalName().equals("pre")) {
          pre--;
        }
      }
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
          int n = current.length();
          if (n > 0 && current.charAt(n - 1) != ' ' && current.charAt(n - 1) != '\n') {
            current.append(' ');
          }
        } else {
          current.append(ch);
        }
      }
    }

    void flush() {
      if (current.length() == 0) {
        return;
      }
      String[] lines = current.toString().split("\n", -1);
      StringBuilder p = new StringBuilder();
      for (String line : lines) {
        String l = stripAscii(line);
        if (l.isEmpty()) {
          continue;
        }
        if (p.length() > 0) {
          p.append('\n');
        }
        p.append(l);
      }
      if (p.length() > 0) {
        paragraphs.add(p.toString());
      }
      current.setLength(0);
    }
  }

  /** Strips HTML whitespace only (space, tab, newlines, form feed), keeping no-break spaces. */
  static String stripAscii(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isHtmlSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isHtmlSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The value of the first of the elements' {@code attr} that is not blank, or null. */
  static String firstAttr(Elements elements, String attr) {
    for (Element e : elements) {
      String v = e.attr(attr).strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
