package org.sepyarn.formats.inversion.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.inversion.InversionOutputs;
import org.sepyarn.formats.inversion.InversionProblem;
import org.sepyarn.formats.inversion.OperatorSpec;
import org.sepyarn.formats.inversion.Chain;
import org.sepyarn.formats.inversion.Scaled;
import org.sepyarn.formats.inversion.SolverSpec;
import org.sepyarn.formats.inversion.Stack;

/**
 * An inversion problem as one flow job: the conjugate-direction iterations of
 * {@link org.sepyarn.formats.solver.CgSolver}, unrolled into steps. Per iteration {@code i}:
 *
 * <ol>
 *   <li>{@code g = L' r}: the operator's adjoint steps;
 *   <li>{@code G = L g}: its forward steps;
 *   <li>per data part, the partial dot products of {@code G}, {@code r} and the previous
 *       {@code S} on each piece, added up over the pieces in piece order in double precision;
 *   <li>per data part, {@code S = alpha G + beta S}, {@code r = r - S}, and on the model,
 *       {@code s = alpha g + beta s}, {@code x = x + s}: every task works out {@code alpha} and
 *       {@code beta} from the same sums, so they agree bit for bit.
 * </ol>
 *
 * A last step writes the table of the residual's and model's norms at each iteration. The
 * vectors stay split in the work folder between the steps; only the model (and what else
 * {@code output} asks for) is merged. Since every step is a step of a flow, a failed task runs
 * again alone, and an ApplicationMaster that restarts, or {@code resume}, continues from the steps
 * already committed.
 */
public final class SolveFlow {
  /** The command that runs the {@code cgstep} tool in a container: the sepyarn jar every container has. */
  public static final List<String> TOOL = List.of("java", "-jar", "sepyarn.jar", "tool", "cgstep");

  private final InversionProblem problem;
  private final SolveSteps steps;

  private SolveFlow(InversionProblem problem, List<String> toolCommand) {
    this.problem = problem;
    this.steps = new SolveSteps(toolCommand);
  }

  /**
   * The flow job that solves {@code problem}, as JSON (a job file: {@code sepyarn validate} reads
   * it, and {@code JobSpec.parse} checks it).
   *
   * @param toolCommand the command running the {@code cgstep} tool in a container, {@link #TOOL}
   * @throws IllegalArgumentException when the operator cannot be run as steps
   */
  public static String json(InversionProblem problem, List<String> toolCommand) {
    ObjectNode job = new SolveFlow(problem, toolCommand).job();
    try {
      return SolveSteps.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(job);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a solve's flow as JSON", e);
    }
  }

  /** Where the norms table goes: {@code output.norms}, or beside the model, {@code <model>-norms.H}. */
  public static String normsPath(InversionOutputs output) {
    return output.norms().orElseGet(() -> {
      String model = output.model();
      return (model.endsWith(".H") ? model.substring(0, model.length() - 2) : model) + "-norms.H";
    });
  }

  private ObjectNode job() {
    ObjectNode job = SolveSteps.MAPPER.createObjectNode();
    job.put("name", problem.name());
    problem.jobSettings().fields().forEachRemaining(e -> job.set(e.getKey(), e.getValue()));
    job.put("overwrite", problem.overwrite());
    Iterate state = iterate();
    job.set("steps", steps.steps());
    job.set("convergence", convergence(state));
    return job;
  }

  /** The job's {@code convergence}: each iteration's sums of the squared norms, which the AM shows. */
  private static ObjectNode convergence(Iterate state) {
    ObjectNode convergence = SolveSteps.MAPPER.createObjectNode();
    ArrayNode iterations = convergence.putArray("iterations");
    for (int i = 0; i < state.modelNorms.size(); i++) {
      ObjectNode it = iterations.addObject();
      state.residualNorms.get(i).forEach(it.putArray("residual")::add);
      it.put("model", state.modelNorms.get(i));
    }
    return convergence;
  }

  /** The operator the iterations apply, the data they fit and the model they start from. */
  private record Setup(FlowOperator operator, FlowVector data, FlowVector.Part start,
      Optional<FlowOperator> toModel, Optional<FlowVector.Part> modelOffset) {
  }

