package org.sepyarn.am.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.formats.job.JobSpec;

/** Which iterations the watch reads, when, how often, and what a piece it cannot read does. */
class ConvergenceWatchTest {
  private static String file(String tag, String path, String usage, String distribute) {
    return "{\"tag\": \"" + tag + "\", \"path\": \"" + path + "\", \"usage\": \"" + usage + "\", \"distribute\": "
        + distribute + "}";
  }

  private static String step(String name, int tasks, String... files) {
    return "{\"name\": \"" + name + "\", \"program\": {\"command\": [\"p\"]}, \"tasks\": " + tasks
        + ", \"files\": [" + String.join(", ", files) + "]}";
  }

  private static final String SPLIT = "{\"split\": {\"axis\": 2}}";
  private static final String COPY = "\"copy\"";

  /**
   * Tasks 0-1 write iteration 1's residual sums @r1 (2 pieces); task 2 its model's @x1; tasks 3-4
   * iteration 2's @r2 and task 5 @x2; task 6 reads them all.
   */
  private static final JobSpec SOLVE = JobSpec.parse("{\"name\": \"solve\", \"steps\": ["
      + step("u1", 2, file("<", "/d.H", "input", SPLIT), file("r=", "@r1", "output", COPY),
          file("v=", "@v1", "output", SPLIT)) + ", "
      + step("m1", 1, file("v=", "@v1", "input", COPY), file("x=", "@x1", "output", COPY)) + ", "
      + step("u2", 2, file("<", "/d.H", "input", SPLIT), file("r=", "@r2", "output", COPY)) + ", "
      + step("m2", 1, file("<", "/d.H", "input", COPY), file("x=", "@x2", "output", COPY)) + ", "
      + step("table", 1, file("a=", "@r1", "input", COPY), file("b=", "@x1", "input", COPY),
          file("c=", "@r2", "input", COPY), file("e=", "@x2", "input", COPY), file(">", "/t.H", "output", COPY))
      + "], \"convergence\": {\"iterations\": [{\"residual\": [\"@r1\"], \"model\": \"@x1\"},"
      + " {\"residual\": [\"@r2\"], \"model\": \"@x2\"}]}}", "job.json");

  /** Pieces by task; records every read. */
  private static final class FakeSums implements ConvergenceWatch.PieceSums {
    final Map<Integer, double[]> pieces = new HashMap<>();
    final List<String> reads = new ArrayList<>();
    final Set<Integer> broken = new HashSet<>();

    @Override
    public double[] read(int task, String localName) throws IOException {
      reads.add(task + " " + localName);
      if (broken.contains(task) || !pieces.containsKey(task)) {
        throw new IOException("task " + task + "'s piece " + localName + " is gone");
      }
      return pieces.get(task);
    }
  }

  private final FakeSums sums = new FakeSums();
  private final Set<Integer> succeeded = new HashSet<>();
  private final ConvergenceWatch watch = ConvergenceWatch.of(SOLVE, sums);

  {
    sums.pieces.put(0, new double[] {16, 4});
    sums.pieces.put(1, new double[] {9, 5});
    sums.pieces.put(2, new double[] {0, 4});
    sums.pieces.put(3, new double[] {4, 0.5});
    sums.pieces.put(4, new double[] {5, 0.5});
    sums.pieces.put(5, new double[] {4, 9});
  }

  @Test
  void anIterationIsReadOnceAllItsWritersHaveSucceededAndNeverAgain() {
    succeeded.addAll(List.of(0, 1));
    assertEquals(List.of(), watch.update(succeeded::contains), "@x1 is not committed yet");
    assertEquals(List.of(), sums.reads);

    succeeded.add(2);
    List<IterationNorms> first = watch.update(succeeded::contains);
    assertEquals(List.of(new IterationNorms(0, 5, 0), new IterationNorms(1, 3, 2)), first);
    assertEquals(List.of("0 f1-_r1", "1 f1-_r1", "2 f4-_x1"), sums.reads, "the pieces in order, by their local names");

    sums.reads.clear();
    assertSame(first, watch.update(succeeded::contains));
    assertEquals(List.of(), sums.reads, "what was read is not read again");

    succeeded.addAll(List.of(3, 4, 5));
    assertEquals(List.of(new IterationNorms(0, 5, 0), new IterationNorms(1, 3, 2), new IterationNorms(2, 1, 3)),
        watch.update(succeeded::contains));
  }

  @Test
  void aLaterIterationDoneBeforeAnEarlierOneWaitsForIt() {
    succeeded.addAll(List.of(0, 1, 3, 4, 5));
    assertEquals(List.of(), watch.update(succeeded::contains));
    assertEquals(List.of(), sums.reads);
  }

  @Test
  void aPieceThatCannotBeReadLeavesTheIterationOutAndIsTriedAgain() {
    succeeded.addAll(List.of(0, 1, 2));
    sums.broken.add(1);
    assertEquals(List.of(), watch.update(succeeded::contains));
    sums.broken.clear();
    assertEquals(2, watch.update(succeeded::contains).size());
  }

  @Test
  void aPieceWithOtherThanTwoSumsIsNotTakenForOne() {
    succeeded.addAll(List.of(0, 1, 2));
    sums.pieces.put(2, new double[] {1, 2, 3});
    assertEquals(List.of(), watch.update(succeeded::contains));
  }

  @Test
  void aSolvesFlowIsFollowedToItsLastIteration() throws IOException {
    String problem = new String(ConvergenceWatchTest.class.getResourceAsStream("/interp-reg-problem.json")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    JobSpec flow = JobSpec.parse(org.sepyarn.formats.inversion.flow.SolveFlow.json(
        org.sepyarn.formats.inversion.InversionProblem.parse(problem, "problem.json"),
        org.sepyarn.formats.inversion.flow.SolveFlow.TOOL), "flow.json");
    ConvergenceWatch solve = ConvergenceWatch.of(flow, (task, name) -> new double[] {4, 1});
    List<IterationNorms> norms = solve.update(t -> true);
    assertEquals(5, norms.size(), "the start and 4 iterations: " + norms);
    assertEquals(new IterationNorms(4, 2, 1), norms.get(4),
        "the interpolation's residual in 3 pieces and the roughening's whole (3 + 1 pieces of 1), the model whole");
  }

  @Test
  void aJobWithoutConvergenceShowsNone() {
    JobSpec plain = JobSpec.parse("{\"program\": {\"command\": [\"p\"]}, \"tasks\": 2}", "job.json");
    assertSame(ConvergenceWatch.NONE, ConvergenceWatch.of(plain, sums));
    assertEquals(List.of(), ConvergenceWatch.NONE.update(t -> true));
  }
}
