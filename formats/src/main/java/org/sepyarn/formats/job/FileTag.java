package org.sepyarn.formats.job;

import java.util.Objects;

/**
 * How a program receives a file, as SEPlib's {@code Parallel} writes it: {@code <} (the file is
 * the program's stdin), {@code >} (the program's stdout becomes the file) or {@code name=} (the
 * program gets {@code name=<local path>}); or, for programs such as Madagascar's {@code sfcat}
 * that take files as plain words, {@code @k} (the program gets the local path as its k-th
 * positional file, after every other argument). {@link #toString()} gives that text back.
 *
 * @param kind which of the four
 * @param key the parameter name without {@code =} for {@link Kind#PARAMETER}, the position
 *     ({@code "1"}, {@code "2"}, ...) for {@link Kind#POSITIONAL}, empty otherwise
 */
public record FileTag(Kind kind, String key) {
  /** The three ways a program receives a file. */
  public enum Kind {
    /** {@code <}: the file is the program's stdin. */
    STDIN,
    /** {@code >}: the program's stdout becomes the file. */
    STDOUT,
    /** {@code name=}: the program gets {@code name=<local path>}. */
    PARAMETER,
    /** {@code @k}: the program gets {@code <local path>} as its k-th positional file. */
    POSITIONAL
  }

  /** The highest position a positional tag may have. */
  public static final int MAX_POSITION = 99;

  public static final FileTag STDIN = new FileTag(Kind.STDIN, "");
  public static final FileTag STDOUT = new FileTag(Kind.STDOUT, "");

  public FileTag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (kind == Kind.POSITIONAL) {
      if (!key.matches("[1-9][0-9]?")) {
        throw new IllegalArgumentException("a positional tag has a position from 1 to " + MAX_POSITION + ", got \""
            + key + "\"");
      }
    } else if (kind != Kind.PARAMETER && !key.isEmpty()) {
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

  /** The tag {@code @position}. */
  public static FileTag positional(int position) {
    return new FileTag(Kind.POSITIONAL, Integer.toString(position));
  }

  /** The position of a {@code @k} tag. */
  public int position() {
    if (kind != Kind.POSITIONAL) {
      throw new IllegalStateException(this + " is not a positional tag");
    }
    return Integer.parseInt(key);
  }

  /**
   * Reads {@code <}, {@code >}, {@code name=} or {@code @k}.
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
    if (text.startsWith("@")) {
      String position = text.substring(1);
      if (!position.matches("[1-9][0-9]?")) {
        at.add("\"" + text + "\" is not a positional tag: write \"@\" and the file's position among the program's"
            + " positional files, from 1 to " + MAX_POSITION + ", e.g. \"@1\"");
        return null;
      }
      return positional(Integer.parseInt(position));
    }
    if (ArgumentRules.isSepKey(text)) {
      at.add("\"" + text + "\" is not a tag: a parameter tag ends with \"=\"; did you mean \"" + text + "=\"?");
      return null;
    }
    if (!text.endsWith("=") || text.length() == 1) {
      at.add("\"" + text + "\" is not a tag: allowed are \"<\" (the file is the program's stdin), \">\""
          + " (the program's stdout becomes the file), a parameter name followed by \"=\", e.g. \"vel=\", and \"@1\", \"@2\", ..."
          + " (the program's first, second, ... positional file)");
      return null;
    }
    String key = text.substring(0, text.length() - 1);
    int before = at.count();
    ArgumentRules.checkKey(key, "parameter name", at);
    return at.count() == before ? parameter(key) : null;
  }

  /** True for {@code <}, {@code >}: the program's standard streams. */
  public boolean isStream() {
    return kind == Kind.STDIN || kind == Kind.STDOUT;
  }

  @Override
  public String toString() {
    switch (kind) {
      case STDIN:
        return "<";
      case STDOUT:
        return ">";
      case POSITIONAL:
        return "@" + key;
      default:
        return key + "=";
    }
  }
}
