package org.sepyarn.examples.tools;

/** Makes one trace (a line along axis 1) of a generated dataset. */
interface TraceSource {
  /**
   * Adds this source's samples to {@code trace} (zeroed by the caller) for the trace at
   * {@code position[k]} (0-based) on axes {@code k = 2..9}.
   */
  void addTo(double[] trace, int[] position);
}
