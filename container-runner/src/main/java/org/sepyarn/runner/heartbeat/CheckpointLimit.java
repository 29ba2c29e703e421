package org.sepyarn.runner.heartbeat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a checkpoint may be: at most {@value #MAX_BYTES} bytes of UTF-8 text on one line, without
 * control characters other than tabs. A checkpoint travels in every signed heartbeat (whose body
 * the ApplicationMaster takes up to 64 KiB, JSON escaping at most doubling this text) and on the
 * retry's command line (where Linux takes one argument up to 128 KiB, and none with a NUL), so a
 * larger one would kill the attempt as a silent runner or keep the retry from starting. A
 * checkpoint over the limit is refused, with a message saying so, and the last one within it
 * stands. Documented in {@code docs/job-format.md}.
 */
public final class CheckpointLimit {
  /** The largest checkpoint, in bytes of UTF-8. */
  public static final int MAX_BYTES = 16 * 1024;

  private CheckpointLimit() {
  }

  /** Why {@code checkpoint} cannot be kept, or empty when it can. */
  public static Optional<String> problem(String checkpoint) {
    int bytes = checkpoint.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return Optional.of("a checkpoint of " + bytes + " bytes is over the limit of " + MAX_BYTES
          + " bytes; it is ignored and the last checkpoint within the limit stands: keep a short checkpoint"
          + " (e.g. an iteration number or the path of a file holding the state)");
    }
    for (int i = 0; i < checkpoint.length(); i++) {
      char c = checkpoint.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        return Optional.of("a checkpoint with the control character U+" + String.format("%04X", (int) c)
            + " at character " + i + " cannot be passed on a command line; it is ignored and the last"
            + " checkpoint without one stands");
      }
    }
    return Optional.empty();
  }
}
