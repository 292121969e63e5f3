package org.vigie.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, typed kind of annotation (sentences, tokens, mentions, and later times, amounts, quotes...).
 *
 * <p>Layers are the contract between annotators: an annotator declares which layers it requires and which it
 * produces, and a {@link Pipeline} refuses an order in which a layer is used before it is made. The name is
 * also the key under which the layer appears in JSON output, so it is stable.
 */
public final class Layer<T extends Annotation> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("layer name must match " + NAME + ": " + name);
    }
    this.name = name;
    this.type = Objects.requireNonNull(type, "type");
  }

  public static <T extends Annotation> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> l && l.name.equals(name) && l.type.equals(type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
