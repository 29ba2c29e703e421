package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The fields of one JSON object, read by name with their types checked. A key set to
 * {@code null} counts as absent. {@link #reportUnknownKeys()} reports every key the object may
 * not have, suggesting the nearest known one.
 */
public final class JsonFields {
  private final JsonNode node;
  private final Problems at;
  private final List<String> known;

  private JsonFields(JsonNode node, Problems at, List<String> known) {
    this.node = node;
    this.at = at;
    this.known = known;
  }

  /** The object's fields, or empty after reporting that the value is not an object. */
  public static Optional<JsonFields> of(JsonNode node, Problems at, String... known) {
    if (!node.isObject()) {
      at.add("expected an object with keys " + quoted(List.of(known)) + ", got " + JsonValues.describe(node));
      return Optional.empty();
    }
    return Optional.of(new JsonFields(node, at, List.of(known)));
  }

  /** Where the value of {@code key} is reported. */
  public Problems at(String key) {
    return at.field(key);
  }

  /** Where problems with the object as a whole are reported. */
  public Problems at() {
    return at;
  }

  public boolean has(String key) {
    return get(key).isPresent();
  }

  public Optional<JsonNode> get(String key) {
    if (!known.contains(key)) {
      throw new IllegalStateException("\"" + key + "\" is not among the keys declared for " + at.path());
    }
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The value, or empty after reporting it missing; {@code what} says what to give. A missing
   * key that an unknown key is a likely typo of is left to {@link #reportUnknownKeys()}, which
   * suggests it.
   */
  public Optional<JsonNode> required(String key, String what) {
    Optional<JsonNode> value = get(key);
    if (value.isEmpty() && !misspelled(key)) {
      at(key).add("missing: " + what);
    }
    return value;
  }

  private boolean misspelled(String key) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name) && KeySuggestion.nearest(name, known).filter(key::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  public Optional<String> string(String key) {
    return get(key).flatMap(v -> JsonValues.string(v, at(key)));
  }

  public Optional<Integer> integer(String key) {
    return get(key).flatMap(v -> JsonValues.integer(v, at(key)));
  }

  public Optional<Double> number(String key) {
    return get(key).flatMap(v -> JsonValues.number(v, at(key)));
  }

  public Optional<Boolean> bool(String key) {
    return get(key).flatMap(v -> JsonValues.bool(v, at(key)));
  }

  public Optional<List<String>> strings(String key) {
    return get(key).flatMap(v -> JsonValues.strings(v, at(key)));
  }

  public Optional<List<Integer>> integers(String key) {
    return get(key).flatMap(v -> JsonValues.integers(v, at(key)));
  }

  public Optional<Duration> duration(String key) {
    return get(key).flatMap(v -> JsonValues.duration(v, at(key)));
  }

  public Optional<DataSize> size(String key) {
    return get(key).flatMap(v -> JsonValues.size(v, at(key)));
  }

  /** Reports each key that is not known here, with the nearest known key when one is close. */
  public void reportUnknownKeys() {
    reportUnknownKeysExcept(name -> false);
  }

  /** As {@link #reportUnknownKeys()}, leaving out the keys {@code readElsewhere} accepts. */
  public void reportUnknownKeysExcept(java.util.function.Predicate<String> readElsewhere) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name) && !readElsewhere.test(name)) {
        at.field(name).add(KeySuggestion.nearest(name, known)
            .map(k -> "unknown key; did you mean \"" + k + "\"?")
            .orElse("unknown key; the keys here are " + quoted(known)));
      }
    }
  }

  private static String quoted(List<String> keys) {
    StringJoiner joiner = new StringJoiner(", ");
    for (String k : keys) {
      joiner.add("\"" + k + "\"");
    }
    return joiner.toString();
  }
}
