package org.sepyarn.examples.vector;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.SampleInput;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * Vectors read side by side, block by block: the datasets named by parameters (each absent one a
 * zero vector), every sample multiplied by the vector's factor {@code <key>_scale=} (default 1)
 * in double precision. The vectors hold the same number of samples of the same kind (real or
 * complex); their axes may differ, as the pieces of one vector read different ways may.
 */
final class ScaledInputs implements Closeable {
  static final int BLOCK_ELEMENTS = 1 << 14;

  private final List<String> keys;
  private final List<InputDataset> datasets;
  private final List<SampleInput> samples;
  private final double[] scales;
  private final InputDataset first;
  private long remaining;

  private ScaledInputs(List<String> keys, List<InputDataset> datasets, List<SampleInput> samples, double[] scales,
      InputDataset first) {
    this.keys = keys;
    this.datasets = datasets;
    this.samples = samples;
    this.scales = scales;
    this.first = first;
    this.remaining = first.cube().elementCount();
  }

  /**
   * Opens the vectors named by {@code keys}; those whose parameter is not given are zeros. The
   * shape comes from the first given, or else from the dataset {@code like=}.
   */
  static ScaledInputs open(ToolContext ctx, List<String> keys) throws IOException {
    List<InputDataset> datasets = new ArrayList<>();
    List<SampleInput> samples = new ArrayList<>();
    double[] scales = new double[keys.size()];
    InputDataset first = null;
    try {
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        scales[i] = ctx.commandLine().getDouble(key + "_scale", 1);
        if (!Double.isFinite(scales[i])) {
          throw ctx.commandLine().bad(key + "_scale", "is not a finite number");
        }
        InputDataset dataset = ctx.commandLine().has(key) ? InputDataset.fromParameter(ctx, key) : null;
        if (dataset != null && first == null) {
          first = dataset;
        } else if (dataset != null) {
          same(first, dataset);
        }
        datasets.add(dataset);
        samples.add(dataset == null ? null : dataset.openSamples());
      }
      if (first == null) {
        first = InputDataset.fromParameter(ctx, "like");
      }
      return new ScaledInputs(List.copyOf(keys), datasets, samples, scales, first);
    } catch (IOException | RuntimeException e) {
      for (SampleInput s : samples) {
        if (s != null) {
          s.close();
        }
      }
      throw e;
    }
  }

  private static void same(InputDataset first, InputDataset other) {
    if (first.cube().elementCount() != other.cube().elementCount()
        || first.format().components() != other.format().components()) {
      throw new ToolException(other.name() + " holds " + other.cube().elementCount() + " "
          + (other.format().components() == 2 ? "complex" : "real") + " samples, but " + first.name() + " holds "
          + first.cube().elementCount() + " " + (first.format().components() == 2 ? "complex" : "real")
          + ": the vectors of one operation must be of one space");
    }
  }

  Hypercube cube() {
    return first.cube();
  }

  History history() {
    return first.history();
  }

  ElementFormat format() {
    return first.format();
  }

  int components() {
    return first.format().components();
  }

  boolean present(int i) {
    return datasets.get(i) != null;
  }

  /** A block per vector, large enough for {@link #read}. */
  double[][] blocks() {
    return new double[keys.size()][BLOCK_ELEMENTS * components()];
  }

  /**
   * Reads the next block of every vector into {@code blocks} (zeros for an absent one), scaled;
   * returns the number of samples read, 0 at the end.
   */
  int read(double[][] blocks) throws IOException {
    int n = (int) Math.min(BLOCK_ELEMENTS, remaining);
    int values = n * components();
    for (int i = 0; i < keys.size(); i++) {
      if (samples.get(i) == null) {
        java.util.Arrays.fill(blocks[i], 0, values, 0);
        continue;
      }
      samples.get(i).read(blocks[i], 0, n);
      double scale = scales[i];
      if (scale != 1) {
        for (int k = 0; k < values; k++) {
          blocks[i][k] *= scale;
        }
      }
    }
    remaining -= n;
    if (n == 0) {
      for (SampleInput s : samples) {
        if (s != null) {
          s.finish();
        }
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    for (SampleInput s : samples) {
      if (s != null) {
        s.close();
      }
    }
  }
}
