package org.sepyarn.formats.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A solve stopped after any step, its state journaled as JSON and read back by a fresh solver,
 * or a step run twice (a crash after the step but before its journal entry), gives the same bits
 * as an undisturbed run.
 */
class SolverRestartTest {
  private static double[][] matrix(int rows, int columns, long seed) {
    Random r = new Random(seed);
    double[][] m = new double[rows][columns];
    for (double[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return m;
  }

  private static LeastSquares regularized(MemoryStore store) {
    return LeastSquares.regularized(new DenseOperator(matrix(12, 9, 21)), new DenseOperator(matrix(9, 9, 22)), 0.5,
        FloatVector.gaussian(12, 23), FloatVector.gaussian(9, 24), 7, store);
  }

  private static List<String> journal(LeastSquares ls) {
    List<String> lines = new ArrayList<>();
    CgSolver solver = ls.solver();
    SolverState s = ls.initialState();
    while (!s.done()) {
      s = solver.advance(s);
      lines.add(SolverStateJson.write(s));
    }
    return lines;
  }

  @Test
  void resumingFromAnyJournaledStepGivesTheSameModel() {
    MemoryStore undisturbedStore = new MemoryStore();
    LeastSquares undisturbed = regularized(undisturbedStore);
    List<String> lines = journal(undisturbed);
    SolverState last = SolverStateJson.read(lines.get(lines.size() - 1));
    Vector expected = undisturbed.model(last);
    for (int k = 0; k < lines.size(); k++) {
      MemoryStore store = new MemoryStore();
      LeastSquares ls = regularized(store);
      CgSolver first = ls.solver();
      SolverState s = ls.initialState();
      for (int i = 0; i <= k; i++) {
        s = first.advance(s);
      }
      SolverState resumed = SolverStateJson.read(SolverStateJson.write(s));
      assertEquals(s, resumed, "after step " + k);
      SolverState end = new CgSolver(ls.operator(), store).run(resumed);
      assertEquals(expected, ls.model(end), "resumed after step " + k);
      assertEquals(lines.get(lines.size() - 1), SolverStateJson.write(end));
    }
  }

  @Test
  void aStepRunAgainWritesTheSameVectorsAndState() {
    MemoryStore store = new MemoryStore();
    LeastSquares ls = regularized(store);
    List<String> lines = journal(regularized(new MemoryStore()));
    CgSolver solver = ls.solver();
    SolverState s = ls.initialState();
    int k = 0;
    while (!s.done()) {
      SolverState once = solver.advance(s);
      SolverState twice = solver.advance(s);
      assertEquals(once, twice);
      assertEquals(lines.get(k++), SolverStateJson.write(twice));
      s = twice;
    }
  }

  @Test
  void aStateNotYetKnowingItsNormsRoundTrips() {
    SolverState s = SolverState.initial("d", "x.0", 3);
    assertEquals(s.toString(), SolverStateJson.read(SolverStateJson.write(s)).toString());
  }
}
