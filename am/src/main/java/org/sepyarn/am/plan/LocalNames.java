package org.sepyarn.am.plan;

import java.util.Locale;

/**
 * The name each file of a job gets in a task's working folder and pieces folder: its position in
 * the job and its base name, reduced to characters that are safe in any file system and on any
 * command line, e.g. {@code f0-in.H}. Unique within a job by the position.
 */
public final class LocalNames {
  /**
   * Longest base name kept. File systems allow 255 bytes per name (HDFS by default too), and the
   * runner adds to the name: {@code @} for a binary, a hidden temporary name while writing.
   */
  static final int MAX_BASE_LENGTH = 100;

  private LocalNames() {
  }

  /** The local name of file {@code fileIndex} of a job, whose path is {@code path}. */
  public static String of(int fileIndex, String path) {
    String base = path;
    int slash = base.lastIndexOf('/');
    if (slash >= 0) {
      base = base.substring(slash + 1);
    }
    StringBuilder safe = new StringBuilder();
    for (char c : base.toCharArray()) {
      safe.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
    }
    String name = safe.toString().replaceAll("^[.]+", "");
    if (name.isEmpty()) {
      name = "data";
    }
    if (name.length() > MAX_BASE_LENGTH) {
      name = name.substring(0, MAX_BASE_LENGTH);
    }
    return String.format(Locale.ROOT, "f%d-%s", fileIndex, name);
  }
}
