package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * The records of a {@code .json} input, read one at a time: one object (a document named after the file),
 * an array of objects, or objects one after another (items named {@code #item-N}, N from 1). A syntax error
 * ends the input, as JSON cannot be resynchronized.
 */
final class JsonRecords extends Producer {
  private enum State { START, ARRAY, SEQUENCE, DONE }

  private final Source src;
  private final JsonParser parser;
  private final List<String> warnings;
  private State state = State.START;
  private int item;
  private JsonToken pending;

  private JsonRecords(Source src, JsonParser parser, List<String> warnings) {
    this.src = src;
    this.parser = parser;
    this.warnings = List.copyOf(warnings);
  }

  /** Over a decoded text (a file within the size limit). */
  static JsonRecords ofText(Source src, String text, List<String> warnings) throws IOException {
    return new JsonRecords(src, Json.FACTORY.createParser(text), warnings);
  }

  /** Over a stream of any size: UTF-8/16/32 detected by Jackson, unless an encoding is declared. */
  static JsonRecords ofStream(Source src, InputStream in, Charset declared) throws IOException {
    JsonParser p = declared == null
        ? Json.FACTORY.createParser(in)
        : Json.FACTORY.createParser(new InputStreamReader(in, Decoding.widen(declared).newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    return new JsonRecords(src, p, List.of());
  }

  @Override
  protected String origin() {
    return src.origin();
  }

  @Override
  protected ReadResult produce() throws IOException, ReadProblem {
    try {
      return step();
    } catch (JsonProcessingException e) {
      state = State.DONE;
      return new ReadResult.Failure(src.origin(), Json.problem(e, false));
    }
  }

  private ReadResult step() throws IOException, ReadProblem {
    switch (state) {
      case START -> {
        JsonToken t = parser.nextToken();
        if (t == null) {
          state = State.DONE;
          return new ReadResult.Failure(src.origin(), "empty file (only whitespace)");
        }
        if (t == JsonToken.START_ARRAY) {
          state = State.ARRAY;
          return step();
        }
        if (t != JsonToken.START_OBJECT) {
          state = State.DONE;
          return new ReadResult.Failure(src.origin(), "expected a JSON object or an array of objects, found "
              + kind(t));
        }
        JsonNode first = Json.STREAMING.readTree(parser);
        JsonToken after = parser.nextToken();
        if (after == null) {
          state = State.DONE;
          return recordOrFailure(first, src.origin(), src.stem());
        }
        state = State.SEQUENCE;
        pending = after;
        item = 1;
        return recordOrFailure(first, src.origin() + "#item-1", src.stem() + "-1");
      }
      case ARRAY -> {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          state = State.DONE;
          JsonToken after = parser.nextToken();
          if (after != null) {
            return new ReadResult.Failure(src.origin(), "unexpected data after the end of the JSON array");
          }
          return item == 0 ? new ReadResult.Failure(src.origin(), "empty JSON array") : null;
        }
        return element(t);
      }
      case SEQUENCE -> {
        JsonToken t = pending != null ? pending : parser.nextToken();
        pending = null;
        if (t == null) {
          state = State.DONE;
          return null;
        }
        return element(t);
      }
      default -> {
        return null;
      }
    }
  }

  private ReadResult element(JsonToken t) throws IOException {
    item++;
    String where = src.origin() + "#item-" + item;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return new ReadResult.Failure(where, "expected a JSON object, found " + kind(t));
    }
    long start = offset(parser.currentTokenLocation());
    JsonNode node = Json.STREAMING.readTree(parser);
    long size = offset(parser.currentLocation()) - start;
    if (start >= 0 && size > src.config().maxBytes()) {
      return new ReadResult.Failure(where, Bytes.tooLarge(size, src.config().maxBytes()));
    }
    return recordOrFailure(node, where, src.stem() + "-" + item);
  }

  private ReadResult recordOrFailure(JsonNode node, String where, String fallbackId) {
    try {
      return Json.record(node, src, where, fallbackId, warnings);
    } catch (ReadProblem p) {
      return new ReadResult.Failure(where, p.getMessage());
    }
  }

  private static long offset(JsonLocation loc) {
    if (loc == null) {
      return -1;
    }
    return loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
  }

  private static String kind(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // best effort
    }
  }
}
