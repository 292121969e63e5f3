package org.vigie.fr.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * Who did what to whom, when, where and for how much, as one article tells it: a typed event with its CAMEO
 * code and GDELT QuadClass, its participants resolved to the article's entities, its date placed on the
 * calendar, its place, the money and counts it involves, and how sure the text is that it happened.
 *
 * <p>An event told several times in one article (a call announced in the lead, detailed further down) is one
 * event: {@code span} and {@code trigger} are its first telling, {@code mentions} all of them.
 *
 * @param span the first telling: from the first to the last word of the trigger and its arguments, in one sentence
 * @param text the covered original text
 * @param type STATEMENT, MEET, CALL, VISIT, CONSULT, NEGOTIATE, PROVIDE_AID, SANCTION, ACCUSE, CRITICIZE,
 *     THREATEN, DEPLOY, MOBILIZE, WITHDRAW, AGREE or ATTACK
 * @param cameo the CAMEO event code ({@code 041} for a telephone call)
 * @param quadClass GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *     4 material conflict
 * @param trigger the words that tell the event ({@code s'est entretenu}, {@code appel téléphonique})
 * @param triggerText the covered text of the trigger
 * @param participants who takes part: the actor first ({@code source}), then those acted upon or with
 *     ({@code target}), and whoever announced it ({@code announcer})
 * @param date ISO 8601 value at the precision known ({@code 2022-03-24}, {@code 2021-12}), or null
 * @param dateSource where the date comes from: {@code text} (a time expression attached to the event),
 *     {@code narrative} (the date the paragraph is telling about), {@code document} (the publication date: the
 *     event happened on or before it), or null
 * @param dateSpan the time expression the date comes from, or null
 * @param place where it happened, or null
 * @param amounts sums of money of the event (an aid package), as {@link Argument}s with their value
 * @param quantities counts of the event (troops deployed)
 * @param modality {@code asserted} (told as done), {@code announced} (decided and announced by its actor),
 *     {@code reported} (told on someone's word: {@code reportedBy}); in the {@code modal_events} layer,
 *     {@code possible}, {@code intended}, {@code planned}, {@code negated}, {@code denied} (by its actor:
 *     {@code Moscou a démenti avoir bombardé}), {@code alleged} or {@code claimed}
 * @param reportedBy who the text says reported it, or null
 * @param mentions every telling of the event in the article (first one first)
 * @param confidence how sure the extraction is, in [0, 1]
 */
@JsonPropertyOrder({"text", "type", "cameo", "quad_class", "trigger", "trigger_start", "trigger_end", "participants",
    "date", "date_source", "date_start", "date_end", "place", "amounts", "quantities", "modality", "reported_by",
    "mentions", "confidence"})
public record Event(
    @JsonIgnore Span span,
    String text,
    String type,
    String cameo,
    @JsonProperty("quad_class") int quadClass,
    @JsonIgnore Span trigger,
    @JsonProperty("trigger") String triggerText,
    List<Argument> participants,
    String date,
    @JsonProperty("date_source") String dateSource,
    @JsonIgnore Span dateSpan,
    Argument place,
    List<Argument> amounts,
    List<Argument> quantities,
    String modality,
    @JsonProperty("reported_by") Argument reportedBy,
    @JsonIgnore List<Span> mentionSpans,
    double confidence) implements Annotation {

  /** The types of event, each with its CAMEO root code and QuadClass (see {@link EventLexicon}). */
  public static final Set<String> TYPES = Set.of("STATEMENT", "MEET", "CALL", "VISIT", "CONSULT", "NEGOTIATE",
      "PROVIDE_AID", "SANCTION", "ACCUSE", "CRITICIZE", "THREATEN", "DEPLOY", "MOBILIZE", "WITHDRAW", "AGREE",
      "ATTACK");

  /** Told as having happened (the {@code events} layer). */
  public static final Set<String> REALIS = Set.of("asserted", "announced", "reported");

  /** Not told as done (the {@code modal_events} layer). */
  public static final Set<String> IRREALIS = Set.of("possible", "intended", "planned", "negated", "denied",
      "alleged", "claimed");

  public Event {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(modality, "modality");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("event text does not fit span " + span + ": " + text);
    }
    if (triggerText.length() != trigger.length()) {
      throw new IllegalArgumentException("trigger text does not fit span " + trigger + ": " + triggerText);
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown event type " + type);
    }
    if (!REALIS.contains(modality) && !IRREALIS.contains(modality)) {
      throw new IllegalArgumentException("unknown modality " + modality);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("QuadClass outside 1..4: " + quadClass);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    participants = List.copyOf(participants);
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
    mentionSpans = mentionSpans == null || mentionSpans.isEmpty() ? List.of(span) : List.copyOf(mentionSpans);
  }

  @JsonProperty("trigger_start")
  int triggerStart() {
    return trigger.start();
  }

  @JsonProperty("trigger_end")
  int triggerEnd() {
    return trigger.end();
  }

  @JsonProperty("date_start")
  Integer dateStart() {
    return dateSpan == null ? null : dateSpan.start();
  }

  @JsonProperty("date_end")
  Integer dateEnd() {
    return dateSpan == null ? null : dateSpan.end();
  }

  @JsonProperty("mentions")
  List<List<Integer>> mentions() {
    return mentionSpans.stream().map(s -> List.of(s.start(), s.end())).toList();
  }

  /**
   * A participant, place, amount or count of an event, traceable to its words: an entity of the article
   * ({@code entity} is its id there, {@code name} its canonical name, {@code qid} its Wikidata ID), a country read
   * off a demonym ({@code les forces russes}: Russia, no entity id), or a value with its unit.
   *
   * @param span the words, or null for a participant known only from elsewhere (the speaker of an announcement
   *     named outside the sentence)
   * @param text the covered text, or null with a null span
   * @param role {@code source}, {@code target} or {@code announcer} for participants; null otherwise
   */
  @JsonPropertyOrder({"name", "qid", "entity", "role", "text", "start", "end", "value", "unit", "qualifier",
      "object"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Argument(@JsonIgnore Span span, String text, String name, String qid, String entity, String role,
      Double value, String unit, String qualifier, String object) {
    public Argument {
      if ((span == null) != (text == null) || span != null && span.length() != text.length()) {
        throw new IllegalArgumentException("argument text does not fit span " + span + ": " + text);
      }
    }

    static Argument participant(Span span, String text, String name, String qid, String entity, String role) {
      return new Argument(span, text, name, qid, entity, role, null, null, null, null);
    }

    Argument withRole(String newRole) {
      return new Argument(span, text, name, qid, entity, newRole, value, unit, qualifier, object);
    }

    /** Two arguments name the same thing: the same entity, else the same QID, else the same name. */
    boolean sameReferent(Argument o) {
      if (entity != null && entity.equals(o.entity) || qid != null && qid.equals(o.qid)) {
        return true;
      }
      // Within one article, one canonical name is one referent even when two mentions were left apart.
      return name != null && name.equals(o.name) && (qid == null || o.qid == null);
    }

    @JsonProperty("start")
    Integer start() {
      return span == null ? null : span.start();
    }

    @JsonProperty("end")
    Integer end() {
      return span == null ? null : span.end();
    }
  }
}
