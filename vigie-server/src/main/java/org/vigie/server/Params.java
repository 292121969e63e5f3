package org.vigie.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters of one request, checked: only the names an endpoint knows, strings no longer than
 * {@link #MAX_TEXT}, numbers within bounds, dates as {@code YYYY-MM-DD}, values from closed lists. Anything else
 * is a {@link BadRequest} naming the parameter and the problem.
 */
final class Params {
  /** The longest query or name accepted, in characters. */
  static final int MAX_TEXT = 200;
  /** The largest page. */
  static final int MAX_LIMIT = 100;
  /** The furthest a page may start. */
  static final int MAX_OFFSET = 100_000;

  /** A request the server will not answer as asked: a 400 with its message. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The parameters of {@code ctx}, refusing names outside {@code known}. */
  static Params of(Context ctx, String... known) {
    Set<String> names = Set.of(known);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!names.contains(name)) {
        throw new BadRequest("unknown parameter '" + cut(name) + "'" + (known.length == 0 ? "; this takes none"
            : "; this takes " + String.join(", ", known)));
      }
    }
    for (var e : ctx.queryParamMap().entrySet()) {
      if (e.getValue().size() > 1) {
        throw new BadRequest("parameter '" + e.getKey() + "' is given " + e.getValue().size() + " times");
      }
    }
    return new Params(ctx);
  }

  /** A string, null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new BadRequest(name + " is too long: " + v.length() + " characters, at most " + MAX_TEXT);
    }
    return v.strip();
  }

  /** A required string. */
  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw new BadRequest("parameter '" + name + "' is required");
    }
    return v;
  }

  int integer(String name, int defaultValue, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return defaultValue;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number: '" + cut(v) + "'");
    }
    if (n < min || n > max) {
      throw new BadRequest(name + " must be between " + min + " and " + max + ": " + n);
    }
    return n;
  }

  int limit(int defaultValue) {
    return integer("limit", defaultValue, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date YYYY-MM-DD: '" + cut(v) + "'");
    }
  }

  /** Checks that {@code from} is not after {@code to}. */
  static void range(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequest("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** One value of a closed list, case ignored, returned as the list spells it. */
  String oneOf(String name, List<String> allowed) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    throw new BadRequest(name + " must be one of " + String.join(", ", allowed) + ": '" + cut(v) + "'");
  }

  /** Comma-separated values of a closed list, lower case. */
  Set<String> someOf(String name, List<String> allowed) {
    String v = text(name);
    Set<String> out = new LinkedHashSet<>();
    if (v == null) {
      return out;
    }
    for (String part : v.split(",")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (!allowed.contains(p)) {
        throw new BadRequest(name + " takes " + String.join(", ", allowed) + ": '" + cut(part.strip()) + "'");
      }
      out.add(p);
    }
    return out;
  }

  /** A value as quoted in a message: short, and only printable characters. */
  static String cut(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
