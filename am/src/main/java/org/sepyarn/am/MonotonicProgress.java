package org.sepyarn.am;

/**
 * The job's progress as shown (to the ResourceManager, the page and the status files): never lower
 * than shown before. A task's progress restarts from 0 when its attempt fails or is preempted and
 * a new one runs, which would otherwise move the whole job's bar back.
 */
final class MonotonicProgress {
  private double shown;

  /** The progress to show now that {@code measured} (0 to 1) is measured. */
  double next(double measured) {
    shown = Math.max(shown, Math.min(1, measured));
    return shown;
  }
}
