package org.sepyarn.examples.tools;

import java.util.List;
import org.sepyarn.examples.stdio.LinearOperatorTool;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code roughen}: convolution of every trace (axis 1) with a short filter, by default the first
 * difference {@code (1, -1)}, and its adjoint (correlation): the roughener of a regularization.
 * The output has the input's shape; samples the filter would take from before the trace's start
 * count as zero.
 */
public final class Roughen extends LinearOperatorTool {
  @Override
  public String name() {
    return "roughen";
  }

  @Override
  public String summary() {
    return "convolution of each trace with a short filter, first difference by default (adj=y: its adjoint)";
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            roughen - convolve each trace with a short filter, and the adjoint

        SYNOPSIS
            roughen model=m.H data=d.H [filter=1,-1] [adj=n] [add=n]

        INPUT PARAMETERS
            model   file    the model
            data    file    the data, of the model's shape
            filter  floats  the filter's coefficients, lag 0 first (default 1,-1: the first difference)
            adj     y/n     n: data = F model; y: model = F' data (default n)
            add     y/n     y: add to the output's samples instead of replacing them (default n)

        DESCRIPTION
            data[i] = sum_k filter[k] model[i - k] along axis 1 of every trace, model samples before
            the trace's start counting as zero; the adjoint correlates. Real samples; outputs are
            xdr_float.
        """;
  }

  @Override
  protected Kernel kernel(ToolContext ctx) {
    ParameterTable cl = ctx.commandLine();
    List<Double> filter = cl.has("filter") ? cl.getDoubles("filter") : List.of(1.0, -1.0);
    if (filter.isEmpty()) {
      throw cl.bad("filter", "is empty: give at least one coefficient, e.g. filter=1,-1");
    }
    double[] f = filter.stream().mapToDouble(Double::doubleValue).toArray();
    return new Kernel() {
      @Override
      public Hypercube outputCube(boolean adjoint, Hypercube input) {
        return input;
      }

      @Override
      public void checkShapes(boolean adjoint, Hypercube input, Hypercube output, String outputName) {
        if (input.elementCount() != output.elementCount() || input.n(1) != output.n(1)) {
          throw new ToolException(outputName + " (" + output + ") does not have the input's shape (" + input
              + "): roughen keeps the shape");
        }
      }

      @Override
      public void forward(double[] model, Hypercube modelCube, double[] data, Hypercube dataCube) {
        int n1 = modelCube.n(1);
        for (int t = 0; t < model.length; t += n1) {
          for (int i = 0; i < n1; i++) {
            double sum = 0;
            for (int k = 0; k < f.length && k <= i; k++) {
              sum += f[k] * model[t + i - k];
            }
            data[t + i] += sum;
          }
        }
      }

      @Override
      public void adjoint(double[] data, Hypercube dataCube, double[] model, Hypercube modelCube) {
        int n1 = dataCube.n(1);
        for (int t = 0; t < data.length; t += n1) {
          for (int j = 0; j < n1; j++) {
            double sum = 0;
            for (int k = 0; k < f.length && j + k < n1; k++) {
              sum += f[k] * data[t + j + k];
            }
            model[t + j] += sum;
          }
        }
      }
    };
  }
}
