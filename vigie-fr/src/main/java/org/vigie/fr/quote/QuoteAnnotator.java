package org.vigie.fr.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.core.Span;
import org.vigie.fr.entity.Entity;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.entity.Metonymy;

/**
 * Who said what: finds direct quotes (in any quote marks, over several sentences or paragraphs, interrupted by
 * an incise, short fragments, headlines, signed blocks and dialogue lines) and indirect ones (reporting verbs
 * with their {@code que} clause, incises, {@code selon X}, {@code pour X,}), and attributes each to its speaker:
 * a name, a role, a pronoun, an institution or a document, before, inside or after the quote, resolved to an
 * entity of the article ({@link EntityAnnotator#ENTITIES}); a pronoun or role goes to the person it stands for.
 *
 * <p>Two layers: {@link #QUOTES}, the quotations, and {@link #SCARE_QUOTES}, words in quote marks that nobody is
 * said to have said (scare quotes, titles, pull quotes). Keeping them apart keeps "who said what" clean while
 * nothing in marks is lost.
 *
 * <p>Rules, not a model: the cues are the reporting verbs of {@code reporting.txt} (built from French news
 * usage) and the syntax of French reported speech. Final and thread-safe: all state is per call.
 */
public final class QuoteAnnotator implements Annotator {
  public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
  public static final Layer<Quote> SCARE_QUOTES = Layer.of("scare_quotes", Quote.class);

  private final ReportingLexicon lexicon;
  private final EntityAnnotator entityAnnotator;
  private final QuoteConfig config;

  /** With the entity annotator of the same pipeline, whose knowledge base reads demonyms ("les autorités turques"). */
  public QuoteAnnotator(EntityAnnotator entityAnnotator) {
    this(entityAnnotator, QuoteConfig.defaults());
  }

  /** As above, keeping the reported speech that the configuration asks for. */
  public QuoteAnnotator(EntityAnnotator entityAnnotator, QuoteConfig config) {
    this.entityAnnotator = java.util.Objects.requireNonNull(entityAnnotator, "entityAnnotator");
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.lexicon = ReportingLexicon.load();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS, EntityAnnotator.ENTITIES);
  }

  @Override
  public Set<Layer<?>> produces() {
    // In this order, always (Set.of iterates in an order that changes from one JVM to the next).
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(QUOTES, SCARE_QUOTES)));
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    String text = doc.text();
    List<Entity> entities = doc.get(EntityAnnotator.ENTITIES);
    QuoteFinder finder = new QuoteFinder(lexicon, text, doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES),
        doc.get(Layers.MENTIONS), entities, entityAnnotator::countryOfAdjective, config);
    List<QuoteFinder.Cand> cands = finder.run();
    List<Quote> quotes = new ArrayList<>();
    List<Quote> scare = new ArrayList<>();
    int group = 0;
    for (QuoteFinder.Cand c : cands) {
      group++;
      for (Span piece : c.pieces) {
        Quote q = toQuote(finder, c, piece, group, text, entities);
        (c.scare ? scare : quotes).add(q);
      }
    }
    quotes.sort(Comparator.comparing(Quote::span));
    scare.sort(Comparator.comparing(Quote::span));
    return doc.with(QUOTES, quotes).with(SCARE_QUOTES, scare);
  }

  private static Quote toQuote(QuoteFinder f, QuoteFinder.Cand c, Span piece, int group, String text,
      List<Entity> entities) {
    Span cue = c.cue == null || c.scare ? null : f.cueSpan(c.cue);
    QuoteFinder.Speaker sp = c.scare ? null : c.speaker;
    Span mention = sp == null ? null : sp.mention();
    String name = sp == null ? null : sp.name();
    Entity ent = sp == null ? null : sp.entity();
    String qid = ent == null ? null : ent.qid();
    List<String> mentions = sp == null || name == null ? List.of() : QuoteFinder.mentionsOf(sp);
    Metonymy voice = ent == null || mention == null ? null : metonymyAt(ent, mention);
    if (voice != null) {
      // "Moscou a accusé les États-Unis de « ... »": the capital speaks for its country's government, as the
      // entity layer says; the mention stays the city's.
      Entity country = null;
      for (Entity other : entities) {
        if (voice.standsFor() != null && voice.standsFor().equals(other.qid())) {
          country = other;
        }
      }
      LinkedHashSet<String> forms = new LinkedHashSet<>(country == null ? List.of() : country.mentions());
      forms.add(voice.text());
      ent = country;
      name = country == null ? voice.standsForName() : country.name();
      qid = voice.standsFor();
      mentions = new ArrayList<>(forms);
    } else if (sp != null && ent == null && name != null && !f.properName(mention) && !f.namedInText(name)) {
      // Nobody the article names ("un témoin de l'agression", "ses proches", "le texte de la plaque"): no
      // speaker, as FORMAT.md's gold has it; the phrase stays in speaker_mention with its offsets.
      name = null;
      mentions = List.of();
    }
    return new Quote(piece, piece.of(text), c.direct, group, cue, cue == null ? null : cue.of(text), mention,
        mention == null ? null : mention.of(text), name, qid, ent == null ? null : ent.id(), mentions,
        round(c.confidence));
  }

  /**
   * The metonymy of this place (a capital standing for its government) that the speaker mention is, or else one
   * the entity layer found elsewhere in the article; null for a place that never acts.
   */
  private static Metonymy metonymyAt(Entity place, Span mention) {
    Metonymy elsewhere = null;
    for (Metonymy m : place.metonymies()) {
      if (m.standsForName() != null && mention.overlaps(new Span(m.start(), m.end()))) {
        return m;
      }
      elsewhere = elsewhere == null && m.standsForName() != null ? m : elsewhere;
    }
    // A place that speaks is an actor wherever the entity layer saw it act in the article, even where its verb
    // comes first ("souligne encore l'Élysée" after "L'Élysée a salué"): one speaker for both.
    return elsewhere;
  }

  private static double round(double x) {
    return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100.0;
  }
}
