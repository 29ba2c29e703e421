package org.sepyarn.formats.job;

import java.util.Objects;

/**
 * How a program receives a file, as SEPlib's {@code Parallel} writes it: {@code <} (the file is
 * the program's stdin), {@code >} (the program's stdout becomes the file) or {@code name=} (the
 * program gets {@code name=<local path>}). {@link #toString()} gives that text back.
 *
 * @param kind which of the three
 * @param key the parameter name without {@code =}, empty unless {@code kind} is {@link Kind#PARAMETER}
 */
public record FileTag(Kind kind, String key) {
  /** The three ways a program receives a file. */
  public enum Kind {
    /** {@code <}: the file is the program's stdin. */
    STDIN,
    /** {@code >}: the program's stdout becomes the file. */
    STDOUT,
    /** {@code name=}: the program gets {@code name=<local path>}. */
    PARAMETER
  }

  public static final FileTag STDIN = new FileTag(Kind.STDIN, "");
  public static final FileTag STDOUT = new FileTag(Kind.STDOUT, "");

  public FileTag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (kind != Kind.PARAMETER && !key.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " tag has no key, got \"" + key + "\"");
    }
    if (kind == Kind.PARAMETER) {
      Problems problems = new Problems();
      ArgumentRules.checkKey(key, "parameter name", problems);
      problems.throwIfAny("tag");
    }
  }

  /** The tag {@code key=}. */
  public static FileTag parameter(String key) {
    return new FileTag(Kind.PARAMETER, key);
  }

  /**
   * Reads {@code <}, {@code >} or {@code name=}.
   *
   * @throws IllegalArgumentException naming the text and the allowed forms
   */
  public static FileTag parse(String text) {
    Problems problems = new Problems();
    FileTag tag = parse(text, problems);
    if (tag == null) {
      throw new IllegalArgumentException(problems.errors().get(0).message());
    }
    return tag;
  }

  /** Reads a tag, or reports why not and returns null. */
  static FileTag parse(String text, Problems at) {
    if (text.equals("<")) {
      return STDIN;
    }
    if (text.equals(">")) {
      return STDOUT;
    }
    if (ArgumentRules.isSepKey(text)) {
      at.add("\"" + text + "\" is not a tag: a parameter tag ends with \"=\"; did you mean \"" + text + "=\"?");
      return null;
    }
    if (!text.endsWith("=") || text.length() == 1) {
      at.add("\"" + text + "\" is not a tag: allowed are \"<\" (the file is the program's stdin), \">\""
          + " (the program's stdout becomes the file) and a parameter name followed by \"=\", e.g. \"vel=\"");
      return null;
    }
    String key = text.substring(0, text.length() - 1);
    int before = at.count();
    ArgumentRules.checkKey(key, "parameter name", at);
    return at.count() == before ? parameter(key) : null;
  }

  /** True for {@code <}, {@code >}: the program's standard streams. */
  public boolean isStream() {
    return kind != Kind.PARAMETER;
  }

  @Override
  public String toString() {
    switch (kind) {
      case STDIN:
        return "<";
      case STDOUT:
        return ">";
      default:
        return key + "=";
    }
  }
}
