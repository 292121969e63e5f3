package org.vigie.fr.time;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * A temporal expression placed on the calendar: what an analyst needs to put a fact on a timeline.
 *
 * <ul>
 *   <li>{@code text}: exactly the covered original text (checked: it must fit the span).</li>
 *   <li>{@code value}: ISO 8601 at the precision the text gives ({@code 2022-03-24}, {@code 2021-12},
 *       {@code 2014}, {@code 2022-W04}, {@code 2022-03-24T15:30}, {@code 2002-SU}, century {@code 20}), in the
 *       TIMEX3 conventions where ISO has no form: parts of the day ({@code 2022-03-24TEV}), periods as
 *       {@code (start,end,duration)}, durations {@code P3W}, recurrences {@code XXXX-WXX-1}. Without a date to
 *       resolve against, the unknown digits are {@code X} ({@code XXXX-03-24}) rather than guessed.</li>
 *   <li>{@code kind}: {@code date}, {@code time} (a clock time or a part of the day, with or without its date),
 *       {@code period}, {@code duration} or {@code set}.</li>
 *   <li>{@code anchor}: what the value was resolved from: {@code explicit} (the text says it all),
 *       {@code document:2022-03-25} (the publication date), {@code nearby-year:2002} (a year named just before
 *       in the same passage), {@code previous:2022-03-23} (the date under discussion, for {@code le lendemain}),
 *       or {@code none} (needed, but unknown: the value is underspecified).</li>
 *   <li>{@code mod}: the bound or phase the text puts on the value, or null: {@code before}, {@code after},
 *       {@code on_or_after} (à partir du, dès), {@code on_or_before} (d'ici, jusqu'au), {@code since},
 *       {@code start}, {@code mid}, {@code end}, {@code approx}, {@code more_than}, {@code less_than}.</li>
 *   <li>{@code repeats}: the {@code [start, end]} offsets of later occurrences of the same expression with the
 *       same value in the article. The layer lists each distinct temporal reference once, at its first mention,
 *       as the gold sets do; the repeats keep every mention traceable.</li>
 * </ul>
 */
public record TimeExpression(Span span, String text, String value, String kind, String anchor, String mod,
    List<List<Integer>> repeats) implements Annotation {

  /** The kinds of expression. */
  public static final Set<String> KINDS = Set.of("date", "time", "period", "duration", "set");

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(anchor, "anchor");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("time text '" + text + "' does not fit span " + span);
    }
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind of time expression: " + kind);
    }
    repeats = repeats == null ? List.of() : repeats.stream().map(List::copyOf).toList();
  }
}
