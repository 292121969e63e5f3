package org.vigie.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.Annotation;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.DateSource;
import org.vigie.core.Document;
import org.vigie.core.EntityType;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.Mention;
import org.vigie.core.Sentence;
import org.vigie.core.Span;
import org.vigie.core.Token;

/**
 * Hand-made analysed documents for the store's tests, with layers shaped as vigie-fr's JSON (entities, quotes,
 * times, amounts, quantities) and as the events layer is planned, without loading any model.
 */
final class Docs {
  record TEntity(Span span, String id, String name, EntityType type, String qid, List<Span> spans,
      List<String> mentions, boolean proper) implements Annotation {}

  record TQuote(@JsonIgnore Span span, String text, boolean direct, int group, String cue,
      @JsonProperty("cue_start") Integer cueStart, @JsonProperty("cue_end") Integer cueEnd,
      @JsonProperty("speaker_mention") String speakerMention, @JsonProperty("speaker_start") Integer speakerStart,
      @JsonProperty("speaker_end") Integer speakerEnd, String speaker, @JsonProperty("speaker_qid") String speakerQid,
      @JsonProperty("speaker_entity") String speakerEntity, double confidence) implements Annotation {}

  record TTime(Span span, String text, String value, String kind, String anchor, String mod,
      List<List<Integer>> repeats) implements Annotation {}

  record TAmount(Span span, String text, double value, Double upper, String unit, String qualifier, String object)
      implements Annotation {}

  record TQuantity(Span span, String text, double value, Double upper, String unit, String qualifier)
      implements Annotation {}

  record TEvent(Span span, String type, List<String> participants, String date, String place)
      implements Annotation {}

  record TRole(Span span, String text, String head, String owner, String entity, String binding)
      implements Annotation {}

  static final Layer<TEntity> ENTITIES = Layer.of("entities", TEntity.class);
  static final Layer<TRole> ROLES = Layer.of("roles", TRole.class);
  static final Layer<TQuote> QUOTES = Layer.of("quotes", TQuote.class);
  static final Layer<TTime> TIMES = Layer.of("times", TTime.class);
  static final Layer<TAmount> AMOUNTS = Layer.of("amounts", TAmount.class);
  static final Layer<TQuantity> QUANTITIES = Layer.of("quantities", TQuantity.class);
  static final Layer<TEvent> EVENTS = Layer.of("events", TEvent.class);

  /** A document under construction: text, date, and layers added by searching their words in the text. */
  static final class Builder {
    private final String id;
    private final String text;
    private String title;
    private LocalDate date;
    private final List<TEntity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TQuote> quotes = new ArrayList<>();
    private final List<TTime> times = new ArrayList<>();
    private final List<TAmount> amounts = new ArrayList<>();
    private final List<TQuantity> quantities = new ArrayList<>();
    private final List<TEvent> events = new ArrayList<>();
    private final List<TRole> roles = new ArrayList<>();

    Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    Builder date(String iso) {
      this.date = LocalDate.parse(iso);
      return this;
    }

    Builder title(String t) {
      this.title = t;
      return this;
    }

    Span find(String s) {
      int i = text.indexOf(s);
      if (i < 0) {
        throw new IllegalArgumentException("'" + s + "' not in " + text);
      }
      return Span.of(i, i + s.length());
    }

