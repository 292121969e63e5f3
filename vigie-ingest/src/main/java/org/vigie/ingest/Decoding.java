package org.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, exactly: no normalization of any kind, only a byte order mark is dropped.
 *
 * <p>Order of precedence: a byte order mark; then an encoding declared by the user (configuration or
 * sidecar), which must decode cleanly; then a declaration inside the document (HTML {@code <meta charset>},
 * XML declaration), followed when the bytes decode cleanly with it (but bytes that are valid UTF-8 with
 * non-ASCII sequences are UTF-8 whatever a page says, with a warning: re-saved pages often keep a stale
 * declaration, and such bytes are almost never meant as a single-byte charset); then UTF-8; then, for bytes
 * that are not
 * UTF-8 but read cleanly as windows-1252 into plausible text, windows-1252 with a warning. ISO-8859-1 and
 * US-ASCII declarations are read as windows-1252, their superset, as browsers do. Undeclared UTF-16 without a
 * byte order mark is recognized by its zero bytes, with a warning. Anything else is refused with the offset
 * of the first bad byte (0-based). Text with NUL bytes or many control characters is refused as binary.
 */
final class Decoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

  /** Decoded text, the charset used, and warnings (possibly none). */
  record Decoded(String text, Charset charset, List<String> warnings) {}

  /** A byte order mark: the charset it announces and its length in bytes. */
  record Bom(Charset charset, int length) {}

  private Decoding() {}

  /** The byte order mark at the start of {@code b}, or null. */
  static Bom bom(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (len >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      Charset utf32 = charset("UTF-32LE");
      if (utf32 != null) {
        return new Bom(utf32, 4);
      }
    }
    if (len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      Charset utf32 = charset("UTF-32BE");
      if (utf32 != null) {
        return new Bom(utf32, 4);
      }
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** The charset of that name, or null when unknown. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      return null;
    }
  }

  /** ISO-8859-1 and ASCII as windows-1252, their superset in practice. */
  static Charset widen(Charset cs) {
    return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
  }

  /** True when the charset writes ASCII as single bytes, so lines can be split on byte {@code \n}. */
  static boolean asciiCompatible(Charset cs) {
    try {
      byte[] b = "a\n".getBytes(cs);
      return b.length == 2 && b[0] == 'a' && b[1] == '\n';
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  /** The charset named by an HTML {@code <meta>} in the first 4 KB, or null. */
  static String htmlDeclaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The encoding named by an XML declaration at the start, or null. */
  static String xmlDeclaredCharset(byte[] b, int offset) {
    String head = new String(b, offset, Math.max(0, Math.min(b.length - offset, 1024)),
        StandardCharsets.ISO_8859_1);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Decodes a whole input.
   *
   * @param declared the encoding the user declared (configuration or sidecar), or null
   * @param hint the encoding named inside the document, or null
   * @param hintBy what named it, for warnings ({@code <meta charset>}, {@code XML declaration})
   */
  static Decoded decode(byte[] b, Charset declared, String hint, String hintBy) throws ReadProblem {
    List<String> warnings = new ArrayList<>();
    Bom bom = bom(b, b.length);
    if (bom != null) {
      if (declared != null && !widen(declared).equals(bom.charset())
          && !(bom.charset().name().startsWith("UTF-16") && declared.name().equals("UTF-16"))) {
        warnings.add("byte order mark says " + bom.charset().name() + ", followed it rather than the declared "
            + declared.name());
      }
      return checked(strictOrFail(b, bom.length(), bom.charset(), ""), bom.charset(), warnings);
    }
    if (declared != null) {
      Charset cs = widen(declared);
      return checked(strictOrFail(b, 0, cs, " (declared encoding)"), cs, warnings);
    }
    int nul = indexOf(b, (byte) 0);
    if (nul >= 0) {
      Charset utf16 = guessUtf16(b);
      if (utf16 != null) {
        long[] err = new long[1];
        String text = strict(b, 0, utf16, err);
        if (text != null && binaryProblem(text) == null) {
          warnings.add("no byte order mark; read as " + utf16.name());
          return new Decoded(text, utf16, warnings);
        }
      }
      throw new ReadProblem("binary file (NUL byte at byte " + nul + "), not text");
    }
    if (hint != null) {
      Charset cs = charset(hint);
      if (cs == null) {
        warnings.add(hintBy + " names an unknown encoding \"" + clip(hint, 40) + "\"; ignored");
      } else if (!asciiCompatible(cs)) {
        warnings.add(hintBy + " says " + cs.name() + ", but it was read as ASCII, so it is not; ignored");
      } else {
        cs = widen(cs);
        long[] err = new long[1];
        if (!cs.equals(StandardCharsets.UTF_8) && hasNonAscii(b)) {
          String utf8 = strict(b, 0, StandardCharsets.UTF_8, err);
          if (utf8 != null) {
            warnings.add(hintBy + " says " + cs.name() + " but the bytes are UTF-8; read as UTF-8");
            return checked(utf8, StandardCharsets.UTF_8, warnings);
          }
        }
        String text = strict(b, 0, cs, err);
        if (text != null) {
          return checked(text, cs, warnings);
        }
        warnings.add(hintBy + " says " + cs.name() + " but byte " + err[0] + " is not " + cs.name());
      }
    }
    long[] err = new long[1];
    String text = strict(b, 0, StandardCharsets.UTF_8, err);
    if (text != null) {
      return checked(text, StandardCharsets.UTF_8, warnings);
    }
    long bad = err[0];
    String cp1252 = strict(b, 0, WINDOWS_1252, new long[1]);
    if (cp1252 != null && plausible(cp1252)) {
      warnings.add("not valid UTF-8 (byte " + bad + "); read as windows-1252");
      return new Decoded(cp1252, WINDOWS_1252, warnings);
    }
    throw new ReadProblem("invalid UTF-8 at byte " + bad);
  }

  private static Decoded checked(String text, Charset cs, List<String> warnings) throws ReadProblem {
    String binary = binaryProblem(text);
    if (binary != null) {
      throw new ReadProblem(binary);
    }
    return new Decoded(text, cs, warnings);
  }

  private static String strictOrFail(byte[] b, int offset, Charset cs, String why) throws ReadProblem {
    long[] err = new long[1];
    String text = strict(b, offset, cs, err);
    if (text == null) {
      throw new ReadProblem("invalid " + cs.name() + " at byte " + err[0] + why);
    }
    return text;
  }

  /** Decodes {@code b} from {@code offset}, or returns null with the offset of the first bad byte in err[0]. */
  static String strict(byte[] b, int offset, Charset cs, long[] err) {
    return strict(b, offset, b.length - offset, cs, err);
  }

  static String strict(byte[] b, int offset, int length, Charset cs, long[] err) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, offset, length);
    long estimate = (long) Math.ceil(length * (double) d.averageCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(estimate, Bytes.MAX_ARRAY));
    boolean flushing = false;
    while (true) {
      CoderResult r = flushing ? d.flush(out) : d.decode(in, out, true);
      if (r.isError()) {
        err[0] = in.position();
        return null;
      }
      if (r.isOverflow()) {
        if (out.capacity() >= Bytes.MAX_ARRAY) {
          err[0] = in.position();
          return null;
        }
        CharBuffer bigger = CharBuffer.allocate((int) Math.min((long) out.capacity() * 2, Bytes.MAX_ARRAY));
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      if (!flushing) {
        flushing = true;
        continue;
      }
      out.flip();
      return out.toString();
    }
  }

  /** UTF-16LE or BE when every other byte is mostly zero (ASCII-range text without a BOM), else null. */
  static Charset guessUtf16(byte[] b) {
    int n = Math.min(b.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    int pairs = n / 2;
    if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Why the text looks binary (a NUL, or many control characters in its first 64K characters), or null when it
   * looks like text. Tab, line feed, carriage return, vertical tab and form feed are text.
   */
  static String binaryProblem(CharSequence text) {
    int n = Math.min(text.length(), 65536);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "binary file (NUL character at character " + i + "), not text";
      }
      if (isControl(c)) {
        controls++;
      }
    }
    if (controls > 0 && controls * 50L > n) {
      return String.format(Locale.ROOT, "binary file (%d%% control characters), not text",
          Math.max(1, Math.round(controls * 100.0 / n)));
    }
    return null;
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\f')
        || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Plausible windows-1252 text: no control characters, at most a quarter of characters outside ASCII, some
   * letters. (Random bytes have about 11% control characters and half outside ASCII.)
   */
  static boolean plausible(String text) {
    int n = Math.min(text.length(), 65536);
    int high = 0;
    int letters = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        return false;
      }
      if (c >= 0x80) {
        high++;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0 && high * 4L <= n;
  }

  private static boolean hasNonAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
