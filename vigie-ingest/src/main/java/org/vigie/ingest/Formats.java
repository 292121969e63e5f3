package org.vigie.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Readers of whole inputs already in memory: plain text, HTML pages, feeds, and small JSON files. */
final class Formats {
  private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
  private static final Namespace RSS1 = Namespace.getNamespace("http://purl.org/rss/1.0/");
  private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
      "og:article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dc.date.created",
      "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "article.published");

  private Formats() {}

  /** A text file: the text exactly as decoded. */
  static ReadResult text(Source src, byte[] bytes) throws ReadProblem {
    Draft d = new Draft(src.origin());
    Decoding.Decoded decoded = Decoding.decode(bytes, src.declaredEncoding(d.warnings), null, null);
    d.warnings.addAll(decoded.warnings());
    requireText(decoded.text());
    d.text = decoded.text();
    d.apply(src.meta());
    return d.build(src.config(), src.stem());
  }

  /** An HTML page: its article text and metadata. */
  static ReadResult html(Source src, byte[] bytes) throws ReadProblem {
    Draft d = new Draft(src.origin());
    Decoding.Decoded decoded = Decoding.decode(bytes, src.declaredEncoding(d.warnings),
        Decoding.htmlDeclaredCharset(bytes), "<meta charset>");
    d.warnings.addAll(decoded.warnings());
    requireText(decoded.text());
    Document doc = Jsoup.parse(decoded.text());
    String text = HtmlText.article(doc);
    if (text.isBlank()) {
      throw new ReadProblem("no article text found in the HTML");
    }
    d.text = text;
    Map<String, String> metas = new HashMap<>();
    for (org.jsoup.nodes.Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip();
        if (!key.isEmpty()) {
          metas.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content"));
        }
      }
    }
    d.title = first(metas.get("og:title"), metas.get("twitter:title"), doc.title(),
        doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
    String canonical = null;
    for (org.jsoup.nodes.Element link : doc.select("link[rel][href]")) {
      if (List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical")) {
        canonical = link.attr("href");
        break;
      }
    }
    d.url = first(canonical, metas.get("og:url"));
    org.jsoup.nodes.Element html = doc.selectFirst("html");
    d.lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
        metas.get("content-language"), metas.get("og:locale"), metas.get("dc.language"));
    d.date = htmlDate(doc, metas);
    d.apply(src.meta());
    return d.build(src.config(), src.stem());
  }

  /** The first date candidate that parses, else the first candidate (so that it is reported), else null. */
  private static String htmlDate(Document doc, Map<String, String> metas) {
    List<String> candidates = new ArrayList<>();
    for (String key : DATE_METAS) {
      candidates.add(metas.get(key));
    }
    for (org.jsoup.nodes.Element script : doc.select("script[type]")) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        try {
          candidates.add(findString(Json.LENIENT.readTree(script.data()), "datePublished", 0));
        } catch (IOException | RuntimeException e) {
          // broken JSON-LD is common; other candidates remain
        }
      }
    }
    candidates.add(HtmlText.firstAttr(doc.select("time[pubdate][datetime], time[itemprop=datePublished]"),
        "datetime"));
    candidates.add(HtmlText.firstAttr(doc.select("[itemprop=datePublished][content]"), "content"));
    candidates.add(HtmlText.firstAttr(doc.select("article time[datetime]"), "datetime"));
    candidates.add(HtmlText.firstAttr(doc.select("time[datetime]"), "datetime"));
    String firstRaw = null;
    for (String c : candidates) {
      if (c == null || c.isBlank()) {
        continue;
      }
      if (Dates.parse(c) != null) {
        return c;
      }
      if (firstRaw == null) {
        firstRaw = c;
      }
    }
    return firstRaw;
  }

  private static String findString(JsonNode node, String key, int depth) {
    if (node == null || depth > 20) {
      return null;
    }
    if (node.isObject()) {
      JsonNode v = node.get(key);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        String found = findString(child, key, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A small {@code .json} file, decoded like text, then read record by record. */
  static Iterator<ReadResult> json(Source src, byte[] bytes) throws ReadProblem, IOException {
    List<String> warnings = Source.warnings();
    Decoding.Decoded decoded = Decoding.decode(bytes, src.config().encoding(), null, null);
    warnings.addAll(decoded.warnings());
    requireText(decoded.text());
    return JsonRecords.ofText(src, decoded.text(), warnings);
  }

  /** An RSS or Atom feed: one document per item, named {@code #item-N} (N from 1). */
  static List<ReadResult> feed(Source src, byte[] bytes) throws ReadProblem {
    List<String> warnings = Source.warnings();
    Decoding.Bom bom = Decoding.bom(bytes, bytes.length);
    Decoding.Decoded decoded = Decoding.decode(bytes, src.declaredEncoding(warnings),
        bom != null ? null : Decoding.xmlDeclaredCharset(bytes, 0), "XML declaration");
    warnings.addAll(decoded.warnings());
    requireText(decoded.text());
    org.jdom2.Document xml;
    SyndFeed feed;
    try {
      xml = saxBuilder().build(new XmlFixerReader(new StringReader(decoded.text().stripLeading())));
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(true);
      feed = input.build(xml);
    } catch (JDOMParseException e) {
      throw new ReadProblem("not well-formed XML" + (e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "")
          + " (" + Decoding.clip(Problems.firstLine(String.valueOf(e.getCause() != null
          ? e.getCause().getMessage() : e.getMessage())), 120) + ")");
    } catch (JDOMException | IOException e) {
      throw new ReadProblem("not well-formed XML (" + Decoding.clip(Problems.firstLine(
          String.valueOf(e.getMessage())), 120) + ")");
    } catch (FeedException | IllegalArgumentException e) {
      String root = xmlRoot(decoded.text());
      throw new ReadProblem("not an RSS or Atom feed (" + (root != null ? "root element <" + root + ">"
          : Decoding.clip(Problems.firstLine(String.valueOf(e.getMessage())), 120)) + ")");
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new ReadProblem("feed without items");
    }
    List<String> rawDates = rawDates(xml.getRootElement());
    if (rawDates.size() != entries.size()) {
      rawDates = null;
    }
    List<ReadResult> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String where = src.origin() + "#item-" + (i + 1);
      String text = entryText(e);
      if (text.isBlank()) {
        out.add(new ReadResult.Failure(where, "feed item without text (no content or description)"));
        continue;
      }
      Draft d = new Draft(where);
      d.warnings.addAll(warnings);
      d.text = text;
      d.title = e.getTitle();
      d.url = e.getLink();
      d.id = first(e.getUri(), e.getLink());
      d.lang = feed.getLanguage();
      d.date = rawDates != null ? rawDates.get(i) : null;
      if (d.date == null || d.date.isBlank()) {
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        d.date = when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toString();
      }
      out.add(d.build(src.config(), src.stem() + "-" + (i + 1)));
    }
    return out;
  }

  private static String xmlRoot(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([A-Za-z_][\\w:.\\-]*)").matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** Item text: the contents, else the description; HTML turned into paragraphs. */
  private static String entryText(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      String t = contentText(c);
      if (!t.isBlank()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(t);
      }
    }
    if (sb.length() == 0 && e.getDescription() != null) {
      sb.append(contentText(e.getDescription()));
    }
    return sb.toString();
  }

  private static String contentText(SyndContent c) {
    String value = c.getValue();
    if (value == null) {
      return "";
    }
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return value.strip();
    }
    return HtmlText.fragment(value);
  }

  /** The date strings of the items as written, in document order, so no time zone shifts them. */
  private static List<String> rawDates(Element root) {
    List<String> out = new ArrayList<>();
    String name = root.getName();
    if (name.equals("rss")) {
      Element channel = root.getChild("channel", root.getNamespace());
      if (channel != null) {
        for (Element item : channel.getChildren("item", channel.getNamespace())) {
          out.add(first(item.getChildTextTrim("pubDate", item.getNamespace()),
              item.getChildTextTrim("date", DC)));
        }
      }
    } else if (name.equals("RDF")) {
      for (Element item : root.getChildren("item", RSS1)) {
        out.add(first(item.getChildTextTrim("date", DC), item.getChildTextTrim("pubDate", RSS1)));
      }
    } else if (name.equals("feed")) {
      Namespace ns = root.getNamespace();
      for (Element entry : root.getChildren("entry", ns)) {
        out.add(first(entry.getChildTextTrim("published", ns), entry.getChildTextTrim("issued", ns),
            entry.getChildTextTrim("updated", ns), entry.getChildTextTrim("modified", ns)));
      }
    }
    return out;
  }

  /** A SAX builder that never fetches anything: no external entities, no external DTDs. */
  private static SAXBuilder saxBuilder() {
    SAXBuilder b = new SAXBuilder();
    b.setFeature("http://xml.org/sax/features/external-general-entities", false);
    b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
    return b;
  }

  private static void requireText(String text) throws ReadProblem {
    if (text.isEmpty()) {
      throw new ReadProblem("empty file (no text)");
    }
    if (text.isBlank()) {
      throw new ReadProblem("empty file (only whitespace)");
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