  private Setup setup() {
    OperatorSpec l = problem.operator();
    SolverSpec solver = problem.solver();
    if (solver instanceof SolverSpec.Cg) {
      FlowOperator op = new OperatorSteps(l, steps);
      return new Setup(op, data(op, problem.data()), FlowVector.Part.of(problem.initialModel(), op.modelLayout()),
          Optional.empty(), Optional.empty());
    }
    if (solver instanceof SolverSpec.Regularized reg) {
      FlowOperator op = new OperatorSteps(new Stack(List.of(l, new Scaled(reg.eps(), reg.regularization()))), steps);
      return new Setup(op, data(op, problem.data()), FlowVector.Part.of(problem.initialModel(), op.modelLayout()),
          Optional.empty(), Optional.empty());
    }
    SolverSpec.Preconditioned prec = (SolverSpec.Preconditioned) solver;
    FlowOperator plain = new OperatorSteps(l, steps);
    FlowVector.Part m0 = FlowVector.Part.of(problem.initialModel(), plain.modelLayout());
    FlowVector misfit = residual(data(plain, problem.data()), plain.forward(m0, "start"), "start");
    FlowOperator chain = new OperatorSteps(new Chain(List.of(l, prec.preconditioner())), steps);
    FlowOperator op = prec.eps() == 0 ? chain : new DampedOperator(chain, prec.eps(), steps);
    FlowVector data = prec.eps() == 0 ? misfit : FlowVector.Parts.of(List.of(misfit,
        FlowVector.Part.zero(chain.modelLayout())));
    return new Setup(op, data, FlowVector.Part.zero(chain.modelLayout()),
        Optional.of(new OperatorSteps(prec.preconditioner(), steps)), Optional.of(m0));
  }

  /** The dataset {@code path} as the first part of the operator's data; the other parts are zero. */
  private static FlowVector data(FlowOperator op, String path) {
    List<Layout> layouts = op.dataLayouts();
    List<FlowVector.Part> parts = new ArrayList<>();
    parts.add(FlowVector.Part.of(path, layouts.get(0)));
    layouts.subList(1, layouts.size()).forEach(l -> parts.add(FlowVector.Part.zero(l)));
    return FlowVector.Parts.of(parts);
  }

  /** Where the iterations stand: the residual's parts, the model, and the last directions. */
  private static final class Iterate {
    List<FlowVector.Part> r;
    FlowVector.Part x;
    List<FlowVector.Part> bigS = new ArrayList<>();
    FlowVector.Part s;
    final List<List<String>> residualNorms = new ArrayList<>();
    final List<String> modelNorms = new ArrayList<>();
  }

  private Iterate iterate() {
    Setup setup = setup();
    FlowOperator op = setup.operator();
    if (setup.data().parts().size() != op.dataLayouts().size()) {
      throw new IllegalArgumentException("the data has " + setup.data().parts().size() + " parts but the operator's"
          + " data space " + op.dataLayouts().size());
    }
    Iterate state = new Iterate();
    state.r = setup.start().isZero() ? setup.data().parts()
        : residual(setup.data(), op.forward(setup.start(), "start"), "start").parts();
    state.x = setup.start();
    for (int i = 0; i < problem.niter(); i++) {
      iteration(op, i, setup.toModel().isPresent(), state);
    }
    if (setup.toModel().isPresent()) {
      FlowVector.Part offset = setup.modelOffset().orElseThrow();
      FlowVector.Part image = single(setup.toModel().get().forward(state.x, "model"));
      Sums.write(steps, List.of(offset, image), offset.layout(), "model", problem.output().model());
    }
    normsTable(op.dataLayouts().size(), state);
    return state;
  }

