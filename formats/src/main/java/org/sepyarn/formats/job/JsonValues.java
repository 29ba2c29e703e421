package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts JSON values to Java ones, reporting a wrong type or a bad value at the given path and
 * returning empty. Messages name the value found and the form expected.
 */
public final class JsonValues {
  private static final int SHOWN_TEXT = 60;

  private JsonValues() {
  }

  /** For messages: {@code string "abc"}, {@code number 3.5}, {@code true}, {@code a list}. */
  public static String describe(JsonNode n) {
    if (n.isTextual()) {
      String text = n.textValue();
      return "string \"" + (text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "..." : text) + "\"";
    }
    if (n.isNumber()) {
      return "number " + n.asText();
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.asText();
  }

  public static Optional<String> string(JsonNode n, Problems at) {
    if (n.isTextual()) {
      return Optional.of(n.textValue());
    }
    String hint = n.isNumber() || n.isBoolean() ? "; write \"" + n.asText() + "\"" : "";
    at.add("expected a string, got " + describe(n) + hint);
    return Optional.empty();
  }

  public static Optional<Integer> integer(JsonNode n, Problems at) {
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return Optional.of(n.intValue());
    }
    if (n.isIntegralNumber()) {
      at.add(n.asText() + " is too large: at most " + Integer.MAX_VALUE);
    } else {
      at.add("expected a whole number, got " + describe(n));
    }
    return Optional.empty();
  }

  public static Optional<Double> number(JsonNode n, Problems at) {
    if (n.isNumber() && Double.isFinite(n.doubleValue())) {
      return Optional.of(n.doubleValue());
    }
    at.add("expected a number, got " + describe(n));
    return Optional.empty();
  }

  public static Optional<Boolean> bool(JsonNode n, Problems at) {
    if (n.isBoolean()) {
      return Optional.of(n.booleanValue());
    }
    at.add("expected true or false, got " + describe(n));
    return Optional.empty();
  }

  public static Optional<List<String>> strings(JsonNode n, Problems at) {
    if (!n.isArray()) {
      String hint = n.isTextual() ? "; write [\"" + n.textValue() + "\"]" : "";
      at.add("expected a list of strings, got " + describe(n) + hint);
      return Optional.empty();
    }
    int before = at.count();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      string(n.get(i), at.index(i)).ifPresent(values::add);
    }
    return at.count() == before ? Optional.of(values) : Optional.empty();
  }

  public static Optional<List<Integer>> integers(JsonNode n, Problems at) {
    if (!n.isArray()) {
      String hint = n.isIntegralNumber() ? "; write [" + n.asText() + "]" : "";
      at.add("expected a list of whole numbers, got " + describe(n) + hint);
      return Optional.empty();
    }
    int before = at.count();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      integer(n.get(i), at.index(i)).ifPresent(values::add);
    }
    return at.count() == before ? Optional.of(values) : Optional.empty();
  }

  /** A duration: a string such as {@code "90s"}, or a number of seconds. */
  public static Optional<Duration> duration(JsonNode n, Problems at) {
    if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0) {
      return Optional.of(Duration.ofSeconds(n.longValue()));
    }
    if (n.isTextual()) {
      try {
        return Optional.of(Durations.parse(n.textValue()));
      } catch (IllegalArgumentException e) {
        at.add(e.getMessage());
        return Optional.empty();
      }
    }
    at.add("expected a duration such as \"90s\", \"15m\", \"2h\" or \"1d\", or a whole number of seconds,"
        + " got " + describe(n));
    return Optional.empty();
  }

  /** A size: a string such as {@code "2g"}, or a number of MiB. */
  public static Optional<DataSize> size(JsonNode n, Problems at) {
    if (n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0) {
      try {
        return Optional.of(DataSize.ofMiB(n.longValue()));
      } catch (ArithmeticException e) {
        at.add(n.asText() + " MiB is too large");
        return Optional.empty();
      }
    }
    if (n.isTextual()) {
      try {
        return Optional.of(DataSize.parse(n.textValue()));
      } catch (IllegalArgumentException e) {
        at.add(e.getMessage());
        return Optional.empty();
      }
    }
    at.add("expected a size such as \"512m\" or \"2g\", or a whole number of MiB, got " + describe(n));
    return Optional.empty();
  }
}
