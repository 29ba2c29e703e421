package org.sepyarn.examples.tools;

import java.io.IOException;
import org.sepyarn.examples.stdio.LinearOperatorTool;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.examples.stdio.WholeDataset;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code interp}: linear interpolation of a regular 1-D or 2-D model at irregular points, and its
 * adjoint (binning with the same weights): the operator of irregular-to-regular interpolation
 * inversions. A point outside the model's grid takes nothing from it and gives nothing back.
 */
public final class Interp extends LinearOperatorTool {
  @Override
  public String name() {
    return "interp";
  }

  @Override
  public String summary() {
    return "linear interpolation of a regular model at irregular points (adj=y: its adjoint)";
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            interp - linear interpolation at irregular points, and its adjoint

        SYNOPSIS
            interp model=m.H data=d.H coord=xy.H [adj=n] [add=n] [n1= o1= d1= n2= o2= d2=]

        INPUT PARAMETERS
            model   file    the regular model: 1-D (n1) or 2-D (n1, n2)
            data    file    one sample per point (n1 = the number of points)
            coord   file    the points: n1 = 1 or 2 coordinates (along axis 1, then axis 2) by n2 points
            adj     y/n     n: data = L model; y: model = L' data (default n)
            add     y/n     y: add to the output's samples instead of replacing them (default n)
            n1 o1 d1 n2 o2 d2  the model's grid for adj=y add=n (n2 only for 2-D coordinates)

        DESCRIPTION
            Each point takes the samples of the grid cell it falls in, weighted linearly (bilinearly
            in 2-D); the adjoint spreads each data sample back with the same weights. Points
            outside the grid are left out. Real samples; outputs are xdr_float.
        """;
  }

  @Override
  protected Kernel kernel(ToolContext ctx) throws IOException {
    WholeDataset coord = WholeDataset.read(ctx, "coord");
    int dims = coord.cube().n(1);
    if ((dims != 1 && dims != 2) || coord.format().components() != 1) {
      throw ctx.commandLine().bad("coord", "must hold 1 or 2 real coordinates per point along axis 1 (n1=1 or"
          + " n1=2, the points along axis 2), but it has n1=" + dims + ", " + coord.format().name());
    }
    return new Points(dims, coord.values(), ctx.commandLine());
  }

  /** The points and, once the model grid is known, each point's cell and weights. */
  private static final class Points implements Kernel {
    private final int dims;
    private final double[] coordinates;
    private final int count;
    private final ParameterTable parameters;

    Points(int dims, double[] coordinates, ParameterTable parameters) {
      this.dims = dims;
      this.coordinates = coordinates;
      this.count = coordinates.length / dims;
      this.parameters = parameters;
    }

    @Override
    public Hypercube outputCube(boolean adjoint, Hypercube input) {
      if (!adjoint) {
        return Hypercube.of(new Axis(count, 0, 1, "point", ""));
      }
      if (!parameters.has("n1")) {
        throw parameters.bad("n1", "is missing: adj=y add=n makes the model, so give its grid (n1= o1= d1="
            + (dims == 2 ? " n2= o2= d2=" : "") + ")");
      }
      Axis a1 = new Axis(parameters.requireInt("n1"), parameters.getDouble("o1", 0), parameters.getDouble("d1", 1));
      if (dims == 1) {
        return Hypercube.of(a1);
      }
      return Hypercube.of(a1, new Axis(parameters.getInt("n2", 1), parameters.getDouble("o2", 0),
          parameters.getDouble("d2", 1)));
    }

    @Override
    public void checkShapes(boolean adjoint, Hypercube input, Hypercube output, String outputName) {
      Hypercube data = adjoint ? input : output;
      Hypercube model = adjoint ? output : input;
      if (data.elementCount() != count) {
        throw new ToolException((adjoint ? "the data" : outputName) + " holds " + data.elementCount()
            + " samples, but coord= gives " + count + " points: the data has one sample per point");
      }
      long beyond = model.elementCount() / model.n(1) / (dims == 2 && model.rank() >= 2 ? model.n(2) : 1);
      if (beyond != 1) {
        throw new ToolException((adjoint ? outputName : "the model") + " (" + model + ") is not a " + dims
            + "-D grid, which the " + dims + " coordinates per point of coord= ask for");
      }
    }

    @Override
    public void forward(double[] model, Hypercube modelCube, double[] data, Hypercube dataCube) {
      int[] index = new int[4];
      double[] weight = new double[4];
      for (int p = 0; p < count; p++) {
        int k = cell(p, modelCube, index, weight);
        double sum = 0;
        for (int j = 0; j < k; j++) {
          sum += weight[j] * model[index[j]];
        }
        data[p] += sum;
      }
    }

    @Override
    public void adjoint(double[] data, Hypercube dataCube, double[] model, Hypercube modelCube) {
      int[] index = new int[4];
      double[] weight = new double[4];
      for (int p = 0; p < count; p++) {
        int k = cell(p, modelCube, index, weight);
        for (int j = 0; j < k; j++) {
          model[index[j]] += weight[j] * data[p];
        }
      }
    }

    /** Fills the model samples point {@code p} takes and their weights; returns how many (0 outside). */
    private int cell(int p, Hypercube grid, int[] index, double[] weight) {
      double[] along1 = along(coordinates[p * dims], grid.axis(1));
      if (along1 == null) {
        return 0;
      }
      int n1 = grid.n(1);
      if (dims == 1) {
        index[0] = (int) along1[0];
        weight[0] = 1 - along1[1];
        index[1] = Math.min((int) along1[0] + 1, n1 - 1);
        weight[1] = index[1] == index[0] ? 0 : along1[1];
        return 2;
      }
      double[] along2 = along(coordinates[p * dims + 1], grid.rank() >= 2 ? grid.axis(2) : Axis.ofLength(1));
      if (along2 == null) {
        return 0;
      }
      int n2 = grid.rank() >= 2 ? grid.n(2) : 1;
      int i1 = (int) along1[0];
      int i2 = (int) along2[0];
      int j1 = Math.min(i1 + 1, n1 - 1);
      int j2 = Math.min(i2 + 1, n2 - 1);
      double w1 = j1 == i1 ? 0 : along1[1];
      double w2 = j2 == i2 ? 0 : along2[1];
      index[0] = i1 + n1 * i2;
      weight[0] = (1 - w1) * (1 - w2);
      index[1] = j1 + n1 * i2;
      weight[1] = w1 * (1 - w2);
      index[2] = i1 + n1 * j2;
      weight[2] = (1 - w1) * w2;
      index[3] = j1 + n1 * j2;
      weight[3] = w1 * w2;
      return 4;
    }

    /** The cell {@code {i, w}} a coordinate falls in along {@code axis} (sample i and fraction w towards i+1), or null outside. */
    private static double[] along(double x, Axis axis) {
      double f = (x - axis.o()) / axis.d();
      if (!(f >= 0) || f > axis.n() - 1) {
        return null;
      }
      double i = Math.min(Math.floor(f), Math.max(axis.n() - 2, 0));
      return new double[] {i, f - i};
    }
  }
}