  /** The steps of iteration {@code i + 1}: gradient, its image, the dot products, the updates. */
  private void iteration(FlowOperator op, int i, boolean preconditioned, Iterate state) {
    String it = "it" + (i + 1);
    boolean last = i == problem.niter() - 1;
    List<Layout> dataLayouts = op.dataLayouts();
    FlowVector.Part g = single(op.adjoint(FlowVector.Parts.of(state.r), it + "-grad"));
    List<FlowVector.Part> bigG = op.forward(g, it + "-conj").parts();
    List<String> dots = new ArrayList<>();
    for (int c = 0; c < dataLayouts.size(); c++) {
      if (bigG.get(c).isZero()) {
        throw new IllegalArgumentException("part " + c + " of the operator's data is always zero: nothing in it"
            + " can be fitted");
      }
      String sums = steps.intermediate(it + "-dots-" + c);
      steps.vector(it + "-dots-" + c, "dots", dataLayouts.get(c)).input("G", bigG.get(c)).input("r", state.r.get(c))
          .input("S", i == 0 ? FlowVector.Part.zero(dataLayouts.get(c)) : state.bigS.get(c)).sums("dots", sums);
      dots.add(sums);
    }
    InversionOutputs output = problem.output();
    List<FlowVector.Part> nextR = new ArrayList<>();
    List<FlowVector.Part> nextS = new ArrayList<>();
    List<String> norms = new ArrayList<>();
    for (int c = 0; c < dataLayouts.size(); c++) {
      Layout layout = dataLayouts.get(c);
      String norm = steps.intermediate(it + "-rnorm-" + c);
      SolveSteps.VectorStep update = update(it + "-update-data-" + c, layout, dots, i > 0, bigG.get(c),
          i == 0 ? FlowVector.Part.zero(layout) : state.bigS.get(c), state.r.get(c), -1, norm);
      if (!last) {
        nextS.add(FlowVector.Part.of(written(update, "dir", it + "-S-" + c), layout));
        nextR.add(FlowVector.Part.of(written(update, "vnew", it + "-r-" + c), layout));
      }
      if (c == 0 && output.residualIterations().isPresent()) {
        update.output("vkeep", folder(output.residualIterations().get()) + InversionOutputs.iterationName("residual",
            i + 1));
      }
      norms.add(norm);
    }
    state.residualNorms.add(norms);
    Layout modelLayout = op.modelLayout();
    String modelNorm = steps.intermediate(it + "-xnorm");
    SolveSteps.VectorStep model = update(it + "-update-model", modelLayout, dots, i > 0, g,
        i == 0 ? FlowVector.Part.zero(modelLayout) : state.s, state.x, 1, modelNorm);
    state.modelNorms.add(modelNorm);
    if (!last) {
      state.s = FlowVector.Part.of(written(model, "dir", it + "-s"), modelLayout);
      state.x = FlowVector.Part.of(written(model, "vnew", it + "-x"), modelLayout);
    } else if (preconditioned) {
      state.x = FlowVector.Part.of(written(model, "vnew", it + "-p"), modelLayout);
    } else {
      model.output("vnew", output.model());
    }
    if (output.modelIterations().isPresent() && !preconditioned) {
      model.output("vkeep", folder(output.modelIterations().get()) + InversionOutputs.iterationName("model", i + 1));
    }
    state.r = nextR;
    state.bigS = nextS;
  }

  /** Output {@code key} of {@code step} as a fresh intermediate named after {@code base}. */
  private String written(SolveSteps.VectorStep step, String key, String base) {
    String name = steps.intermediate(base);
    step.output(key, name);
    return name;
  }

  /** The last step: the table of norms from every update's partial sums. */
  private void normsTable(int parts, Iterate state) {
    int niter = problem.niter();
    SolveSteps.VectorStep table = steps.vector("norms", "norms", Layout.WHOLE).arg("niter", niter).arg("parts", parts);
    for (int i = 0; i < niter; i++) {
      for (int c = 0; c < parts; c++) {
        table.whole("r_" + i + "_" + c, state.residualNorms.get(i).get(c));
      }
      table.whole("x_" + i, state.modelNorms.get(i));
    }
    table.output("table", normsPath(problem.output()));
  }

  private SolveSteps.VectorStep update(String name, Layout layout, List<String> dots, boolean previous,
      FlowVector.Part grad, FlowVector.Part prev, FlowVector.Part v, int sign, String norms) {
    SolveSteps.VectorStep step = steps.vector(name, "update", layout).arg("ndots", dots.size())
        .arg("previous", previous ? "y" : "n").arg("sign", sign);
    for (int k = 0; k < dots.size(); k++) {
      step.whole("dots" + k, dots.get(k));
    }
    return step.input("grad", grad).input("prev", prev).input("v", v).sums("norms", norms);
  }

  /**
   * {@code d - Lx} part by part: a step for each part where both are given, the data itself where
   * {@code Lx} is zero, the negated image where the data is.
   */
  private FlowVector residual(FlowVector d, FlowVector lx, String stage) {
    List<FlowVector.Part> dParts = d.parts();
    List<FlowVector.Part> lxParts = lx.parts();
    if (dParts.size() != lxParts.size()) {
      throw new IllegalArgumentException("the data has " + dParts.size() + " parts but the operator gives "
          + lxParts.size());
    }
    List<FlowVector.Part> r = new ArrayList<>();
    for (int c = 0; c < dParts.size(); c++) {
      FlowVector.Part dc = dParts.get(c);
      FlowVector.Part lc = lxParts.get(c);
      if (lc.isZero()) {
        r.add(dc);
        continue;
      }
      Layout layout = dc.isZero() ? lc.layout() : dc.layout();
      String out = steps.intermediate(stage + "-r-" + c);
      steps.vector(stage + "-residual-" + c, "residual", layout).input("d", dc).input("Lx", lc).output("r", out);
      r.add(FlowVector.Part.of(out, layout));
    }
    return FlowVector.Parts.of(r);
  }

  static FlowVector.Part single(FlowVector v) {
    if (v instanceof FlowVector.Part p) {
      return p;
    }
    throw new IllegalArgumentException("the operator's adjoint gives " + v.parts().size() + " parts, not a model");
  }

  private static String folder(String path) {
    return path.endsWith("/") ? path : path + "/";
  }
}
