/**
 * The one scoring path of Vigie: the {@code eval} command, the tests and the README's quality table all go
 * through this package, which implements {@code data/gold/FORMAT.md}.
 *
 * <p>Every evaluator scores the engine's JSON output ({@link org.vigie.core.DocumentJson#toTree}) by layer key,
 * so it needs no annotator class; a layer the engine does not make yet is absent and scores 0. Each yields an
 * {@link org.vigie.eval.EvalReport}: {@code table()}, {@code json()} / {@code toJson()}, {@code errors()},
 * {@code problems()}.
 * <ul>
 *   <li>{@link org.vigie.eval.GoldEvaluator} with a {@link org.vigie.eval.GoldSet}: quotes, times, amounts,
 *       quantities, events, entities.</li>
 *   <li>{@link org.vigie.eval.BratNerEvaluator}: named-entity spans against brat gold (WiNER).</li>
 *   <li>{@link org.vigie.eval.RecognizersEvaluator}: dates, numbers and money against Recognizers-Text specs.</li>
 *   <li>{@link org.vigie.eval.LitbankQuoteEvaluator}: quotes and speakers against fr-litbank.</li>
 * </ul>
 *
 * <p>Where FORMAT.md leaves room, these choices hold:
 * <ul>
 *   <li>Precision with no prediction, recall with no gold, and F1 when both are 0, are 0; counts are summed over
 *       all documents (micro average). Fractions in the JSON report are rounded to four decimals.</li>
 *   <li>A gold text is located in the article after folding apostrophes ({@code ’ ‘ ʼ} to {@code '}) and
 *       no-break or thin spaces (to a space) on both sides, which keeps offsets. A gold text that occurs several
 *       times may match any occurrence (the best-overlapping one); one that does not occur is a problem and a
 *       miss.</li>
 *   <li>Overlap thresholds are inclusive ({@code >= 0.3}, {@code >= 0.8}, {@code >= 0.5}).</li>
 *   <li>Entities and events have no spans to overlap, so their one-to-one matching takes a largest matching of
 *       compatible pairs (independent of list order) instead of the greedy overlap order.</li>
 *   <li>Quotes: direct and indirect are scored by matching gold direct quotes with predicted direct quotes (and
 *       likewise for indirect); a prediction without {@code direct} counts as direct. Speaker accuracy = correct
 *       / gold quotes matched leniently (all quotes together). "The prediction has no speaker" means no
 *       {@code speaker}, no {@code speaker_qid} and no {@code speaker_mentions}. The predicted entity's mentions
 *       are its {@code speaker_mentions} plus, when the article's entities (the {@code entities} layer, else the
 *       entities derived from mentions) include one with the same QID or name, that entity's mentions. An alias
 *       of the gold entity is compared with the predicted canonical name only, as FORMAT.md says.</li>
 *   <li>Names compare after lower-casing (root locale), folding accents, apostrophes and ligatures, and
 *       collapsing spaces.</li>
 *   <li>Times: value equality is exact after trimming the predicted value. Amounts: the value is right when
 *       {@code |pred - gold| <= 0.5% * |gold|} (exactly 0 for a gold 0) and the currency code is equal (case
 *       ignored); quantities fold the plural of every word of the unit (s, x, aux/al, ies/y). The qualifier is
 *       checked by the gold reader but not scored. {@code value_accuracy} (over matched pairs) is also reported
 *       for amounts and quantities.</li>
 *   <li>Events: same type (case ignored), at least one shared participant, and the same date string when the
 *       gold date is not null. {@code place} is not scored.</li>
 *   <li>Entities: on the engine's side, the {@code entities} layer's PER, ORG and LOC items whose
 *       {@code proper} is not false; without that layer, PER, ORG and LOC mentions grouped by normalized text
 *       (name = the text), so two surface forms of one entity count as two.</li>
 *   <li>Gold reading: a key that is absent means the layer was not annotated for that article (not scored
 *       there); a malformed line, a bad value or a repeated article is a problem and that article is not scored.
 *       An article the loader cannot find, or that has no prediction, is a problem and is not scored; an engine
 *       failure is a problem and the article is scored as if nothing were found.</li>
 * </ul>
 */
package org.vigie.eval;
