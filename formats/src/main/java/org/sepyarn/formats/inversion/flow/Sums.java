package org.sepyarn.formats.inversion.flow;

import java.util.List;

/** Adding vectors of one space in a flow: one {@code combine} step, or none when at most one is not zero. */
final class Sums {
  private Sums() {
  }

  /** {@code sum(vectors)}, cut as {@code layout}; a step named {@code name} when more than one is not zero. */
  static FlowVector.Part add(SolveSteps steps, List<FlowVector.Part> vectors, Layout layout, String name) {
    List<FlowVector.Part> nonZero = vectors.stream().filter(v -> !v.isZero()).toList();
    if (nonZero.isEmpty()) {
      return FlowVector.Part.zero(layout);
    }
    if (nonZero.size() == 1) {
      return nonZero.get(0);
    }
    return write(steps, nonZero, layout, name, steps.intermediate(name));
  }

  /** {@code sum(vectors)} written to {@code out} (a dataset or an intermediate). */
  static FlowVector.Part write(SolveSteps steps, List<FlowVector.Part> vectors, Layout layout, String name,
      String out) {
    List<FlowVector.Part> nonZero = vectors.stream().filter(v -> !v.isZero()).toList();
    if (nonZero.isEmpty()) {
      throw new IllegalArgumentException("nothing to write to " + out + ": every vector is zero");
    }
    SolveSteps.VectorStep step = steps.vector(name, "combine", layout).arg("n", nonZero.size());
    for (int i = 0; i < nonZero.size(); i++) {
      step.input("in" + i, nonZero.get(i));
    }
    step.output("sum", out);
    return FlowVector.Part.of(out, layout);
  }
}
