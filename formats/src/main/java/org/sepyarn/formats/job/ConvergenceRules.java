package org.sepyarn.formats.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a flow's {@link Convergence}: each name an intermediate some step writes {@code copy}. */
final class ConvergenceRules {
  private ConvergenceRules() {
  }

  static void check(Optional<Convergence> convergence, List<StepSpec> steps, Problems at) {
    if (convergence.isEmpty()) {
      return;
    }
    if (steps.isEmpty()) {
      at.add("only a flow (a job with \"steps\") has intermediates whose sums show its convergence; leave out"
          + " \"convergence\" in a job of one program");
      return;
    }
    List<Convergence.Iteration> iterations = convergence.get().iterations();
    if (iterations.isEmpty()) {
      at.field("iterations").add("an empty list: give one entry per iteration, or leave out \"convergence\"");
    }
    Map<String, List<FlowRules.Intermediates.Use>> written = FlowRules.Intermediates.of(steps).writers;
    for (int i = 0; i < iterations.size(); i++) {
      Convergence.Iteration it = iterations.get(i);
      Problems here = at.field("iterations").index(i);
      if (it.residual().isEmpty()) {
        here.field("residual").add("an empty list: name the sums of each part of the residual");
      }
      for (int c = 0; c < it.residual().size(); c++) {
        checkName(it.residual().get(c), written, here.field("residual").index(c));
      }
      checkName(it.model(), written, here.field("model"));
    }
  }

  private static void checkName(String name, Map<String, List<FlowRules.Intermediates.Use>> written, Problems at) {
    List<FlowRules.Intermediates.Use> writers = name.startsWith(FileSpec.INTERMEDIATE_MARK)
        ? written.get(name.substring(FileSpec.INTERMEDIATE_MARK.length())) : null;
    FileSpec f = writers == null || writers.isEmpty() ? null : writers.get(0).spec();
    if (f == null) {
      at.add("\"" + name + "\" is not an intermediate any step writes: name one written by a step, as \"@name\"");
    } else if (!(f.distribute() instanceof Copy)) {
      at.add("\"" + name + "\" is written " + f.distribute().kind() + ", but the sums of a norm are written"
          + " \"copy\" (every task writes its piece's sums, and they add up to the whole)");
    }
  }
}