    /** An entity named by every occurrence of each surface form. */
    Builder entity(String name, EntityType type, String qid, String... surfaces) {
      List<Span> spans = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (String s : surfaces) {
        Matcher m = Pattern.compile(Pattern.quote(s)).matcher(text);
        while (m.find()) {
          spans.add(Span.of(m.start(), m.end()));
          texts.add(s);
          if (!s.toLowerCase(java.util.Locale.ROOT).matches("(le|la|les) .*|l[’'].*")) {
            mentions.add(new Mention(Span.of(m.start(), m.end()), s, type));
          }
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> spans.get(a).compareTo(spans.get(b)));
      List<Span> sortedSpans = order.stream().map(spans::get).toList();
      List<String> sortedTexts = order.stream().map(texts::get).toList();
      entities.add(new TEntity(sortedSpans.get(0), "E" + (entities.size() + 1), name, type, qid, sortedSpans,
          sortedTexts, true));
      return this;
    }

    /** A role phrase, bound to an entity of the article ({@code E1}) or not (null), as vigie-fr gives it. */
    Builder role(String words, String head, String owner, String entity, String binding) {
      roles.add(new TRole(find(words), words, head, owner, entity, binding));
      return this;
    }

    Builder quote(String words, String cue, String speakerMention, String speaker, String qid, String entity) {
      Span s = find(words);
      Span c = cue == null ? null : find(cue);
      Span sp = speakerMention == null ? null : find(speakerMention);
      quotes.add(new TQuote(s, words, true, quotes.size() + 1, cue, c == null ? null : c.start(),
          c == null ? null : c.end(), speakerMention, sp == null ? null : sp.start(), sp == null ? null : sp.end(),
          speaker, qid, entity, 0.9));
      return this;
    }

    Builder time(String words, String value, String kind) {
      List<List<Integer>> repeats = new ArrayList<>();
      Span first = find(words);
      for (int at = text.indexOf(words, first.end()); at >= 0; at = text.indexOf(words, at + 1)) {
        repeats.add(List.of(at, at + words.length()));
      }
      times.add(new TTime(first, words, value, kind, "document:" + date, null, repeats));
      return this;
    }

    Builder amount(String words, double value, String unit) {
      amounts.add(new TAmount(find(words), words, value, null, unit, "=", null));
      return this;
    }

    Builder quantity(String words, double value, String unit) {
      quantities.add(new TQuantity(find(words), words, value, null, unit, "="));
      return this;
    }

    Builder event(String words, String type, String date, String place, String... participants) {
      events.add(new TEvent(find(words), type, List.of(participants), date, place));
      return this;
    }

    Document document() {
      return new Document(id, text, title, null, "fr", date, date == null ? DateSource.UNKNOWN : DateSource.METADATA,
          date == null ? null : date.toString(), id + ".txt");
    }

    AnalyzedDocument build() {
      AnalyzedDocument a = AnalyzedDocument.of(document());
      List<Sentence> sentences = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      Matcher sm = Pattern.compile("[^.!?]+[.!?]*").matcher(text);
      while (sm.find()) {
        int start = sm.start();
        while (start < sm.end() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        if (start < sm.end()) {
          int index = sentences.size();
          sentences.add(new Sentence(Span.of(start, sm.end()), index));
          Matcher tm = Pattern.compile("\\p{L}+|\\d+|\\S").matcher(text).region(start, sm.end());
          while (tm.find()) {
            tokens.add(new Token(Span.of(tm.start(), tm.end()), tm.group(), "X", tm.group(), index));
          }
        }
      }
      a = a.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
      mentions.sort((x, y) -> x.span().compareTo(y.span()));
      a = a.with(Layers.MENTIONS, mentions).with(ENTITIES, entities);
      if (!times.isEmpty()) {
        a = a.with(TIMES, times);
      }
      if (!amounts.isEmpty()) {
        a = a.with(AMOUNTS, amounts);
      }
      if (!quantities.isEmpty()) {
        a = a.with(QUANTITIES, quantities);
      }
      if (!quotes.isEmpty()) {
        a = a.with(QUOTES, quotes);
      }
      if (!events.isEmpty()) {
        a = a.with(EVENTS, events);
      }
      if (!roles.isEmpty()) {
        a = a.with(ROLES, roles);
      }
      return a;
    }
  }

  static Builder doc(String id, String text) {
    return new Builder(id, text);
  }

  /**
   * Four articles: Hunter Biden in one; "Biden" alone in another about something else (not him: nothing says
   * so); "Biden" alone in a third that shares his article's context (Wilmington, Delaware); and a fourth where
   * "Biden" is Joe Biden by his Wikidata ID.
   */
  static List<AnalyzedDocument> bidens() {
    AnalyzedDocument hunter = doc("hunter-1", "Hunter Biden, fils du président, a été entendu à Wilmington. "
        + "Le tribunal du Delaware a fixé une nouvelle audience.")
        .date("2023-07-26")
        .entity("Hunter Biden", EntityType.PER, null, "Hunter Biden")
        .entity("Wilmington", EntityType.LOC, "Q174461", "Wilmington")
        .entity("Delaware", EntityType.LOC, "Q1393", "Delaware")
        .build();
    AnalyzedDocument other = doc("senat-1", "Biden a signé la loi au Congrès, à Washington, mardi.")
        .date("2023-08-01")
        .entity("Biden", EntityType.PER, null, "Biden")
        .entity("Congress", EntityType.ORG, "Q11268", "Congrès")
        .entity("Washington, D.C.", EntityType.LOC, "Q61", "Washington")
        .build();
    AnalyzedDocument same = doc("hunter-2", "À Wilmington, Biden a plaidé non coupable devant le juge du Delaware.")
        .date("2023-07-27")
        .entity("Wilmington", EntityType.LOC, "Q174461", "Wilmington")
        .entity("Biden", EntityType.PER, null, "Biden")
        .entity("Delaware", EntityType.LOC, "Q1393", "Delaware")
        .build();
    AnalyzedDocument joe = doc("joe-1", "Joe Biden a reçu le chancelier à la Maison Blanche.")
        .date("2023-03-03")
        .entity("Joe Biden", EntityType.PER, "Q6279", "Joe Biden")
        .build();
    return List.of(hunter, other, same, joe);
  }

  /**
   * Roles across articles: appositions name the secretary of state in April 2021 (once in an article that says
   * "américain", once not) and Norway's in May; bare roles in May 2021 (American, Norwegian), in 2025 (too late
   * to say) and of another office do not name anyone in their own article.
   */
  static List<AnalyzedDocument> roles() {
    AnalyzedDocument evidence = doc("kiev-1", "Le secrétaire d’État Antony Blinken est arrivé à Kiev pour "
        + "réaffirmer le soutien américain.")
        .date("2021-04-16")
        .entity("Antony Blinken", EntityType.PER, null, "Antony Blinken", "Le secrétaire d’État")
        .entity("Kyiv", EntityType.LOC, "Q1899", "Kiev")
        .role("Le secrétaire d’État", "secrétaire d'état", null, "E1", "apposition")
        .build();
    // As the quotes layer gives them: the speaker phrase runs on past the role, and the pronoun of the second
    // quote is replaced by the role's mention.
    AnalyzedDocument later = doc("gaza-1", "« Il faut arrêter les tirs », a déclaré le secrétaire d’État américain"
        + " à Gaza. « La trêve doit tenir », a-t-il ajouté.")
        .date("2021-05-20")
        .entity("Gaza", EntityType.LOC, "Q39760", "Gaza")
        .role("le secrétaire d’État américain", "secrétaire d'état", "américain", null, null)
        .quote("Il faut arrêter les tirs", "déclaré", "le secrétaire d’État américain à Gaza", null, null, null)
        .quote("La trêve doit tenir", "a-t-il ajouté", "le secrétaire d’État américain à Gaza", null, null, null)
        .build();
    AnalyzedDocument tooLate = doc("gaza-2", "Le secrétaire d’État américain est attendu à Gaza.")
        .date("2025-02-02")
        .entity("Gaza", EntityType.LOC, "Q39760", "Gaza")
        .role("Le secrétaire d’État américain", "secrétaire d'état", "américain", null, null)
        .build();
    AnalyzedDocument otherOffice = doc("paris-1", "Le président français a reçu des élus à Paris.")
        .date("2021-05-21")
        .entity("Paris", EntityType.LOC, "Q90", "Paris")
        .role("Le président français", "président", "français", null, null)
        .build();
    AnalyzedDocument norway = doc("oslo-0", "Le secrétaire d’État norvégien Jan Olsen a visité Bergen.")
        .date("2021-05-10")
        .entity("Jan Olsen", EntityType.PER, null, "Jan Olsen", "Le secrétaire d’État norvégien")
        .entity("Bergen", EntityType.LOC, "Q26793", "Bergen")
        .role("Le secrétaire d’État norvégien", "secrétaire d'état", "norvégien", "E1", "apposition")
        .build();
    AnalyzedDocument otherCountry = doc("oslo-1", "Le secrétaire d’État norvégien a reçu des pêcheurs à Oslo.")
        .date("2021-05-22")
        .entity("Oslo", EntityType.LOC, "Q585", "Oslo")
        .role("Le secrétaire d’État norvégien", "secrétaire d'état", "norvégien", null, null)
        .build();
    AnalyzedDocument bare = doc("kiev-2", "Le secrétaire d’État Antony Blinken a quitté Kiev.")
        .date("2021-04-17")
        .entity("Antony Blinken", EntityType.PER, null, "Antony Blinken", "Le secrétaire d’État")
        .entity("Kyiv", EntityType.LOC, "Q1899", "Kiev")
        .role("Le secrétaire d’État", "secrétaire d'état", null, "E1", "apposition")
        .build();
    return List.of(evidence, later, tooLate, otherOffice, norway, otherCountry, bare);
  }

  /** Three articles: two about the same summit (one naming Stoltenberg by surname only), one unrelated. */
  static List<AnalyzedDocument> corpus() {
    AnalyzedDocument a = doc("otan-1", "Le secrétaire général de l’OTAN, Jens Stoltenberg, était mardi à Bruxelles. "
        + "« Nous renforçons nos défenses », a déclaré Jens Stoltenberg le 22 mars. "
        + "Les alliés ont promis 300 millions d’euros et 40 000 soldats. "
        + "Joe Biden a rencontré Emmanuel Macron à Bruxelles.")
        .date("2022-03-24").title("Sommet de l’OTAN à Bruxelles")
        .entity("Jens Stoltenberg", EntityType.PER, "Q57311", "Jens Stoltenberg", "Le secrétaire général de l’OTAN")
        .entity("NATO", EntityType.ORG, "Q7184", "OTAN")
        .entity("Brussels", EntityType.LOC, "Q239", "Bruxelles")
        .entity("Joe Biden", EntityType.PER, "Q6279", "Joe Biden")
        .entity("Emmanuel Macron", EntityType.PER, "Q3052772", "Emmanuel Macron")
        .time("mardi", "2022-03-22", "date")
        .time("le 22 mars", "2022-03-22", "date")
        .amount("300 millions d’euros", 3e8, "EUR")
        .quantity("40 000 soldats", 40000, "soldats")
        .quote("Nous renforçons nos défenses", "a déclaré", "Jens Stoltenberg", "Jens Stoltenberg", "Q57311", "E1")
        .event("Joe Biden a rencontré Emmanuel Macron", "MEET", "2022-03-24", "Bruxelles", "Joe Biden",
            "Emmanuel Macron")
        .build();
    AnalyzedDocument b = doc("otan-2", "À Bruxelles, le sommet de l’OTAN s’est achevé jeudi. "
        + "Stoltenberg a salué l’unité des alliés face aux sanctions contre la Russie. "
        + "« L’unité des alliés est totale », a affirmé Stoltenberg. "
        + "Joe Biden a rencontré Emmanuel Macron à Bruxelles.")
        .date("2022-03-25")
        .entity("Brussels", EntityType.LOC, "Q239", "Bruxelles")
        .entity("NATO", EntityType.ORG, "Q7184", "OTAN")
        .entity("Stoltenberg", EntityType.PER, null, "Stoltenberg")
        .entity("Russia", EntityType.LOC, "Q159", "Russie")
        .entity("Joe Biden", EntityType.PER, "Q6279", "Joe Biden")
        .entity("Emmanuel Macron", EntityType.PER, "Q3052772", "Emmanuel Macron")
        .time("jeudi", "2022-03-24", "date")
        .quote("L’unité des alliés est totale", "a affirmé", "Stoltenberg", "Stoltenberg", null, "E3")
        .event("Joe Biden a rencontré Emmanuel Macron", "MEET", "2022-03-24", "Bruxelles", "Joe Biden",
            "Emmanuel Macron")
        .build();
    AnalyzedDocument c = doc("elysee-1", "L’Élysée a annoncé une réforme des retraites. "
        + "Le président Emmanuel Macron veut relever l’âge légal en 2023.")
        .date("2022-12-10")
        .entity("Élysée", EntityType.ORG, null, "Élysée")
        .entity("Emmanuel Macron", EntityType.PER, "Q3052772", "Emmanuel Macron", "Le président")
        .time("en 2023", "2023", "date")
        .build();
    return List.of(a, b, c);
  }
}
