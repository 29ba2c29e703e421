package org.sepyarn.client.inversion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.inversion.Chain;
import org.sepyarn.formats.inversion.Diagonal;
import org.sepyarn.formats.inversion.OperatorSpec;
import org.sepyarn.formats.inversion.ProgramOperator;
import org.sepyarn.formats.inversion.Scaled;
import org.sepyarn.formats.inversion.Stack;
import org.sepyarn.formats.solver.FloatVector;
import org.sepyarn.formats.solver.LinearOperator;
import org.sepyarn.formats.solver.Operators;
import org.sepyarn.formats.solver.Vector;

/**
 * An operator description as a {@link LinearOperator} on {@link GridVector}s, every program run
 * serially on whole vectors ({@link SerialProgram}), however many tasks it would run on YARN.
 */
public final class SerialOperators {
  private SerialOperators() {
  }

  /**
   * @param scratch an existing folder for the programs' datasets and logs
   * @throws IllegalArgumentException when a part cannot run here (a program that ships files, complex weights)
   */
  public static LinearOperator build(OperatorSpec spec, java.nio.file.Path scratch, Configuration conf)
      throws IOException {
    if (spec instanceof ProgramOperator p) {
      return new SerialProgram(p, scratch, conf);
    }
    if (spec instanceof Scaled s) {
      return Operators.scaled(s.factor(), build(s.operator(), scratch, conf));
    }
    if (spec instanceof Diagonal d) {
      return diagonal(LocalDatasets.read(new Path(d.weights()), conf), d.weights());
    }
    List<LinearOperator> parts = new ArrayList<>();
    List<OperatorSpec> specs = spec instanceof Chain c ? c.operators() : ((Stack) spec).operators();
    for (int i = 0; i < specs.size(); i++) {
      java.nio.file.Path folder = java.nio.file.Files.createDirectories(scratch.resolve(
          (spec instanceof Chain ? "chain-" : "stack-") + i));
      parts.add(build(specs.get(i), folder, conf));
    }
    LinearOperator[] array = parts.toArray(LinearOperator[]::new);
    return spec instanceof Chain ? Operators.chain(array) : Operators.stack(array);
  }

  /** The dataset {@code path} (a path or URI, on the file system it names) as a vector. */
  public static GridVector read(String path, Configuration conf) throws IOException {
    return LocalDatasets.read(new Path(path), conf);
  }

  private static LinearOperator diagonal(GridVector weights, String name) {
    if (weights.values().isComplex()) {
      throw new IllegalArgumentException("diagonal " + name + " holds complex weights; give real ones");
    }
    float[] w = weights.values().values();
    LinearOperator multiply = new LinearOperator() {
      @Override
      public Vector forward(Vector model) {
        GridVector g = (GridVector) model;
        if (!g.cube().equals(weights.cube())) {
          throw new IllegalArgumentException("diagonal " + name + " (" + weights.cube() + ") applied to a vector of "
              + g.cube());
        }
        float[] v = g.values().values();
        int per = g.values().isComplex() ? 2 : 1;
        for (int i = 0; i < v.length; i++) {
          v[i] = (float) ((double) w[i / per] * v[i]);
        }
        return new GridVector(g.cube(), per == 2 ? FloatVector.complex(v) : FloatVector.of(v));
      }

      @Override
      public Vector adjoint(Vector data) {
        return forward(data);
      }
    };
    return multiply;
  }
}
