package org.sepyarn.am.convergence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.sepyarn.am.plan.LocalNames;
import org.sepyarn.am.status.IterationNorms;
import org.sepyarn.formats.flow.FlowTasks;
import org.sepyarn.formats.job.Convergence;
import org.sepyarn.formats.job.FileSpec;
import org.sepyarn.formats.job.JobSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a solve's iterations: each time it is asked, reads the sums of the next iterations
 * whose writing tasks have all succeeded, once each, in order, and gives the norms so far. A piece
 * that cannot be read (lost, or not the two sums expected) is logged and tried again next time:
 * showing convergence never fails a job. Not thread-safe: the event loop asks.
 */
public final class ConvergenceWatch {
  private static final Logger LOG = LoggerFactory.getLogger(ConvergenceWatch.class);

  /** A job that shows no convergence. */
  public static final ConvergenceWatch NONE = new ConvergenceWatch(List.of(), (task, name) -> {
    throw new IOException("no convergence to read");
  });

  /** Reads the two sums a task's piece of an intermediate holds. */
  @FunctionalInterface
  public interface PieceSums {
    double[] read(int task, String localName) throws IOException;
  }

  /** An intermediate the sums are in: its writing step's tasks and the pieces' local name. */
  private record Written(String name, int firstTask, int taskCount, String localName) {
  }

  private record Expected(List<Written> residual, Written model) {
  }

  private final List<Expected> iterations;
  private final PieceSums sums;
  private final List<NormSums.Iteration> done = new ArrayList<>();
  private List<IterationNorms> norms = List.of();
  private String lastProblem;

  private ConvergenceWatch(List<Expected> iterations, PieceSums sums) {
    this.iterations = iterations;
    this.sums = sums;
  }

  /** The watch of {@code job}'s convergence, {@link #NONE} when it names none; pieces read with {@code sums}. */
  public static ConvergenceWatch of(JobSpec job, PieceSums sums) {
    if (job.convergence().isEmpty()) {
      return NONE;
    }
    FlowTasks numbering = FlowTasks.of(job);
    List<Expected> expected = new ArrayList<>();
    for (Convergence.Iteration it : job.convergence().get().iterations()) {
      expected.add(new Expected(it.residual().stream().map(n -> written(numbering, n)).toList(),
          written(numbering, it.model())));
    }
    return new ConvergenceWatch(List.copyOf(expected), sums);
  }

  private static Written written(FlowTasks numbering, String name) {
    for (int s = 0; s < numbering.steps().size(); s++) {
      List<FileSpec> files = numbering.steps().get(s).files();
      for (int f = 0; f < files.size(); f++) {
        FileSpec file = files.get(f);
        if (file.isOutput() && file.path().equals(name)) {
          return new Written(name, numbering.firstTask(s), numbering.steps().get(s).taskCount(),
              LocalNames.of(numbering.firstFile(s) + f, name));
        }
      }
    }
    throw new IllegalArgumentException(name + " is written by no step of the job, yet its convergence names it");
  }

  /**
   * The norms at the start and after each iteration whose sums are all committed, reading those
   * not read before; {@code succeeded} tells whether a task (job-wide number) has succeeded.
   */
  public List<IterationNorms> update(IntPredicate succeeded) {
    while (done.size() < iterations.size()) {
      Expected next = iterations.get(done.size());
      if (!committed(next.model(), succeeded) || !next.residual().stream().allMatch(w -> committed(w, succeeded))) {
        break;
      }
      try {
        List<double[]> residual = new ArrayList<>();
        for (Written w : next.residual()) {
          residual.add(added(w));
        }
        done.add(new NormSums.Iteration(residual, added(next.model())));
        norms = List.copyOf(NormSums.norms(done));
        IterationNorms now = norms.get(norms.size() - 1);
        LOG.info("iteration {} of {}: |residual| {}, |model| {}", now.iteration(), iterations.size(),
            now.residualNorm(), now.modelNorm());
      } catch (IOException | IllegalArgumentException e) {
        String problem = "cannot read the norms of iteration " + (done.size() + 1) + ": " + e.getMessage();
        if (!problem.equals(lastProblem)) {
          LOG.warn("{}; the page shows the iterations before it, and it is tried again", problem);
          lastProblem = problem;
        }
        break;
      }
    }
    return norms;
  }

  private static boolean committed(Written w, IntPredicate succeeded) {
    for (int t = w.firstTask(); t < w.firstTask() + w.taskCount(); t++) {
      if (!succeeded.test(t)) {
        return false;
      }
    }
    return true;
  }

  /** The pieces' sums added in piece order. */
  private double[] added(Written w) throws IOException {
    double[] total = new double[2];
    for (int p = 0; p < w.taskCount(); p++) {
      double[] piece = sums.read(w.firstTask() + p, w.localName());
      if (piece.length != 2) {
        throw new IllegalArgumentException("piece " + p + " of " + w.name() + " holds " + piece.length
            + " values, not the 2 sums (before and after the iteration)");
      }
      total[0] += piece[0];
      total[1] += piece[1];
    }
    return total;
  }
}
