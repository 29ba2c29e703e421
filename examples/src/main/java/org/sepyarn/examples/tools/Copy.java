package org.sepyarn.examples.tools;

import java.io.IOException;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;

/**
 * {@code copy}: writes its input to its output unchanged (same axes, same format, same samples).
 * The pass-through program of {@code sepyarn bench}: what a job costs beyond the program's own
 * work. Streams: holds one block of samples in memory.
 */
public final class Copy implements Tool {
  private static final int BLOCK_ELEMENTS = 1 << 14;

  @Override
  public String name() {
    return "copy";
  }

  @Override
  public String summary() {
    return "copies its input to its output unchanged (pass-through, streaming)";
  }

  @Override
  public boolean readsStdin() {
    return true;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            copy - copy a dataset unchanged

        SYNOPSIS
            copy < in.H [datapath=] > out.H

        INPUT PARAMETERS
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)
            out         string  out=stdout: the data follows the header on stdout

        DESCRIPTION
            Every sample is written as it was read, in the input's format: the output has the
            input's axes and samples. Any split of the input gives bit for bit the serial result.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    InputDataset input = InputDataset.fromStdin(ctx);
    int components = input.format().components();
    double[] block = new double[BLOCK_ELEMENTS * components];
    try (SampleInput in = input.openSamples();
        OutputDataset out = OutputDataset.create(ctx, input.history(), input.cube(), input.format())) {
      while (in.remainingElements() > 0) {
        int n = (int) Math.min(BLOCK_ELEMENTS, in.remainingElements());
        in.read(block, 0, n);
        out.write(block, 0, n);
      }
      in.finish();
    }
  }
}
