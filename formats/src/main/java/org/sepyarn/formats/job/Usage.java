package org.sepyarn.formats.job;

import java.util.Locale;

/** Whether the program reads a file ({@code input}) or writes it ({@code output}). */
public enum Usage {
  INPUT,
  OUTPUT;

  /** The word a job description uses: {@code input} or {@code output}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the word and the allowed ones
   */
  public static Usage fromJson(String word) {
    for (Usage u : values()) {
      if (u.jsonName().equals(word)) {
        return u;
      }
    }
    throw new IllegalArgumentException("\"" + word + "\" is not a usage: allowed are \"input\" and \"output\"");
  }
}
