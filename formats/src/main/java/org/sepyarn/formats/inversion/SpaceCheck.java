package org.sepyarn.formats.inversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sepyarn.formats.job.JobValidationException;
import org.sepyarn.formats.job.Problems;

/**
 * Checks the model and data spaces of a problem's operators against the shapes of its datasets:
 * the operator's model space is the initial model's, its data space the data's, each link of a
 * chain joins the data space of the operator on its right to the model space of the one on its
 * left, the parts of a stack share one model space, a regularization starts from the model
 * space and a preconditioner ends in it. A program's spaces come from its {@code modelSpace}
 * and {@code dataSpace} datasets or from what surrounds it; each must be known, since the
 * program's output is a dataset of that shape.
 */
public final class SpaceCheck {
  private final Function<String, Optional<Space.Grid>> shapes;

  private SpaceCheck(Function<String, Optional<Space.Grid>> shapes) {
    this.shapes = shapes;
  }

  /** The spaces a resolved operator maps between. */
  record Spaces(Space domain, Space range) {
  }

  /**
   * Checks {@code problem}, with {@code shapes} giving each dataset's axes and samples (empty when
   * it cannot be read, which the caller reports).
   *
   * @throws JobValidationException listing every mismatch at its field path
   */
  public static void check(InversionProblem problem, Function<String, Optional<Space.Grid>> shapes, String source) {
    Problems problems = new Problems();
    new SpaceCheck(shapes).problem(problem, problems);
    problems.throwIfAny(source + " against its datasets");
  }

  private void problem(InversionProblem p, Problems at) {
    Optional<Space.Grid> model = shapes.apply(p.initialModel());
    Optional<Space.Grid> data = shapes.apply(p.data());
    if (model.isEmpty() || data.isEmpty()) {
      return;
    }
    resolve(p.operator(), Optional.of(model.get()), Optional.of(data.get()), at.field("operator"),
        "the initial model " + p.initialModel(), "the data " + p.data());
    if (p.solver() instanceof SolverSpec.Regularized reg) {
      resolve(reg.regularization(), Optional.of(model.get()), Optional.empty(), at.field("solver").field("regularization"),
          "the initial model " + p.initialModel(), null);
    } else if (p.solver() instanceof SolverSpec.Preconditioned prec) {
      resolve(prec.preconditioner(), Optional.empty(), Optional.of(model.get()), at.field("solver").field("preconditioner"),
          null, "the initial model " + p.initialModel());
    }
  }

  /**
   * The operator's spaces, each its own where it declares one, else the expected one; a declared
   * space that differs from the expected one is reported, naming where the expectation came from.
   */
  Optional<Spaces> resolve(OperatorSpec op, Optional<Space> domain, Optional<Space> range, Problems at,
      String domainFrom, String rangeFrom) {
    if (op instanceof ProgramOperator program) {
      Optional<Space> d = own(program.modelSpace(), domain, at.field("modelSpace"), "model", domainFrom);
      Optional<Space> r = own(program.dataSpace(), range, at.field("dataSpace"), "data", rangeFrom);
      if (d.isEmpty()) {
        at.add("the model space of " + op.describe() + " is not known: give \"modelSpace\", a dataset of its"
            + " shape, so that its adjoint's output can be made");
      }
      if (r.isEmpty()) {
        at.add("the data space of " + op.describe() + " is not known: give \"dataSpace\", a dataset of its"
            + " shape, so that its forward output can be made");
      }
      return d.isPresent() && r.isPresent() ? Optional.of(new Spaces(d.get(), r.get())) : Optional.empty();
    }
    if (op instanceof Scaled scaled) {
      return resolve(scaled.operator(), domain, range, at.field("operator"), domainFrom, rangeFrom);
    }
    if (op instanceof Diagonal diagonal) {
      Optional<Space> w = shapes.apply(diagonal.weights())
          .map(g -> new Space.Grid(g.cube(), g.samples() == Space.Samples.REAL ? Space.Samples.ANY : g.samples()));
      if (w.isEmpty()) {
        return Optional.empty();
      }
      compare(w.get(), domain, at.field("diagonal"), "weights " + diagonal.weights(), domainFrom);
      compare(w.get(), range, at.field("diagonal"), "weights " + diagonal.weights(), rangeFrom);
      return Optional.of(new Spaces(domain.orElse(w.get()), range.orElse(w.get())));
    }
    if (op instanceof Chain chain) {
      return chain(chain, domain, range, at.field("chain"), domainFrom, rangeFrom);
    }
    return stack((Stack) op, domain, range, at.field("stack"), domainFrom, rangeFrom);
  }

