package org.sepyarn.examples.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

/**
 * {@code spectrum}: the amplitude spectrum of every trace along axis 1. Changes axis 1 as
 * Madagascar's {@code sffft1} does: {@code n1} samples become {@code n1/2 + 1} frequencies from 0
 * with {@code d1 = 1/(n1 d1)}; the other axes are kept. A plain discrete Fourier sum (order
 * {@code n1^2} per trace), meant for small examples. Holds one trace in memory.
 */
public final class Spectrum implements Tool {
  @Override
  public String name() {
    return "spectrum";
  }

  @Override
  public String summary() {
    return "amplitude spectrum along axis 1 (n1 becomes n1/2+1, as sffft1 does)";
  }

  @Override
  public boolean readsStdin() {
    return true;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            spectrum - amplitude spectrum of every trace along axis 1

        SYNOPSIS
            spectrum < in.H [out_format=] > out.H

        INPUT PARAMETERS
            out_format  string  data_format of the output (default: that of the input)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Axis 1 of n1 samples becomes n1/2+1 frequencies, o1=0, d1=1/(n1*d1), label1=frequency,
            as sffft1 changes it; each output sample is |sum_t x(t) exp(-2 pi i f t / n1)|. Traces
            are independent, so any cut along axes 2 to 9 gives the serial result.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    InputDataset input = InputDataset.fromStdin(ctx);
    input.requireReal(name());
    ElementFormat format = OutputDataset.format(ctx, input.format());
    Hypercube in = input.cube();
    int n1 = in.n(1);
    int nf = n1 / 2 + 1;
    Axis time = in.axis(1);
    double df = time.d() == 0 ? 1 : 1 / (n1 * time.d());
    List<Axis> axes = new ArrayList<>(in.axes());
    axes.set(0, new Axis(nf, 0, df, "frequency", ""));
    double[] trace = new double[n1];
    double[] amplitude = new double[nf];
    try (SampleInput samples = input.openSamples();
        OutputDataset out = OutputDataset.create(ctx, input.history(), new Hypercube(axes), format)) {
      while (samples.remainingElements() > 0) {
        samples.read(trace, 0, n1);
        for (int f = 0; f < nf; f++) {
          double re = 0;
          double im = 0;
          for (int t = 0; t < n1; t++) {
            double phase = -2 * Math.PI * ((long) f * t % n1) / n1;
            re += trace[t] * Math.cos(phase);
            im += trace[t] * Math.sin(phase);
          }
          amplitude[f] = Math.hypot(re, im);
        }
        out.write(amplitude, 0, nf);
      }
      samples.finish();
    }
  }
}
