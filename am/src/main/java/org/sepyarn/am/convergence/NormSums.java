package org.sepyarn.am.convergence;

import java.util.ArrayList;
import java.util.List;
import org.sepyarn.am.status.IterationNorms;

/**
 * The norms from the sums of squares: an iteration's sums hold, for each part of the residual and
 * for the model, the squared norm before the iteration and after it. Parts are added in order from
 * zero, as the solve's own norms table adds them, so both give the same bits.
 */
final class NormSums {
  /**
   * One iteration's sums, added over the pieces.
   *
   * @param residual for each part of the residual, {@code {before, after}}
   * @param model the model's {@code {before, after}}
   */
  record Iteration(List<double[]> residual, double[] model) {
    Iteration {
      residual = List.copyOf(residual);
    }
  }

  private NormSums() {
  }

  /** The norms at the start and after each of {@code done} (the first iterations, in order); empty for none. */
  static List<IterationNorms> norms(List<Iteration> done) {
    List<IterationNorms> norms = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      Iteration it = done.get(i);
      if (i == 0) {
        norms.add(new IterationNorms(0, Math.sqrt(residual(it, 0)), Math.sqrt(it.model()[0])));
      }
      norms.add(new IterationNorms(i + 1, Math.sqrt(residual(it, 1)), Math.sqrt(it.model()[1])));
    }
    return norms;
  }

  private static double residual(Iteration it, int which) {
    double sum = 0;
    for (double[] part : it.residual()) {
      sum += part[which];
    }
    return sum;
  }
}