  private Optional<Spaces> chain(Chain chain, Optional<Space> domain, Optional<Space> range, Problems at,
      String domainFrom, String rangeFrom) {
    List<OperatorSpec> ops = chain.operators();
    int k = ops.size();
    Optional<Space> right = domain;
    String rightFrom = domainFrom;
    Space first = null;
    for (int j = k - 1; j >= 0; j--) {
      Optional<Space> expectedRange = j == 0 ? range : declaredDomain(ops.get(j - 1));
      String expectedRangeFrom = j == 0 ? rangeFrom : "the model space of chain[" + (j - 1) + "]";
      Optional<Spaces> s = resolve(ops.get(j), right, expectedRange, at.index(j), rightFrom, expectedRangeFrom);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      first = j == k - 1 ? s.get().domain() : first;
      right = Optional.of(s.get().range());
      rightFrom = "the data space of chain[" + j + "]";
    }
    return Optional.of(new Spaces(first, right.orElseThrow()));
  }

  private Optional<Spaces> stack(Stack stack, Optional<Space> domain, Optional<Space> range, Problems at,
      String domainFrom, String rangeFrom) {
    List<OperatorSpec> ops = stack.operators();
    Optional<Space> shared = domain;
    String sharedFrom = domainFrom;
    for (int i = 0; i < ops.size() && shared.isEmpty(); i++) {
      shared = declaredDomain(ops.get(i));
      sharedFrom = "the model space of stack[" + i + "]";
    }
    Optional<List<Space>> parts = range.filter(Space.Stacked.class::isInstance)
        .map(r -> ((Space.Stacked) r).parts()).filter(p -> p.size() == ops.size());
    if (range.isPresent() && parts.isEmpty()) {
      at.add("the data space of a stack of " + ops.size() + " is the data spaces of its parts one after another,"
          + " but " + rangeFrom + " is " + range.get());
      return Optional.empty();
    }
    List<Space> ranges = new ArrayList<>();
    Space model = null;
    for (int i = 0; i < ops.size(); i++) {
      final int part = i;
      Optional<Spaces> s = resolve(ops.get(i), shared, parts.map(p -> p.get(part)), at.index(i), sharedFrom,
          rangeFrom == null ? null : "part " + i + " of " + rangeFrom);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      model = model == null ? s.get().domain() : model;
      ranges.add(s.get().range());
    }
    return Optional.of(new Spaces(model, new Space.Stacked(ranges)));
  }

  /** The model space an operator declares by itself, without its surroundings. */
  private Optional<Space> declaredDomain(OperatorSpec op) {
    if (op instanceof ProgramOperator p) {
      return p.modelSpace().flatMap(shapes).map(Space.class::cast);
    }
    if (op instanceof Scaled s) {
      return declaredDomain(s.operator());
    }
    if (op instanceof Diagonal d) {
      return shapes.apply(d.weights()).map(Space.class::cast);
    }
    if (op instanceof Chain c) {
      return declaredDomain(c.operators().get(c.operators().size() - 1));
    }
    for (OperatorSpec part : ((Stack) op).operators()) {
      Optional<Space> d = declaredDomain(part);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<Space> own(Optional<String> declared, Optional<Space> expected, Problems at, String which,
      String expectedFrom) {
    if (declared.isEmpty()) {
      return expected;
    }
    Optional<Space.Grid> mine = shapes.apply(declared.get());
    if (mine.isEmpty()) {
      return expected;
    }
    compare(mine.get(), expected, at, "its " + which + " space " + declared.get(), expectedFrom);
    return Optional.of(mine.get());
  }

  private static void compare(Space mine, Optional<Space> expected, Problems at, String mineFrom, String expectedFrom) {
    if (expected.isEmpty()) {
      return;
    }
    mine.difference(expected.get()).ifPresent(d -> at.add(mineFrom + " (" + mine + ") does not match "
        + expectedFrom + " (" + expected.get() + "): " + d + "; the two must be the same space"));
  }
}
