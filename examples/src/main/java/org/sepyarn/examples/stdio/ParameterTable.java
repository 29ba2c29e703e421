package org.sepyarn.examples.stdio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Named parameters with typed getters, each value remembering where it came from (the command
 * line, a {@code par=} file, a history file) so that every error names the key, the value and its
 * origin. Immutable; a later definition of a key replaces an earlier one when tables are layered
 * with {@link #overriddenBy(ParameterTable)}.
 */
public final class ParameterTable {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private final Map<String, Value> values;
  private final String where;

  private record Value(String text, String origin) {
  }

  private ParameterTable(Map<String, Value> values, String where) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.where = where;
  }

  /**
   * A table of {@code values}, all from {@code origin} (for example "on the command line" or
   * "in history stdin"), which is also where a missing parameter is said to be looked for.
   */
  public static ParameterTable of(Map<String, String> values, String origin) {
    Map<String, Value> v = new LinkedHashMap<>();
    values.forEach((k, text) -> v.put(k, new Value(text, origin)));
    return new ParameterTable(v, origin);
  }

  /** A table without parameters; a missing parameter is said to be looked for {@code where}. */
  public static ParameterTable empty(String where) {
    return new ParameterTable(Map.of(), where);
  }

  /** Builds a table key by key, each key with its own origin; a later {@code put} wins. */
  public static final class Builder {
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final String where;

    public Builder(String where) {
      this.where = where;
    }

    public Builder put(String key, String value, String origin) {
      values.remove(key);
      values.put(key, new Value(value, origin));
      return this;
    }

    public ParameterTable build() {
      return new ParameterTable(values, where);
    }
  }

  /** This table with every parameter of {@code top} replacing or adding to its own. */
  public ParameterTable overriddenBy(ParameterTable top) {
    Map<String, Value> merged = new LinkedHashMap<>(values);
    merged.putAll(top.values);
    return new ParameterTable(merged, top.where + " or " + where);
  }

  /** The parameters whose key passes {@code keep}. */
  public ParameterTable only(Predicate<String> keep) {
    Map<String, Value> kept = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (keep.test(k)) {
        kept.put(k, v);
      }
    });
    return new ParameterTable(kept, where);
  }

  /** Every parameter's text, in order of definition. */
  public Map<String, String> values() {
    Map<String, String> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, v.text()));
    return Collections.unmodifiableMap(m);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Optional<String> get(String key) {
    Value v = values.get(key);
    return v == null ? Optional.empty() : Optional.of(v.text());
  }

  /** Where {@code key}'s value came from, or where it was looked for when it is missing. */
  public String origin(String key) {
    Value v = values.get(key);
    return v == null ? where : v.origin();
  }

  public String getString(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  public String requireString(String key) {
    return get(key).orElseThrow(() -> missing(key));
  }

  public int getInt(String key, int defaultValue) {
    return has(key) ? requireInt(key) : defaultValue;
  }

  public int requireInt(String key) {
    return toInt(key, requireString(key).trim());
  }

  public double getDouble(String key, double defaultValue) {
    return has(key) ? requireDouble(key) : defaultValue;
  }

  public double requireDouble(String key) {
    return toDouble(key, requireString(key).trim());
  }

  /**
   * A yes/no parameter: {@code y}, {@code yes}, {@code true}, {@code 1} and {@code n},
   * {@code no}, {@code false}, {@code 0} in any case.
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    if (!has(key)) {
      return defaultValue;
    }
    String t = requireString(key).trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "y": case "yes": case "true": case "1": return true;
      case "n": case "no": case "false": case "0": return false;
      default:
        throw bad(key, "is not a yes/no value: use " + key + "=y or " + key + "=n");
    }
  }

  /** A comma-separated list of integers, empty when the key is absent. */
  public List<Integer> getInts(String key) {
    List<Integer> list = new ArrayList<>();
    for (String item : items(key)) {
      list.add(toInt(key, item));
    }
    return list;
  }

  /** A comma-separated list of numbers, empty when the key is absent. */
  public List<Double> getDoubles(String key) {
    List<Double> list = new ArrayList<>();
    for (String item : items(key)) {
      list.add(toDouble(key, item));
    }
    return list;
  }

  private List<String> items(String key) {
    if (!has(key)) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : requireString(key).split(",", -1)) {
      String t = item.trim();
      if (t.isEmpty()) {
        throw bad(key, "has an empty item: give a comma-separated list such as " + key + "=1,2,3");
      }
      items.add(t);
    }
    return items;
  }

  private int toInt(String key, String text) {
    if (!INTEGER.matcher(text).matches()) {
      throw bad(key, "is not an integer: expected a whole number such as " + key + "=5");
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw bad(key, "is out of range: allowed " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
  }

  private double toDouble(String key, String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw bad(key, "is not a number: expected a decimal such as " + key + "=0.004 or " + key + "=4e-3");
    }
    double d = Double.parseDouble(text);
    if (!Double.isFinite(d)) {
      throw bad(key, "is too large: values must be finite double-precision numbers");
    }
    return d;
  }

  private ToolException missing(String key) {
    return new ToolException("missing parameter " + key + "= (looked for " + where + ")");
  }

  /** An error about {@code key}'s value: its text and origin, then {@code problem}. */
  public ToolException bad(String key, String problem) {
    return new ToolException(key + "=\"" + getString(key, "") + "\" (" + origin(key) + ") " + problem);
  }

  @Override
  public String toString() {
    return "ParameterTable" + values();
  }
}
