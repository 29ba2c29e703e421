package org.sepyarn.examples.tools;

import java.io.IOException;
import java.util.Arrays;
import org.sepyarn.examples.stdio.AxesParameters;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * {@code spike}: a generator (no input) of spikes ({@link SpikeSet}) or Ricker plane waves
 * ({@link PlaneWaves}) on the grid {@code n1..n9}, {@code o}, {@code d}, {@code label},
 * {@code unit}. Writes {@code xdr_float} unless {@code out_format=} says otherwise. Holds one
 * trace (a line along axis 1) in memory.
 */
public final class Spike implements Tool {
  @Override
  public String name() {
    return "spike";
  }

  @Override
  public String summary() {
    return "makes spikes or Ricker plane waves on a regular grid (a generator: no input)";
  }

  @Override
  public boolean readsStdin() {
    return false;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            spike - make spikes or Ricker plane waves

        SYNOPSIS
            spike n1= [n2= .. n9=] [o1= d1= label1= unit1= ..] [k1= k2= k3= mag= nsp=] > out.H
            spike plane=y n1= n2= [n3=] d1= [k1= p2= p3= freq= mag=] > out.H

        INPUT PARAMETERS
            n1..n9      int     axis lengths (n1 required; others default 1)
            o1..o9      float   axis origins (default 0)
            d1..d9      float   axis samplings (default 1)
            label1..9, unit1..9  axis labels and units
            k1..k9      ints    1-based spike positions, one per spike; 0 or absent = the whole axis
            mag         floats  spike magnitudes (default 1)
            nsp         int     number of spikes (default: the longest list)
            plane       y/n     make Ricker plane waves instead of spikes (default n)
            k1          floats  plane waves: sample of the wavelet peak on the first trace (default n1/2+1)
            p2, p3      floats  plane waves: slopes, samples of axis 1 per sample of axis 2 / 3 (default 0)
            freq        float   plane waves: Ricker peak frequency in 1/(units of d1) (default 0.1/d1)
            out_format  string  data_format of the output (default xdr_float)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Lists give one value for every spike or one per spike. Spikes that meet add up.
            The header goes to stdout, the binary to <datapath><header name>@.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    ParameterTable p = ctx.commandLine();
    if (!p.has("n1")) {
      throw new ToolException("missing parameter n1= (the length of axis 1, " + p.origin("n1") + "); "
          + "for example: spike n1=100 k1=50 > spike.H");
    }
    Hypercube cube = AxesParameters.cube(p.only(AxesParameters::isAxisKey));
    ElementFormat format = OutputDataset.format(ctx, ElementFormat.XDR_FLOAT);
    if (format.components() != 1) {
      throw p.bad("out_format", "is complex, but spike makes real samples: use a real format such as xdr_float");
    }
    TraceSource source = p.getBoolean("plane", false) ? PlaneWaves.from(p, cube) : SpikeSet.from(p, cube);
    int n1 = cube.n(1);
    double[] trace = new double[n1];
    int[] position = new int[Hypercube.MAX_AXES + 1];
    try (OutputDataset out = OutputDataset.create(ctx, History.empty(ctx.program()), cube, format)) {
      for (long t = 0, traces = cube.elementCount() / n1; t < traces; t++) {
        Arrays.fill(trace, 0);
        source.addTo(trace, position);
        out.write(trace, 0, n1);
        advance(position, cube);
      }
    }
  }

  private static void advance(int[] position, Hypercube cube) {
    for (int axis = 2; axis <= Hypercube.MAX_AXES; axis++) {
      if (++position[axis] < cube.n(axis)) {
        return;
      }
      position[axis] = 0;
    }
  }
}
