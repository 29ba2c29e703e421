package org.sepyarn.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.solver.FloatVector;
import org.sepyarn.formats.solver.LinearOperator;
import org.sepyarn.formats.solver.Vector;

/**
 * An operator program run on files, as a {@link LinearOperator} of float vectors: each
 * application writes its input vector as a dataset, runs the program with {@code adj=},
 * {@code add=n}, {@code model=} and {@code data=}, and reads the dataset it wrote.
 */
final class ToolOperator implements LinearOperator {
  private final ToolHarness world;
  private final String tool;
  private final Hypercube modelCube;
  private final Hypercube dataCube;
  private final List<String> args;
  private int runs;

  ToolOperator(ToolHarness world, String tool, Hypercube modelCube, Hypercube dataCube, String... args) {
    this.world = world;
    this.tool = tool;
    this.modelCube = modelCube;
    this.dataCube = dataCube;
    this.args = List.of(args);
  }

  @Override
  public Vector forward(Vector model) {
    return apply(false, model, modelCube);
  }

  @Override
  public Vector adjoint(Vector data) {
    return apply(true, data, dataCube);
  }

  private Vector apply(boolean adjoint, Vector input, Hypercube inputCube) {
    int run = runs++;
    String in = "in" + run + ".H";
    String out = "out" + run + ".H";
    float[] f = ((FloatVector) input).values();
    double[] values = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      values[i] = f[i];
    }
    Datasets.xdrFloat(world.cwd(), in, inputCube, values);
    List<String> line = new ArrayList<>(List.of(tool, "adj=" + (adjoint ? "y" : "n"), "add=n",
        (adjoint ? "data=" : "model=") + in, (adjoint ? "model=" : "data=") + out));
    line.addAll(args);
    ToolRun result = world.run(line.toArray(String[]::new));
    assertEquals(0, result.status(), result.stderr());
    Path header = world.cwd().resolve(out);
    WrittenDataset written = WrittenDataset.read(header, world.cwd());
    assertEquals(adjoint ? modelCube.elementCount() : dataCube.elementCount(), written.cube().elementCount());
    return FloatVector.ofDoubles(written.values());
  }
}
