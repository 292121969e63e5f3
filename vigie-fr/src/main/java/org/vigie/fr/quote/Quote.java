package org.vigie.fr.quote;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.vigie.core.Annotation;
import org.vigie.core.Span;

/**
 * One quotation and who said it: the words (for a direct quote, what lies inside the quote marks; for an
 * indirect one, the reported clause), the cue that reports them (a verb such as {@code a déclaré}, or
 * {@code selon}), the mention of the speaker where the text names them, and the speaker resolved to an entity
 * of the article (a pronoun or a role is replaced by the person it stands for).
 *
 * <p>A quote interrupted by an incise ({@code « A, a ajouté M. Blinken. B »}) is two pieces sharing one
 * {@code group}; any other quote has a group of its own. Texts are exactly the covered original text (checked
 * here), so a quote can always be traced to its characters. In JSON, spans are flattened to
 * {@code start/end}, {@code cue_start/cue_end} and {@code speaker_start/speaker_end}.
 *
 * @param span the quoted words
 * @param text the covered original text
 * @param direct true for words in quote marks (or in a dialogue line or a quoted block), false for reported
 *     speech
 * @param group pieces of one interrupted quote share it; numbered from 1 in text order
 * @param cue the reporting verb group or preposition, or null when nothing in the text reports the words
 *     (a quote that continues the previous speaker, a quote without speaker)
 * @param cueText the covered text of {@code cue}, or null
 * @param speakerSpan the mention of the speaker that attributes this quote (a name, a role, a pronoun, an
 *     institution, a document), or null
 * @param speakerMention the covered text of {@code speakerSpan}, or null
 * @param speaker the canonical name of the speaker (the entity's name; for a capital speaking for its
 *     government, the country's; the mention's text when no entity stands for a mention that holds a proper
 *     name), or null when nobody is said to have said it or the article does not name who did (an unnamed
 *     source, witness or role: {@code speakerMention} keeps the phrase)
 * @param speakerQid the speaker's Wikidata ID, or null
 * @param speakerEntity the id of the speaker's entity in the article ({@code E3}), or null
 * @param speakerMentions every surface form of the speaker in the article
 * @param confidence how sure the attribution is, in [0, 1]
 */
@JsonPropertyOrder({"text", "direct", "group", "cue", "cue_start", "cue_end", "speaker_mention", "speaker_start",
    "speaker_end", "speaker", "speaker_qid", "speaker_entity", "speaker_mentions", "confidence"})
public record Quote(
    @JsonIgnore Span span,
    String text,
    boolean direct,
    int group,
    @JsonIgnore Span cue,
    @JsonProperty("cue") String cueText,
    @JsonIgnore Span speakerSpan,
    @JsonProperty("speaker_mention") String speakerMention,
    String speaker,
    @JsonProperty("speaker_qid") String speakerQid,
    @JsonProperty("speaker_entity") String speakerEntity,
    @JsonProperty("speaker_mentions") List<String> speakerMentions,
    double confidence) implements Annotation {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("quote text does not fit span " + span + ": " + text);
    }
    if ((cue == null) != (cueText == null) || cue != null && cue.length() != cueText.length()) {
      throw new IllegalArgumentException("cue text does not fit cue span " + cue + ": " + cueText);
    }
    if ((speakerSpan == null) != (speakerMention == null)
        || speakerSpan != null && speakerSpan.length() != speakerMention.length()) {
      throw new IllegalArgumentException("speaker mention does not fit span " + speakerSpan + ": " + speakerMention);
    }
    if (group < 1) {
      throw new IllegalArgumentException("group must be positive: " + group);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    speakerMentions = speakerMentions == null ? List.of() : List.copyOf(speakerMentions);
  }

  /** True when the text says who said it. */
  public boolean attributed() {
    return speaker != null;
  }

  @JsonProperty("cue_start")
  Integer cueStart() {
    return cue == null ? null : cue.start();
  }

  @JsonProperty("cue_end")
  Integer cueEnd() {
    return cue == null ? null : cue.end();
  }

  @JsonProperty("speaker_start")
  Integer speakerStart() {
    return speakerSpan == null ? null : speakerSpan.start();
  }

  @JsonProperty("speaker_end")
  Integer speakerEnd() {
    return speakerSpan == null ? null : speakerSpan.end();
  }
}
