package org.sepyarn.am.web;

/** Where the job stands as a whole; the names are those {@code status.json} uses for its state. */
public enum JobPhase {
  /** Scatter tasks cut the inputs read in short runs into the tasks' parts; the tasks wait. */
  SCATTERING,
  /** Tasks are waiting or running. */
  RUNNING,
  /** Every task succeeded and the outputs are being merged. */
  MERGING,
  SUCCEEDED,
  FAILED;

  /** Whether the job has ended, so the page no longer needs refreshing. */
  public boolean isOver() {
    return this == SUCCEEDED || this == FAILED;
  }
}
