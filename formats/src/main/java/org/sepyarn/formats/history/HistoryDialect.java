package org.sepyarn.formats.history;

/**
 * Which program family's rules a history file is read with. The two differ only in comment
 * lines; {@link #SEPLIB} is the default everywhere in sepyarn.
 */
public enum HistoryDialect {
  /**
   * SEPlib's rule, the default: a line whose first non-blank character is {@code #} is a comment
   * and none of its {@code key=value} words count.
   */
  SEPLIB(true),
  /** Madagascar's rule: every {@code key=value} word counts, even on lines starting with {@code #}. */
  MADAGASCAR(false);

  private final boolean hashLinesAreComments;

  HistoryDialect(boolean hashLinesAreComments) {
    this.hashLinesAreComments = hashLinesAreComments;
  }

  /** Whether lines beginning with {@code #} are skipped. */
  public boolean skipsHashLines() {
    return hashLinesAreComments;
  }
}
