package org.sepyarn.formats.inversion.flow;

import java.util.ArrayList;
import java.util.List;

/** {@code [A; eps I]}: the preconditioned problem's damping of {@code p}. */
final class DampedOperator implements FlowOperator {
  private final FlowOperator operator;
  private final double eps;
  private final SolveSteps steps;

  DampedOperator(FlowOperator operator, double eps, SolveSteps steps) {
    this.operator = operator;
    this.eps = eps;
    this.steps = steps;
  }

  @Override
  public FlowVector forward(FlowVector in, String stage) {
    return FlowVector.Parts.of(List.of(operator.forward(in, stage), in.times(eps)));
  }

  @Override
  public FlowVector adjoint(FlowVector in, String stage) {
    List<FlowVector.Part> parts = in.parts();
    FlowVector.Part image = SolveFlow.single(operator.adjoint(FlowVector.Parts.of(parts.subList(0, parts.size() - 1)), stage));
    return Sums.add(steps, List.of(image, parts.get(parts.size() - 1).times(eps)), modelLayout(), stage + "-sum");
  }

  @Override
  public Layout modelLayout() {
    return operator.modelLayout();
  }

  @Override
  public List<Layout> dataLayouts() {
    List<Layout> all = new ArrayList<>(operator.dataLayouts());
    all.add(operator.modelLayout());
    return all;
  }
}
