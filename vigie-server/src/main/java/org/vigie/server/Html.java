package org.vigie.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writing HTML by hand, safely: every text from the store goes through {@link #esc} (element content and
 * quoted attribute values alike), every URL part through {@link #url}. Pages share one layout.
 */
final class Html {
  private Html() {}

  /** Escapes text for HTML element content and double- or single-quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Encodes a path segment or query value. */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String entityHref(String id) {
    return "/entities/" + url(id);
  }

  static String articleHref(String doc) {
    return "/articles/" + url(doc);
  }

  static String articleHref(String doc, int start) {
    return articleHref(doc) + "#at-" + start;
  }

  /** A whole page: the header with the search box and navigation, then {@code body}. */
  static String page(String title, String active, String query, String body) {
    StringBuilder b = new StringBuilder(body.length() + 2048);
    b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" · Vigie</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
        .append("<script src=\"/static/app.js\" defer></script></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">Vigie</a><nav>");
    String[][] nav = {{"articles", "/articles", "Articles"}, {"entities", "/entities", "Entities"},
        {"quotes", "/quotes", "Quotes"}, {"events", "/events", "Events"}, {"timeline", "/timeline", "Timeline"},
        {"graph", "/graph", "Graph"}, {"stories", "/stories", "Stories"}};
    for (String[] n : nav) {
      b.append("<a href=\"").append(n[1]).append('"').append(n[0].equals(active) ? " class=\"on\"" : "")
          .append('>').append(n[2]).append("</a>");
    }
    b.append("</nav><form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search articles, quotes, events\"")
        .append(" maxlength=\"").append(Params.MAX_TEXT).append("\" value=\"").append(esc(query)).append("\">")
        .append("<button type=\"submit\">Search</button></form></header><main>")
        .append(body)
        .append("</main><footer>Vigie · read-only view of the store · <a href=\"/api\">API</a></footer>")
        .append("</body></html>\n");
    return b.toString();
  }
}
