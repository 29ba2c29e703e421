package org.sepyarn.client.submit;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * Extra options for the ApplicationMaster's JVM, from {@value #KEY} in the submitting
 * configuration: whitespace-separated, each starting with {@code -} (such as
 * {@code -XX:+UseSerialGC}). None by default; the heap comes from {@code sepyarn.am.memory-mb}.
 */
public final class AmJvmOptions {
  public static final String KEY = "sepyarn.am.java-opts";

  private AmJvmOptions() {
  }

  /** The options {@code conf} sets, in order; refuses a word that is not an option. */
  public static List<String> of(Configuration conf) {
    String text = conf.getTrimmed(KEY, "");
    List<String> options = new ArrayList<>();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!word.startsWith("-") || word.length() == 1) {
        throw new IllegalArgumentException(KEY + "=" + text + ": '" + word + "' is not a JVM option; give"
            + " options that start with '-', separated by spaces, such as -XX:+UseSerialGC");
      }
      options.add(word);
    }
    return List.copyOf(options);
  }
}
