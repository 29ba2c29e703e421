package org.sepyarn.formats.inversion.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.inversion.Chain;
import org.sepyarn.formats.inversion.Diagonal;
import org.sepyarn.formats.inversion.OperatorSpec;
import org.sepyarn.formats.inversion.ProgramOperator;
import org.sepyarn.formats.inversion.Scaled;
import org.sepyarn.formats.inversion.Stack;

/**
 * An operator of {@code problem.json} as flow steps: a program is one step on its pieces (its
 * model and data cut as it says), a chain its operators' steps one after another, a stack its
 * parts' steps (the adjoint adding them up in one step), a scale a factor carried to whatever
 * reads the result, a diagonal one step of sample-by-sample products.
 */
final class OperatorSteps implements FlowOperator {
  private final OperatorSpec operator;
  private final SolveSteps steps;

  OperatorSteps(OperatorSpec operator, SolveSteps steps) {
    this.operator = operator;
    this.steps = steps;
  }

  @Override
  public FlowVector forward(FlowVector in, String stage) {
    return apply(operator, in, false, stage);
  }

  @Override
  public FlowVector adjoint(FlowVector in, String stage) {
    return apply(operator, in, true, stage);
  }

  @Override
  public Layout modelLayout() {
    return model(operator).orElse(Layout.WHOLE);
  }

  @Override
  public List<Layout> dataLayouts() {
    return data(operator).stream().map(l -> l.orElse(Layout.WHOLE)).toList();
  }

  private FlowVector apply(OperatorSpec op, FlowVector in, boolean adjoint, String stage) {
    if (op instanceof Scaled s) {
      return apply(s.operator(), in, adjoint, stage).times(s.factor());
    }
    if (op instanceof Chain c) {
      List<OperatorSpec> order = new ArrayList<>(c.operators());
      if (!adjoint) {
        java.util.Collections.reverse(order);
      }
      FlowVector v = in;
      for (OperatorSpec part : order) {
        v = apply(part, v, adjoint, stage);
      }
      return v;
    }
    if (op instanceof Stack s) {
      return adjoint ? stackAdjoint(s, in, stage) : FlowVector.Parts.of(s.operators().stream()
          .map(part -> apply(part, in, false, stage)).toList());
    }
    FlowVector.Part part = single(in, op);
    if (op instanceof Diagonal d) {
      if (part.isZero()) {
        return part;
      }
      String out = steps.intermediate(stage + "-diag");
      steps.vector(stage + "-diagonal", "multiply", part.layout())
          .input("w", FlowVector.Part.of(d.weights(), part.layout()))
          .input("vec", FlowVector.Part.of(part.ref(), part.layout()))
          .output("product", out);
      return new FlowVector.Part(out, part.factor(), part.layout());
    }
    ProgramOperator p = (ProgramOperator) op;
    Layout outLayout = Layout.of(adjoint ? p.model() : p.data(), p.tasks());
    if (part.isZero()) {
      return FlowVector.Part.zero(outLayout);
    }
    String program = shortName(p);
    String out = steps.intermediate(stage + "-" + program);
    steps.operator(stage + "-" + program + (adjoint ? "-adj" : "-fwd"), p, adjoint, part, out);
    return new FlowVector.Part(out, part.factor(), outLayout);
  }

  /**
   * A program's name in its steps' names: the last word of its command, without folders and
   * extension ({@code interp} for {@code java -jar sepyarn.jar tool interp} and for
   * {@code /opt/bin/interp.py}).
   */
  static String shortName(ProgramOperator p) {
    List<String> command = p.program().command();
    String word = command.get(command.size() - 1);
    word = word.substring(word.lastIndexOf('/') + 1);
    int dot = word.indexOf('.');
    String name = (dot > 0 ? word.substring(0, dot) : word).replaceAll("[^A-Za-z0-9_-]", "");
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "op" + name : name;
  }

  /** The adjoint of a stack: each part's adjoint on its share of {@code in}, added up. */
  private FlowVector stackAdjoint(Stack s, FlowVector in, String stage) {
    List<FlowVector.Part> parts = in.parts();
    List<FlowVector.Part> results = new ArrayList<>();
    int next = 0;
    for (OperatorSpec op : s.operators()) {
      int count = data(op).size();
      if (next + count > parts.size()) {
        throw new IllegalArgumentException("a stack of " + s.operators().size() + " operators applied to data of "
            + parts.size() + " parts");
      }
      results.add(single(apply(op, FlowVector.Parts.of(parts.subList(next, next + count)), true, stage), op));
      next += count;
    }
    return Sums.add(steps, results, model(s).orElse(Layout.WHOLE), stage + "-sum");
  }

  private static FlowVector.Part single(FlowVector v, OperatorSpec op) {
    if (v instanceof FlowVector.Part p) {
      return p;
    }
    throw new IllegalArgumentException(op.describe() + " applied to the data of a stack (" + v.parts().size()
        + " parts): only a stack's adjoint, or a chain whose first operator is the stack, takes such data");
  }

  /** The layout of an operator's model space, when an operator in it says (a diagonal takes its input's). */
  static Optional<Layout> model(OperatorSpec op) {
    if (op instanceof ProgramOperator p) {
      return Optional.of(Layout.of(p.model(), p.tasks()));
    }
    if (op instanceof Scaled s) {
      return model(s.operator());
    }
    if (op instanceof Chain c) {
      for (int i = c.operators().size() - 1; i >= 0; i--) {
        Optional<Layout> l = model(c.operators().get(i));
        if (l.isPresent()) {
          return l;
        }
      }
      return Optional.empty();
    }
    if (op instanceof Stack s) {
      return s.operators().stream().map(OperatorSteps::model).flatMap(Optional::stream).findFirst();
    }
    return Optional.empty();
  }

  /** The layouts of each part of an operator's data space. */
  static List<Optional<Layout>> data(OperatorSpec op) {
    if (op instanceof ProgramOperator p) {
      return List.of(Optional.of(Layout.of(p.data(), p.tasks())));
    }
    if (op instanceof Scaled s) {
      return data(s.operator());
    }
    if (op instanceof Chain c) {
      for (OperatorSpec part : c.operators()) {
        List<Optional<Layout>> l = data(part);
        if (l.size() != 1 || l.get(0).isPresent()) {
          return l;
        }
      }
      return List.of(Optional.empty());
    }
    if (op instanceof Stack s) {
      List<Optional<Layout>> all = new ArrayList<>();
      s.operators().forEach(part -> all.addAll(data(part)));
      return all;
    }
    return List.of(Optional.empty());
  }
}
