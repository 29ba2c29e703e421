package org.sepyarn.runner.process;

import java.time.Duration;
import java.util.OptionalInt;

/** A started program: wait for it, ask whether it lives, kill it and everything it started. */
public interface RunningProgram {
  /** Waits up to {@code timeout}; the exit code if it ended, empty if it still runs. */
  OptionalInt waitFor(Duration timeout) throws InterruptedException;

  boolean isAlive();

  /** Kills the program and every process it started (its whole tree). */
  void killTree();
}
