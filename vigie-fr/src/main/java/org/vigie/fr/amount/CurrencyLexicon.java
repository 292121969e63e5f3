package org.vigie.fr.amount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.fr.amount.Lexer.Tok;
import org.vigie.fr.internal.Csv;

/**
 * Currency names, symbols and codes, and the country words that qualify them ({@code dollars canadiens},
 * {@code Swiss francs}, {@code dinars de Tunisie}). Built once from the bundled ISO 4217 list (codes, French
 * and English names), the countries gazetteer (demonyms, names and each country's currencies) and
 * {@code currencies.tsv} (the everyday and historical forms); immutable afterwards.
 */
final class CurrencyLexicon {

  /**
   * A currency noun. {@code code} is its reading when nothing qualifies it (null: ambiguous);
   * {@code matchWords} find it in the ISO names; {@code sub} is set for hundredths ({@code "-"}: of the
   * article's currency).
   */
  record Head(String name, String code, Set<String> matchWords, boolean guarded, boolean frenchOnly, String sub) {}

  /**
   * A currency found at some tokens: {@code end} is the index after its last token; {@code code} may be null
   * when ambiguous; {@code head} is null for symbols, codes and full names; {@code explicit} when the text
   * names the currency beyond doubt (a code, a qualified name).
   */
  record Match(int end, String code, Head head, boolean explicit, boolean symbol) {}

  private static final Set<String> LOWER_SYMBOL_QUALIFIERS = Set.of("c", "hk", "usd", "cad", "us", "aud", "nzd");
  private static final Set<String> OF = Set.of("de", "du", "des", "d'", "of");
  private static final Set<String> OF_ARTICLES = Set.of("l'", "la", "le", "les", "the");

  private final Map<String, Head> heads;
  private final Map<String, String> names;
  private final Map<String, String> symbols;
  private final Set<String> symbolStarts;
  private final Set<String> codes;
  private final Map<String, Set<String>> countries;
  private final Map<String, String> isoNames;

  private CurrencyLexicon(Map<String, Head> heads, Map<String, String> names, Map<String, String> symbols,
      Set<String> codes, Map<String, Set<String>> countries, Map<String, String> isoNames) {
    this.heads = heads;
    this.names = names;
    this.symbols = symbols;
    Set<String> starts = new HashSet<>();
    for (String k : symbols.keySet()) {
      List<Tok> t = Lexer.lex(k);
      if (!t.isEmpty()) {
        starts.add(t.get(0).lower());
      }
    }
    this.symbolStarts = Set.copyOf(starts);
    this.codes = codes;
    this.countries = countries;
    this.isoNames = isoNames;
  }

  static CurrencyLexicon load() {
    Map<String, Head> heads = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> symbols = new HashMap<>();
    readTsv(heads, names, symbols);
    Set<String> codes = new HashSet<>();
    Map<String, String> isoNames = new HashMap<>();
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/currencies/iso_4217_fr.csv")) {
      String code = row.getOrDefault("alpha_3", "").trim();
      if (code.length() != 3 || code.equals("XXX") || code.equals("XTS")) {
        continue;
      }
      codes.add(code);
      String fr = Lexer.key(stripParentheses(row.getOrDefault("name_fr", "")));
      String en = Lexer.key(stripParentheses(row.getOrDefault("name", "")));
      isoNames.put(code, fr + " | " + en);
      addFrenchName(names, heads, fr, code);
      addEnglishName(names, heads, en, code);
    }
    codes.add("BTC");
    Map<String, Set<String>> countries = new HashMap<>();
    for (Map<String, String> row : Csv.readResource("org/vigie/gazetteers/countries/countries.csv")) {
      Set<String> cs = new LinkedHashSet<>();
      for (String c : row.getOrDefault("currencies", "").split(",")) {
        if (c.trim().length() == 3) {
          cs.add(c.trim());
        }
      }
      if (cs.isEmpty()) {
        continue;
      }
      for (String k : new String[] {"demonyms.fra.m", "demonyms.fra.f", "demonyms.eng.m", "demonyms.eng.f"}) {
        String d = Lexer.key(row.getOrDefault(k, "").trim());
        if (d.length() > 2) {
          countries.computeIfAbsent(d, x -> new LinkedHashSet<>()).addAll(cs);
          countries.computeIfAbsent(plural(d), x -> new LinkedHashSet<>()).addAll(cs);
        }
      }
      for (String k : new String[] {"translations.fra.common", "name.common", "translations.fra.official",
          "name.official"}) {
        String d = Lexer.key(row.getOrDefault(k, "").trim());
        if (d.length() > 2) {
          countries.computeIfAbsent(d, x -> new LinkedHashSet<>()).addAll(cs);
        }
      }
    }
    for (String uk : List.of("uk", "u.k.", "britannique", "britanniques", "british")) {
      countries.computeIfAbsent(uk, x -> new LinkedHashSet<>()).add("GBP");
    }
    for (String us : List.of("us", "u.s.", "usa", "americain", "americaine", "americains", "americaines",
        "etats unis", "etatsunien", "etatsuniens", "etats unien", "etats uniens")) {
      countries.computeIfAbsent(us, x -> new LinkedHashSet<>()).add("USD");
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    countries.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new CurrencyLexicon(Map.copyOf(heads), Map.copyOf(names), Map.copyOf(symbols), Set.copyOf(codes),
        Map.copyOf(frozen), Map.copyOf(isoNames));
  }

