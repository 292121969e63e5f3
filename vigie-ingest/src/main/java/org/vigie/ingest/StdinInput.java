package org.vigie.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard input, its format sniffed from the first 64 KB: JSON Lines (streamed, so any size), JSON, HTML,
 * RSS/Atom, else plain text. The caller's stream is never closed.
 */
final class StdinInput extends Producer {
  static final int PEEK = 1 << 16;
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.\\-]*)");

  private final InputStream in;
  private final IngestConfig config;
  private Iterator<ReadResult> delegate;
  private ReadResult single;
  private boolean started;

  StdinInput(InputStream in, IngestConfig config) {
    this.in = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns standard input
      }
    };
    this.config = config;
  }

  @Override
  protected String origin() {
    return Source.STDIN;
  }

  @Override
  protected ReadResult produce() throws IOException {
    if (!started) {
      started = true;
      open();
    }
    if (single != null) {
      ReadResult r = single;
      single = null;
      return r;
    }
    return delegate != null && delegate.hasNext() ? delegate.next() : null;
  }

  private void open() throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, PEEK);
    b.mark(PEEK + 1);
    byte[] peek = b.readNBytes(PEEK);
    b.reset();
    if (peek.length == 0) {
      single = new ReadResult.Failure(Source.STDIN, "empty input (0 bytes)");
      return;
    }
    Format format = sniff(peek, peek.length < PEEK, config.encoding());
    Source src = new Source(Source.STDIN, "stdin", null, config);
    if (format == Format.JSONL) {
      delegate = new JsonLines(src, b);
      return;
    }
    long max = config.maxBytes();
    byte[] bytes = Bytes.readAtMost(b, max);
    if (bytes.length > max) {
      if (format == Format.JSON) {
        delegate = JsonRecords.ofStream(src, new SequenceInputStream(new ByteArrayInputStream(bytes), b),
            config.encoding());
      } else {
        single = new ReadResult.Failure(Source.STDIN, Bytes.tooLargeStream(max));
      }
      return;
    }
    try {
      switch (format) {
        case TEXT -> single = Formats.text(src, bytes);
        case HTML -> single = Formats.html(src, bytes);
        case FEED -> delegate = Formats.feed(src, bytes).iterator();
        default -> delegate = Formats.json(src, bytes);
      }
    } catch (ReadProblem p) {
      single = new ReadResult.Failure(Source.STDIN, p.getMessage());
    }
  }

  /**
   * The format of content starting with {@code peek}: {@code [} is JSON; {@code {} is JSON Lines when its
   * first line is a whole JSON object, else JSON; {@code <} is a feed when the first element is
   * {@code rss}, {@code feed} or {@code rdf:RDF} (or an XML declaration precedes anything but {@code html}),
   * else HTML; anything else is text. {@code complete} says the peek holds the whole input.
   */
  static Format sniff(byte[] peek, boolean complete, Charset declared) {
    Decoding.Bom bom = Decoding.bom(peek, peek.length);
    Charset cs = bom != null ? bom.charset() : declared != null ? declared : StandardCharsets.UTF_8;
    int skip = bom != null ? bom.length() : 0;
    String s = new String(peek, skip, peek.length - skip, cs);
    int start = 0;
    while (start < s.length() && (Character.isWhitespace(s.charAt(start)) || s.charAt(start) == '\uFEFF')) {
      start++;
    }
    s = s.substring(start);
    if (s.isEmpty()) {
      return Format.TEXT;
    }
    char c = s.charAt(0);
    if (c == '[') {
      return Format.JSON;
    }
    if (c == '{') {
      int nl = s.indexOf('\n');
      if (nl < 0) {
        return complete ? Format.JSON : Format.JSONL;
      }
      try {
        JsonNode first = Json.MAPPER.readTree(s.substring(0, nl));
        return first.isObject() ? Format.JSONL : Format.JSON;
      } catch (IOException | RuntimeException e) {
        return Format.JSON;
      }
    }
    if (c == '<') {
      Matcher m = FIRST_ELEMENT.matcher(s);
      String root = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
        return Format.FEED;
      }
      if (s.startsWith("<?xml") && !root.equals("html")) {
        return Format.FEED;
      }
      return Format.HTML;
    }
    return Format.TEXT;
  }
}
