package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a stream of any size, one at a time, each at most {@code maxBytes} (longer lines are skipped
 * without being held, and reported). Line feeds end lines; a carriage return before one is dropped, as JSON
 * does not care. A byte order mark is honoured; else a declared encoding; else each line is UTF-8, or
 * windows-1252 with a warning when it is not UTF-8 but reads plausibly so. Lines of UTF-16 input are read
 * through a decoder instead of being split on bytes.
 */
final class LineReader implements Closeable {

  /**
   * One line. {@code number} counts from 1 (0 for a problem with the whole stream); {@code text} is null when
   * {@code problem} says why the line could not be read; {@code warning} may note how it was decoded.
   */
  record Line(long number, String text, String problem, String warning) {}

  private static final int BLOCK = 1 << 16;

  private final InputStream in;
  private final long maxBytes;
  private final Charset declared;
  private Charset charset;
  private boolean strict;
  private Reader reader;
  private final byte[] buf = new byte[BLOCK];
  private int pos;
  private int lim;
  private long bufOffset;
  private byte[] line = new byte[256];
  private int lineLen;
  private long number;
  private boolean started;
  private boolean eof;
  private String fatal;

  LineReader(InputStream in, long maxBytes, Charset declared) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.declared = declared;
  }

  /** The next line, or null at the end. */
  Line next() throws IOException {
    if (!started) {
      start();
    }
    if (fatal != null) {
      String f = fatal;
      fatal = null;
      eof = true;
      return new Line(0, null, f, null);
    }
    if (eof) {
      return null;
    }
    return reader != null ? nextFromReader() : nextFromBytes();
  }

  private void start() throws IOException {
    started = true;
    fill();
    Decoding.Bom bom = Decoding.bom(buf, lim);
    if (bom != null) {
      pos = bom.length();
      charset = bom.charset();
      strict = true;
    } else if (declared != null) {
      charset = Decoding.widen(declared);
      strict = true;
    } else {
      charset = StandardCharsets.UTF_8;
      for (int i = 0; i < lim; i++) {
        if (buf[i] == 0) {
          fatal = "binary file (NUL byte at byte " + i + "), not text";
          return;
        }
      }
    }
    if (!Decoding.asciiCompatible(charset)) {
      InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, lim - pos), in);
      reader = new InputStreamReader(rest, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
  }

  private boolean fill() throws IOException {
    bufOffset += lim;
    pos = 0;
    lim = 0;
    int n = in.readNBytes(buf, 0, BLOCK);
    lim = n;
    return n > 0;
  }

  private Line nextFromBytes() throws IOException {
    lineLen = 0;
    long length = 0;
    long lineStart = bufOffset + pos;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= lim && !fill()) {
        eof = true;
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int end = pos;
      while (end < lim && buf[end] != '\n') {
        end++;
      }
      int chunk = end - pos;
      length += chunk;
      if (!tooLong) {
        if (length > maxBytes) {
          tooLong = true;
          lineLen = 0;
          if (line.length > 1 << 20) {
            line = new byte[256];
          }
        } else {
          append(buf, pos, chunk);
        }
      }
      boolean newline = end < lim;
      pos = newline ? end + 1 : end;
      if (newline) {
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, Bytes.tooLarge(length, maxBytes), null);
    }
    int len = lineLen;
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    long[] err = new long[1];
    String text = Decoding.strict(line, 0, len, charset, err);
    if (text != null) {
      return new Line(number, text, null, null);
    }
    long bad = lineStart + err[0];
    if (!strict) {
      String cp1252 = Decoding.strict(line, 0, len, Decoding.WINDOWS_1252, new long[1]);
      if (cp1252 != null && Decoding.plausible(cp1252)) {
        return new Line(number, cp1252, null, "not valid UTF-8 (byte " + bad + "); read as windows-1252");
      }
    }
    return new Line(number, null, "invalid " + (strict ? charset.name() : "UTF-8") + " at byte " + bad, null);
  }

  private void append(byte[] src, int from, int count) {
    if (lineLen + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Bytes.MAX_ARRAY,
          Math.max((long) line.length * 2, (long) lineLen + count)));
    }
    System.arraycopy(src, from, line, lineLen, count);
    lineLen += count;
  }

  private final char[] chars = new char[8192];
  private int cpos;
  private int clim;

  private Line nextFromReader() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    long maxChars = Math.max(1, maxBytes / 2);
    boolean any = false;
    try {
      while (true) {
        if (cpos >= clim) {
          clim = reader.read(chars, 0, chars.length);
          cpos = 0;
          if (clim <= 0) {
            clim = 0;
            eof = true;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int end = cpos;
        while (end < clim && chars[end] != '\n') {
          end++;
        }
        length += end - cpos;
        if (length <= maxChars) {
          sb.append(chars, cpos, end - cpos);
        }
        boolean newline = end < clim;
        cpos = newline ? end + 1 : end;
        if (newline) {
          break;
        }
      }
    } catch (CharacterCodingException e) {
      eof = true;
      return new Line(number + 1, null, "invalid " + charset.name() + " in this line", null);
    }
    number++;
    if (length > maxChars) {
      return new Line(number, null, Bytes.tooLarge(length * 2, maxBytes), null);
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') {
      sb.setLength(n - 1);
    }
    return new Line(number, sb.toString(), null, null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