  private static void readTsv(Map<String, Head> heads, Map<String, String> names, Map<String, String> symbols) {
    InputStream in = CurrencyLexicon.class.getResourceAsStream("currencies.tsv");
    if (in == null) {
      throw new IllegalStateException("missing resource currencies.tsv");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "head" -> {
            Set<String> match = new LinkedHashSet<>();
            match.add(Lexer.key(f[1]));
            boolean guarded = false;
            boolean french = false;
            String sub = null;
            for (int i = 4; i < f.length; i++) {
              for (String flag : f[i].split(" ")) {
                if (flag.equals("guarded")) {
                  guarded = true;
                } else if (flag.equals("french")) {
                  french = true;
                } else if (flag.startsWith("match=")) {
                  for (String w : flag.substring(6).split(",")) {
                    match.add(Lexer.key(w));
                  }
                } else if (flag.startsWith("sub=")) {
                  sub = flag.substring(4);
                }
              }
            }
            Head h = new Head(f[1], f[2].equals("-") ? null : f[2], Set.copyOf(match), guarded, french, sub);
            for (String form : f[3].split(",")) {
              heads.putIfAbsent(Lexer.key(form), h);
            }
          }
          case "name" -> {
            for (String phrase : f[2].split(",")) {
              names.put(Lexer.key(phrase), f[1]);
            }
          }
          case "symbol" -> {
            for (String s : f[2].split(",")) {
              symbols.put(s.toLowerCase(Locale.ROOT), f[1]);
            }
          }
          default -> throw new IllegalStateException("currencies.tsv: unknown entry " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripParentheses(String s) {
    return s.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
  }

  /** "dollar australien" and "dollars australiens", when the first word is a currency noun. */
  private static void addFrenchName(Map<String, String> names, Map<String, Head> heads, String name, String code) {
    String[] w = name.split(" ");
    if (w.length < 2 || !heads.containsKey(w[0])) {
      return;
    }
    names.putIfAbsent(name, code);
    StringBuilder pl = new StringBuilder();
    boolean inComplement = false;
    for (int i = 0; i < w.length; i++) {
      if (OF.contains(w[i]) || w[i].startsWith("d'")) {
        inComplement = true;
      }
      pl.append(i == 0 ? "" : " ").append(inComplement ? w[i] : plural(w[i]));
    }
    names.putIfAbsent(pl.toString(), code);
  }

  /** "australian dollar" and "australian dollars", when the last word is a currency noun. */
  private static void addEnglishName(Map<String, String> names, Map<String, Head> heads, String name, String code) {
    String[] w = name.split(" ");
    if (w.length < 2 || !heads.containsKey(w[w.length - 1])) {
      return;
    }
    names.putIfAbsent(name, code);
    names.putIfAbsent(name + "s", code);
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z")) {
      return w;
    }
    if (w.endsWith("al")) {
      return w.substring(0, w.length() - 2) + "aux";
    }
    if (w.endsWith("eau")) {
      return w + "x";
    }
    return w + "s";
  }

  boolean isCode(String s) {
    return codes.contains(s);
  }

  Head head(String key) {
    return heads.get(key);
  }

  /** The currencies of the country named or qualified by this key (a demonym or a name), or null. */
  Set<String> country(String key) {
    return countries.get(key);
  }

  /** The currency among {@code candidates} that {@code head} names (dinar among Tunisia's), or null. */
  String resolve(Head head, Set<String> candidates) {
    if (candidates == null) {
      return null;
    }
    for (String c : candidates) {
      String n = isoNames.get(c);
      if (n == null) {
        continue;
      }
      for (String w : head.matchWords()) {
        for (String part : n.split(" ")) {
          if (part.equals(w)) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** The key of tokens {@code [p, p + k)}: their keys joined by a space where the text has one. */
  static String key(List<Tok> toks, int p, int k) {
    StringBuilder sb = new StringBuilder();
    for (int i = p; i < p + k; i++) {
      Tok t = toks.get(i);
      if (i > p && t.space()) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }

  private static boolean sameLine(List<Tok> toks, int p, int k) {
    for (int i = p + 1; i < p + k; i++) {
      if (toks.get(i).line()) {
        return false;
      }
    }
    return true;
  }

  /** A currency symbol at {@code p} ($, US$, $ CA, €, ₽...), or null. */
  Match symbolAt(List<Tok> toks, int p) {
    if (p >= toks.size() || toks.get(p).num() || !symbolStarts.contains(toks.get(p).lower())) {
      return null;
    }
    for (int k = Math.min(4, toks.size() - p); k >= 1; k--) {
      if (!sameLine(toks, p, k) || toks.get(p + k - 1).num()) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      boolean ok = true;
      for (int i = p; i < p + k; i++) {
        Tok t = toks.get(i);
        if (i > p && t.space()) {
          if (!t.word() || !(t.upper() || LOWER_SYMBOL_QUALIFIERS.contains(t.lower()))) {
            ok = false;
            break;
          }
          sb.append(' ');
        }
        sb.append(t.lower());
      }
      String code = ok ? symbols.get(sb.toString()) : null;
      if (code != null && !gluedLetterAfter(toks, p + k)) {
        boolean plainDollar = sb.toString().equals("$");
        return new Match(p + k, code, plainDollar ? heads.get("dollar") : null, !plainDollar, true);
      }
    }
    return null;
  }

  private static boolean gluedLetterAfter(List<Tok> toks, int i) {
    return i < toks.size() && !toks.get(i).space() && toks.get(i).word();
  }

  /** An upper-case ISO 4217 code at {@code p} (USD, EUR, CHF), or null. */
  Match codeAt(List<Tok> toks, int p) {
    if (p >= toks.size()) {
      return null;
    }
    Tok t = toks.get(p);
    if (t.word() && t.text().length() == 3 && t.upper() && codes.contains(t.text())) {
      return new Match(p + 1, t.text(), null, true, true);
    }
    return null;
  }

  /**
   * A currency named in words at {@code p}: a full name (dollars canadiens, francs CFA, US dollars), a
   * country word and a currency noun (Swiss francs), a currency noun and a country (dinars tunisiens, dollars
   * de Hong Kong), or a bare noun (euros, roubles). Null when none starts there.
   */
  Match nameAt(List<Tok> toks, int p, boolean english) {
    if (p >= toks.size() || !toks.get(p).word()) {
      return null;
    }
    for (int k = Math.min(5, toks.size() - p); k >= 1; k--) {
      if (!sameLine(toks, p, k) || toks.get(p + k - 1).num() || gluedLetterAfter(toks, p + k)) {
        continue;
      }
      String code = names.get(key(toks, p, k));
      if (code != null) {
        Head h = null;
        for (int i = p; i < p + k && h == null; i++) {
          h = heads.get(toks.get(i).key());
        }
        return new Match(p + k, code, h, true, false);
      }
    }
    // English order: a country word, then the noun (Canadian dollars, Hong Kong dollars).
    for (int k = 1; k <= 3 && p + k < toks.size(); k++) {
      Head h = heads.get(toks.get(p + k).key());
      if (h != null && sameLine(toks, p, k + 1) && toks.get(p).capitalized()) {
        String code = resolve(h, countries.get(key(toks, p, k)));
        if (code != null) {
          return new Match(p + k + 1, code, h, true, false);
        }
      }
    }
    Head h = heads.get(toks.get(p).key());
    if (h == null || (h.frenchOnly() && english)) {
      return null;
    }
    int q = p + 1;
    // A country adjective (roupies indiennes) or complement (dollars de Hong Kong) after the noun.
    for (int k = Math.min(3, toks.size() - q); k >= 1; k--) {
      if (sameLine(toks, p, k + 1) && !gluedLetterAfter(toks, q + k)) {
        String code = resolve(h, countries.get(key(toks, q, k)));
        if (code != null) {
          return new Match(q + k, code, h, true, false);
        }
      }
    }
    if (q < toks.size() && OF.contains(toks.get(q).lower())) {
      int r = q + 1;
      if (r < toks.size() && OF_ARTICLES.contains(toks.get(r).lower())) {
        r++;
      }
      for (int k = Math.min(3, toks.size() - r); k >= 1; k--) {
        if (sameLine(toks, p, r - p + k) && toks.get(r).capitalized()) {
          String code = resolve(h, countries.get(key(toks, r, k)));
          if (code != null) {
            return new Match(r + k, code, h, true, false);
          }
        }
      }
    }
    return new Match(q, h.code(), h, false, false);
  }
}
