package org.sepyarn.formats.history;

import java.io.IOException;

/**
 * Reads the text of a file named by {@code par=} in a history, so that the parser itself never
 * touches a file system. Implementations decide what a relative name is relative to.
 */
@FunctionalInterface
public interface IncludeResolver {
  /**
   * The text of the parameter file {@code path} (exactly as written after {@code par=}).
   *
   * @throws IOException when the file cannot be read; the parser adds which history asked for it
   */
  String read(String path) throws IOException;

  /** A resolver that refuses every include, naming the include and what to do instead. */
  static IncludeResolver refusing() {
    return path -> {
      throw new IOException("par=" + path + " cannot be included: this history was parsed without an include "
          + "resolver; parse it with a HistoryParser given an IncludeResolver that can read " + path);
    };
  }
}
