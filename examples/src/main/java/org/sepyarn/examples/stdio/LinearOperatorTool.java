package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.util.Optional;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * A linear operator as a serial program, with SEP's conventions: {@code model=} and {@code data=}
 * name the two datasets; forward ({@code adj=n}, the default) reads the model and writes the
 * data, {@code adj=y} reads the data and writes the model; with {@code add=y} the result is added
 * to the output dataset's samples, which must then exist with the output's shape. Subclasses give
 * the operator itself and the output's shape.
 */
public abstract class LinearOperatorTool implements Tool {
  @Override
  public final boolean readsStdin() {
    return false;
  }

  @Override
  public final void execute(ToolContext ctx) throws IOException {
    ParameterTable cl = ctx.commandLine();
    boolean adjoint = cl.getBoolean("adj", false);
    boolean add = cl.getBoolean("add", false);
    String inKey = adjoint ? "data" : "model";
    String outKey = adjoint ? "model" : "data";
    cl.requireString(outKey);
    WholeDataset in = WholeDataset.read(ctx, inKey);
    if (in.format().components() != 1) {
      throw new ToolException(name() + " works on real samples, but " + inKey + "=" + cl.requireString(inKey)
          + " holds data_format=" + in.format().name());
    }
    Kernel kernel = kernel(ctx);
    Optional<WholeDataset> existing = add ? Optional.of(WholeDataset.readIfExists(ctx, outKey).orElseThrow(() ->
        cl.bad(outKey, "names no dataset, but add=y adds to it: create it first or give add=n")))
        : Optional.empty();
    Hypercube outCube = existing.map(WholeDataset::cube).orElseGet(() -> kernel.outputCube(adjoint, in.cube()));
    kernel.checkShapes(adjoint, in.cube(), outCube, outKey + "=" + cl.requireString(outKey));
    double[] out = existing.map(e -> e.values().clone()).orElseGet(() -> new double[(int) outCube.elementCount()]);
    if (existing.isPresent() && existing.get().format().components() != 1) {
      throw cl.bad(outKey, "holds complex samples: " + name() + " adds only to real ones");
    }
    if (adjoint) {
      kernel.adjoint(in.values(), in.cube(), out, outCube);
    } else {
      kernel.forward(in.values(), in.cube(), out, outCube);
    }
    History previous = existing.map(WholeDataset::history).orElse(in.history());
    WholeDataset.write(ctx, outKey, previous, outCube, ElementFormat.XDR_FLOAT, out);
  }

  /** The operator of this run, from its parameters (coordinates, a filter). */
  protected abstract Kernel kernel(ToolContext ctx) throws IOException;

  /** The operator of one run. */
  protected interface Kernel {
    /** The output's axes when {@code add=n}: the data's for the forward, the model's for the adjoint. */
    Hypercube outputCube(boolean adjoint, Hypercube input);

    /** Refuses an input or output whose shape does not fit the operator, naming {@code output}. */
    void checkShapes(boolean adjoint, Hypercube input, Hypercube outputCube, String output);

    /** {@code data += L model}. */
    void forward(double[] model, Hypercube modelCube, double[] data, Hypercube dataCube);

    /** {@code model += L' data}. */
    void adjoint(double[] data, Hypercube dataCube, double[] model, Hypercube modelCube);
  }
}
