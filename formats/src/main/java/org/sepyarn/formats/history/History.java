package org.sepyarn.formats.history;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed history file: its parameters in the order they were first defined, each holding its
 * last definition, the program title lines, and the text and name it came from (the name is used
 * in every error message). Immutable; made by {@link HistoryParser}.
 */
public final class History {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private final String sourceName;
  private final String text;
  private final HistoryDialect dialect;
  private final Map<String, String> values;
  private final List<String> programTitles;
  private final Map<String, String> includedTexts;

  History(String sourceName, String text, HistoryDialect dialect, Map<String, String> values,
      List<String> programTitles) {
    this(sourceName, text, dialect, values, programTitles, Map.of());
  }

  /** @param includedTexts the text of each file {@code par=} included, by the name written after {@code par=} */
  History(String sourceName, String text, HistoryDialect dialect, Map<String, String> values,
      List<String> programTitles, Map<String, String> includedTexts) {
    this.includedTexts = Map.copyOf(includedTexts);
    this.sourceName = sourceName;
    this.text = text;
    this.dialect = dialect;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.programTitles = List.copyOf(programTitles);
  }

  /**
   * Parses {@code text} with the default {@link HistoryDialect#SEPLIB} rules; a {@code par=}
   * include is refused with an {@link IllegalArgumentException} (use {@link HistoryParser} with an
   * {@link IncludeResolver} to follow includes).
   */
  public static History parse(String sourceName, String text) {
    try {
      return new HistoryParser(HistoryDialect.SEPLIB, IncludeResolver.refusing()).parse(sourceName, text);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A history with no text and no parameters. */
  public static History empty(String sourceName) {
    return new History(sourceName, "", HistoryDialect.SEPLIB, Map.of(), List.of());
  }

  /** Where the text came from (a path), as used in messages. */
  public String sourceName() {
    return sourceName;
  }

  /** The text exactly as parsed (without included files). */
  public String text() {
    return text;
  }

  /**
   * The text with every {@code par=} include replaced by the parameters of the file it names, so
   * that a copy of the header elsewhere reads the same parameters without the included files;
   * the text itself when nothing was included.
   */
  public String selfContainedText() {
    return includedTexts.isEmpty() ? text : new IncludeInliner(dialect, includedTexts).inline(text);
  }

  public HistoryDialect dialect() {
    return dialect;
  }

  /** Every parameter, in order of first definition, with its last value. Unmodifiable. */
  public Map<String, String> parameters() {
    return values;
  }

  /** The program title lines (trimmed) in the order the programs ran. */
  public List<String> programTitles() {
    return programTitles;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String getString(String key, String defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : v;
  }

  /** The value of {@code key}; throws naming the key and the file when it is missing. */
  public String requireString(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("history " + sourceName + " has no " + key + "= parameter, which is required");
    }
    return v;
  }

  public int getInt(String key, int defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : toInt(key, v);
  }

  public int requireInt(String key) {
    return toInt(key, requireString(key));
  }

  public long getLong(String key, long defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : toLong(key, v);
  }

  public double getDouble(String key, double defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    String t = v.trim();
    if (!DECIMAL.matcher(t).matches()) {
      throw badValue(key, v, "is not a number: expected a decimal such as " + key + "=0.004 or " + key + "=1e-3");
    }
    double d = Double.parseDouble(t);
    if (!Double.isFinite(d)) {
      throw badValue(key, v, "is too large for a double");
    }
    return d;
  }

  /** The entries of {@code wanted} whose value differs from (or is absent in) this history. */
  public Map<String, String> changedValues(Map<String, String> wanted) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      if (!e.getValue().equals(values.get(e.getKey()))) {
        changed.put(e.getKey(), e.getValue());
      }
    }
    return changed;
  }

  private int toInt(String key, String v) {
    long l = toLong(key, v);
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw badValue(key, v, "is out of range: allowed " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return (int) l;
  }

  private long toLong(String key, String v) {
    String t = v.trim();
    if (!INTEGER.matcher(t).matches()) {
      throw badValue(key, v, "is not an integer: expected a whole number such as " + key + "=100");
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw badValue(key, v, "is out of range: allowed " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    }
  }

  private IllegalArgumentException badValue(String key, String value, String problem) {
    return new IllegalArgumentException(key + "=\"" + value + "\" in history " + sourceName + " " + problem);
  }

  @Override
  public String toString() {
    return "History[" + sourceName + ", " + values.size() + " parameters]";
  }
}
