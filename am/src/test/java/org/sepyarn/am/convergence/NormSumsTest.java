package org.sepyarn.am.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.IterationNorms;

class NormSumsTest {
  @Test
  void theStartComesFromTheFirstIterationsBeforeAndEachIterationFromItsAfter() {
    List<IterationNorms> norms = NormSums.norms(List.of(
        new NormSums.Iteration(List.of(new double[] {9, 4}, new double[] {16, 0}), new double[] {0, 1}),
        new NormSums.Iteration(List.of(new double[] {4, 1}, new double[] {0, 3}), new double[] {1, 6.25})));
    assertEquals(List.of(new IterationNorms(0, 5, 0), new IterationNorms(1, 2, 1), new IterationNorms(2, 2, 2.5)),
        norms);
  }

  @Test
  void noIterationDoneShowsNothing() {
    assertEquals(List.of(), NormSums.norms(List.of()));
  }

  @Test
  void partsAreAddedInOrderFromZeroAsTheSolvesNormsTableAddsThem() {
    double[] a = {0.1, 0.1};
    double[] b = {0.2, 0.2};
    double[] c = {0.3, 0.3};
    IterationNorms start = NormSums.norms(List.of(new NormSums.Iteration(List.of(a, b, c), new double[] {1, 1})))
        .get(0);
    assertEquals(Math.sqrt(((0.0 + 0.1) + 0.2) + 0.3), start.residualNorm());
  }
}
