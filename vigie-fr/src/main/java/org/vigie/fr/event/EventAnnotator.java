package org.vigie.fr.event;

import java.util.Set;
import org.vigie.core.AnalyzedDocument;
import org.vigie.core.Annotator;
import org.vigie.core.Layer;
import org.vigie.core.Layers;
import org.vigie.fr.amount.AmountAnnotator;
import org.vigie.fr.entity.EntityAnnotator;
import org.vigie.fr.quote.QuoteAnnotator;
import org.vigie.fr.time.TimeAnnotator;

/**
 * Who did what to whom, when, where and for how much: typed events (calls, meetings, visits, aid, sanctions,
 * accusations, deployments, withdrawals, agreements, attacks, dated statements...) with CAMEO codes, read from
 * French and English sentences of French news and built on the other layers: participants are the article's
 * entities (and countries named by demonyms), dates come from the time expressions, money and counts from the
 * amounts, and the quotes layer tells an announcement from a claim.
 *
 * <p>Two layers, because an analyst must be able to trust what is told as done: {@link #EVENTS}, the events the
 * text tells as having happened (asserted, announced by their actor, or reported on someone's word), and
 * {@link #MODAL_EVENTS}, those it tells as possible, intended, planned, negated, alleged or claimed by someone
 * else ({@code il pourrait se rendre en Russie}, {@code ces forces ne combattront pas}).
 *
 * <p>Rules, not a model, tuned for precision: a trigger counts only in a clause that gives it an actor. Final
 * and thread-safe: all state is per call.
 */
public final class EventAnnotator implements Annotator {
  public static final Layer<Event> EVENTS = Layer.of("events", Event.class);
  public static final Layer<Event> MODAL_EVENTS = Layer.of("modal_events", Event.class);

  private final EventLexicon lexicon;
  private final VerbMorph morph;
  private final EntityAnnotator entities;

  /** With the entity annotator of the same pipeline, whose knowledge base reads demonyms. */
  public EventAnnotator(EntityAnnotator entities) {
    this.entities = java.util.Objects.requireNonNull(entities, "entities");
    this.lexicon = EventLexicon.load();
    this.morph = VerbMorph.load();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS, EntityAnnotator.ENTITIES, TimeAnnotator.TIMES,
        AmountAnnotator.AMOUNTS, AmountAnnotator.QUANTITIES, QuoteAnnotator.QUOTES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(EVENTS, MODAL_EVENTS);
  }

  @Override
  public AnalyzedDocument annotate(AnalyzedDocument doc) {
    var date = doc.document().date();
    EventFinder finder = new EventFinder(lexicon, morph, entities, doc.text(), date == null ? null : date.toString(),
        doc.get(Layers.TOKENS), doc.get(Layers.SENTENCES), doc.get(EntityAnnotator.ENTITIES),
        doc.get(TimeAnnotator.TIMES), doc.get(QuoteAnnotator.QUOTES), doc.get(AmountAnnotator.AMOUNTS),
        doc.get(AmountAnnotator.QUANTITIES));
    EventFinder.Found found = finder.run();
    return doc.with(EVENTS, found.realis()).with(MODAL_EVENTS, found.irrealis());
  }
}
