package org.sepyarn.examples.tools;

import java.io.IOException;
import org.sepyarn.examples.signal.TriangleSmoother;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code smooth}: triangle smoothing along axes 1 to 9, as Madagascar's {@code sfsmooth}:
 * {@code rectK=} is the triangle's half-length in samples on axis {@code K} (1, the default, leaves
 * the axis alone), applied {@code repeat=} times. The filter is {@link TriangleSmoother}'s: the
 * normalised triangle {@code (r - |k|) / r^2}, as two box filters, with mirrored ends that keep
 * constants and lose no energy off the ends.
 *
 * <p>Memory: if {@code K} is the highest smoothed axis, the tool holds one slab of
 * {@code n1*..*nK} samples as {@code double}s at a time (one trace when only axis 1 is smoothed,
 * one plane for axes 1-2, the whole cube when axis 3 of a 3-D cube is smoothed) and streams the
 * slabs along the remaining axes.
 */
public final class Smooth implements Tool {
  @Override
  public String name() {
    return "smooth";
  }

  @Override
  public String summary() {
    return "triangle smoothing along chosen axes (rect1= rect2= rect3=, repeat=)";
  }

  @Override
  public boolean readsStdin() {
    return true;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            smooth - triangle smoothing along axes

        SYNOPSIS
            smooth < in.H [rect1=1 rect2=1 rect3=1 .. rect9=1] [repeat=1] [out_format=] > out.H

        INPUT PARAMETERS
            rect1..9    int     triangle half-length in samples along the axis (1 = no smoothing)
            repeat      int     how many times to apply the smoothing (default 1)
            out_format  string  data_format of the output (default: that of the input)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Convolves with the normalised triangle w(k) = (rect - |k|) / rect^2, |k| < rect, made of
            two box filters of length rect. The ends are mirrored (x[-1]=x[0], x[-2]=x[1], ...), so a
            constant is kept and the sum of the samples is preserved. Real samples only.
            Memory: one slab n1*..*nK doubles, K the highest smoothed axis.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    ParameterTable p = ctx.commandLine();
    int[] rect = new int[Hypercube.MAX_AXES + 1];
    int highest = 0;
    for (int axis = 1; axis <= Hypercube.MAX_AXES; axis++) {
      rect[axis] = p.getInt("rect" + axis, 1);
      if (rect[axis] < 1) {
        throw p.bad("rect" + axis, "is not a triangle half-length: it must be at least 1 (1 = no smoothing)");
      }
      if (rect[axis] > 1) {
        highest = axis;
      }
    }
    int repeat = p.getInt("repeat", 1);
    if (repeat < 1) {
      throw p.bad("repeat", "must be at least 1");
    }
    InputDataset input = InputDataset.fromStdin(ctx);
    input.requireReal(name());
    ElementFormat format = OutputDataset.format(ctx, input.format());
    if (format.components() != 1) {
      throw p.bad("out_format", "is complex, but smooth writes real samples");
    }
    Hypercube cube = input.cube();
    long slabLong = 1;
    for (int axis = 1; axis <= Math.max(1, highest); axis++) {
      slabLong *= cube.n(axis);
    }
    if (slabLong > Integer.MAX_VALUE - 8) {
      throw new ToolException("smoothing along axes 1.." + highest + " holds n1*..*n" + highest + " = " + slabLong
          + " samples at once, more than one Java array can: smooth fewer axes or split the data");
    }
    double[] slab = new double[(int) slabLong];
    TriangleSmoother[] smoothers = new TriangleSmoother[Hypercube.MAX_AXES + 1];
    for (int axis = 1; axis <= highest; axis++) {
      smoothers[axis] = new TriangleSmoother(rect[axis]);
    }
    try (SampleInput in = input.openSamples();
        OutputDataset out = OutputDataset.create(ctx, input.history(), cube, format)) {
      while (in.remainingElements() > 0) {
        in.read(slab, 0, slab.length);
        for (int r = 0; r < repeat; r++) {
          for (int axis = 1; axis <= highest; axis++) {
            if (rect[axis] > 1) {
              smoothAlong(slab, cube, axis, smoothers[axis]);
            }
          }
        }
        out.write(slab, 0, slab.length);
      }
      in.finish();
    }
  }

  /** Smooths every line along {@code axis} of a slab holding axes 1..K (K at least {@code axis}). */
  private static void smoothAlong(double[] slab, Hypercube cube, int axis, TriangleSmoother smoother) {
    int stride = 1;
    for (int k = 1; k < axis; k++) {
      stride *= cube.n(k);
    }
    int n = cube.n(axis);
    int block = stride * n;
    for (int start = 0; start < slab.length; start += block) {
      for (int inner = 0; inner < stride; inner++) {
        smoother.smooth(slab, start + inner, stride, n);
      }
    }
  }
}
