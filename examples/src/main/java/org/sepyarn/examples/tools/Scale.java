package org.sepyarn.examples.tools;

import java.io.IOException;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.formats.element.ElementFormat;

/**
 * {@code scale}: multiplies every sample by {@code scale=} (both parts of complex samples). The
 * product is formed in double precision and rounded once to the output format, sample by
 * sample, so any split of the data gives bit for bit the samples of a serial run. Streams: holds
 * one block of samples in memory.
 */
public final class Scale implements Tool {
  private static final int BLOCK_ELEMENTS = 1 << 14;

  @Override
  public String name() {
    return "scale";
  }

  @Override
  public String summary() {
    return "multiplies every sample by scale= (pointwise, streaming)";
  }

  @Override
  public boolean readsStdin() {
    return true;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            scale - multiply every sample by a constant

        SYNOPSIS
            scale < in.H scale= [out_format=] > out.H

        INPUT PARAMETERS
            scale       float   the factor (required)
            out_format  string  data_format of the output (default: that of the input)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Pointwise: a split of the input along any axis, scaled piece by piece, gives bit for bit
            the serial result. Integer formats are rounded to the nearest value and clamped.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    double factor = ctx.commandLine().requireDouble("scale");
    InputDataset input = InputDataset.fromStdin(ctx);
    ElementFormat format = OutputDataset.format(ctx, input.format());
    if (format.components() != input.format().components()) {
      throw ctx.commandLine().bad("out_format", "changes between real and complex samples (the input is "
          + input.format().name() + "): scale keeps the kind of sample");
    }
    int components = format.components();
    double[] block = new double[BLOCK_ELEMENTS * components];
    try (SampleInput in = input.openSamples();
        OutputDataset out = OutputDataset.create(ctx, input.history(), input.cube(), format)) {
      while (in.remainingElements() > 0) {
        int n = (int) Math.min(BLOCK_ELEMENTS, in.remainingElements());
        in.read(block, 0, n);
        for (int i = 0; i < n * components; i++) {
          block[i] *= factor;
        }
        out.write(block, 0, n);
      }
      in.finish();
    }
  }
}
