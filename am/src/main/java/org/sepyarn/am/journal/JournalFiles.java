package org.sepyarn.am.journal;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;

/**
 * Names of the journal's files: one per ApplicationMaster attempt, {@code attempt-000002.log},
 * zero-padded so that listings sort in attempt order.
 */
final class JournalFiles {
  /** The largest record the journal writes or reads; a longer length prefix means corrupt data. */
  static final int MAX_RECORD_BYTES = 16 << 20;
  private static final Pattern NAME = Pattern.compile("attempt-(\\d{6})\\.log");

  private JournalFiles() {
  }

  static Path of(Path journalFolder, int amAttempt) {
    if (amAttempt < 1 || amAttempt > 999_999) {
      throw new IllegalArgumentException("AM attempt number " + amAttempt + " is not allowed: 1 to 999999");
    }
    return new Path(journalFolder, String.format("attempt-%06d.log", amAttempt));
  }

  /** The AM attempt a journal file belongs to, or empty if {@code name} is not a journal file's name. */
  static OptionalInt attemptOf(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int attempt = Integer.parseInt(m.group(1));
    return attempt < 1 ? OptionalInt.empty() : OptionalInt.of(attempt);
  }
}
