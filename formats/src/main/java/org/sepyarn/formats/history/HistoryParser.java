package org.sepyarn.formats.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns history text into a {@link History}. Lines are scanned for {@code key=value} words (see
 * the package's lexical rules in {@code HistoryLine}); a later definition overrides an earlier
 * one. {@code par=file} inserts the parameters of {@code file}, read through the
 * {@link IncludeResolver}, at the point where it appears, so later definitions still override
 * them; include cycles and include chains deeper than {@link #MAX_INCLUDE_DEPTH} are errors.
 * The comment rule comes from the {@link HistoryDialect}; {@link HistoryDialect#SEPLIB} is the
 * default.
 */
public final class HistoryParser {
  /** How deep {@code par=} files may include one another. */
  public static final int MAX_INCLUDE_DEPTH = 32;

  private final HistoryDialect dialect;
  private final IncludeResolver includes;

  public HistoryParser(HistoryDialect dialect, IncludeResolver includes) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.includes = Objects.requireNonNull(includes, "includes");
  }

  /** SEPlib rules, following {@code par=} includes through {@code includes}. */
  public HistoryParser(IncludeResolver includes) {
    this(HistoryDialect.SEPLIB, includes);
  }

  public HistoryDialect dialect() {
    return dialect;
  }

  /**
   * Parses {@code text}, naming it {@code sourceName} in messages.
   *
   * @throws IOException when an included file cannot be read
   * @throws IllegalArgumentException on an include cycle or a too deep include chain
   */
  public History parse(String sourceName, String text) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> titles = new ArrayList<>();
    List<String> chain = new ArrayList<>();
    chain.add(sourceName);
    Map<String, String> included = new LinkedHashMap<>();
    scan(text, values, titles, chain, included);
    return new History(sourceName, text, dialect, values, titles, included);
  }

  private void scan(String text, Map<String, String> values, List<String> titles, List<String> chain,
      Map<String, String> included) throws IOException {
    for (String line : text.split("\n", -1)) {
      if (dialect.skipsHashLines() && HistoryLine.isHashLine(line)) {
        continue;
      }
      List<Assignment> assignments = HistoryLine.assignments(line);
      if (assignments.isEmpty()) {
        if (titles != null && HistoryLine.isTitle(line)) {
          titles.add(line.trim());
        }
        continue;
      }
      for (Assignment a : assignments) {
        values.put(a.key(), a.value());
        if (a.key().equals("par")) {
          include(a.value(), values, chain, included);
        }
      }
    }
  }

  private void include(String path, Map<String, String> values, List<String> chain, Map<String, String> included)
      throws IOException {
    String includer = chain.get(chain.size() - 1);
    if (chain.contains(path)) {
      throw new IllegalArgumentException("par= include cycle in history " + chain.get(0) + ": "
          + String.join(" -> ", chain) + " -> " + path + "; remove one of these par= parameters");
    }
    if (chain.size() > MAX_INCLUDE_DEPTH) {
      throw new IllegalArgumentException("par= includes nest deeper than " + MAX_INCLUDE_DEPTH + " files in history "
          + chain.get(0) + ": " + String.join(" -> ", chain) + " -> " + path);
    }
    String text;
    try {
      text = includes.read(path);
    } catch (IOException e) {
      throw new IOException("cannot read par=" + path + " included from " + includer + ": " + e.getMessage(), e);
    }
    included.put(path, text);
    chain.add(path);
    scan(text, values, null, chain, included);
    chain.remove(chain.size() - 1);
  }
}
