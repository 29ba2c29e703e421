package org.sepyarn.client.segy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SEPlib-style {@code key=value} arguments of a SEG-Y import or export task (the last of a
 * repeated key winning), each problem an {@link IllegalArgumentException} naming the key.
 */
final class PieceArguments {
  private final Map<String, String> values;

  private PieceArguments(Map<String, String> values) {
    this.values = values;
  }

  static PieceArguments parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("argument \"" + arg + "\" is not key=value");
      }
      values.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return new PieceArguments(values);
  }

  String required(String key) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("missing " + key + "=");
    }
    return v;
  }

  long number(String key) {
    String v = required(key);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + "=" + v + " is not a whole number");
    }
  }
}
